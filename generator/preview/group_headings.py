"""A data table's groups of columns in the preview, as Word shows them (trial 93, F15): a
header row above the column headers with each group's heading in one cell across its columns
(`colspan`), the header of a column in no group filling both rows (`rowspan`), and each
grouped column's header without the group's heading.

The Markdown has a group's heading first in each of its columns' headers ("Grundkostnad
Kronor per månad", see `word.column_groups`); the preview knows a table's groups as the Word
writer does (`word.table_groups.KnownTables`), and takes the heading off again the same way
(`word.column_groups.strip_group_headings`). A table no printed table matches keeps its
Markdown header.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Sequence

from generator.table_shape import ColumnGroup, TableGroups
from generator.word.blocks import data_tables
from generator.word.column_groups import strip_group_headings
from generator.word.table_groups import KnownTables


def group_columns(root: etree.Element, tables: Sequence[TableGroups]) -> None:
    """Give each data table of `root` (parsed Markdown) that has groups of columns its
    row of group headings (see the module)."""
    known = KnownTables(tables)
    elements = [element for element, _ in data_tables(root)]
    known.place(elements)
    for element in elements:
        rows = [list(row) for row in element.iter("tr")]
        shape = known.shape(rows[1:], rows[0], element) if len(rows) > 1 else None
        if shape is not None and shape[1]:
            _add_heading_row(element, rows[0], shape[1])


def _add_heading_row(table: etree.Element, header: list[etree.Element],
                     groups: Sequence[ColumnGroup]) -> None:
    """Put the row of the `groups`' headings above the `header` cells of `table`."""
    strip_group_headings(header, groups)
    starts = {group.first: group for group in groups}
    grouped = {index for group in groups for index in range(group.first, group.last + 1)}
    above = etree.Element("tr")
    below = next(row for row in table.iter("tr"))
    for index, cell in enumerate(header):
        if index in starts:
            group = starts[index]
            heading = etree.SubElement(above, "th", {
                "colspan": str(group.last - group.first + 1), "style": "text-align: center;"})
            heading.text = group.heading
        if index not in grouped:
            below.remove(cell)
            cell.set("rowspan", "2")
            above.append(cell)
    parent = next(element for element in table.iter() if below in list(element))
    parent.insert(list(parent).index(below), above)
