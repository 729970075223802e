"""Figures the case states beside the ones the tool computes: the one comparison rule."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from generator.case.money import UNIT_EXPONENT
from generator.compute.nearest import NEAREST, step_words
from generator.digit_swaps import is_digit_swap
from generator.formatting import (
    COUNT,
    NBSP,
    Kronor,
    as_written,
    decimals_needed,
    exact,
    in_unit,
    magnitude,
    whole_kronor,
    without_zero_ore,
)
from generator.problems import Loc


class Rounding(NamedTuple):
    """Figures rounded each on its own: how many go into a sum, and the step (in kronor) each
    is rounded to, e.g. 21 figures to 0,1 mnkr (100 000 kr). For a formula's figure on a row
    `weight` counts the halves of a step its rounding reaches instead: one for the figure's
    own, and one per rounded amount in the formula scaled by what multiplies or divides it
    (`ar / 12`: 1 + 1/12; `antal * pris`: 1 + antal)."""

    figures: int
    step: Kronor
    weight: Decimal | None = None

    @property
    def reach(self) -> Decimal:
        """The most their sum can differ from the exact one: half a step per figure (kronor)."""
        return Decimal(self.figures if self.weight is None else self.weight) * self.step / 2

    def explains(self, difference: Kronor) -> bool:
        """Tell whether rounding alone can make a stated figure differ this much."""
        return magnitude(difference) <= self.reach


class Slip(NamedTuple):
    """A typed cell that, written otherwise, makes stated figures right: as messages name it
    ("raden 'Lund'", "raden 'Lund', kolumnen 'Budget 2021 (tkr)'"), as typed and as meant."""

    where: str
    typed: Kronor
    meant: Kronor


class Multiple(NamedTuple):
    """A row's stated product that is `times` the computed one, whole (trial 52, F2: 16 416 kr
    = 6 × 2 736 kr): the row's text's words that say so ("6 st", else ''), and the formula
    with a count column that computes it ('' where the product has no room for one: a count
    column is advised in general; None where the table has one: no advice)."""

    times: int
    words: str
    formula: str | None


class Mismatch(NamedTuple):
    """A stated figure that differs from the computed one.

    `unit` is the unit the figure is written in; `stated_parts` is what the parts come to as
    the case states them, when some part is itself stated wrong; `formula` names how a
    derived figure is computed ("Tilldelat − Använt"), empty for a sum; `rounding` is how far
    the rounded parts (or a formula's rounded terms) of a table with `avrundat` can reach,
    when the figure is beyond it;
    `may_be_rounded` says a table without it differs by no more than rounding could explain;
    `per_column` is, for a single stated total of a table with several amount columns, the
    column whose total comes nearest it and that total: a total per column is written so;
    `from_totals` names the columns a derived total of a table of rounded amounts is
    computed from ("Tilldelat och Använt"), whose stated totals count; `alike` names the
    rows whose amount is the difference, as messages name rows ("raden 'Lund'"): a row
    counted twice or left out would explain it; `swaps` are the typed cells whose amount
    with two neighbouring digits swapped makes the figure right and no other wrong (trial
    43: 92 700 typed for 97 200; trial 45: 80 870 for 80 780): such a cell is likelier wrong
    than the figure; `slip` is the one typed cell that, written otherwise, makes all
    `errors` stated figures of the table that differ right (trial 45: one cell, three
    errors), named in each of them (`compute.slips`); `subtracted` says, for a total that
    is right with a group of costs typed positive subtracted, which and how to write them
    ("'Summa utgifter' dras ifrån: skriv utgifterna med minustecken …", `cost_groups`);
    `follows` names, for a derived figure, the derived figures stated wrong that it is right
    with (where each is, "i kolumnen 'Årshyra (kr)'" or "på raden 'X'", and its figure as
    stated): the slip is there; `uncapped` is, for a
    row's derived figure that the column's `hogst` caps or `lagst` raises (`computed`), its
    formula's figure;
    `multiple` says a row's stated product is a whole multiple of the computed one
    (`row_counts`).
    """

    loc: Loc
    level: str
    stated: Kronor
    computed: Kronor
    unit: str = "kr"
    stated_parts: Kronor | None = None
    formula: str = ""
    rounding: Rounding | None = None
    may_be_rounded: bool = False
    per_column: tuple[str, Kronor] | None = None
    from_totals: str = ""
    alike: tuple[str, ...] = ()
    swaps: tuple[Slip, ...] = ()
    slip: Slip | None = None
    errors: int = 0
    subtracted: str = ""
    follows: tuple[tuple[str, Kronor], ...] = ()
    uncapped: Kronor | None = None
    multiple: Multiple | None = None
    cap: tuple[Kronor, str] | None = None
    """A cap the column lacks that would make a row's figure stated too low right (trial 69,
    F6): its amount, and the row (as messages name it) that has it computed, '' for none
    (`cap_hints`)."""
    directed: str = ""
    """The `avrunda` ('nedat', 'uppat', or a step such as 'tiotal') a row's stated figure in
    a column rounded half up follows, where it does (trial 63, F6; trial 77, F5)."""
    blank: tuple[str, ...] = ()
    """The rows without an amount ("–") under a sum stated too high that no row's amount
    explains, as messages name rows: the likely place of the missing amount (trial 70, F4)."""
    taken: str = ""
    """For a sum of a table whose cells take other tables' rows by place, what to check
    before the sum (trial 82, F1): "med radens plats hämtar raden 'A' raden 'B' i tabellen
    'x' (rader[6]): har rader lagts till …" (`case_tables`)."""
    negative: tuple[tuple[str, Kronor], ...] = ()
    """The rows of a derived column below 0, as messages name rows, with their amounts, whose
    sum is the difference of a sum stated too high: the sum counts them as 0, as "men aldrig
    under 0" does (trial 97, F2), which is `lagst: 0`."""
    unsummed: tuple[str, ...] = ()
    """The rows computed from other rows (`rad_formel`), in no sum, whose amount is the
    difference of a sum stated as if they were in it, as messages name rows (trial 82, F4)."""
    unrounded: Decimal | None = None
    """A row's product before it is rounded to the column's step, where that changes it
    (322,56 kr for 0,7 % × 46 080 kr, rounded 323 kr): shown in the message, so the
    secretary can tell the source's rounding from a slip (trial 73, F12)."""

    @property
    def difference(self) -> Kronor:
        """Stated minus computed."""
        return self.stated - self.computed


