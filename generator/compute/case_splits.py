"""Make the splits a case asks for, and say what to write when one cannot be made.

* `befolkning`, `vikter`, `lika`: `summa` is split exactly by largest remainder (see
  `splits`); parts the case states are checked against the exact ones.
* `fasta` without `rest_till`: every party has its amount; the total is their sum, and a
  stated `summa` is checked against it.
* `fasta` with `rest_till`: every other party has its amount and the named party gets what is
  left of `summa`; it stands where the case lists it (without an amount), or last.
* `befolkning`, `vikter`, `lika` with `rest_till`: every other party gets its share rounded
  to `enhet` and the named party, one of them, what is left (`splits.split_with_rest`), so
  `summa` need not be whole `enhet`.
* Weights in percent ("17,5 %") are all in percent and add up to exactly 100 % (see
  `percent_key`); else the split is refused by one message, before any stated part is checked.
* A party may be a group (`namn` as a list): each member gets the same weight or amount.
* `grundbelopp` (not with `fasta`): every party gets it first and the rest of `summa` is split
  by the method; a party's part is its base amount plus its share of the rest.
* `per_vikt` (`befolkning`, `vikter`): instead of splitting `summa`, every party gets its base
  amount (if any) plus `per_vikt` times its weight; the total is computed, and a stated
  `summa` must equal it.
* `rubrik_vikt`, `per_vikt` and `viktenhet` belong to the methods with weights: with `lika`
  or `fasta` they are errors; `viktenhet` (what one unit of weight is, for "per …") is one
  without `per_vikt` too.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from generator.case.split_models import Split
from generator.case.suggest import did_you_mean
from generator.compute.part_names import part_name_findings
from generator.compute.percent_key import key_slip
from generator.compute.split_wording import how_phrase, states_basis
from generator.compute.splits import (
    BaseAmountError,
    RateError,
    RestError,
    SplitError,
    base_phrase,
    check_fixed,
    method_phrase,
    split_by_weights,
    split_equally,
    split_fixed,
    split_per_weight,
    split_with_rest,
)
from generator.compute.stated import ROUNDED_SPLIT, Rounding, compare, mismatch_text
from generator.digit_swaps import is_digit_swap
from generator.formatting import NBSP, Kronor, as_written, kr, whole_units
from generator.formatting import exact as figure
from generator.problems import Finding, Loc


@dataclass(frozen=True)
class SplitResult:
    """A split made exactly: the parts add up to the total."""

    split: Split
    parts: tuple[tuple[str, int], ...]
    total: int
    base: int | None = None

    @property
    def phrase(self) -> str:
        """The method sentence with its amounts in "kr", as messages and `beslut visa` quote
        it."""
        return self.wording("kr")

    def wording(self, word: str) -> str:
        """The method sentence as the document writes it, its amounts with `word`, the house
        style's unit in running text, "kr" or "kronor" (trial 68, F5)."""
        return _phrase(self.split, self.total, _expand(self.split, ()), word)

    def said_in(self, text: str) -> bool:
        """Whether a section's `text` already says how the split is made, so that the
        tool's sentence would say it again (`states_basis`); never for a sentence with
        a rate or the case's own (`metodtext`); with a base amount its amounts are said
        alone (`base_said`)."""
        split = self.split
        if split.metodtext is not None or split.per_vikt is not None:
            return False
        return states_basis(text, split.metod, _how(split, _expand(split, ())))

    def base_said(self, word: str) -> str:
        """With a base amount, the sentence's amounts without how the rest is split, for a
        section whose text says that (trial 95, F4): "Grundbeloppet är 50 000 kr för varje
        kommun och resten är 1 800 000 kr"; "" without a base amount."""
        base = self.split.grundbelopp
        if base is None:
            return ""
        party = _party_word(_expand(self.split, ()), self.split.rubrik_part)
        return (f"Grundbeloppet är {kr(base, word)} för varje {party} och resten är "
                f"{kr(self.rest, word)}")

    @property
    def rest(self) -> int:
        """What was split by the method: the total less every party's base amount."""
        return self.total - len(self.parts) * (self.base or 0)

    def by_method(self, part: int) -> int:
        """The share of a party's part that the method gave it (its part less the base)."""
        return part - (self.base or 0)


