"""Wording rules from CONVENTIONS.md that a case's text (prose, titles, headings, and the
tables' column headers and text cells) can break: units, number words, year and month
ranges, percent signs and amounts with points between their thousands ("7.000 kronor", read
as 7 000 by the amount checks, trial 39); and two slips of typing: a unit written twice
("4,4 mnkr kronor", trial 40) and a parenthesis without its other half (trial 39).

Each slip is warned about once per file, at its first place: a source typed in "Mkr" has it
in every paragraph (trial 37: sixteen lines for one file hid the one warning that mattered),
so the warning says how many places there are and on which lines. A unit's spelling, a number
in words and digits and a unit written twice count per spelling ("Mkr" and "mkr" are two
warnings); ranges count per dash they are typed with, whatever their numbers (trial 46, F7:
age columns "1-2 år" … "19-20 år" gave six warnings on every run, for ranges the document
already prints with an en dash), so the warning names the first few; a percent sign without
a space, a decimal comma or an opening parenthesis with a space after it ("2, 18 kronor",
"( 1,46", trial 49) and a point between thousands count once for the whole file. An unbalanced
parenthesis is warned about in each paragraph that has one: each is a slip of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Final, NamedTuple

from generator.case.models import Case
from generator.case.money import DOTTED_THOUSANDS, KRONOR_SIGN, dotted_groups, spaced_decimal_advice
from generator.checks.broken_words import broken_word_problems
from generator.checks.literal_amounts import find_amounts
from generator.checks.percent_words import references
from generator.checks.report import Reporter
from generator.checks.scale_words import scale_word_slips
from generator.checks.table_rows import placed_rows, text_cells
from generator.formatting import MILLIONS, NBSP, written_unit
from generator.output.display import first_few
from generator.problems import Loc, Position, Problem
from generator.text.figures import (
    acute_apieces,
    decimal_points,
    grouped,
    ungrouped_amounts,
    ungrouped_decimals,
)
from generator.text.kronor_words import kr_amounts, kronor_amounts
from generator.text.parentheses import Unbalanced, surrounding_words, unbalanced_parentheses
from generator.text.quotations import quoted_spans
from generator.text.ranges import EM_DASH, EN_DASH, hyphenated_ranges
from generator.text.signs import unspaced_percents, unspaced_sections
from generator.text.spacing import spaced_decimals, spaced_openings
from generator.text.units import (
    DoubledUnit,
    doubled_units,
    in_capitals,
    kronor_signs,
    other_spellings,
    spelling_advice,
    spellings,
    written_spelling,
)
from generator.text.wording import house_wording

_NUMBER_WORDS = (
    "en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|"
    "sexton|sjutton|arton|nitton|tjugo|hundra|tusen"
)
_DIGITS_IN_BRACKETS = re.compile(r" \(\d+\)")
"""What every match of `_words_and_digits` holds; looked for first, as it is found far faster."""
_PERCENT = "%"
"""The key of every percent sign without a space: one warning for the file."""
_SECTION = "§"
"""The key of every paragraph sign joined to its number ("7§"): one warning for the file."""
_THOUSANDS = "."
"""The key of every amount with points between its thousands: one warning for the file."""
_POINT = "decimalpunkt"
"""The key of every decimal point in a percentage or an amount: one warning for the file."""
_UNGROUPED = "tusental"
_UNGROUPED_FIGURE = "tusental utan enhet"
"""The key of every amount without spaces between its thousands: one warning for the file."""
_ACUTE = "á"
"""The key of every "á" before a price: one warning for the file."""
_DECIMAL = ", "
"""The key of every decimal comma with a space after it ("2, 18 kronor"): one warning."""
_OPENING = "( "
"""The key of every opening parenthesis with a space after it: one warning for the file."""
_POINT_BEFORE_THREE = re.compile(r"\.(?<=\d\.)\d{3}(?!\d)")
"""What every amount with points between its thousands holds; looked for first. (It starts
with the point and looks back for the digit only after it, so that the regex engine skips
ahead to the points instead of trying every character.)"""


@cache
def _dotted_number() -> re.Pattern[str]:
    return re.compile(rf"[−-]?{DOTTED_THOUSANDS}(?!\d)")


@cache
def _words_and_digits() -> re.Pattern[str]:
    """A number word and the same number in brackets, "tre (3)"; compiled on first use, as
    most runs find no text with digits in brackets (its case-folded classes take a while)."""
    return re.compile(rf"(?<![\w])({_NUMBER_WORDS}) \((\d+)\)", re.IGNORECASE)


_RANGE = "intervall "
"""The start of the key of every range typed with one kind of dash: one warning a kind."""


class _Slip(NamedTuple):
    """One place that breaks a rule: what counts as the same slip, where, the warning; of a
    range, also as written and as the document prints it (for the warning of many)."""

    key: str
    position: Position
    message: str
    written: str = ""
    printed: str = ""


def check_style(texts: Mapping[Loc, str], report: Reporter, kr_chosen: bool = False,
                printed: Callable[[str], str] | None = None) -> list[Problem]:
    """Warn about units the documents do not use, amounts written both in words and digits,
    year ranges with a hyphen and percent signs without a space: once per slip and file,
    at its first place (texts: every printed text, title, heading and column header); about
    amounts in text written with "kronor" where the house style writes "kr" (`kronor_slips`),
    millions and billions in words beside their abbreviation (`scale_words`); and about
    words broken by a hyphen that the texts also write whole (`broken_words`)."""
    slips: dict[str, list[_Slip]] = {}
    for loc, text in texts.items():
        for slip in _slips(loc, text, report):
            slips.setdefault(slip.key, []).append(slip)
    kronor = kronor_slips(texts, report, kr_chosen, printed)
    for slip in kronor:
        slips.setdefault(slip.key, []).append(slip)
    running = {loc: text for loc, text in texts.items() if not _in_table(loc) and not _stated(loc)}
    for scaled in scale_word_slips(running, lambda loc, text, match: report.in_text(
            loc, text, match.start(), match.group(0)), frozenset(s.position for s in kronor)):
        slips.setdefault(scaled.key, []).append(_Slip(*scaled))
    return [report.problem(min(same).position, _counted(same), "varning")
            for same in slips.values()] + broken_word_problems(texts, report)


def kronor_slips(texts: Mapping[Loc, str], report: Reporter, kr_chosen: bool,
                 printed: Callable[[str], str] | None) -> list[_Slip]:
    """The amounts running text writes with "kronor" where the house style writes "kr": all
    where the style states it (`kr_chosen`: `kronor_i_lopande_text: nej` in the profile or
    the case; trial 61, F8); in the default style only where the text also writes an amount
    with "kr", typed or printed by a `{{ … }}` (`printed`: what one prints alone; None where
    the style writes "kronor"), so that a document has one spelling (trial 74, F6)."""
    if not kr_chosen and printed is None:
        return []
    running = {loc: text for loc, text in texts.items()
               if not _in_table(loc) and not _stated(loc)}
    found = [(report.in_text(loc, text, match.start(), match.group(0)), match)
             for loc, text in running.items() for match in kronor_amounts(text)]
    if not found or kr_chosen:
        return [_Slip(_kronor_slip(match), where, _kronor_words(match))
                for where, match in found]
    beside = _written_kr(running, report, printed) if printed is not None else None
    return [] if beside is None else [
        _Slip(_kronor_slip(match), where, _mixed_kronor(match, beside)) for where, match in found]


def _kronor_slip(match: re.Match[str]) -> str:
    """The key of an amount written with "kronor": one warning for the file, another for
    millions ("2,4 miljoner kronor"), which the house writes with another unit."""
    return f"{_KRONOR} miljoner" if match["millions"] else _KRONOR


def _written_kr(texts: Mapping[Loc, str], report: Reporter,
                printed: Callable[[str], str]) -> str | None:
    """The first amount the running texts write with "kr", typed or printed by a `{{ … }}`,
    with its line ("'45 000 kr' på rad 13"); None where there is none."""
    typed = [(report.in_text(loc, text, match.start(), match.group(0)), match.group(0))
             for loc, text in texts.items() if loc[:1] != ("tabeller",)
             for match in kr_amounts(text)]
    if typed:
        where, amount = min(typed)
        return f"'{amount.replace(NBSP, ' ')}' på rad {where.line}"
    for loc, text in texts.items():
        for reference in references(text) if "{{" in text else ():
            shown = printed(reference).replace(NBSP, " ")
            if shown.endswith(" kr"):
                where = report.in_text(loc, text, text.index(reference), reference)
                return (f"{' '.join(reference.split())} på rad {where.line}, som "
                        f"dokumentet skriver '{shown}'")
    return None


def table_texts(case: Case) -> dict[Loc, str]:
    """The column headers and the text cells the case writes for its tables, by place:
    printed as a title is, so checked by the same rules ("Hemlöshet (75%)", trial 39); and
    the amount cells written with another spelling of a unit ("9 mkr" in a table in mnkr, read
    as 9: trial 41, F1), or with ':-' in a table in kr ("139 450:-", read as 139 450: trial
    44, F5; in another unit it is an error), warned about as in text, once per spelling and
    file."""
    texts: dict[Loc, str] = {}
    for t, table in enumerate(case.tabeller):
        texts |= {("tabeller", t, "kolumner", c, "rubrik"): column.rubrik
                  for c, column in enumerate(table.kolumner) if column.rubrik}
        amounts = {column.namn for column in table.kolumner if column.typ == "belopp"}
        for row_loc, row in placed_rows(table.rader, ("tabeller", t, "rader")):
            for key, value in (row.model_extra or {}).items():
                if isinstance(value, str) and key in amounts \
                        and _spelled_unit(value, table.enhet):
                    texts[(*row_loc, key)] = value
    return texts | text_cells(case)


def stated_texts(data: object) -> dict[Loc, str]:
    """The amounts the case states by name (`belopp`, data: the case file's data) written
    with another spelling of kr or ':-' ("139 450:-", read as 139 450 as a table's cell in kr
    is), warned about as those cells are, once per file."""
    stated = data.get("belopp") if isinstance(data, dict) else None
    if not isinstance(stated, dict):
        return {}
    return {("belopp", name): value for name, value in stated.items()
            if isinstance(name, str) and isinstance(value, str) and _spelled_unit(value, "kr")}


def _spelled_unit(cell: str, unit: str) -> bool:
    """Whether an amount cell holds another spelling of a unit ("9 mkr"), or ':-' in a table
    in kr (in another, the cell is an error of its own)."""
    return next(other_spellings(cell), None) is not None or (unit == "kr" and KRONOR_SIGN in cell)


def _slips(loc: Loc, text: str, report: Reporter) -> Iterator[_Slip]:
    """Every slip of one text."""
    points = list(decimal_points(text))
    found = [*((m, m.group(1), _unit_advice(m)) for m in other_spellings(text)),
             *((m, _POINT, _point_advice(m)) for m in points),
             *((m, _PERCENT, _percent_advice(m)) for m in unspaced_percents(text)
               if m.start() not in {point.start() for point in points}),
             *((m, _SECTION, _section_advice(m)) for m in unspaced_sections(text)),
             *((m, _UNGROUPED, _grouping_advice(m)) for m in ungrouped_amounts(text)),
             *((m, _UNGROUPED_FIGURE, _figure_grouping(m)) for m in ungrouped_decimals(text)
               if not _in_table(loc)),
             *((m, _ACUTE, _acute_advice(m)) for m in acute_apieces(text)),
             *((m, _DECIMAL, spaced_decimal_advice(m)) for m in spaced_decimals(text)),
             *((m, _OPENING, _opening_advice(m)) for m in spaced_openings(text)),
             *((m, _kronor_key(loc), _kronor_advice(m, loc)) for m in kronor_signs(text))]
    if _DIGITS_IN_BRACKETS.search(text):
        found += [(m, m.group(0).lower(), _digits_advice(m))
                  for m in _words_and_digits().finditer(text)]
    spans = quoted_spans(text)
    for match, key, message in found:
        where = report.in_text(loc, text, match.start(), match.group(0))
        yield _quoted_slip(key, where, message) if _within(spans, match.start()) \
            else _Slip(key, where, message)
    # (a table's cells copied from a source keep their hyphens, which the document prints
    # as dashes: no warning to retype them, trial 88, F8)
    for match in () if _in_table(loc) else hyphenated_ranges(text):
        where = report.in_text(loc, text, match.start(), match.group(0))
        if _within(spans, match.start()):
            yield _quoted_slip(_RANGE.strip(), where, _range_advice(match))
            continue
        printed = f"{match.group(1)}{EN_DASH}{match.group(2)}"
        yield _Slip(_RANGE + _range_slip(match), where, _range_advice(match), match.group(0),
                    printed)
    for doubled in doubled_units(text):
        where = report.in_text(loc, text, doubled.offset, doubled.written)
        yield _Slip(" ".join(doubled.written.split()[-2:]), where, _doubled_advice(doubled))
    for unbalanced in unbalanced_parentheses(text):
        yield _unbalanced_slip(loc, text, unbalanced, report)
    if _POINT_BEFORE_THREE.search(text):
        for literal in find_amounts(text):
            if (number := _dotted_number().match(literal.text)) is None:
                continue
            where = report.in_text(loc, text, literal.offset, literal.text)
            if literal.text[number.end():].startswith(KRONOR_SIGN):
                yield _Slip(_THOUSANDS + _kronor_key(loc), where,
                            _dotted_kronor_advice(number.group(), loc))
            else:
                yield _Slip(_THOUSANDS, where, _thousands_advice(number.group(), literal.unit))


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether an offset of a text is within one of its quotations."""
    return any(start <= offset < end for start, end in spans)


_QUOTED: Final = " i citat"
"""The end of the key of a slip within a quotation: warned about on its own."""


def _quoted_slip(key: str, where: Position, message: str) -> _Slip:
    """A slip within a quotation, which the document prints as written (trial 72, F7): the
    warning says so where it would say how the document writes it."""
    return _Slip(key + _QUOTED, where, _printed_as().sub(
        "i citatet står det kvar som det är skrivet", message))


@cache
def _printed_as() -> re.Pattern[str]:
    """What a warning says of how the document writes a slip ("dokumentet skriver det så")."""
    return re.compile(r"dokumentet skriver [^);]*")


def _counted(same: list[_Slip]) -> str:
    """The warning of the first place of a slip, with how many places have it and where."""
    first = min(same)
    if len(same) == 1:
        return first.message
    lines = sorted(slip.position.line for slip in same)
    where = f"{lines[0]}" if lines[0] == lines[-1] else f"{lines[0]}{EN_DASH}{lines[-1]}"
    if first.key.startswith(_RANGE):
        return _ranges_advice(first.key.removeprefix(_RANGE), same, where)
    return f"{first.message}; det gäller {len(same)} ställen på rad {where}"


_SPACED_SLIP: Final = "med mellanslag kring tankstrecket"


def _range_slip(match: re.Match[str]) -> str:
    """How a range is typed wrong: with a hyphen, with an em dash, or with an en dash
    between spaces (trial 45, F9: "2019 – 2022")."""
    written = match.group(0)
    if EM_DASH in written:
        return "med långt tankstreck"
    return _SPACED_SLIP if EN_DASH in written else "med bindestreck"


def _how_to_write(slip: str) -> str:
    """What a range typed with `slip` needs: only the spaces gone, for a spaced en dash."""
    return "utan mellanslag" if slip == _SPACED_SLIP else "med tankstreck och utan mellanslag"


def _range_advice(match: re.Match[str]) -> str:
    slip = _range_slip(match)
    return (f"'{match.group(0)}' är skrivet {slip}, skriv {match.group(1)}{EN_DASH}"
            f"{match.group(2)} {_how_to_write(slip)} (dokumentet skriver det så)")


def _ranges_advice(slip: str, same: list[_Slip], where: str) -> str:
    """The one warning of many ranges typed with one kind of dash, naming the first few as
    written ("8 intervall är skrivna med bindestreck på rad 52–91 ('1-2', '4-6', '7-10'
    m.fl.)")."""
    places = sorted(same)
    written = list(dict.fromkeys(f"'{place.written}'" for place in places))
    return (f"{len(same)} intervall är skrivna {slip} på rad {where} ({first_few(written)}), "
            f"skriv dem {_how_to_write(slip)}, som {places[0].printed} "
            "(dokumentet skriver dem så)")


def _unit_advice(match: re.Match[str]) -> str:
    """The warning at another spelling of a unit; what the document writes for it is in
    capitals in a text set in capitals ("BALANSKRAVSUTREDNING, MNKR": MKR where the house
    writes mkr, trial 82, F8), as `written_spelling` writes it."""
    spelling, unit = match.group(1), spellings()[match.group(1)]
    printed = written_spelling(match)
    # (another spelling only where the house writes millions so; in capitals in a text set
    # in capitals, as the documents write it there)
    if spelling == MILLIONS or (spelling == MILLIONS.upper() and in_capitals(match.string)):
        return (f"enheten '{spelling}' följer inte husstilen, skriv {printed} "
                f"(husstilen skriver {unit} för miljoner kronor, 'miljoner: {unit}'; "
                f"dokumentet skriver {printed})")
    return (f"enheten '{spelling}' används inte, skriv {spelling_advice(match)}"
            f" (dokumentet skriver {printed})")


def _in_table(loc: Loc) -> bool:
    """Whether a text is a table's cell (its rows' places hold "rader")."""
    return "rader" in loc


def _stated(loc: Loc) -> bool:
    """Whether a text is an amount the case states by name (under `belopp`)."""
    return loc[:1] == ("belopp",)


def _kronor_key(loc: Loc) -> str:
    """The key of every ':-' after an amount: one warning for the tables' cells, one for
    the amounts under `belopp`, one for the texts of a file."""
    if _in_table(loc):
        return f"{KRONOR_SIGN} i tabell"
    return f"{KRONOR_SIGN} under belopp" if _stated(loc) else KRONOR_SIGN


def _kronor_advice(match: re.Match[str], loc: Loc) -> str:
    printed = "" if _in_table(loc) or _stated(loc) else " (dokumentet skriver kr)"
    return (f"'{match.group(0)}' är skrivet med '{KRONOR_SIGN}' för hela kronor, skriv "
            f"{_kronor_instead(match['figure'], loc)}{printed}")


def _kronor_instead(figure: str, loc: Loc) -> str:
    """How to write an amount written with ':-' where it stands; in text the document's
    words on it follow."""
    if _in_table(loc):
        return f"{figure} utan '{KRONOR_SIGN}' (tabellens enhet står i rubriken)"
    if _stated(loc):
        return f"{figure} utan '{KRONOR_SIGN}' (beloppen under 'belopp' är i kr)"
    return f"{figure} kr"


def _dotted_kronor_advice(number: str, loc: Loc) -> str:
    """Points between thousands before ':-': whole kronor, so no decimals, and read as
    thousands ("10.440:-" is 10 440: trial 91, F8), never ambiguous."""
    return (f"'{number}{KRONOR_SIGN}' är skrivet med punkt mellan tusentalen och "
            f"'{KRONOR_SIGN}' för hela kronor (läses som {number.replace('.', ' ')} kr), skriv "
            f"{_kronor_instead(number.replace('.', ' '), loc)}")


_KRONOR: Final = "kronor"
"""The key of every amount in text written with "kronor" against the house style: one
warning for the file."""


def _kronor_words(match: re.Match[str]) -> str:
    written, house, choice = _kronor_spelling(match)
    return (f"'{match.group(0).replace(NBSP, ' ')}' är skrivet med '{written}', men husstilen "
            f"skriver {house} i löpande text ({choice}): skriv '{_house_amount(match)}' "
            "(dokumentet skriver belopp så), eller 'kronor_i_lopande_text: ja' i ärendet om "
            "texten är hämtad från en källa som skriver kronor; ett citat inom citattecken står "
            "kvar som det är skrivet")


def _mixed_kronor(match: re.Match[str], beside: str) -> str:
    written = _kronor_spelling(match)[0]
    return (f"'{match.group(0).replace(NBSP, ' ')}' är skrivet med '{written}', men dokumentet "
            f"skriver också belopp med kr i löpande text ({beside}): skriv "
            f"'{_house_amount(match)}', så att dokumentet skriver belopp på ett sätt, eller "
            "'kronor_i_lopande_text: ja' i ärendet och kronor också där texten skriver kr; ett "
            "citat inom citattecken står kvar som det är skrivet")


def _kronor_spelling(match: re.Match[str]) -> tuple[str, str, str]:
    """How an amount with "kronor" is written, how the house style writes it in running text
    and the settings that say so: 'kronor', 'kr'; for millions ("2,4 miljoner kronor", trial
    95, F6) 'miljoner kronor', 'mnkr för miljoner kronor' and the house's word for millions
    (`husstil.miljoner`), as `_unit_advice` tells it."""
    if not match["millions"]:
        return "kronor", "kr", "kronor_i_lopande_text: nej"
    unit = written_unit(MILLIONS)
    return (f"{match['millions']} kronor", f"{unit} för miljoner kronor",
            f"kronor_i_lopande_text: nej, miljoner: {unit}")


def _house_amount(match: re.Match[str]) -> str:
    """An amount with "kronor" as the house style writes it in running text: '1 300 kr',
    '2,4 mnkr'."""
    figure = match["figure"].replace(NBSP, " ")
    return f"{figure} {written_unit(MILLIONS) if match['millions'] else 'kr'}"


def _percent_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' saknar mellanslag före procenttecknet, skriv "
            f"'{match.group(1)} %' med mellanslag (dokumentet skriver det så)")


