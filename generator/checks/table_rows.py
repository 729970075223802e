"""Every row and sub-row of a case's table, and every text cell, with its place in the case
(for messages)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.case.models import Case
from generator.case.table_models import TableRow
from generator.problems import Loc


def placed_rows(rows: Sequence[TableRow], loc: Loc) -> Iterator[tuple[Loc, TableRow]]:
    """Every row and sub-row in order, each with its place (`loc` is where `rows` stand)."""
    for index, row in enumerate(rows):
        here = (*loc, index)
        yield here, row
        yield from placed_rows(row.rader, (*here, "rader"))


def text_cells(case: Case) -> dict[Loc, str]:
    """The text cells the case writes for its tables (of `typ: text` columns), as written,
    by place (`("tabeller", 0, "rader", 2, "anm")`); an empty one left out."""
    cells: dict[Loc, str] = {}
    for t, table in enumerate(case.tabeller):
        keys = {column.namn for column in table.kolumner if column.typ == "text"}
        for row_loc, row in placed_rows(table.rader, ("tabeller", t, "rader")):
            cells |= {(*row_loc, key): value for key, value in (row.model_extra or {}).items()
                      if key in keys and isinstance(value, str) and value}
    return cells