@dataclass(frozen=True)
class _Party:
    """One party after groups are expanded, with the place of its entry."""

    name: str
    weight: object
    amount: int | None
    loc: Loc
    percent: bool = False


def compute_split(split: Split, loc: Loc) -> tuple[SplitResult | None, list[Finding]]:
    """Split exactly by the chosen method, or report what to write instead."""
    if named := part_name_findings(split, loc):
        return None, named
    parties = _expand(split, loc)
    try:
        _weight_keys(split, loc)
        parts = _fixed(split, parties, loc) if split.metod == "fasta" \
            else _by_key(split, parties, loc)
    except _Missing as exc:
        return None, [Finding(exc.loc, exc.message)]
    except BaseAmountError as exc:
        return None, [Finding((*loc, "grundbelopp"), exc.message)]
    except RateError as exc:
        return None, [Finding((*loc, "per_vikt"), exc.message)]
    except RestError as exc:
        return None, [Finding((*loc, "rest_till"), exc.message)]
    except SplitError as exc:
        return None, [Finding(_culprit(split, loc), exc.message)]
    total = sum(amount for _, amount in parts)
    result = SplitResult(split, tuple(parts), total, split.grundbelopp)
    if split.metod == "fasta":
        return result, _stated_total(split, total, loc, len(parts))
    return result, [*_stated_rate_total(result, parties, loc),
                    *_stated_parts(result, parties, loc)]


def _split_of(split: Split, total: int, loc: Loc) -> list[tuple[str, int]] | None:
    """The exact parts of the split had its total been `total` (None if it cannot be made):
    when the stated parts are just these, the stated total is the slip (trial 27)."""
    result, _ = compute_split(split.model_copy(update={"summa": total}), loc)
    return list(result.parts) if result is not None else None


def _culprit(split: Split, loc: Loc) -> Loc:
    """The key to point at for a split that cannot be made: the unit when it is the cause."""
    if split.enhet < 1 or (split.summa is not None and split.summa % split.enhet):
        return (*loc, "enhet")
    return loc


def _expand(split: Split, loc: Loc) -> list[_Party]:
    """Each party, with each member of a group as a party of its own."""
    parties = []
    for index, party in enumerate(split.parter):
        names = party.namn if isinstance(party.namn, list) else [party.namn]
        here = (*loc, "parter", index)
        parties += [_Party(name, party.vikt, party.belopp, here, party.percent)
                    for name in names]
    return parties


def _phrase(split: Split, total: int, parties: list[_Party], word: str = "kr") -> str:
    """The method sentence: the case's own, none, or the method's wording, its amounts with
    `word` ("kr" or "kronor")."""
    if split.metodtext is not None:
        return split.metodtext
    if split.metod == "fasta":
        return method_phrase("fasta", split.rest_till)
    how = _how(split, parties, word)
    if split.grundbelopp is not None:
        rest = total - len(parties) * split.grundbelopp
        return base_phrase(split.metod, split.grundbelopp, rest,
                           _party_word(parties, split.rubrik_part), how, word)
    return f"fördelat {how}" if how else method_phrase(split.metod)


def _how(split: Split, parties: list[_Party], word: str = "kr") -> str:
    """How the split is made, after "fördelat" (`how_phrase`), "" for the method's words."""
    weights = [p.weight for p in parties if isinstance(p.weight, Decimal)]
    return how_phrase(split.metod, split.rubrik_vikt, weights,
                      any(p.percent for p in parties), split.per_vikt, split.viktenhet, word)


def _party_word(parties: list[_Party], header: str = "Part") -> str:
    """What every party is, for 'varje kommun får': the party column's own header if the
    case gives one ('Kommun'), else kommun or region if every name says so, else part."""
    if header != "Part" and header.strip() and " " not in header.strip():
        return header.strip().lower()
    names = [p.name.casefold() for p in parties]
    for word in ("kommun", "region"):
        if all(word in name for name in names):
            return word
    return "part"


