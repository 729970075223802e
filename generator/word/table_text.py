"""A data table's columns with what the width passes of `table_widths` measure of them,
measured once a table.

Each pass (`header_words`, `header_room`, `name_room`, `even_amounts`, `spare_room`, …)
takes a table's columns and measured their cells' texts again: a column's longest word and
natural width (`ColumnText.measure`) were taken up to five times a table. `TableText` is the
table's columns, so that a pass takes it where it takes the columns, with each column's
measure taken once; a pass handed plain columns (as the tests call them one by one)
measures them itself (`widest_word`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator.word.widths import ColumnText, Measure


class TableText(tuple[ColumnText, ...]):
    """A data table's columns, and each column's `measure(char)` (as `column_widths` takes
    them: an amount column's floors may be raised, see `table_widths.measured`)."""

    char: int  # the average character width (twips) its measures were taken at
    measures: list[Measure]

    def __new__(cls, columns: Iterable[ColumnText], char: int,
                measures: Sequence[Measure] | None = None) -> TableText:
        table = super().__new__(cls, columns)
        table.char = char
        table.measures = (list(measures) if measures is not None
                          else [column.measure(char) for column in table])
        return table


def widest_word(columns: Sequence[ColumnText], index: int, char: int) -> int:
    """`columns[index].widest_word(char)`, taken from the table's measures where `columns`
    is a `TableText` at `char`."""
    if isinstance(columns, TableText) and columns.char == char:
        return columns.measures[index][0]
    return columns[index].widest_word(char)