def limit_word(formula: Kronor, limit: Kronor) -> str:
    """What a limit that changes a formula's figure is called: 'högst' for a cap below it,
    'lägst' for a floor above it."""
    return "högst" if limit < formula else "lägst"


def compare(loc: Loc, level: str, stated: Kronor | None, computed: Kronor) -> list[Mismatch]:
    """A mismatch when the case states a figure and it differs from the computed one."""
    if stated is None or stated == computed:
        return []
    return [Mismatch(loc, level, stated, computed)]


ROUNDED_TABLE = (
    "; 'avrundat: true' i tabellen är bara till för en källa vars egen lista inte går ihop, "
    "med belopp avrundade var för sig som i en publicerad lista; annars rätta summan")
"""The advice for a table's stated total that rounding explains, in a table without
`avrundat`."""
ROUNDED_SPLIT = (
    "; är det en publicerad lista med belopp avrundade var för sig som ska stå kvar som "
    "beslutad, skriv av den som en tabell under 'tabeller' med 'avrundat: true', så står den "
    "angivna summan kvar (se 'beslut format --handbok', avsnittet Avrundade belopp); annars rätta "
    "summan")
"""The advice for a split's stated total that rounding of its fixed amounts explains: a split
always adds up, so a published list with a slip of a krona is kept as decided as a table
with `avrundat` (trial 68, F2)."""


