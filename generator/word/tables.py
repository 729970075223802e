"""Markdown pipe tables as Word tables.

Data tables use the "Table Grid" style; their first row is the header row, bold and
marked to repeat on every page (`w:tblHeader`), which also tells assistive technology
and PDF export that it holds column headers. Layout tables (the signature block, the
letterhead) have no borders and no header row. Every table has a fixed layout with
column widths from its content (see `widths`), so Word and LibreOffice agree, and no
row is split across pages.
"""

from __future__ import annotations

import copy
import functools
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from generator.word.hyphenation import hyphenate_long_words
from generator.word.oxml import XmlNode, add, append_spans, cast_element
from generator.word.span import Span
from generator.word.spans import inline_spans, plain_text
from generator.word.widths import ColumnText, characters_in, column_widths

if TYPE_CHECKING:
    from generator.word.draft import Draft

_ALIGNMENTS: Final = frozenset({"left", "center", "right"})
_EDGES: Final = ("top", "left", "bottom", "right", "insideH", "insideV")
_NO_BORDER: Final = {"w:val": "none", "w:sz": "0", "w:space": "0", "w:color": "auto"}
# tblLook flags: header row formatting on, banded columns off (0x0020 | 0x0400).
_DATA_LOOK: Final = {"w:firstColumn": "0", "w:firstRow": "1", "w:lastColumn": "0",
                     "w:lastRow": "0", "w:noHBand": "0", "w:noVBand": "1", "w:val": "0420"}
_LAYOUT_LOOK: Final = {**_DATA_LOOK, "w:firstRow": "0", "w:noHBand": "1", "w:val": "0600"}


def write_table(draft: Draft, element: etree.Element, *, layout: bool,
                link_style: str | None) -> XmlNode | None:
    """Append the Markdown `table` element to the document body; return the table."""
    rows = [row.findall("*") for row in element.iter("tr")]
    if not rows:
        return None
    char = draft.styles.character_width
    spans = [[inline_spans(cell, br_text=layout) for cell in row] for row in rows]
    widths = column_widths(_column_texts(rows, spans, layout), draft.reference.text_width, char)
    table, grid = new_table(draft.body, widths, len(rows), style_id=draft.styles.table_style,
                            layout=layout)
    for number, cells in enumerate(rows):
        header = number == 0 and not layout
        for index, (cell, width) in enumerate(zip(cells, widths, strict=False)):
            capacity = 0 if layout else characters_in(width, char, bold=header)
            cell_spans = (inline_spans(cell, br_text=layout, bold=True) if header
                          else spans[number][index])
            _fill_cell(draft, cast_element(grid[number][index])[-1], cell, cell_spans,
                       link_style=link_style, capacity=capacity)
    return table


def new_table(parent: XmlNode, widths: Sequence[int], rows: int, *, style_id: str | None,
              layout: bool) -> tuple[XmlNode, list[list[XmlNode]]]:
    """An empty table of fixed `widths` (twips): rows kept whole, borders and look by kind.

    Data tables repeat their first row as the header row; layout tables have no
    borders. Return the table and its cells (`w:tc`, each holding one empty `w:p`).
    """
    table = add(parent, "w:tbl")
    properties = add(table, "w:tblPr")
    if style_id is not None:
        add(properties, "w:tblStyle", {"w:val": style_id})
    add(properties, "w:tblW", {"w:type": "dxa", "w:w": str(sum(widths))})
    if layout:
        borders = add(properties, "w:tblBorders")
        for edge in _EDGES:
            add(borders, f"w:{edge}", _NO_BORDER)
    add(properties, "w:tblLayout", {"w:type": "fixed"})
    add(properties, "w:tblLook", _LAYOUT_LOOK if layout else _DATA_LOOK)
    grid = add(table, "w:tblGrid")
    for width in widths:
        add(grid, "w:gridCol", {"w:w": str(width)})
    first = _new_row(table, widths)
    rows_made = [first, *(_copied(table, first) for _ in range(rows - 1))]
    if not layout:
        add(cast_element(first)[0], "w:tblHeader")
    return table, [list(row)[1:] for row in rows_made]


def _new_row(table: XmlNode, widths: Sequence[int]) -> XmlNode:
    """A row kept whole on one page, with an empty paragraph in each cell."""
    row = add(table, "w:tr")
    add(add(row, "w:trPr"), "w:cantSplit")
    for width in widths:
        cell = add(row, "w:tc")
        add(add(cell, "w:tcPr"), "w:tcW", {"w:type": "dxa", "w:w": str(width)})
        add(cell, "w:p")
    return row


def _copied(table: XmlNode, row: XmlNode) -> XmlNode:
    """A copy of the (still empty) `row` appended to `table`: faster than building it."""
    copied: XmlNode = copy.deepcopy(row)
    table.append(copied)
    return copied


def _column_texts(rows: list[list[etree.Element]], spans: list[list[list[Span]]],
                  layout: bool) -> list[ColumnText]:
    """The text of each column, split into its header, plain and bold body lines.

    `spans` holds each cell's spans (as `inline_spans(cell, br_text=layout)`).
    """
    count = max(len(row) for row in rows)
    first = 0 if layout else 1
    columns = []
    for index in range(count):
        body = [(row[index], spans[number][index]) for number, row in enumerate(rows)
                if number >= first and index < len(row)]
        lines = [plain_text(cell_spans).split("\n") for _, cell_spans in body]
        bold = [_bold(cell, cell_spans, layout) for cell, cell_spans in body]
        header = (tuple(plain_text(spans[0][index]).split("\n"))
                  if not layout and index < len(rows[0]) else ())
        head = [] if layout else rows[0][index:index + 1]
        sample = [*(cell for cell, _ in body), *head]
        right = column_alignment(sample[0]) == "right"
        columns.append(ColumnText(
            tuple(line for cell_lines, is_bold in zip(lines, bold, strict=True)
                  if not is_bold for line in cell_lines),
            header, fixed=right,
            bold_lines=tuple(line for cell_lines, is_bold in zip(lines, bold, strict=True)
                             if is_bold for line in cell_lines),
            cells=tuple("\n".join(cell_lines) for cell_lines in lines)))
    return columns


def _bold(cell: etree.Element, spans: list[Span], layout: bool) -> bool:
    """Whether any of the cell's text is bold (read without `<br>` breaks, as before)."""
    return any(span.bold for span in (inline_spans(cell) if layout else spans))


def _fill_cell(draft: Draft, paragraph: XmlNode, element: etree.Element, spans: list[Span],
               *, link_style: str | None, capacity: int = 0) -> None:
    """Write one cell's text and its column alignment into its paragraph.

    With a `capacity` (characters per line), longer words get soft hyphens.
    """
    if capacity and any(len(word) > capacity for span in spans for word in span.text.split()):
        spans = hyphenate_long_words(spans, capacity)  # (only then can it change a word)
    alignment = column_alignment(element)
    if alignment is not None:
        add(add(paragraph, "w:pPr"), "w:jc", {"w:val": alignment})
    append_spans(paragraph, spans, draft, link_style)


def column_alignment(element: etree.Element) -> str | None:
    """"left", "center" or "right" from the tables extension's style/align attribute."""
    return _alignment(element.get("align"), element.get("style"))


@functools.lru_cache(maxsize=64)
def _alignment(declared: str | None, style: str | None) -> str | None:
    for declaration in (style or "").split(";"):
        name, _, value = declaration.partition(":")
        if name.strip().lower() == "text-align":
            declared = value.strip().lower()
    return declared if declared in _ALIGNMENTS else None
