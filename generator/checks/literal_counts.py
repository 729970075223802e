"""Counts typed in running text, compared with the count columns of the case's tables
(trial 56, F1).

A status report says "I morse vårdades 214 patienter" above a table of counts (`typ: antal`)
whose rows add up to 215: the text was copied from a source with a slip. A number in text is
a count of a table only where the text ties it to the table's words: the number is followed
by a word of a count column's header ("patienter" in "Antal patienter") or of the table's
total label, directly or after one word ("214 inlagda patienter"), in any letter case, the
word also in its plural or definite form ("patienterna"); or by a word of a row's label, to
that row's cells in the count columns (trial 58, F4: in a table of key figures the columns
are years and the row "Godmanskapsärenden, antal" holds the noun). Words that say what a number is
other than a count of the table are never read so: months and weekdays (a date), time
("år", "dagar", "veckor": an age, a period), money and percent; nor are words of fewer
than four letters, "antal", "totalt" and the like, which every table of counts has. Nor is
a year (a lone 1900–2099), a number right after a sign, a point, a comma, a dash or a slash
(part of a date, a time, a range or another number), or after "§", "nr", "kap.", "bilaga"
or "punkt".

Such a count is checked by the near-miss rules of amounts (`literal_amounts`), read as a
number without a unit, against the figures of the count columns it names (its rows' and
its total): "214 patienter" for a total of 215 is a near miss, "241 patienter" for 214 two
digits swapped. The tables under the text's heading are compared by every rule, the others
only for a slip of the digits, as amounts are (`figure_scopes`). A count equal to the
stated total of its column that fails is named in that error (`said_totals`), so that the
secretary puts right the text as well as the table, and its own warning says to look at the
table's sum first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Final, NamedTuple

from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import misses_among, plain_marker
from generator.checks.literal_amounts_swaps import is_swap
from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import APPROXIMATION, COUNT, COUNT_PLACES, Kronor, exact, magnitude
from generator.problems import Loc

_MONTHS: Final = ("januari februari mars april maj juni juli augusti september oktober "
                  "november december jan feb mar apr jun jul aug sep sept okt nov dec")
_NOT_COUNTS: Final = frozenset((
    f"{_MONTHS} måndag tisdag onsdag torsdag fredag lördag söndag år åren års dag dagar "
    "dagen dygn vecka veckor veckan månad månader månaden timme timmar timmen minuter "
    "sekunder kvartal procent procentenheter kr kronor tkr mnkr mdkr sek miljoner miljarder "
    "tusen antal totalt total summa summan varav övriga övrigt samt eller inom från till "
    "efter före under över enligt per").split())
"""Words that never tie a number to a table's counts: a date, a time, money, or a word
every table of counts has."""
_ENDINGS: Final = ("", "na", "er", "ar", "or", "en", "et")
"""The endings of a plural or definite form: 'patienter' and 'patienterna'."""


@cache
def _number() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?<!\w)(?P<marker>{APPROXIMATION})\s+)?"
        r"(?<![\w,.\-–−/:§+])(?P<digits>\d{1,3}(?:[\x20\u00a0\u202f\u2009\u2007]\d{3})+(?!\d)|\d+)"
        r"(?:,(?P<fraction>\d+))?\s+(?P<first>[^\W\d_]+)(?:\s+(?P<second>[^\W\d_]+))?",
        re.IGNORECASE)


@cache
def _before() -> re.Pattern[str]:
    return re.compile(r"(?:§|nr|kap\.?|bilaga|punkt)\s*$", re.IGNORECASE)


_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_SHORTEST: Final = 4
_TWO_DIGITS: Final = 10
"""The least count one from a total is read as a slip of it (`_total_step`)."""
"""The fewest letters of a word that ties a number to a table."""


class CountColumn(NamedTuple):
    """A count column of a table, as a number in text names it: the whole column, or only
    its cell on one row (by the name text gives the row) where a word of the row's label
    names it."""

    table: str
    column: ColumnSpec
    row: str | None = None


class FixedCounts(NamedTuple):
    """Counts no table's column holds that a word ties a number to as a column's header
    does: a split's weights ("Invånare", `split_counts`, trial 95, F10), each as (the name
    text gives it, its value in units, where it is and how it prints)."""

    figures: tuple[tuple[str, Kronor, CountFigure], ...]


Counted = CountColumn | FixedCounts
"""What a word ties a number in text to: a table's count column, or other counts."""