_WEIGHED = ("befolkning", "vikter")
"""The methods with weights: the ones that take `rubrik_vikt`, `per_vikt` and `viktenhet`."""


class _Missing(Exception):
    """A split lacks something its method needs, or has a key its method cannot use; the
    message says what to write."""

    def __init__(self, loc: Loc, message: str) -> None:
        super().__init__(message)
        self.loc = loc
        self.message = message


def _weight_keys(split: Split, loc: Loc) -> None:
    """Refuse `rubrik_vikt`, `per_vikt` and `viktenhet` with a method that has no weights,
    and `viktenhet` without `per_vikt`: it names nothing else."""
    if split.metod in _WEIGHED:
        if split.viktenhet is not None and split.per_vikt is None:
            raise _Missing((*loc, "viktenhet"), "'viktenhet' används bara med 'per_vikt', där "
                                                "den är ordet efter 'per' ('100 kr per aktiv "
                                                "medlem'); ta bort den eller lägg till "
                                                "'per_vikt'")
        return
    for key in ("rubrik_vikt", "per_vikt", "viktenhet"):
        if getattr(split, key) is not None:
            raise _Missing((*loc, key), f"'{key}' används bara med metoderna befolkning och "
                                        f"vikter, inte '{split.metod}'; ta bort den")


def _need_total(split: Split, loc: Loc) -> int:
    """The total to split, which every method but plain fixed amounts needs."""
    rate = " eller 'per_vikt', kronor per viktenhet" if split.metod in _WEIGHED else ""
    if split.summa is None and split.grundbelopp is not None:
        raise _Missing(loc, f"uppdelningen '{split.namn}' har 'grundbelopp' men ingen 'summa', "
                            f"summan som grundbeloppen och resten tas från; lägg till 'summa'"
                            f"{rate}")
    if split.summa is None:
        how = " eller ta bort 'rest_till'" if split.metod == "fasta" else rate
        raise _Missing(loc, f"uppdelningen '{split.namn}' behöver 'summa', summan som ska "
                            f"delas; lägg till den{how}")
    return split.summa


def _by_key(split: Split, parties: list[_Party], loc: Loc) -> list[tuple[str, int]]:
    """Split by population, by weights or equally, or pay an amount per unit of weight."""
    names = [p.name for p in parties]
    base = split.grundbelopp or 0
    _rest_party(split, names, loc)
    if split.metod == "lika" and split.rest_till is not None:
        return split_with_rest(_need_total(split, loc), [(name, 1) for name in names],
                               split.rest_till, split.enhet, base)
    if split.metod == "lika":
        return split_equally(_need_total(split, loc), names, split.enhet, base)
    weights = []
    for party in parties:
        if party.weight is None:
            raise _Missing(party.loc, f"parten '{party.name}' saknar 'vikt', som metoden "
                                      f"'{split.metod}' kräver; lägg till t.ex. vikt: 245347")
        weights.append((party.name, party.weight))
    if split.per_vikt is None:
        total = _need_total(split, loc)
        if (slip := key_slip(split.namn, total, parties, loc, base > 0)) is not None:
            raise _Missing(*slip)
        if split.rest_till is not None:
            return split_with_rest(total, weights, split.rest_till,  # type: ignore[arg-type]
                                   split.enhet, base)
        return split_by_weights(total, weights, split.enhet, base)  # type: ignore[arg-type]
    if (percent := next((p for p in parties if p.percent), None)) is not None:
        raise _Missing((*percent.loc, "vikt"), (
            f"vikten för '{percent.name}' är en procentsats, och 'per_vikt' betalas per "
            "viktenhet; skriv vikterna som tal (t.ex. antal mandat), eller ange 'summa' i "
            "stället för 'per_vikt'"))
    return split_per_weight(split.per_vikt, weights, split.enhet, base)  # type: ignore[arg-type]


