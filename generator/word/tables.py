"""Markdown pipe tables as Word tables.

Data tables use the "Table Grid" style; their first row is the header row, bold and
marked to repeat on every page (`w:tblHeader`), which also tells assistive technology
and PDF export that it holds column headers. Layout tables (the signature block, the
letterhead) have no borders and no header row. Every table has a fixed layout with
column widths from its content (see `widths`), so Word and LibreOffice agree, and no
row is split across pages.
"""

from __future__ import annotations

import weakref
import xml.etree.ElementTree as etree
from typing import Any, Final

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Twips

from generator.word.hyphenation import hyphenate_long_words
from generator.word.oxml import XmlNode, append_spans, child, clear, make, qn
from generator.word.spans import inline_spans, plain_text
from generator.word.widths import ColumnText, character_width, characters_in, column_widths

TABLE_STYLE: Final = "Table Grid"
_ALIGNMENTS: Final = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_TABLE_STYLE_IDS: weakref.WeakKeyDictionary[Any, str | None] = weakref.WeakKeyDictionary()
_EDGES: Final = ("top", "left", "bottom", "right", "insideH", "insideV")
_AFTER_BORDERS: Final = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                         "w:tblCaption", "w:tblDescription")
_AFTER_CANT_SPLIT: Final = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc",
                            "w:hidden")
# tblLook flags: header row formatting on, banded columns off (0x0020 | 0x0400).
_DATA_LOOK: Final = {"w:val": "0420", "w:firstRow": "1", "w:lastRow": "0",
                     "w:firstColumn": "0", "w:lastColumn": "0", "w:noHBand": "0",
                     "w:noVBand": "1"}
_LAYOUT_LOOK: Final = {**_DATA_LOOK, "w:val": "0600", "w:firstRow": "0", "w:noHBand": "1"}