class TextCount(NamedTuple):
    """A count in text tied to count columns by a word: the number read as a literal (in
    units, no money unit), what the text says ("214 patienter") and the columns."""

    literal: LiteralAmount
    said: str
    columns: tuple[Counted, ...]


def count_words(tables: Mapping[str, TableResult],
                fixed: Mapping[str, tuple[FixedCounts, ...]] | None = None
                ) -> dict[str, tuple[Counted, ...]]:
    """The words that tie a number to count columns: each word of a count column's header,
    and of its table's total label, in lower case; and each word of a row's label, tied to
    that row's cells in the count columns (trial 58, F4: the columns are years and the row
    'Godmanskapsärenden, antal' holds the noun); and the words of `fixed` counts."""
    words: dict[str, list[Counted]] = {word: list(counts)
                                       for word, counts in (fixed or {}).items()}
    for name, result in tables.items():
        counted = [c for c in result.spec.columns if c.counted]
        label = header_words(result.spec.total_label) if result.spec.total_label else []
        for column in counted:
            for word in {*header_words(column.header), *label}:
                words.setdefault(word, []).append(CountColumn(name, column))
        for row_name, row in _rows(result.rows, f"tabeller.{name}") if counted else ():
            for word in set(header_words(row.spec.first_text)):
                words.setdefault(word, []).extend(
                    CountColumn(name, column, row_name) for column in counted)
    return {word: tuple(columns) for word, columns in words.items()}


def header_words(text: str) -> list[str]:
    """The words of a header or label that may tie a number to it."""
    return [word for word in re.findall(r"[^\W\d_]+", text.lower())
            if len(word) >= _SHORTEST and word not in _NOT_COUNTS]


def find_counts(text: str, words: Mapping[str, tuple[Counted, ...]]) -> list[TextCount]:
    """Every number in text that a word after it ties to count columns, in text order."""
    if not words:
        return []
    found = []
    for match in _number().finditer(text):
        columns, end = _tied(match, words)
        digits = match["digits"]
        if not columns or _before().search(text, 0, match.start("digits")) \
                or (_YEAR.fullmatch(digits) and not match["fraction"]):
            continue
        found.append(TextCount(_literal(match), text[match.start("digits"):end], columns))
    return found


def _tied(match: re.Match[str], words: Mapping[str, tuple[Counted, ...]]
          ) -> tuple[tuple[Counted, ...], int]:
    """The columns the word after a number ties it to (the first word, else the second after
    a word in lower case that could describe it), and where that word ends."""
    first, second = match["first"].lower(), (match["second"] or "").lower()
    columns = _named(first, words)
    if columns or not second or first in _NOT_COUNTS or len(first) < 3 \
            or not match["first"].islower():
        return columns, match.end("first")
    return _named(second, words), match.end("second")


def _named(word: str, words: Mapping[str, tuple[Counted, ...]]) -> tuple[Counted, ...]:
    """The columns a word of text names: a header word, or that word in another form."""
    if word in _NOT_COUNTS:
        return ()
    for ending in _ENDINGS:
        if ending and word.endswith(ending) and word[:-len(ending)] in words:
            return words[word[:-len(ending)]]
        if word + ending in words:
            return words[word + ending]
    return ()


