"""Every row and sub-row of a case's table, and every text cell, with its place in the case
(for messages); and the figures of the amount cells that take another's figure, last."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from generator.case.models import Case
from generator.case.table_models import TableRow
from generator.compute.cell_refs import is_reference
from generator.formatting import Kronor
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


def copies_last(case: Case, figures: Mapping[str, Kronor]) -> Mapping[str, Kronor]:
    """The figures by name (`named_figures`), those of the cells that take their figure from
    another (`{{ tabeller.fordelning.a2026 }}`, `cell_refs`) after the rest, so that of two
    alike the source is the one a message names first (trial 97, F3: "25 000 tkr" for 52 000
    was offered as the row 'Fördelat enligt förslaget' of a table after the one it copies)."""
    copies = {_figure_name(table.namn, row_loc, key)
              for t, table in enumerate(case.tabeller)
              for row_loc, row in placed_rows(table.rader, ("tabeller", t, "rader"))
              for key, value in (row.model_extra or {}).items() if is_reference(value)}
    if not copies & figures.keys():
        return figures
    return {**{name: figure for name, figure in figures.items() if name not in copies},
            **{name: figure for name, figure in figures.items() if name in copies}}


def _figure_name(table: str, row_loc: Loc, key: str) -> str:
    """The name text gives a row's cell (`tabeller.ram.rader[1].rader[0].a2026`) by its
    place in the case (`("tabeller", 1, "rader", 1, "rader", 0)`)."""
    return f"tabeller.{table}" + "".join(
        f"[{step}]" if isinstance(step, int) else f".{step}" for step in row_loc[2:]) \
        + f".{key}"
