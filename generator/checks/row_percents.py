"""A percentage in a decision's point at a row the point names, against the row's own.

A point that sets a percentage by a table's row ("fastställa arvodet för förvalta egendom
till 15 % av prisbasbeloppet", where the row 'Förvalta egendom' writes 10 % in its number
column) says what the decision is: for arvodesbestämmelser, taxor and riktlinjer the
percentage is the decision (trial 98, F5). A whole percentage is otherwise not read
(`literal_percents`: "3 %" is as often a rate the case sets), but here the point names the
row, as a typed amount at a named row is read (`point_figures`). The part of the point's
sentence before the percentage, back to the percentage before it, must name exactly one row
with a percentage in a number column (`row_names.names_row`), and the percentage must be
none of that row's: a warning naming the row's percentage and its reference. A point that
names no row, or several, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from generator.checks.literal_amounts_parts import sentence_start
from generator.checks.percent_columns import number_column
from generator.checks.report import Reporter, point_word
from generator.checks.row_names import names_row
from generator.compute.prose_figures import labels_beside, named_percentages, row_label
from generator.compute.tables import TableResult
from generator.formatting import NBSP, WrittenNumber, as_written
from generator.problems import Loc, Problem


@cache
def _percent() -> re.Pattern[str]:
    """A percentage in running text, whole or not ("15 %", "2,5 procent"; group 1: the
    number)."""
    return re.compile(r"(?<![\w,])(\d{1,3}(?:,\d+)?)(?:[ \u00a0]?%|[ \u00a0]procent(?!\w))")


class _RowPercent(NamedTuple):
    """A percentage a row writes in a number column: its name, the row's text, the texts
    of the rows beside it, and the percentage."""

    name: str
    label: str
    others: list[str]
    value: WrittenNumber


def row_percent_problems(texts: Mapping[Loc, str], tree: dict[str, Any],
                         tables: Mapping[str, TableResult], report: Reporter) -> list[Problem]:
    """Warn at a percentage in a point that names one row of a number column in percent
    and is none of its percentages (texts: the raw texts; tree: the figures as text names
    them)."""
    points = {loc: text for loc, text in texts.items()
              if point_word(loc) is not None and ("%" in text or "procent" in text)}
    rows = list(_row_percents(tree, tables)) if points else []
    problems: list[Problem] = []
    for loc, text in points.items() if rows else ():
        before = 0
        for match in _percent().finditer(text):
            said = text[max(before, sentence_start(text, match.start())):match.start()]
            before = match.end()
            value = Decimal(match[1].replace(",", "."))
            named = {row.label: row for row in rows if names_row(said, row.label, row.others)}
            if len(named) != 1:
                continue
            [label] = named
            own = [row for row in rows if row.label == label]
            if any(row.value.value == value for row in own):
                continue
            row = own[0]
            shown = as_written(row.value).replace(NBSP, " ")
            message = (f"procentsatsen '{match.group()}' i {point_word(loc)} står vid raden "
                       f"'{label}', där tabellen har {shown}; menar punkten den, skriv "
                       f"{{{{ {row.name} }}}} så följer punkten tabellen")
            where = report.in_text(loc, text, match.start(), match.group())
            problems.append(report.problem(where, message, "varning"))
    return problems


def _row_percents(tree: dict[str, Any], tables: Mapping[str, TableResult]
                  ) -> Iterator[_RowPercent]:
    """The percentages rows write in number columns (`typ: tal`), with their rows' texts."""
    for name, value in named_percentages(tree).items():
        column = number_column(name, tables)
        label = row_label(tree, name)
        if column is not None and (column.number or column.percent) and label:
            yield _RowPercent(name, label, labels_beside(tree, name), value)