def mismatch_text(mismatch: Mismatch, parts: str = "delarna", rounded: str = ROUNDED_TABLE
                  ) -> str:
    """The one wording of a stated figure that differs from the computed one, in its unit
    (a count's, `COUNT`, without one). In kronor each figure has öre only where it has them
    in value (`without_zero_ore`): 68 298 kr typed so beside a computed 68 297,50 kr, and a
    difference of 0,50 kr but of 1 kr (trial 80, F5); in a larger unit, or of a count, the
    figures share the decimals of the most exact, as a column shows them (1 465,0 and
    1 464,1 mnkr: trial 16). rounded: the advice for a stated sum that rounding explains
    (`may_be_rounded`), a table's or a split's."""
    mismatch = mismatch._replace(stated=without_zero_ore(mismatch.stated),
                                 computed=without_zero_ore(mismatch.computed))
    unit = mismatch.unit
    places = None if whole_kronor(unit) else max(
        decimals_needed(mismatch.stated, unit), decimals_needed(mismatch.computed, unit))

    def shown(kronor: Kronor) -> str:  # every figure of the message alike
        return in_unit(without_zero_ore(kronor), unit, decimals=places)

    own = (f" ({exact(mismatch.computed, unit, places)} i stället för "  # (itself swapped)
           f"{exact(mismatch.stated, unit, places)}?)"
           if mismatch.slip is None and is_digit_swap(mismatch.stated, mismatch.computed) else "")
    if mismatch.formula:
        if own:  # (the figure itself among the swapped cells: one suggestion, trial 82, F7)
            mismatch = mismatch._replace(swaps=tuple(
                swap for swap in mismatch.swaps
                if (swap.typed, swap.meant) != (mismatch.stated, mismatch.computed)))
        return _formula_mismatch_text(mismatch, shown, own)
    return _sum_mismatch_text(mismatch, parts, rounded, shown, own)


def _formula_mismatch_text(mismatch: Mismatch, shown: Callable[[Kronor], str], own: str
                           ) -> str:
    """`mismatch_text` for a figure a formula computes (`shown` writes each figure, `own`
    is the swapped-digits hint or "")."""
    unit, diff = mismatch.unit, mismatch.difference
    direction = "hög" if diff > 0 else "låg"  # (det angivna beloppet: -t)
    computed = shown(mismatch.computed) if mismatch.uncapped is None else \
        f"{shown(mismatch.uncapped)}, {limit_word(mismatch.uncapped, mismatch.computed)} " \
        f"{shown(mismatch.computed)}"
    if mismatch.unrounded is not None and mismatch.uncapped is None:
        computed = f"{_unrounded_text(mismatch.unrounded, unit)}, avrundat {computed}"
    figure = "tal" if unit == COUNT else "belopp"  # (a count's: trial 56, F2)
    text = (
        f"angivet {figure} {shown(mismatch.stated)} för {mismatch.level} stämmer inte "
        f"med uträkningen {mismatch.formula} = {computed} (det "
        f"angivna är {shown(magnitude(diff))} för {direction}t)"
    )
    advice = f"rätta {figure}et{own} eller ta bort det så räknas det ut"
    if not mismatch.stated and unit != COUNT and "rader" in mismatch.loc:  # (trial 99, F15)
        advice += '; får raden inget belopp (t.ex. vid avslag), skriv "–" i stället för 0'
    if mismatch.rounding is not None:
        text += _beyond_rounding(mismatch.rounding, unit)
    if mismatch.follows:  # (the slip is there, rounded or not)
        return text + _follows_text(mismatch.follows, shown)
    if mismatch.may_be_rounded:
        return text + ROUNDED_SOURCE.format(directed=_directed_text(mismatch.directed)) \
            + advice
    if mismatch.from_totals:
        return text + (f"; totalen räknas ur de totaler som visas för "
                       f"{mismatch.from_totals}: ange även dem om listan har andra, "
                       f"annars {advice}")
    if mismatch.multiple is not None and mismatch.slip is None:
        return text + _multiple_text(mismatch.multiple, shown(mismatch.stated),
                                      shown(mismatch.computed)) + advice
    if mismatch.cap is not None and mismatch.slip is None:
        return text + _cap_text(mismatch.cap, unit) + advice
    if mismatch.directed in NEAREST and mismatch.slip is None:
        return text + "; " + _directed_text(mismatch.directed) + "annars " + advice
    return text + _slips_text(mismatch, "uträkningen") + advice + ("" if own else
                                                                    _decided(mismatch))


def _decided(mismatch: Mismatch) -> str:
    """How to keep a figure a unit off its formula as a decision states it (trial 88, F5: a
    published 6 445 kr where 77 329 / 12 is 6 444 kr): `fast_belopp: ja` on its row."""
    if mismatch.slip is not None or mismatch.unit == COUNT or "rader" not in mismatch.loc \
            or magnitude(mismatch.difference) > 10 ** UNIT_EXPONENT.get(mismatch.unit, 0):
        return ""
    return ("; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
            "står det som det är skrivet")


