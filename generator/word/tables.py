"""Markdown pipe tables as Word tables.

Data tables use the "Table Grid" style; their first row is the header row, bold and
marked to repeat on every page (`w:tblHeader`), which also tells assistive technology
and PDF export that it holds column headers. Layout tables (the signature block) have
no borders, no header row and rows that are not split across pages.
"""

from __future__ import annotations

import weakref
import xml.etree.ElementTree as etree
from typing import Any, Final

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH

from generator.word.oxml import XmlNode, append_spans, child, clear, make, qn
from generator.word.spans import inline_spans

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
# tblLook flags: header row formatting on, banded columns off (0x0020 | 0x0400).
_DATA_LOOK: Final = {"w:val": "0420", "w:firstRow": "1", "w:lastRow": "0",
                     "w:firstColumn": "0", "w:lastColumn": "0", "w:noHBand": "0",
                     "w:noVBand": "1"}
_LAYOUT_LOOK: Final = {**_DATA_LOOK, "w:val": "0600", "w:firstRow": "0", "w:noHBand": "1"}


def write_table(document: Any, element: etree.Element, *, layout: bool,
                link_style: str | None) -> None:
    """Append the Markdown `table` element to the document body."""
    rows = [row.findall("*") for row in element.iter("tr")]
    if not rows:
        return
    columns = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=columns)
    style_id = _table_style_id(document)
    if style_id is not None:
        table._tbl.tblStyle_val = style_id
    grid = table._cells  # all cells once: `row.cells` rebuilds the whole grid for every row
    for number, cells in enumerate(rows):
        header = number == 0 and not layout
        row = grid[number * columns:(number + 1) * columns]
        for cell_element, cell in zip(cells, row, strict=False):
            _fill_cell(document, cell, cell_element, header=header, layout=layout,
                       link_style=link_style)
    properties: XmlNode = table._tbl.tblPr
    if layout:
        _remove_borders(properties)
        for row in table.rows:
            child(row._tr.get_or_add_trPr(), "w:cantSplit")
    else:
        child(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader")
    look = child(properties, "w:tblLook", ("w:tblCaption", "w:tblDescription"))
    for key, value in (_LAYOUT_LOOK if layout else _DATA_LOOK).items():
        look.set(qn(key), value)


def _table_style_id(document: Any) -> str | None:
    """The id of the data table style, looked up once per document (a scan of every style)."""
    part = document.part
    if part not in _TABLE_STYLE_IDS:
        styles = document.styles
        _TABLE_STYLE_IDS[part] = (part.get_style_id(styles[TABLE_STYLE], WD_STYLE_TYPE.TABLE)
                                  if TABLE_STYLE in styles else None)
    return _TABLE_STYLE_IDS[part]


def _fill_cell(document: Any, cell: Any, element: etree.Element, *, header: bool,
               layout: bool, link_style: str | None) -> None:
    """Write one cell's text (bold in the header row) and its column alignment."""
    paragraph = cell.paragraphs[0]
    spans = inline_spans(element, br_text=layout, bold=header)
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
