"""A warning at an amount of a small table typed from another table's cell with a slip.

A norm's räkneexempel repeats the norm's figures ("Personliga kostnader, barn 7–10 år:
3 110"); typed again, 3 101 goes unseen (trial 46, F5), unless the cell takes the figure with
`{{ … }}` (`compute.cell_refs`). This check reads the typed cells of each small table (at
most `SMALL` rows) and warns where one is, but for two neighbouring digits swapped or one
digit changed (`slip`), the figure of another table that its row's label names clearly:

* the label holds a column's header of another table as words of its own ("barn 7–10 år"
  holds "7-10 år"; hyphen or dash alike, a unit in parentheses and a '*' left out), and no
  other table's column but in the table whose first column's header it names too
  ("Personliga kostnader"); or it holds a whole row's label of another table of one amount
  column ("Barn 1–3 år");
* by a column, the figure is the row's whose first word the label holds ("Livsmedel"), or
  with no such row the column's total; two such rows are no clear match.

A header of a word any table may have ("Belopp", "Summa"), or a year alone, matches nothing,
and a cell that equals its figure, or differs by more than a slip, is left alone: that is
another amount. So is a row's cell beside the same row of a parallel table, one that has the
same rows (two or more of their labels alike, or all): last year's and this year's grants to
the same recipients, 1 500 and 1 600 tkr, are data, not a slip (trial 93, F16).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import NamedTuple

from generator.checks.report import Reporter
from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    bare_header,
    every_row,
)
from generator.digit_swaps import is_digit_swap, is_slip
from generator.formatting import Kronor, in_unit
from generator.problems import Problem

SMALL = 12
"""The most rows (at any depth) of a table whose typed amounts are read as copies."""
_GENERIC = frozenset({"belopp", "summa", "totalt", "total", "kronor", "kr", "tkr", "mnkr",
                      "mkr", "mdkr", "antal", "övrigt", "varav"})
_WORDS = re.compile(r"[^\s,;:/()*]+")
_YEAR = re.compile(r"(?:19|20)\d\d")


@cache
def _dashed() -> re.Pattern[str]:
    return re.compile(r"(?<=\d)[-\u2010-\u2015\u2212](?=\d)")


def words(text: str) -> tuple[str, ...]:
    """A label's words as they are compared: lower case, a range's dash alike ("7-10" is
    "7–10"), without a unit in parentheses, a '*' or a comma."""
    text = _dashed().sub("–", re.sub(r"\((?:kr|tkr|mnkr|mkr|mdkr)\)", "", text.lower()))
    return tuple(_WORDS.findall(text))


def holds(label: Sequence[str], part: Sequence[str]) -> bool:
    """Whether the words `part` stand together, in order, among `label`'s."""
    size = len(part)
    return bool(size) and any(tuple(label[i:i + size]) == tuple(part)
                              for i in range(len(label) - size + 1))


class Figure(NamedTuple):
    """A figure of another table a cell may be a copy of: its amount, how a message names
    it, and how a cell names it to take it (`compute.cell_refs`)."""

    amount: Kronor
    shown: str
    name: str


def near_copy_problems(tables: Mapping[str, TableResult], report: Reporter) -> list[Problem]:
    """A warning at each typed amount of a small table that is a slip of the figure of
    another table its row's label names (tables: the computed general tables by name)."""
    if len(tables) < 2:
        return []
    index = _Index(tables)
    problems = []
    for name, table in tables.items():
        rows = list(every_row(table.rows))
        if len(rows) > SMALL:
            continue
        for row, column in ((r, c) for r in rows for c in table.spec.amount_columns
                            if c.key in r.spec.stated and not c.formula):
            figure = index.named(words(row.spec.first_text), name)
            typed = row.spec.stated[column.key]
            if figure is not None and figure.amount != typed and is_slip(typed, figure.amount):
                problems.append(copy_warning(report, table, row, column, figure))
    return problems