def _sum_mismatch_text(mismatch: Mismatch, parts: str, rounded: str,
                       shown: Callable[[Kronor], str], own: str) -> str:
    """`mismatch_text` for a stated sum of parts (see `_formula_mismatch_text`)."""
    unit, diff = mismatch.unit, mismatch.difference
    direction = "hög" if diff > 0 else "låg"  # (den angivna summan)
    text = (
        f"angiven summa {shown(mismatch.stated)} för {mismatch.level} stämmer inte med "
        f"summan av {parts} {shown(mismatch.computed)} (den angivna är "
        f"{shown(magnitude(diff))} för {direction})"
    )
    if mismatch.rounding is not None:
        text += _beyond_rounding(mismatch.rounding, unit)
    parts_add_up = mismatch.stated_parts == mismatch.stated
    if parts_add_up and not (mismatch.may_be_rounded or mismatch.slip or mismatch.swaps
                             or mismatch.subtracted):
        return text + _parts_wrong(mismatch, parts, shown) + _per_column(mismatch)
    if mismatch.alike and mismatch.slip is None and not parts_add_up:
        text += _row_alike(mismatch.alike, too_high=diff > 0)
    elif mismatch.blank and mismatch.slip is None and diff > 0:
        text += _rows_blank(mismatch.blank, shown(diff))
    if mismatch.unsummed and mismatch.slip is None:
        text += _rows_unsummed(mismatch.unsummed)
    negative = bool(mismatch.negative) and mismatch.slip is None and not mismatch.unsummed
    if negative:
        text += _rows_negative(mismatch.negative, shown)
    if mismatch.stated_parts is not None:
        off = mismatch.stated - mismatch.stated_parts
        against = "stämmer med den" if off == 0 else \
            f"den angivna är {shown(magnitude(off))} för {'hög' if off > 0 else 'låg'}"
        as_stated = shown(mismatch.stated_parts)
        figures = "tal" if unit == COUNT else "belopp"
        text += (f"; med {parts}s angivna {figures} blir summan {as_stated} ({against}), "
                 "så även en del är fel")
    if mismatch.may_be_rounded:
        text += rounded
    elif mismatch.taken:
        text += f"; {mismatch.taken}; annars rätta summan{own}"
    else:
        slips = _slips_text(mismatch, "summan")
        otherwise = "annars " if (mismatch.unsummed or negative) and slips == "; " else ""
        text += f"{slips}{otherwise}rätta summan{own}"
    return text + " eller ta bort den så räknas den ut" + _per_column(mismatch)


ROUNDED_SOURCE = (
    "; det kan vara källans avrundning: {directed}med belopp avrundade var för sig, som i en "
    "publicerad lista, skriv 'avrundat: true' i tabellen, så står det angivna beloppet kvar; "
    "annars ")
"""The end of the message for a derived figure that differs by no more than the rounding of
its terms explains, in a table without `avrundat` (trial 50, F2), before the advice."""


def _unrounded_text(exact: Decimal, unit: str) -> str:
    """A product before rounding, with two decimals in its unit ("322,56 kr"), "ca" before
    it where it has more ("ca 1 234,58 kr" for 14 815 kr / 12)."""
    step = Decimal(1).scaleb(UNIT_EXPONENT[unit] - 2)
    shown = exact.quantize(step, ROUND_HALF_UP)
    about = "" if shown == exact else f"ca{NBSP}"
    return about + in_unit(shown, unit, decimals=2)


def _directed_text(directed: str) -> str:
    """The hint for a stated figure that is the formula's rounded down or up, or to the
    nearest 5, 10 or 100 kronor: the source's rule, which `avrunda` writes (trial 63, F6;
    trial 77, F5)."""
    if not directed:
        return ""
    way = f"till {step_words(directed)}" if directed in NEAREST else \
        "nedåt" if directed == "nedat" else "uppåt"
    return (f"avrundar källan alltid {way}, skriv 'avrunda: {directed}' i kolumnen, så räknas "
            "beloppen ut så; ")


