"""The averages a table holds that a text may give "i genomsnitt" (trial 90, F10).

Two kinds, in Decimal to 80 digits (exact where the division ends sooner), never rounded
to a table's step here:

* a column's mean over its rows (`row_means`): the sum of the figures of the rows a table
  lists (those without rows of their own, not computed from other rows) divided by how many
  have one, for every amount column with two such rows or more: "i genomsnitt 2,3 mnkr per
  kommun" beside a column of the kommuner's grants;
* the mean per year of a table whose amount columns are years (`year_mean`, headers "2019"
  … "2023" besides their unit, "2019 (tkr)", two or more): the columns' totals added and
  divided by how many they are, the yearly average of the table's total ("i genomsnitt
  14,1 mnkr per år" for five years that add up to 70 325,6 tkr).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Context, Decimal
from functools import cache
from typing import Final, NamedTuple

from generator.compute.tables import ColumnSpec, RowResult, TableResult, bare_header
from generator.formatting import Kronor

MIN_ROWS: Final = 2
"""The fewest figures a mean is taken over (the mean of one is that figure)."""
_EXACT: Final = Context(prec=80)
"""Exact enough for any mean of a case's figures."""


class Mean(NamedTuple):
    """An average a table holds: its table, its column's key (or the first of the year
    columns'), the columns as messages name them, the mean in kronor (`_EXACT`), how many
    figures it is over, and whether it is per year over year columns (else per row)."""

    table: str
    key: str
    columns: tuple[str, ...]
    mean: Decimal
    figures: int
    per_year: bool = False


@cache
def _year() -> re.Pattern[str]:
    """A year alone, as a row's text or a column's header writes it ("2019")."""
    return re.compile(r"\s*(?:19|20)\d\d\s*")


def is_year(text: str) -> bool:
    """Whether a row's text or a column's header is a year alone ("2019")."""
    return _year().fullmatch(text) is not None


def listed_rows(rows: Sequence[RowResult]) -> Iterator[RowResult]:
    """The rows a table lists, in order: those without rows of their own, and not computed
    from other rows (`rad_formel`)."""
    for row in rows:
        if row.children:
            yield from listed_rows(row.children)
        elif row.spec.summed:
            yield row


def row_means(name: str, result: TableResult) -> list[Mean]:
    """Every amount column's mean over the rows that have a figure in it (see above)."""
    means = []
    for column in result.spec.amount_columns:
        figures = [row.amounts[column.key] for row in listed_rows(result.rows)
                   if column.key in row.amounts]
        if len(figures) >= MIN_ROWS:
            means.append(Mean(name, column.key, (column.title,), _mean(figures),
                              len(figures)))
    return means


def year_mean(name: str, result: TableResult) -> Mean | None:
    """The mean per year of the totals of a table's year columns, or None where it has fewer
    than two summed ones."""
    unit = result.spec.unit
    years: list[ColumnSpec] = [column for column in result.spec.amount_columns
                               if is_year(bare_header(column.header, unit))
                               and column.key in result.totals]
    if len(years) < MIN_ROWS:
        return None
    return Mean(name, years[0].key, tuple(bare_header(column.title, unit) for column in years),
                _mean([result.totals[column.key] for column in years]), len(years), True)


def _mean(figures: Sequence[Kronor]) -> Decimal:
    """The mean of figures, to 80 digits."""
    return _EXACT.divide(sum((Decimal(figure) for figure in figures), Decimal(0)),
                         Decimal(len(figures)))