class _Index:
    """The column headers of every table, and the rows of every table of one amount column,
    by their first word: a label is looked up by its words, never compared with every
    column of every table (a case may have hundreds)."""

    def __init__(self, tables: Mapping[str, TableResult]) -> None:
        self.tables = tables
        self.columns: dict[str, list[tuple[str, ColumnSpec, tuple[str, ...]]]] = {}
        self.rows: dict[str, list[tuple[str, str, RowResult, tuple[str, ...]]]] = {}
        self.first_words: dict[str, list[tuple[str, RowResult, str]]] = {}
        self.first_headers = {name: _first(table) for name, table in tables.items()}
        self.labels = {name: frozenset(label for _, row in _paths(table.rows, "rader")
                                       if (label := words(row.spec.first_text)))
                       for name, table in tables.items()}
        for name, table in tables.items():
            for column in table.spec.amount_columns:
                if header := header_words(column):
                    self.columns.setdefault(header[0], []).append((name, column, header))
            if len(table.spec.amount_columns) == 1:
                for path, row in _paths(table.rows, "rader"):
                    if label := words(row.spec.first_text):
                        self.rows.setdefault(label[0], []).append((name, path, row, label))

    def named(self, label: tuple[str, ...], own: str) -> Figure | None:
        """The one figure of the tables but `own` that the label names clearly, or None."""
        by_column = [(name, column) for word in dict.fromkeys(label)
                     for name, column, header in self.columns.get(word, ())
                     if name != own and holds(label, header)]
        if by_column:
            if len(by_column) > 1:  # (the table whose first column the label names too)
                by_column = [(name, column) for name, column in by_column
                             if holds(label, self.first_headers[name])]
            if len(by_column) != 1:
                return None
            name, column = by_column[0]
            return _in_column(label, name, self.tables[name], column, self.firsts(name))
        by_row = [(name, path, row) for word in dict.fromkeys(label)
                  for name, path, row, words_of_row in self.rows.get(word, ())
                  if name != own and holds(label, words_of_row)
                  and not (words_of_row == label and self.parallel(own, name))]
        if len(by_row) != 1:
            return None
        name, path, row = by_row[0]
        table = self.tables[name]
        return _cell(name, table, path, row, table.spec.amount_columns[0])

    def parallel(self, own: str, other: str) -> bool:
        """Whether two tables have the same rows: two or more labels alike, or all."""
        alike = self.labels[own] & self.labels[other]
        return len(alike) > 1 or (bool(alike) and self.labels[own] == self.labels[other])

    def firsts(self, name: str) -> list[tuple[str, RowResult, str]]:
        """The rows of a table with their first words, but a word any table may have (made
        once per table)."""
        if name not in self.first_words:
            self.first_words[name] = [
                (path, row, first[0]) for path, row in _paths(self.tables[name].rows, "rader")
                if (first := words(row.spec.first_text)[:1]) and first[0] not in _GENERIC]
        return self.first_words[name]


def copy_warning(report: Reporter, table: TableResult, row: RowResult, column: ColumnSpec,
                 figure: Figure) -> Problem:
    """The warning at a typed amount that is a slip of `figure` (also of a split's part,
    `split_copies`)."""
    typed = row.spec.stated[column.key]
    how = "två siffror bytta" if is_digit_swap(typed, figure.amount) else "en siffra ändrad"
    message = (f"beloppet {in_unit(typed, table.spec.unit)} för raden '{row.spec.first_text}' är "
               f"{figure.shown} med {how}; är det samma belopp, skriv "
               f"\"{{{{ {figure.name} }}}}\" så hämtas det därifrån")
    place = row.spec.stated_locs.get(column.key, row.spec.loc)
    return report.problem(report.at(place), message, "varning")


def _in_column(label: tuple[str, ...], name: str, table: TableResult, column: ColumnSpec,
               firsts: list[tuple[str, RowResult, str]]) -> Figure | None:
    """The figure of a column the label names: the row's whose first word it holds
    (`firsts`: each row's), else the column's total (None where two rows match, or the
    column has no total)."""
    rows = [(path, row) for path, row, first in firsts if first in label]
    if len(rows) > 1:
        return None
    if rows:
        return _cell(name, table, *rows[0], column)
    if not column.summed or column.key not in table.totals or table.spec.total_label is None:
        return None  # (no total: `compute.unsummed_totals`)
    header = bare_header(column.title, table.spec.unit)
    key = column.key
    return Figure(table.totals[key], f"summan {in_unit(table.totals[key], table.spec.unit)} "
                  f"i kolumnen '{header}' i tabellen '{name}'", f"tabeller.{name}.{key}")


def _cell(name: str, table: TableResult, path: str, row: RowResult,
          column: ColumnSpec) -> Figure | None:
    """A row's figure in a column, or None where it has none."""
    amount = row.amounts.get(column.key)
    if amount is None:
        return None
    header = bare_header(column.title, table.spec.unit)
    where = f"i kolumnen '{header}' " if len(table.spec.amount_columns) > 1 else ""
    return Figure(amount, f"{in_unit(amount, table.spec.unit)} på raden '{row.spec.first_text}' "
                  f"{where}i tabellen '{name}'", f"tabeller.{name}.{path}.{column.key}")


def header_words(column: ColumnSpec) -> tuple[str, ...]:
    """A column's header as words, or none where it is a word any table may have, or a
    year alone ("2024" names a year, not what a row's figure is)."""
    found = words(column.header)
    year = len(found) == 1 and _YEAR.fullmatch(found[0]) is not None
    return () if not found or set(found) <= _GENERIC or year else found


def _first(table: TableResult) -> tuple[str, ...]:
    """The header of the table's first column when it is text ("Personliga kostnader")."""
    first = table.spec.columns[0]
    return () if first.amount or first.counted or first.number else words(first.header)



def _paths(rows: Sequence[RowResult], prefix: str) -> Iterator[tuple[str, RowResult]]:
    """Every row at any depth with the name text gives it: rader[0], rader[0].rader[1]."""
    for i, row in enumerate(rows):
        path = f"{prefix}[{i}]"
        yield path, row
        yield from _paths(row.children, f"{path}.rader")
