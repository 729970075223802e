"""A warning for a table's text column that holds nothing but figures.

A column without `typ` is text: its figures are printed left-aligned and never read, so a
secretary who did not know `typ: tal` exists gets a column of unchecked, badly aligned figures.
The column is worth a warning when at least two of its cells are filled and every filled
cell reads as a number (`typ: tal`) or as an amount in the table's unit (`typ: belopp`), by
the very readers those columns use. Not warned about:

* a column that says `typ: text`: the secretary chose text;
* a column of years only (whole numbers 1900–2100 written without spaces, e.g. 2024): years
  are labels, not figures;
* a column of times of day only ("10.00", "13.30", "8:30"; trial 59, F7): a time is no
  number, and neither `typ: tal` nor `typ: belopp` would be right for it;
* a column with any cell neither reader accepts (Dnr, postal codes, "–", "ca 200");
* a column of positions in a list (trial 90, F13: "Nr" in a val list, the order in which
  ersättare are called in): the whole numbers 1, 2, 3 … in row order (three or more), or
  whole numbers under a heading that names positions (Nr, Nr., Nummer, Löpnummer, Plats, Ordning).
  They are no figures to check, and `typ: belopp` would put a sum under them.

The message names the types that would read every cell: `tal` when all are numbers, `belopp`
when all are amounts (never for percentages), and how to keep the column as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from generator.case.money import AmountError, parse_in_unit, parse_number
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.problems import Loc, Problem

_YEARS = range(1900, 2101)
_TIME_OF_DAY = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_POSITION_HEADINGS = frozenset({"nr", "nummer", "löpnummer", "plats", "ordning"})
"""Headings of a column of positions in a list, in lower case, without a full stop."""
_KINDS = {
    "tal": "'typ: tal' (högerställda tal som inte summeras)",
    "belopp": "'typ: belopp' (högerställda belopp som summeras)",
}


def text_column_problems(table: GeneralTable, loc: Loc, report: Reporter,
                         totals: Sequence[str] = ()) -> list[Problem]:
    """A warning at each untyped text column whose filled cells all read as figures; an
    error instead where the table uses totals but has no amount column (`totals`: how it
    uses them, `unsummed.totals_used`; none for a table with an amount column)."""
    problems = []
    found = figure_columns(table)
    for index, column, kinds in found:
        where = report.at((*loc, "kolumner", index, "namn"))
        if totals:
            others = [other.namn for _, other, _ in found if other is not column]
            problems.append(report.problem(where, _unsummed(table, column, kinds, totals,
                                                            others)))
        else:
            problems.append(report.problem(where, _message(column, kinds), "varning"))
    return problems


def figure_columns(table: GeneralTable) -> list[tuple[int, TableColumn, list[str]]]:
    """Each untyped text column whose filled cells (two or more, not all years nor all times
    of day) all read as figures: its place, itself and the column types that would read
    them ('tal', 'belopp')."""
    found = []
    for index, column in enumerate(table.kolumner):
        if column.typ != "text" or "typ" in column.model_fields_set:
            continue
        cells = [value for _, row in placed_rows(table.rader, ())
                 if (value := _cell(row, column)) is not None]
        if len(cells) < 2 or all(map(_is_year, cells)) or all(map(_is_time, cells)) \
                or _are_positions(column, cells):
            continue
        if kinds := _kinds_of(cells, table.enhet):
            found.append((index, column, kinds))
    return found


def _cell(row: TableRow, column: TableColumn) -> object:
    """The row's value in the column, or None when it is empty (as a figure column reads it)."""
    value = (row.model_extra or {}).get(column.namn)
    return None if value == "" else value


def _kinds_of(cells: Sequence[object], unit: str) -> list[str]:
    """The figure column types ('tal', 'belopp') that would read every one of the cells."""
    readers: dict[str, Callable[[object], object]] = {
        "tal": parse_number, "belopp": lambda value: parse_in_unit(value, unit)}
    return [kind for kind, read in readers.items() if all(_reads(read, c) for c in cells)]


def _reads(read: Callable[[object], object], value: object) -> bool:
    """Whether the reader accepts the value."""
    if isinstance(value, list | dict):
        return False
    try:
        read(value)
    except AmountError:
        return False
    return True


def _is_year(value: object) -> bool:
    """Whether a cell is a year, 1900–2100, written as plain digits."""
    return _whole(value) in _YEARS


def _are_positions(column: TableColumn, cells: Sequence[object]) -> bool:
    """Whether the cells are positions in a list: whole numbers under a heading that names
    positions ("Nr."), or 1, 2, 3 … in order, three or more."""
    numbers = [_whole(cell) for cell in cells]
    if 0 in numbers:
        return False
    heading = column.heading.strip().removesuffix(".").strip().casefold()
    return heading in _POSITION_HEADINGS or (
        len(numbers) > 2 and numbers == list(range(1, len(numbers) + 1)))


def _whole(value: object) -> int:
    """A cell's whole number written as plain digits (1, "12"), else 0."""
    written = str(value).strip() if isinstance(value, int | str) else ""
    return int(written) if written.isascii() and written.isdigit() else 0


def _is_time(value: object) -> bool:
    """Whether a cell is a time of day, hh.mm or hh:mm (as YAML reads 10.00 too)."""
    return _TIME_OF_DAY.fullmatch(str(value).strip()) is not None


def _message(column: TableColumn, kinds: Sequence[str]) -> str:
    """What the column holds, what that costs, and the `typ` lines that would fix it."""
    what = _what(kinds)
    choices = " eller ".join(_KINDS[kind] for kind in kinds)
    return (f"kolumnen '{column.namn}' har bara {what} men är en textkolumn, så {what}en "
            f"vänsterställs och kontrolleras inte; lägg till {choices}, eller 'typ: text' om "
            "kolumnen ska vara text")


def _what(kinds: Sequence[str]) -> str:
    """What a column read by these types holds: 'belopp' or 'tal'."""
    return "belopp" if kinds == ["belopp"] else "tal"


def _unsummed(table: GeneralTable, column: TableColumn, kinds: Sequence[str],
              totals: Sequence[str], others: Sequence[str]) -> str:
    """Why a table that uses totals gets none, and the `typ` line that gives it one."""
    what = _what(kinds)
    named = [f"'{name}'" for name in (column.namn, *others)]
    fix = ("skriv 'typ: belopp' under kolumnen så summeras beloppen" if not others else
           f"skriv 'typ: belopp' under den av kolumnerna {_listed(named)} som har beloppen, "
           "och 'typ: tal' under de andra")
    return (f"kolumnen '{column.namn}' har bara {what} men är en textkolumn, så tabellen "
            f"'{table.namn}' har ingen beloppskolumn och ingen summa: {_listed(totals)}; "
            f"{fix}")


def _listed(items: Sequence[str]) -> str:
    """'a', 'a och b', 'a, b och c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} och {items[-1]}"