def _rest_party(split: Split, names: list[str], loc: Loc) -> None:
    """Refuse `rest_till` with a method by weights where it names none of the parties (the
    party that gets the rest has its share by the weights too), and with `per_vikt`, which
    splits no total."""
    rest = split.rest_till
    if rest is None:
        return
    if split.per_vikt is not None:
        raise _Missing((*loc, "rest_till"), (
            "'rest_till' ger en part det som blir kvar av 'summa' när de andra delarna är "
            "avrundade, men med 'per_vikt' delas ingen summa: varje part får 'per_vikt' × sin "
            "vikt; ta bort 'rest_till', eller ange 'summa' i stället för 'per_vikt'"))
    if rest not in names:
        meant = did_you_mean(rest, names)
        advice = f"menade du '{meant}'?" if meant else "parterna är: " + ", ".join(names)
        raise _Missing((*loc, "rest_till"), (
            f"'rest_till: {rest}' är ingen av parterna i uppdelningen '{split.namn}'; med "
            f"metoden '{split.metod}' får en av parterna resten, skriv dess namn; {advice}"))


def _fixed(split: Split, parties: list[_Party], loc: Loc) -> list[tuple[str, int]]:
    """Fixed amounts, with the rest of the total to `rest_till` when the case names one."""
    if split.grundbelopp is not None:
        raise _Missing((*loc, "grundbelopp"), (
            "'grundbelopp' används bara med metoderna befolkning, vikter och lika, inte "
            "'fasta'; ta bort den och skriv hela beloppet i varje parts 'belopp'"))
    rest = split.rest_till
    fixed = []
    for party in parties:
        if party.name == rest:
            if party.amount is not None:
                raise _Missing((*party.loc, "belopp"), (
                    f"'{rest}' får resten av summan och ska inte ha ett eget belopp; ta bort "
                    f"'belopp' här, eller ta bort 'rest_till' om alla har fasta belopp"))
            continue
        if party.amount is None:
            what = "eller gör den till 'rest_till'" if rest is None else ""
            raise _Missing(party.loc, f"parten '{party.name}' saknar 'belopp', som metoden "
                                      f"'fasta' kräver; ange beloppet {what}".rstrip())
        fixed.append((party.name, party.amount))
    if rest is None:
        check_fixed(fixed, split.enhet)
        return fixed
    parts = split_fixed(_need_total(split, loc), fixed, rest, split.enhet)
    return _place_rest(parts, parties, rest)


def _place_rest(
    parts: list[tuple[str, int]], parties: list[_Party], rest: str
) -> list[tuple[str, int]]:
    """Put the remainder party where the case lists it, or last when it is not listed."""
    if rest not in [p.name for p in parties]:
        return parts
    amounts = dict(parts)
    return [(p.name, amounts[p.name]) for p in parties]


def _stated_total(split: Split, total: int, loc: Loc, count: int) -> list[Finding]:
    """Plain fixed amounts: a stated total must be their sum. One that rounding of the
    `count` amounts explains (half an `enhet` each) gets the advice to keep a published list
    as decided as a table with `avrundat` (trial 68, F2)."""
    if split.rest_till is not None:
        return []
    found = compare((*loc, "summa"), f"uppdelningen '{split.namn}'", split.summa, total)
    rounding = Rounding(count, split.enhet)
    return [Finding(m.loc, mismatch_text(m._replace(may_be_rounded=rounding.explains(
        m.difference)), "de fasta beloppen", ROUNDED_SPLIT)) for m in found]


def _rounded_one_by_one(result: SplitResult, parties: list[_Party], total: int) -> str | None:
    """The message for stated parts that look rounded one by one (trial 68, F1: 1 000 000 kr
    as three parts of 333 000 kr): each a whole multiple of the split's unit and at most one
    unit from its exact part, missing the decided total by less than a unit per part. The
    decided total is right: the advice is to leave the amounts out so that the split spreads
    the remainder, naming who gets it, or to keep a published list as a table with
    `avrundat`. None for other parts; parts in whole kronor (`enhet: 1`) are never taken
    so: a slip of a krona or two is the total's (trial 27, partistöd)."""
    split, exact = result.split, dict(result.parts)
    unit, difference = split.enhet, result.total - total
    if unit == 1 or not difference or abs(difference) >= unit * len(parties) or any(
            result.by_method(party.amount or 0) % unit
            or abs((party.amount or 0) - exact[party.name]) > unit for party in parties):
        return None
    spread = (f"så {kr(difference)} av summan är inte fördelad" if difference > 0 else
              f"så de fördelar {kr(-difference)} mer än summan")
    return (f"angiven summa {kr(result.total)} i uppdelningen '{split.namn}' stämmer inte med "
            f"de angivna delarna, som tillsammans blir {kr(total)}: delarna ser ut att vara "
            f"avrundade var för sig till {whole_units(unit)}, {spread}; är summan den "
            "beslutade, ta bort delarnas 'belopp', så fördelas hela summan: delarna avrundas "
            "nedåt och det som blir över går till dem som avrundades ned mest, så "
            f"{_changed_parts(parties, exact, unit)}"
            f"{_as_published(result, parties, difference)}")


