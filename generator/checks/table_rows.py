"""Every row and sub-row of a case's table, with its place in the case (for messages)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.case.table_models import TableRow
from generator.problems import Loc


def placed_rows(rows: Sequence[TableRow], loc: Loc) -> Iterator[tuple[Loc, TableRow]]:
    """Every row and sub-row in order, each with its place (`loc` is where `rows` stand)."""
    for index, row in enumerate(rows):
        here = (*loc, index)
        yield here, row
        yield from placed_rows(row.rader, (*here, "rader"))
