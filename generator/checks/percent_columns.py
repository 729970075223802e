"""The percentages a table writes by hand in its number columns (`typ: tal`), by the name
text gives them, for the check of percentages typed in text (`literal_percents`).

A number column holds percentages where its cells say so ("12,5 %": the figures as text
names them are then percentages already, `prose_figures`) or where its header does, over
cells without "%": "Andel (%)", "Andel i procent" (trial 73, F6). Text that types one of
them ("12,5 procent av budgeten", "12,5 %") is checked against them as against a
percentage a table computes, and so is a slip in it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from generator.compute.prose_figures import shown_number
from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import WrittenNumber


@cache
def _percent_header() -> re.Pattern[str]:
    """A header that names percent: "Andel (%)", "Ränta i procent", "Procentuell andel"
    (not percentage points, "Förändring (procentenheter)")."""
    return re.compile(r"%|(?<!\w)procent(?!enhet)", re.IGNORECASE)


def number_column(name: str, tables: Mapping[str, TableResult]) -> ColumnSpec | None:
    """The column of a table a figure's name (`tabeller.budget.rader[0].andel`) ends in,
    or None (no table's figure, or no such column)."""
    match = _column().fullmatch(name)
    table = tables.get(match["table"]) if match else None
    if table is None or match is None:
        return None
    return next((c for c in table.spec.columns if c.key == match["column"]), None)


@cache
def _column() -> re.Pattern[str]:
    return re.compile(r"tabeller\.(?P<table>[^.\[\]]+)\..*?(?P<column>[^.\[\]]+)")


def header_percentages(tables: Mapping[str, TableResult]) -> dict[str, WrittenNumber]:
    """The numbers of every number column whose header names percent and whose cells do
    not, as percentages shown with the column's decimals, by name."""
    found: dict[str, WrittenNumber] = {}
    for table, result in tables.items():
        keys = [c.key for c in result.spec.columns
                if c.number and _percent_header().search(c.header)]
        if keys:
            _add_rows(result.rows, f"tabeller.{table}", (keys, result.decimals), found)
    return found


def _add_rows(rows: Sequence[RowResult], prefix: str,
              columns: tuple[list[str], Mapping[str, int]],
              found: dict[str, WrittenNumber]) -> None:
    """Add the rows' numbers in columns (keys and the decimals they show), and their
    children's, to found."""
    keys, decimals = columns
    for index, row in enumerate(rows):
        here = f"{prefix}.rader[{index}]"
        for key in keys:
            number = row.spec.numbers.get(key)
            if number is not None and not number.percent:
                found[f"{here}.{key}"] = shown_number(number, decimals.get(key))._replace(
                    percent=True)
        _add_rows(row.children, here, columns, found)