def _slips_text(mismatch: Mismatch, figure: str) -> str:
    """The typed cells that likelier are wrong than the stated figure, ending where the advice
    to correct the figure follows: the group of costs whose sign explains it (`subtracted`),
    else the one cell that explains every error of the table (`slip`), else those with two
    digits swapped (`swaps`); else only '; '."""
    unit = mismatch.unit
    if mismatch.subtracted:
        return f"; den stämmer om {mismatch.subtracted}, annars "
    if mismatch.slip is not None:
        where, typed, meant = mismatch.slip
        swapped = " (två siffror omkastade)" if is_digit_swap(typed, meant) else ""
        return (f"; alla {mismatch.errors} fel i tabellen försvinner om {where} har "
                f"{exact(meant, unit)} i stället för {exact(typed, unit)}{swapped}: kontrollera "
                "den cellen först, annars ")
    if not mismatch.swaps:
        return "; "
    cells = " eller ".join(swap.where for swap in mismatch.swaps)
    checks = " eller ".join(f"{where} ({exact(meant, unit)} i stället för {exact(typed, unit)}?)"
                            for where, typed, meant in mismatch.swaps)
    return (f", och med två siffror omkastade på {cells} stämmer {figure}; kontrollera "
            f"{checks}, annars ")


def _follows_text(follows: tuple[tuple[str, Kronor], ...],
                  shown: Callable[[Kronor], str]) -> str:
    """That a derived figure is right with the figure stated wrong before it (and that one
    with the one before it, back to the first), each named by where it is ("i kolumnen
    'Årshyra (kr)'", "på raden 'Regionala verksamhetsbidrag'"), so the slip is there (trial
    51, F3), and the advice for all of them."""
    (place, figure), *earlier = follows
    cells = [f"{shown(figure)} {place}" for place, figure in earlier]
    back = "".join(f", och det med {cell}" for cell in cells)
    return (f"; med det angivna beloppet {shown(figure)} {place} stämmer det"
            f"{back}, så felet börjar där: rätta {'alla' if earlier else 'båda'} eller ta bort "
            "dem så räknas de ut")


def _multiple_text(multiple: Multiple, stated: str, computed: str) -> str:
    """That a row's stated product is a whole multiple of the computed one, as the row's text
    says when it does, and how a row for several is written where the table has no count
    column yet (trial 52, F2), ending where the advice to correct the figure follows."""
    times, words, formula = multiple
    said = f", och raden säger '{words}'" if words else ""
    if formula is None:
        return f"; {stated} är {times} × {computed}{said}; "
    how = (f", {{namn: antal, rubrik: Antal, typ: tal}}, ändra formeln till '{formula}'"
           if formula else ", multiplicera med den i formeln")
    return (f"; {stated} är {times} × {computed}{said}: gäller raden flera, lägg till en "
            f"kolumn för antalet{how} och skriv antalet på varje rad (1 där raden gäller en); "
            "annars ")


def _parts_wrong(mismatch: Mismatch, parts: str, shown: Callable[[Kronor], str]) -> str:
    """The end of a stated sum's message where the parts as stated add up to it: a part is
    wrong, not the sum, so no row is missing (trial 69, F6: a difference equal to a row's
    amount by chance was told to be a row left out)."""
    figures = "tal" if mismatch.unit == COUNT else "belopp"
    return (f"; med {parts}s angivna {figures} blir summan {shown(mismatch.stated)}, som den "
            "angivna, så ingen rad saknas: summan följer en del som är fel (se felet på dess "
            "rad); rätta delen och summan, eller ta bort summan så räknas den ut")


def _cap_text(cap: tuple[Kronor, str], unit: str) -> str:
    """That the stated figure looks like a cap the column lacks (`Mismatch.cap`), and how
    to write it, ending where the advice to correct the figure follows."""
    figure, row = cap
    written = exact(figure, unit, real_minus=False).replace(NBSP, " ")
    also = f"också beloppet på {row}" if row else "beloppet på flera rader"
    return (f"; {exact(figure, unit)}{NBSP}{unit} är {also}, och ingen rad i kolumnen har "
            f"mer: är det kolumnens högsta belopp, skriv 'hogst: {written}' i kolumnen, så "
            "räknas beloppen ut med det som tak; annars ")


