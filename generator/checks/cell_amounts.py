"""Amounts typed in a table's text cells, checked as a text's are (fix107 filled in and checked
the cells' references; their typed amounts were passed over).

A taxa's comment column often repeats a row's amount in words ("Avgiften är 1 250 kr per
månad" where the row's amount is 1 205 kr). Such a cell is read by the same amount checks as
a text (`consistency.prose_amount_problems`: a near miss, two digits swapped, a wrong
rounding, a digit too few or too many of one of the case's amounts), and a warning points at
the cell and offers the reference that a cell takes too (`render.cell_texts`). The figures of
the cell's own row come first: where the amount misses one of them too, the warning names
it, not another row's figure that happens to lie nearer (1 250 kr is 1 205 kr with two digits
swapped, though the next row's 1 240 kr lies nearer).

Only the cells that hold an amount with its unit are read (`find_amounts`), so a table of
plain names costs a look for a digit per cell.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from generator.case.models import Case
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amounts import find_amounts, misses_among
from generator.checks.literal_amounts_rounding import Units
from generator.checks.table_rows import text_cells
from generator.compute.tables import RowResult, TableResult
from generator.formatting import Kronor
from generator.problems import Loc

if TYPE_CHECKING:
    from generator.checks.literal_amount import LiteralAmount

CELL = "cellen"
"""Where a message says an amount typed in a text cell is."""
_DIGITS = "0123456789"


def typed_cells(case: Case) -> dict[Loc, tuple[str, list[LiteralAmount]]]:
    """The text cells of the case's tables that hold an amount with its unit, by place, each
    with its amounts (`find_amounts`)."""
    found: dict[Loc, tuple[str, list[LiteralAmount]]] = {}
    for loc, text in text_cells(case).items() if case.tabeller else ():
        if any(digit in text for digit in _DIGITS) and (amounts := find_amounts(text)):
            found[loc] = (text, amounts)
    return found


def is_cell(loc: Loc) -> bool:
    """Whether a place is a table's cell (not a text of a section, a point…)."""
    return loc[:1] == ("tabeller",)


def row_figures(tables: Mapping[str, TableResult]) -> dict[Loc, dict[str, Kronor]]:
    """Each row's own figures by name (`tabeller.taxa.rader[0].avgift`), by the row's place
    in the case."""
    return {place: figures for table, result in tables.items()
            for place, figures in _rows(result.rows, f"tabeller.{table}")}


def _rows(rows: Sequence[RowResult], at: str) -> Iterator[tuple[Loc, dict[str, Kronor]]]:
    """Each row and sub-row's place and its figures by name."""
    for index, row in enumerate(rows):
        name = f"{at}.rader[{index}]"
        yield tuple(row.spec.loc), {f"{name}.{key}": value for key, value in row.amounts.items()}
        yield from _rows(row.children, name)


Miss = tuple["LiteralAmount", str, Kronor]


def own_row_first(miss: Miss, loc: Loc, rows: Mapping[Loc, Mapping[str, Kronor]],
                  unit_of: Units) -> Miss:
    """The miss of an amount in the cell at loc: of a figure of the cell's own row where the
    amount misses one of them too (a slip, a near miss: `misses_among`), else as found
    among all figures."""
    own = rows.get(loc[:-1], {})
    if not own or miss[1] in own:
        return miss
    found = misses_among([miss[0]], FigureIndex(own), unit_of=unit_of)
    return found[0] if found else miss
