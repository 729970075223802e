"""A warning for a table set landscape (`liggande`) that fits a portrait page as it is.

A landscape page is for a table too wide for the text of a portrait one. A narrower table
set landscape only costs a page of its own and a turn of the paper (trial 45, F1: a plan of
three rows on a landscape page, the title alone on page 1). The table fits when every
column has room for its cells unbroken, each header word whole (a header may wrap between
its words, as it does on a portrait page anyway): the widths the Word writer starts from
(see `word.widths`), against the text width of the document's portrait page.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.compute.tables import TableResult
from generator.formatting import as_written, exact
from generator.problems import Problem
from generator.render.tables import table_view
from generator.render.views import Cell, Table
from generator.table_shape import indented_column
from generator.word.table_groups import INDENT_CHARACTERS
from generator.word.widths import ColumnText


def landscape_problems(case: Case, tables: Mapping[str, TableResult], report: Reporter,
                       width: int, char: int) -> list[Problem]:
    """A warning at the `liggande` of each table whose cells fit unbroken in `width` twips
    (the portrait text width) at `char` twips a character."""
    problems = []
    for index, table in enumerate(case.tabeller):
        result = tables.get(table.namn)
        if not table.liggande or result is None:
            continue
        columns = column_texts(table_view(result))
        if sum(column.natural(char) for column in columns) <= width:
            problems.append(report.problem(
                report.locate_key(("tabeller", index, "liggande")),
                f"tabellen '{table.namn}' ryms på en stående sida; ta bort 'liggande: ja', så "
                "står den i texten som andra tabeller i stället för på en egen liggande sida",
                "varning"))
    return problems


def column_texts(view: Table) -> list[ColumnText]:
    """What the width of each column of `view` depends on, its cells as the document prints
    them (a sub-row's name with its indent), as `word.tables` reads them from the document
    but for its no-break spaces and soft hyphens."""
    columns = []
    indented = indented_column(view.groups, lambda number: [
        bool(_printed(cell)) for cell in view.rows[number].cells])
    for index, column in enumerate(view.columns):
        plain: list[str] = []
        bold: list[str] = []
        cells: list[str] = []
        for row in view.rows:
            text = _printed(row.cells[index]) if index < len(row.cells) else ""
            if index == indented and row.depth:
                text = " " * (INDENT_CHARACTERS * row.depth) + text
            (bold if index < len(row.cells) and row.cells[index].bold else plain).append(text)
            cells.append(text)
        columns.append(ColumnText(tuple(plain), (column.header,), column.align == "right",
                                  tuple(bold), tuple(cells)))
    return columns


def _printed(cell: Cell) -> str:
    """A cell's text as the table prints it: label, amount, number or text, and note."""
    if cell.amount is not None:
        shown = exact(cell.amount, cell.unit, cell.decimals)
    elif cell.number is not None:
        shown = as_written(cell.number)
    else:
        shown = str(cell.text)
    shown = f"{cell.label} {shown}" if cell.label else shown
    return f"{shown}: {cell.note}" if cell.note else shown