def _literal(match: re.Match[str]) -> LiteralAmount:
    """A count as a literal without a unit: its value in units, exact to its last digit."""
    fraction = match["fraction"] or ""
    whole = re.sub(r"\D", "", match["digits"])
    value = Decimal(whole + fraction).scaleb(-len(fraction))
    marker = plain_marker(match["marker"] or "")
    return LiteralAmount(match["digits"] + (f",{fraction}" if fraction else ""), value,
                         Decimal(1).scaleb(-len(fraction)), bool(marker),
                         match.start("digits"), marker, decimals=len(fraction))


class CountFigure(NamedTuple):
    """A count a table shows: where (the total, or a row) and as it prints."""

    where: str
    shown: str


def count_figures(columns: Sequence[Counted], tables: Mapping[str, TableResult]
                  ) -> tuple[dict[str, Kronor], dict[str, CountFigure]]:
    """The figures of the count columns, in units, by the name text gives them
    (`tabeller.vardade.antal`, `tabeller.vardade.rader[0].antal`), with where each is and
    how it prints: the totals first where the table prints a total row, else its rows; and
    the fixed counts as they are."""
    values: dict[str, Kronor] = {}
    shown: dict[str, CountFigure] = {}
    for counted in columns:
        if isinstance(counted, FixedCounts):
            for name, value, figure in counted.figures:
                values[name], shown[name] = value, figure
            continue
        table, column, only = counted
        result = tables[table]
        key, several = column.key, len([c for c in result.spec.columns if c.counted]) > 1
        which = f", kolumnen '{column.title}'" if several else ""
        total = [(f"tabeller.{table}.{key}", result.totals, result.spec.name + which)] \
            if key in result.totals and only is None else []
        rows = [(f"{name}.{key}", row.amounts, f"{row.spec.name}{which} i tabellen '{table}'")
                for name, row in _rows(result.rows, f"tabeller.{table}")
                if key in row.amounts and only in (None, name)]
        for name, amounts, where in (total + rows if result.spec.total_row else rows + total):
            amount = amounts[key]
            values[name] = _units(amount)
            shown[name] = CountFigure(where, exact(amount, COUNT, result.decimals.get(key, 0)))
    return values, shown


def _rows(rows: Sequence[RowResult], prefix: str) -> Iterator[tuple[str, RowResult]]:
    """Every row (children after their group) with the name text gives it."""
    for index, row in enumerate(rows):
        name = f"{prefix}.rader[{index}]"
        yield name, row
        yield from _rows(row.children, name)


def _units(amount: Kronor) -> Kronor:
    """A count held in thousandths (`COUNT_PLACES`), in units: whole where it is."""
    value = Decimal(amount).scaleb(-COUNT_PLACES)
    return int(value) if value == value.to_integral_value() else value.normalize()


class CountMiss(NamedTuple):
    """A count in text that nearly matches a table's count: the figure's name and value."""

    counted: TextCount
    name: str
    figure: Kronor


def count_misses(counts: Sequence[TextCount], tables: Mapping[str, TableResult],
                 near: set[str] | None) -> list[CountMiss]:
    """The counts that agree with no figure of the columns they name but nearly match one
    (near: the tables and splits under the text's heading, by the name text gives them,
    `tabeller.vardade`, compared by every rule; the others only for a slip of the digits;
    None: all by every rule)."""
    misses = []
    for count in counts:
        values, _ = count_figures(count.columns, tables)
        close = {n: v for n, v in values.items()
                 if near is None or ".".join(n.split(".")[:2]) in near}
        far = {n: v for n, v in values.items() if n not in close}
        found = misses_among([count.literal], FigureIndex(values), FigureIndex(close),
                             FigureIndex(far), unit_of=_no_unit)
        misses += [CountMiss(count, name, figure) for _, name, figure in found]
        if not found and (total := _total_step(count, values, close)) is not None:
            misses.append(CountMiss(count, *total))
    return misses


