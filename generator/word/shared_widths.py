"""Data tables of one shape in a document, laid out with the same column widths (trial 76,
F9: two split tables one after the other, "Grundbidrag" and "Volymbidrag", each a column of
the same studieförbund and three of figures, had their inner borders a few points apart).

Tables have one shape when they have as many columns, each of the same kind (text or
figures: right-aligned), on pages of the same orientation. The tables of one shape share
their widths: they are worked out once (`table_widths.data_widths`), as for one table
holding the rows of them all, each column headed by the longest of their headers, so that
every column gets the widest need of any of them (its widest figure, its longest word).
A document's tables are found before the first is written (`BodyWriter.write`), and those
of a shape shared are read once (`tables.prepare_table`).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from generator.word.table_widths import DataWidths, data_widths
from generator.word.tables import PreparedTable, column_alignment, prepare_table
from generator.word.widths import ColumnText

if TYPE_CHECKING:
    from generator.word.draft import Draft
    from generator.word.table_groups import KnownTables

_Shape = tuple[bool, tuple[bool, ...]]  # landscape, each column's kind (figures: True)


class SharedWidths:
    """The groups of a document's data tables of one shape (see the module), and their
    widths, worked out when the first of a group is written."""

    def __init__(self, draft: Draft, tables: Iterable[tuple[etree.Element, bool]],
                 known: KnownTables | None) -> None:
        """`tables`: each data table the document writes, and whether it is on a
        landscape page."""
        self._draft = draft
        self._known = known
        by_shape: dict[_Shape, list[etree.Element]] = {}
        for element, landscape in tables:
            shape = _shape(element, landscape)
            if shape is not None:
                by_shape.setdefault(shape, []).append(element)
        self._groups = {element: (shape, members) for shape, members in by_shape.items()
                        if len(members) > 1 for element in members}
        self._prepared: dict[etree.Element, PreparedTable] = {}
        self._widths: dict[_Shape, DataWidths | None] = {}

    def prepared(self, element: etree.Element) -> PreparedTable | None:
        """Table `element` as read to work out its group's widths, if it was."""
        return self._prepared.pop(element, None)

    def widths(self, element: etree.Element, columns: Sequence[ColumnText],
               landscape: bool) -> DataWidths | None:
        """The widths of the group of table `element` (its `columns`, on a `landscape` page
        or not), None for a table of a shape of its own."""
        found = self._groups.get(element)
        if found is None or found[0][0] != landscape:
            return None
        shape, members = found
        if shape not in self._widths:
            tables = [list(columns) if member is element else self._read(member)
                      for member in members]
            same = all(len(table) == len(columns) and all(
                column.fixed == other.fixed for column, other in zip(table, columns,
                                                                     strict=True))
                for table in tables)
            available = (self._draft.reference.landscape_width if landscape
                         else self._draft.reference.text_width)
            self._widths[shape] = data_widths(joined(tables), available,
                                              self._draft.styles) if same else None
        return self._widths[shape]

    def _read(self, element: etree.Element) -> list[ColumnText]:
        """The columns of table `element`, read once for its writing too."""
        prepared = prepare_table(element, layout=False, known=self._known)
        if prepared is None:
            return []
        self._prepared[element] = prepared
        return prepared.columns


def joined(tables: Sequence[Sequence[ColumnText]]) -> list[ColumnText]:
    """The columns of one table holding the rows of `tables` (of as many columns of the
    same kinds), in their order, each headed by the longest of their headers."""
    result = []
    for position, first in enumerate(tables[0]):
        columns = [table[position] for table in tables]
        header = max((column.header_lines for column in columns), key=_header_length)
        result.append(ColumnText(
            tuple(line for column in columns for line in column.lines), header, first.fixed,
            tuple(line for column in columns for line in column.bold_lines),
            tuple(cell for table in tables for cell in _cells(table, position))))
    return result


def _header_length(lines: tuple[str, ...]) -> tuple[int, int]:
    """How long a header is: its longest line, then all its characters."""
    return max(map(len, lines), default=0), sum(map(len, lines))


def _cells(table: Sequence[ColumnText], position: int) -> tuple[str, ...]:
    """The cells of column `position` of `table`, one for each of its rows (empty for a
    row without that cell)."""
    rows = max(len(column.cells) for column in table)
    cells = table[position].cells
    return cells + ("",) * (rows - len(cells))


def _shape(element: etree.Element, landscape: bool) -> _Shape | None:
    """The shape of a Markdown table: its page's orientation and each column's kind, as
    `tables` reads it from its first body row (else its header row); None for a table of
    one column, or of rows of other lengths."""
    rows = [list(row) for row in element.iter("tr")]
    if not rows or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return None
    sample = rows[1] if len(rows) > 1 else rows[0]
    return landscape, tuple(column_alignment(cell) == "right" for cell in sample)