def _section_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' saknar mellanslag före paragraftecknet, skriv "
            f"'{match.group(1)} §' med mellanslag (dokumentet skriver det så)")


def _point_advice(match: re.Match[str]) -> str:
    """A decimal point ("0.5%"): the warning shows it as the document writes it, "0,5 %"."""
    return (f"'{match.group(0)}' har en decimalpunkt, skriv '{_as_printed(match.group(0))}' "
            "med decimalkomma (dokumentet skriver det så)")


def _grouping_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' saknar mellanslag mellan tusentalen, skriv "
            f"'{_as_printed(match.group(0))}' (dokumentet skriver belopp så)")


def _figure_grouping(match: re.Match[str]) -> str:
    """A figure without a unit ("3262,50"), which the document prints as typed."""
    return (f"'{match.group(0)}' saknar mellanslag mellan tusentalen, skriv "
            f"'{grouped(match).replace(NBSP, ' ')}'")


def _acute_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' har 'á' i stället för 'à', skriv '{_as_printed(match.group(0))}'"
            " (dokumentet skriver det så)")


def _as_printed(written: str) -> str:
    """A figure as the document prints it, its no-break spaces shown as spaces."""
    return house_wording(written).replace(NBSP, " ")


def _opening_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' har ett mellanslag efter parentesen, skriv "
            f"'({match.group(1)}' utan mellanslag")


def _doubled_advice(doubled: DoubledUnit) -> str:
    return (f"'{' '.join(doubled.written.split())}' har enheten två gånger, ta bort den ena: "
            f"skriv '{doubled.single}'")


def _unbalanced_slip(loc: Loc, text: str, unbalanced: Unbalanced, report: Reporter) -> _Slip:
    """The warning of a parenthesis without its other half, at the parenthesis."""
    where = report.in_text(loc, text, unbalanced.offset, text[unbalanced.offset])
    shown = surrounding_words(text, unbalanced)
    message = (f"parentesen i '{shown}' stängs aldrig; skriv ')' där den slutar, i samma "
               "stycke, eller ta bort '('" if unbalanced.opening else
               f"parentesen i '{shown}' öppnas aldrig; skriv '(' där den börjar, i samma "
               "stycke, eller ta bort ')'")
    return _Slip(f"{loc}:{unbalanced.offset}", where, message)


def _thousands_advice(number: str, unit: str) -> str:
    """As a field refuses `7.000`, one rule (`case.money.dotted_groups`)."""
    return dotted_groups(number, unit) or ""


def _digits_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' skriver talet både med ord och siffror, skriv bara "
            f"siffran ({match.group(2)})")