def _total_step(count: TextCount, values: Mapping[str, Kronor], close: Mapping[str, Kronor]
                ) -> tuple[str, Kronor] | None:
    """The one total of a count column, of a table near the text, that an exact two-digit
    count tied to the column by a word of its header is one from, with its name (trial 94,
    F2: "Totalt blir det 53 platser" for a column 'Platser efter utökning' of 52; the rules
    of amounts read one step of 53 as another number, as "45 000 kr" is another than
    46 000 kr); None where it equals one of the columns' figures, or is one from none or
    several."""
    literal = count.literal
    if literal.approximate or literal.decimals or not _TWO_DIGITS <= literal.value < 100 \
            or literal.value in values.values():
        return None
    totals = {f"tabeller.{column.table}.{column.column.key}" for column in count.columns
              if isinstance(column, CountColumn) and column.row is None}
    found = [(name, figure) for name, figure in close.items()
             if name in totals and magnitude(literal.value - figure) == 1]
    return found[0] if len(found) == 1 else None


def _no_unit(_: str) -> str:
    """The unit every count is read in: whole units, as kronor are (no larger unit)."""
    return "kr"


def count_miss_message(miss: CountMiss, tables: Mapping[str, TableResult]) -> str:
    """The warning for a count in text that nearly matches a table's count."""
    count, name = miss.counted, miss.name
    figure = count_figures(count.columns, tables)[1][name]
    said = f"talet {count.literal.text} i texten ('{count.said}')"
    where = f"tabellens {figure.shown} på {figure.where}"
    failing = _failing_total(name, tables)
    if failing is not None and failing == count.literal.value:
        return (f"{said} stämmer inte med {where}, men är den angivna summan, som inte "
                "stämmer med delarna; kontrollera först summafelet i tabellen")
    follow = f"menar texten det talet, skriv {{{{ {name} }}}} så följer texten tabellen"
    if is_swap(count.literal, name, miss.figure, _no_unit):
        return (f"{said} finns inte i tabellen, men med två siffror omkastade stämmer det "
                f"med {where}; {follow}")
    return f"{said} stämmer inte exakt med {where}; {follow}"


def _failing_total(name: str, tables: Mapping[str, TableResult]) -> Kronor | None:
    """The stated total (in units) of a count column's total that differs from its parts,
    by the total's name (`tabeller.vardade.antal`), or None."""
    parts = name.split(".")
    result = tables.get(parts[1]) if len(parts) == 3 and parts[0] == "tabeller" else None
    stated = result.spec.stated_total.get(parts[2]) if result else None
    if result is None or stated is None or stated == result.totals.get(parts[2]):
        return None
    return _units(stated)


def said_totals(texts: Mapping[Loc, str], tables: Mapping[str, TableResult]
                ) -> dict[Loc, str]:
    """For each stated total of a count column that differs from its parts and that a text
    states too, tied to the column, where the total is stated: what its error adds
    ("texten säger också '214 patienter' …")."""
    failing = {f"tabeller.{table}.{key}": (result.spec.stated_total_locs.get(key), value)
               for table, result in tables.items() for key in result.spec.stated_total
               if (value := _failing_total(f"tabeller.{table}.{key}", tables)) is not None}
    if not failing:
        return {}
    words = count_words(tables)
    found: dict[Loc, str] = {}
    for text in texts.values():
        for count in find_counts(text, words):
            for counted in count.columns:
                if isinstance(counted, FixedCounts) or counted.row is not None:
                    continue  # (tied to a row's cells, not to the column's total)
                table, column, _ = counted
                name = f"tabeller.{table}.{column.key}"
                loc, value = failing.get(name, (None, None))
                if loc is not None and value == count.literal.value and loc not in found:
                    found[loc] = (f"; texten säger också '{count.said}': rätta talet där "
                                  f"också, eller skriv {{{{ {name} }}}} så följer texten "
                                  "tabellen")
    return found
