"""A table of `beslut visa` shown row by row, for a terminal too narrow to show it whole.

Each row becomes a block of lines, one a column: the column's header, then the row's cell,
figures right-aligned as in the table; a line between the blocks. The title and caption stay
the table's (trial 51, F9: nine columns in 80 characters stacked a name letter by letter).
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text


def as_records(table: Table) -> Table:
    """The table's rows as blocks of header and cell, in a table of two columns."""
    records = Table(title=table.title, title_justify="left", show_header=False,
                    caption=table.caption)
    records.add_column(overflow="fold")
    records.add_column(justify="left", overflow="fold")
    columns = table.columns
    rows = list(zip(*(list(column.cells) for column in columns), strict=True))
    for number, cells in enumerate(rows):
        if number:
            records.add_section()
        for column, cell in zip(columns, cells, strict=True):
            header = column.header if isinstance(column.header, Text) else Text(str(column.header))
            records.add_row(Text(header.plain.replace("\n", " "), style="bold"), cell)
    return records