def write_table(document: Any, element: etree.Element, *, layout: bool,
                link_style: str | None) -> Any:
    """Append the Markdown `table` element to the document body; return the table."""
    rows = [row.findall("*") for row in element.iter("tr")]
    if not rows:
        return None
    columns = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    style_id = _table_style_id(document)
    if style_id is not None:
        table._tbl.tblStyle_val = style_id
    char = table_character_width(document)
    widths = column_widths(_column_texts(rows, layout), text_width(document), char)
    grid = table._cells  # all cells once: `row.cells` rebuilds the whole grid for every row
    for number, cells in enumerate(rows):
        header = number == 0 and not layout
        row = grid[number * columns:(number + 1) * columns]
        for cell_element, cell, width in zip(cells, row, widths, strict=False):
            capacity = 0 if layout else characters_in(width, char, bold=header)
            _fill_cell(document, cell, cell_element, header=header, layout=layout,
                       link_style=link_style, capacity=capacity)
    if not layout:
        child(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader")
    finish_table(table, widths, layout=layout)
    return table


def finish_table(table: Any, widths: list[int], *, layout: bool) -> None:
    """Fixed layout with `widths` (twips), rows kept whole, borders and look by kind."""
    properties: XmlNode = table._tbl.tblPr
    set_widths(table, widths)
    if layout:
        _remove_borders(properties)
    for row in table.rows:
        child(row._tr.get_or_add_trPr(), "w:cantSplit", _AFTER_CANT_SPLIT)
    look = child(properties, "w:tblLook", ("w:tblCaption", "w:tblDescription"))
    for key, value in (_LAYOUT_LOOK if layout else _DATA_LOOK).items():
        look.set(qn(key), value)


def set_widths(table: Any, widths: list[int]) -> None:
    """A fixed table layout: table, grid and cell widths in twips."""
    table.autofit = False
    properties: XmlNode = table._tbl.tblPr
    width = child(properties, "w:tblW", ("w:jc", "w:shd", "w:tblBorders", *_AFTER_BORDERS))
    width.set(qn("w:w"), str(sum(widths)))
    width.set(qn("w:type"), "dxa")
    for column, twips in zip(table.columns, widths, strict=True):
        column.width = Twips(twips)
    for row in table.rows:
        for cell, twips in zip(row.cells, widths, strict=False):
            cell.width = Twips(twips)


def table_character_width(document: Any) -> int:
    """Average character width (twips) of the table style's font, else the body text's."""
    names = [TABLE_STYLE, "Normal"] if TABLE_STYLE in document.styles else ["Normal"]
    font, size = None, None
    for name in names:
        style = document.styles[name]
        while style is not None and (font is None or size is None):
            font = font or style.font.name
            size = size or style.font.size
            style = style.base_style
    if font is None or size is None:
        defaults = document.styles.element.find(qn("w:docDefaults"))
        fonts = None if defaults is None else defaults.find(f".//{qn('w:rFonts')}")
        sz = None if defaults is None else defaults.find(f".//{qn('w:sz')}")
        font = font or (None if fonts is None else fonts.get(qn("w:ascii")))
        size = size or (None if sz is None else Length(int(sz.get(qn("w:val"), "22")) * 6350))
    return character_width(font, size.pt if size is not None else None)


def text_width(document: Any) -> int:
    """The width between the page margins of the last section, in twips."""
    section = document.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    return int(Length(width).twips)


def _column_texts(rows: list[list[etree.Element]], layout: bool) -> list[ColumnText]:
    """The text of each column, split into its header, plain and bold body lines."""
    count = max(len(row) for row in rows)
    head = [] if layout else rows[0]
    body = rows if layout else rows[1:]
    columns = []
    for index in range(count):
        cells = [row[index] for row in body if index < len(row)]
        plain = tuple(line for cell in cells if not _bold(cell) for line in _lines(cell, layout))
        bold = tuple(line for cell in cells if _bold(cell) for line in _lines(cell, layout))
        header = tuple(_lines(head[index], layout)) if index < len(head) else ()
        sample = [*cells, *head[index:index + 1]]
        right = column_alignment(sample[0]) == "right"
        texts = tuple("\n".join(_lines(cell, layout)) for cell in cells)
        columns.append(ColumnText(plain, header, fixed=right, bold_lines=bold, cells=texts))
    return columns


def _bold(cell: etree.Element) -> bool:
    return any(span.bold for span in inline_spans(cell))


def _lines(cell: etree.Element, layout: bool) -> list[str]:
    return plain_text(inline_spans(cell, br_text=layout)).split("\n")


def _table_style_id(document: Any) -> str | None:
    """The id of the data table style, looked up once per document (a scan of every style)."""
    part = document.part
    if part not in _TABLE_STYLE_IDS:
        styles = document.styles
        _TABLE_STYLE_IDS[part] = (part.get_style_id(styles[TABLE_STYLE], WD_STYLE_TYPE.TABLE)
                                  if TABLE_STYLE in styles else None)
    return _TABLE_STYLE_IDS[part]


def _fill_cell(document: Any, cell: Any, element: etree.Element, *, header: bool,
               layout: bool, link_style: str | None, capacity: int = 0) -> None:
    """Write one cell's text (bold in the header row) and its column alignment.

    With a `capacity` (characters per line), longer words get soft hyphens.
    """
    paragraph = cell.paragraphs[0]
    spans = inline_spans(element, br_text=layout, bold=header)
    if capacity:
        spans = hyphenate_long_words(spans, capacity)
    append_spans(paragraph._p, spans, document.part, link_style)
    alignment = column_alignment(element)
    if alignment is not None:
        paragraph.alignment = _ALIGNMENTS[alignment]


def column_alignment(element: etree.Element) -> str | None:
    """"left", "center" or "right" from the tables extension's style/align attribute."""
    declared = element.get("align")
    for declaration in (element.get("style") or "").split(";"):
        name, _, value = declaration.partition(":")
        if name.strip().lower() == "text-align":
            declared = value.strip().lower()
    return declared if declared in _ALIGNMENTS else None


def _remove_borders(properties: XmlNode) -> None:
    """Explicit `none` borders on every edge, overriding the table style."""
    borders = child(properties, "w:tblBorders", _AFTER_BORDERS)
    clear(borders)
    for edge in _EDGES:
        borders.append(make(f"w:{edge}", {"w:val": "none", "w:sz": "0", "w:space": "0",
                                          "w:color": "auto"}))