MAX_NAMED_PARTS = 3
"""Parts a message names one by one where the remainder changes more ("och 4 parter till")."""


def _changed_parts(parties: list[_Party], exact: dict[str, int], unit: int) -> str:
    """The parts that the split makes other than stated, "Orsa får 334 000 kr i stället för
    333 000 kr", up to `MAX_NAMED_PARTS` of them, and how many more get a unit more or less."""
    changed = [(p.name, p.amount or 0, exact[p.name]) for p in parties
               if p.amount != exact[p.name]]
    items = [f"{name} {'' if index else 'får '}{kr(meant)} i stället för {kr(typed)}"
             for index, (name, typed, meant) in enumerate(changed[:MAX_NAMED_PARTS])]
    if (others := len(changed) - MAX_NAMED_PARTS) > 0:
        more = "mer" if changed[0][2] > changed[0][1] else "mindre"
        items.append(f"en part till {kr(unit)} {more}" if others == 1 else
                     f"{others} parter till {kr(unit)} {more} var")
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} och {items[-1]}"


def _as_published(result: SplitResult, parties: list[_Party], difference: int) -> str:
    """How to keep a published list as printed, where rounding to nearest explains the
    difference: as a table with `avrundat` in the unit whose last digit the split's unit is
    (`enhet: 1000`: tkr), so that the stated total stands (trial 68, F2); else nothing."""
    unit = result.split.enhet
    table_unit = next((name for name, value in TABLE_UNITS if unit <= value), None)
    if table_unit is None or not _power_of_ten(unit) \
            or not Rounding(len(parties), unit).explains(Decimal(difference)):
        return ""
    first = parties[0]
    return (f"; ska listan stå exakt som den är publicerad, skriv av den som en tabell under "
            f"'tabeller' med 'enhet: {table_unit}', beloppen i {table_unit} ({first.name} "
            f"{figure(Decimal(first.amount or 0), table_unit)}) och 'avrundat: true', så står "
            "den angivna summan kvar (se 'beslut format --handbok', avsnittet Avrundade belopp)")


TABLE_UNITS = (("tkr", 1000), ("mnkr", 1_000_000), ("mdkr", 1_000_000_000))
"""A table's units above kronor and their values: a split's unit is the last digit of the
first that holds it."""


def _power_of_ten(unit: int) -> bool:
    """Whether a split's unit is 10, 100, 1 000 …: a table's last decimal can be it."""
    return str(unit).rstrip("0") == "1"


def _stated_parts(result: SplitResult, parties: list[_Party], loc: Loc) -> list[Finding]:
    """Check parts the case states against the exact split (the parts' sum first)."""
    split = result.split
    stated = [p for p in parties if p.amount is not None]
    if not stated:
        return []
    found = []
    if len(stated) == len(parties) and split.per_vikt is None:
        total = sum(p.amount or 0 for p in stated)
        if total != result.total and (
                rounded := _rounded_one_by_one(result, parties, total)) is not None:
            return [Finding((*loc, "summa"), rounded)]
        if total != result.total and _split_of(split, total, loc) == [
                (p.name, p.amount) for p in parties]:
            return [Finding((*loc, "summa"), (
                f"angiven summa {kr(split.summa or 0)} i uppdelningen '{split.namn}' stämmer "
                f"inte med de angivna delarna, som tillsammans blir {kr(total)} och är just "
                f"den summan uppdelad; rätta summan, skriv summa: {total}, om delarna är rätt"))]
        if total != result.total:
            found.append(Finding((*loc, "summa"), (
                f"de angivna delarna i uppdelningen '{split.namn}' blir tillsammans {kr(total)}, "
                f"inte {kr(result.total)}; ta bort de angivna beloppen så räknas delarna "
                "ut exakt")))
    exact = dict(result.parts)
    if (other := other_key(result, parties, loc)) is not None:
        return [other]
    for party in stated:
        if party.amount != exact[party.name]:
            found.append(Finding((*party.loc, "belopp"), _wrong_part(
                party.name, party.amount or 0, exact[party.name], result.phrase, split.enhet)))
    return found


