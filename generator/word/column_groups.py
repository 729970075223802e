"""A data table's groups of columns in Word: a header row above the column headers, each
group's heading in one cell merged across its columns (`w:gridSpan`), centred; the header of
a column in no group stands in the lower row, level with the grouped columns' headers, under
an empty cell with no border between them, so that the two look like one cell. Both rows are
header rows, repeated on every page (`w:tblHeader`), and kept with the row after them: every
paragraph of them is kept with the next, the empty one above a header too (Word keeps a row
with the next when every paragraph in it is: see `kept_rows`), so that a table kept whole
stays together from its first row (trial 92, F10).

The header of a column in no group was one cell merged down both rows (`w:vMerge`), but
LibreOffice, and so the archive's PDF/A, cut a merged cell of a repeated header to the
height of the two rows on every page after the first: "Ökad kostnad (kr)" lost its unit on
page 2 (trial 97, F1). Cells that are not merged repeat whole in Word and LibreOffice alike.

The Markdown has a group's heading first in each of its columns' headers ("Ackumulerat 2022
(tkr)", see the table partial), as a Markdown table has no merged cells; the writer, told
the table's groups (`table_groups.KnownTables`), takes it off again ("2022 (tkr)"), before
the widths are worked out from the headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from generator.table_shape import ColumnGroup
from generator.word.runs import run_xml
from generator.word.span import text_span

if TYPE_CHECKING:
    import xml.etree.ElementTree as etree

_HEADING_PARAGRAPH: Final = '<w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>'
_ROW_START: Final = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
_KEPT_EMPTY: Final = "<w:pPr><w:keepNext/></w:pPr>"  # (see the docstring)
_OPEN_BELOW: Final = '<w:tcBorders><w:bottom w:val="nil"/></w:tcBorders>'
_OPEN_ABOVE: Final = '<w:tcBorders><w:top w:val="nil"/></w:tcBorders>'


def strip_group_headings(header: Sequence[etree.Element],
                         groups: Sequence[ColumnGroup]) -> None:
    """Take each group's heading off the front of its columns' header cells (`header`),
    where it stands there as the table partial puts it."""
    for group in groups:
        prefix = f"{group.heading} "
        for cell in header[group.first:group.last + 1]:
            text = cell.text or ""
            if text.startswith(prefix) and (len(text) > len(prefix) or len(cell)):
                cell.text = text[len(prefix):]


def heading_cells(groups: Sequence[ColumnGroup]) -> list[str]:
    """The inside of each group's heading cell's paragraph: bold, centred, kept with the
    column headers under it."""
    return [_HEADING_PARAGRAPH + run_xml(text_span(group.heading, bold=True))
            for group in groups]


def grouped_header_rows(widths: Sequence[int], header: Sequence[str],
                        groups: Sequence[ColumnGroup], headings: Sequence[str]) -> str:
    """The markup of the two header rows of a table of `widths` whose column headers are
    `header` (the inside of each cell's paragraph), its `groups` over them with their
    `headings` (see `heading_cells`)."""
    starts = {group.first: (group, heading) for group, heading in zip(groups, headings,
                                                                      strict=True)}
    grouped = {index for group in groups for index in range(group.first, group.last + 1)}
    top, below = [_ROW_START], [_ROW_START]
    for index, width in enumerate(widths):
        content = header[index] if index < len(header) else ""
        if index in starts:
            group, heading = starts[index]
            span = group.last - group.first + 1
            top.append(_cell(sum(widths[group.first:group.last + 1]), heading,
                             f'<w:gridSpan w:val="{span}"/>'))
        if index in grouped:
            below.append(_cell(width, content))
        else:
            top.append(_cell(width, _KEPT_EMPTY, _OPEN_BELOW))
            below.append(_cell(width, content, _OPEN_ABOVE))
    return "".join((*top, "</w:tr>", *below, "</w:tr>"))


def _cell(width: int, content: str, properties: str = "") -> str:
    """A cell `width` twips wide of one paragraph holding `content` (its properties and
    runs), with more cell `properties` after its width."""
    paragraph = f"<w:p>{content}</w:p>" if content else "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{properties}</w:tcPr>' \
        f"{paragraph}</w:tc>"