def _row_alike(names: tuple[str, ...], too_high: bool) -> str:
    """That the difference is one row's amount, and the probable cause: a sum too high
    counted a row twice or one the table lacks; one too low left a row out, or the table
    has one twice (only when several rows have the amount)."""
    rows = names[0] if len(names) == 1 else \
        f"en rad ({len(names)} rader har det beloppet)"
    if too_high:
        cause = "summan räknar en rad två gånger eller om en rad saknas i tabellen"
    else:
        cause = "en rad saknas i summan" + (" eller står två gånger i tabellen"
                                             if len(names) > 1 else "")
    return f", lika med beloppet på {rows}: kontrollera om {cause}"


def _rows_unsummed(names: tuple[str, ...]) -> str:
    """That the difference is the amount of a row computed from other rows, which no sum
    counts: the sum stated counts it, and how to have the table count it too."""
    rows = " eller ".join(names)
    return (f"; {rows} räknas ut med 'rad_formel' och räknas därför inte in i summan, men med "
            f"den stämmer den angivna summan: ska raden räknas med, skriv radens belopp i "
            f"stället för 'rad_formel', eller skriv summan som en sista rad med 'rad_formel' "
            f"som räknar med raderna, och 'totalt: false' i tabellen")


def _rows_negative(rows: tuple[tuple[str, Kronor], ...], shown: Callable[[Kronor], str]) -> str:
    """That the rows of a derived column below 0 are the difference of a sum too high, and
    how a floor of 0 is written (`lagst: 0`, not `minst: 0`, which only forbids them)."""
    named = " och ".join(f"{name} ({shown(amount)})" for name, amount in rows)
    one = len(rows) == 1
    return (f"; {named} är under 0, och med 0 där stämmer den angivna "
            f"summan: ska {'raden' if one else 'raderna'} få 0 när formeln ger mindre "
            "(\"men aldrig under 0\"), skriv 'lagst: 0' i kolumnen")


BLANK_NAMED = 3
"""The most rows without an amount a message about a sum too high names."""


def _rows_blank(names: tuple[str, ...], difference: str) -> str:
    """That rows without an amount may be where the difference of a sum too high belongs:
    "raden 'A', raden 'B', raden 'C' och 2 rader till" (the first `BLANK_NAMED`)."""
    shown = list(names[:BLANK_NAMED])
    if len(names) > BLANK_NAMED:
        shown.append(f"{len(names) - BLANK_NAMED} rad{'er' if len(names) > 4 else ''} till")
    rows = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " och " + shown[-1]
    where = "där" if len(names) == 1 else "på någon av dem"
    return f"; {rows} har inget belopp ('–'): kontrollera om {difference} saknas {where}"


def _per_column(mismatch: Mismatch) -> str:
    """How a total per column is written, when a single one was checked against the first."""
    if mismatch.per_column is None:
        return ""
    key, total = mismatch.per_column
    figure = exact(total, mismatch.unit, real_minus=False).replace(NBSP, " ")
    return ("; en ensam 'summa' kontrolleras mot den första beloppskolumnen, en summa per "
            f'kolumn skrivs summa: {{{key}: "{figure}", …}}')


def _beyond_rounding(rounding: Rounding, unit: str) -> str:
    """That a difference is more than rounded parts explain, and how far they can reach (a
    formula's reach in hundredths of its step: 0,54 kr for 'ar / 12')."""
    quantum = Decimal(rounding.step).scaleb(-UNIT_EXPONENT[unit] - 2)
    reach = as_written(rounding.reach.scaleb(-UNIT_EXPONENT[unit]).quantize(
        quantum, ROUND_HALF_UP).normalize())
    if rounding.weight is not None:
        return (f", mer än avrundning kan förklara: med det angivna beloppet och beloppen i "
                f"formeln avrundade till närmaste {in_unit(rounding.step, unit)} kan det avvika "
                f"från uträkningen utan avrundning med högst {reach}{NBSP}{unit}")
    rounded = "avrundat" if rounding.figures == 1 else "avrundade"
    return (f", mer än avrundning kan förklara: {rounding.figures} belopp {rounded} till "
            f"närmaste {in_unit(rounding.step, unit)} kan tillsammans avvika med högst "
            f"{reach}{NBSP}{unit}")