def _wrong_part(name: str, typed: Kronor, meant: Kronor, phrase: str, unit: int = 1) -> str:
    """A stated part that is not the exact one; typed with two neighbouring digits swapped,
    named so, as a table's figure is (trial 69, F11: 474 525 for 447 525). A part rounded to
    a unit is called the computed one, not the exact (trial 95, F5: 129 000 kr for an exact
    129 157,4 kr)."""
    said = (f"den uträknade delen {kr(meant)} (avrundad till {whole_units(unit)}; {phrase})"
            if unit > 1 else f"den exakta delen {kr(meant)} ({phrase})")
    text = f"angiven del {kr(typed)} för {name} stämmer inte med {said}"
    if is_digit_swap(typed, meant):
        return (f"{text}, två siffror omkastade: rätta beloppet ({figure(meant)} i stället för "
                f"{figure(typed)}?) eller ta bort det så räknas delen ut")
    return f"{text}; ta bort beloppet så räknas delen ut"


def other_key(result: SplitResult, parties: list[_Party], loc: Loc) -> Finding | None:
    """One error for parts the case states for every party that add up to the total but all
    differ from the split, some by more than a unit: they are split by another key (trial 57,
    F4: medlemsbidrag beside an ägarfördelning in percent), and "ta bort beloppet" for each
    would publish amounts never decided. None where the parts may be the split's."""
    split, exact = result.split, dict(result.parts)
    if len(parties) < 2 or any(p.amount is None for p in parties) \
            or sum(p.amount or 0 for p in parties) != result.total \
            or any(p.amount == exact[p.name] for p in parties) \
            or all(abs((p.amount or 0) - exact[p.name]) <= split.enhet for p in parties):
        return None
    far = max(parties, key=lambda p: abs((p.amount or 0) - exact[p.name]))
    return Finding((*loc, "metod"), (
        f"de angivna delarna i uppdelningen '{split.namn}' blir tillsammans just summan "
        f"{kr(result.total)}, men ingen av dem är den exakta delen ({result.phrase}), för "
        f"{far.name} {kr(far.amount or 0)} i stället för {kr(exact[far.name])}: delarna är "
        "inte fördelade efter vikterna. Är vikterna en egen nyckel, t.ex. en ägarfördelning, "
        "och beloppen beslutade för sig, skriv dem i en tabell med beloppen i en kolumn med "
        "'typ: belopp' och nyckeln i en kolumn med 'typ: tal' och 'summeras: ja' (se 'beslut "
        "format --handbok', avsnittet Tal och procent); annars rätta vikterna, eller ta bort "
        "de angivna beloppen så räknas delarna ut"))


def _stated_rate_total(result: SplitResult, parties: list[_Party], loc: Loc) -> list[Finding]:
    """With `per_vikt`, a stated `summa` must be the computed total: the message names both
    and how the total is made."""
    split = result.split
    if split.per_vikt is None or split.summa is None or split.summa == result.total:
        return []
    weights = sum((p.weight for p in parties if isinstance(p.weight, Decimal)), Decimal(0))
    made = f"{as_written(split.per_vikt)}{NBSP}kr × {as_written(weights)}"
    if result.base is not None:
        made = f"{len(parties)} × {kr(result.base)} i grundbelopp + {made}"
    return [Finding((*loc, "summa"), (
        f"'summa' är {kr(split.summa)}, men med 'per_vikt' blir summan {made} = "
        f"{kr(result.total)}; rätta 'summa' eller ta bort den, så räknas den ut"))]
