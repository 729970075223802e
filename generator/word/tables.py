"""Markdown pipe tables as Word tables.

A table too wide for the page even at its narrowest is set a tenth smaller. Data tables
use the "Table Grid" style; their first row is the header row, bold and
marked to repeat on every page (`w:tblHeader`), which also tells assistive technology
and PDF export that it holds column headers. Layout tables (the signature block, the
letterhead) have no borders, no header row and no left cell margin, so that their text lines
up with the text column. Every table has a fixed layout with
column widths from its content (see `widths`: a cell of several lines by its longest), so
Word and LibreOffice agree; a `<br>` in a cell (the table partial's line break, trial 59, F5)
is a line break in the cell's paragraph, and no
row is split across pages; a short data table stays on one page and a longer one leaves
no short row alone on one, nor splits a short group of its rows, and a short layout table
stays on one page, a longer one breaking between its rows (see `keeps`). A group's heading
alone on its row is one cell across the table, measured by no column (see `heading_rows`).
"""

from __future__ import annotations

import functools
import operator
import re
import xml.etree.ElementTree as etree
from collections.abc import Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple, Protocol

from generator.table_shape import ColumnGroup, RowGroup, indented_column
from generator.word.column_groups import grouped_header_rows, heading_cells, strip_group_headings
from generator.word.footnote_stars import set_in, star_width, starred_columns
from generator.word.glyph_widths import Glyphs
from generator.word.header_height import header_height
from generator.word.header_room import body_lines
from generator.word.header_words import WholeWords
from generator.word.heading_rows import spanning_rows, unmeasured
from generator.word.hyphenation import hyphenate_long_words
from generator.word.keeps import layout_rows_kept, table_lines, table_rows_kept
from generator.word.oxml import XmlNode, qn
from generator.word.row_groups import read_groups, sum_row
from generator.word.runs import attribute, parse_fragment, runs_xml
from generator.word.span import Span
from generator.word.spans import inline_spans, plain_text
from generator.word.table_groups import (
    INDENT_CHARACTERS,
    KnownShape,
    KnownTables,
    RowPlace,
    place_rows,
)
from generator.word.table_widths import DataWidths, data_widths
from generator.word.typography import NBSP, WORD_JOINER
from generator.word.widths import (
    SHORT_WORD,
    ColumnText,
    characters_in,
    column_widths,
)
from generator.word.word_lengths import may_hold_word

if TYPE_CHECKING:
    from generator.word.draft import Draft

_IS_BOLD: Final = operator.attrgetter("bold")


class SharedWidths(Protocol):
    """Where the widths of tables laid out together come from (`shared_widths.SharedWidths`):
    a table as read for its group, and its group's widths."""

    def prepared(self, element: etree.Element) -> PreparedTable | None:
        """Table `element` as read to work out its group's widths, if it was."""

    def widths(self, element: etree.Element, columns: Sequence[ColumnText],
               landscape: bool) -> DataWidths | None:
        """The widths of the group of table `element`, None for a table of its own shape."""


@cache
def _run() -> re.Pattern[str]:
    return re.compile(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>)?")


_NO_PLACE: Final = RowPlace()
_KEPT: Final = RowPlace(keep_next=True)
_EMPTY_CELL_END: Final = "<w:p/></w:tc>"  # an empty paragraph (as lxml writes it) ending a cell
_ALIGNMENTS: Final = frozenset({"left", "center", "right"})
_EDGES: Final = ("top", "left", "bottom", "right", "insideH", "insideV")
_NO_BORDER: Final = {"w:val": "none", "w:sz": "0", "w:space": "0", "w:color": "auto"}
MARKED_FILL: Final = "E0E0E0"
"""The background of a marked row (`markerad`): a light grey that prints as grey on any
printer, behind black text that stays easy to read."""
_MARKED_SHADING: Final = f'<w:shd w:val="clear" w:color="auto" w:fill="{MARKED_FILL}"/>'
_NONE: Final[frozenset[int]] = frozenset()
# tblLook flags: header row formatting on, banded columns off (0x0020 | 0x0400).
_DATA_LOOK: Final = {"w:firstColumn": "0", "w:firstRow": "1", "w:lastColumn": "0",
                     "w:lastRow": "0", "w:noHBand": "0", "w:noVBand": "1", "w:val": "0420"}
_LAYOUT_LOOK: Final = {**_DATA_LOOK, "w:firstRow": "0", "w:noHBand": "1", "w:val": "0600"}


def _filled(cell: etree.Element) -> bool:
    """Whether a table cell holds anything (text or markup)."""
    return bool((cell.text or "").strip()) or len(cell) > 0


class PreparedTable(NamedTuple):
    """A Markdown table read for the Word writer, before its widths: each row's cells and
    their spans (the header row's first), the rows' places, its groups of rows, its
    indented column, the rows that span it, what each column's width depends on and its
    known shape (see `KnownTables.shape`)."""

    rows: list[list[etree.Element]]
    spans: list[list[list[Span]]]
    places: list[RowPlace]
    groups: list[tuple[int, int]]
    indented: int
    spanning: frozenset[int]
    columns: list[ColumnText]
    shape: KnownShape | None


def prepare_table(element: etree.Element, *, layout: bool,
                  known: KnownTables | None = None) -> PreparedTable | None:
    """The Markdown `table` element read for `write_table` (None for one without rows): a
    table of a group laid out together is read once, before the first of them is written
    (see `shared_widths`)."""
    rows = [list(row) for row in element.iter("tr")]  # (its cells: ElementPath costs more)
    if layout and len(rows) == 2 and not any(_filled(cell) for cell in rows[1]):
        rows = rows[:1]  # (Markdown gives a table of a header row alone an empty row under it)
    if not rows:
        return None
    shape = known.shape(rows[1:], rows[0], element) if known is not None and not layout else None
    columns_grouped = shape[1] if shape is not None else ()
    if columns_grouped:
        strip_group_headings(rows[0], columns_grouped)
    spans = [[inline_spans(cell, br_text=True) for cell in row] for row in rows]
    places, groups, indented, spanning = (_held(spans), [], 0, _NONE) if layout \
        else _places(rows, spans, shape)
    measured, measured_places = unmeasured(spans, places, spanning) if spanning \
        else (spans, places)
    columns = _column_texts(rows, measured, layout, measured_places, indented)
    return PreparedTable(rows, spans, places, groups, indented, spanning, columns, shape)


def write_table(draft: Draft, element: etree.Element, *, layout: bool,
                link_style: str | None, landscape: bool = False,
                known: KnownTables | None = None, shared: SharedWidths | None = None) -> bool:
    """Append the Markdown `table` element to the document body (as deferred markup);
    return whether it is kept whole on one page (every row kept with the next).

    In a data table a group's label row is kept with the next row and the rows inside a
    group are indented (see `table_groups`): the groups `known` has for it, else those its
    Markdown shows (see `row_groups`). A layout table (the signatures, the boxes of a
    justering) stays on one page while it is short (see `_held`). On a `landscape` page the
    columns share the landscape text width. A data table of a group of `shared` gets the
    widths of its group (see `shared_widths`)."""
    prepared = shared.prepared(element) if shared is not None and not layout else None
    prepared = prepared or prepare_table(element, layout=layout, known=known)
    if prepared is None:
        return True
    rows, spans, places, groups, indented, spanning, columns, shape = prepared
    columns_grouped = shape[1] if shape is not None else ()
    char = draft.styles.character_width
    available = (draft.reference.landscape_width if landscape
                 else draft.reference.text_width)
    if layout:
        widths, size, glyphs = column_widths(columns, available, char), None, None
        words = WholeWords(widths)
    else:
        together = (shared.widths(element, columns, landscape) if shared is not None
                    else None)
        widths, words, char, size, glyphs = together or data_widths(columns, available,
                                                                    draft.styles)
    contents = []
    starred = frozenset() if layout else starred_columns(columns)
    star = star_width(glyphs, char) if starred else 0
    body, head = _capacities(widths, char, layout)
    wide = _capacities([sum(widths)], char, layout) if spanning else ([], [])
    top = _header_capacities(head, words)
    if not layout:
        height = (draft.reference.landscape_height if landscape
                  else draft.reference.text_height)
        measure = (None if glyphs is None else functools.partial(
            _measured_lines, widths=widths, indented=indented, char=char, glyphs=glyphs))
        head_lines = header_height(columns, widths, char, glyphs, columns_grouped)
        places = _kept_places(places, groups, spans, (body, head_lines, indented),
                              table_lines(height, draft.styles.line_height,
                                          draft.styles.table_line_height(size)),
                              (spanning, wide[1]), measure)
    for number, cells in enumerate(rows):
        header = number == 0 and not layout
        keep, depth = places[number]
        plain, bold = (top, top) if header else (body, head)
        if depth:
            plain, bold = _indented(plain, depth, indented), _indented(bold, depth, indented)
        indent = INDENT_CHARACTERS * char * depth
        row_spans = spans[number]
        if number in spanning:  # (a heading across the table: one cell, see `heading_rows`)
            contents.append([_cell_xml(
                draft, cells[0], row_spans[0], link_style, _indented(wide[0], depth)[0],
                _indented(wide[1], depth)[0], keep, (indent if indented == 0 else 0, 0))])
            continue
        if header:
            row_spans = [_bold_header(cell, cell_spans, index in words.released)
                         for index, (cell, cell_spans) in enumerate(zip(cells, row_spans,
                                                                        strict=True))]
        contents.append([
            _cell_xml(draft, cell, row_spans[index], link_style, plain[index], bold[index],
                      keep, (indent if index == indented else 0,
                             star if number and index in starred
                             and set_in(columns[index], number - 1) else 0))
            for index, cell in enumerate(cells)])
    headings = heading_cells(columns_grouped)
    if size is not None:
        contents = [[_sized(cell, size) for cell in row] for row in contents]
        headings = [_sized(cell, size) for cell in headings]
    draft.deferred.append(draft.body, "tbl", table_xml(
        widths, contents, style_id=draft.styles.table_style, layout=layout,
        groups=(columns_grouped, headings),
        shaded=frozenset(number + 1 for number in shape[2]) if shape is not None else _NONE,
        spanned=spanning),
        source=_source_text(element))
    return all(place.keep_next for place in places[:-1])


def _places(rows: list[list[etree.Element]], spans: list[list[list[Span]]],
            shape: KnownShape | None
            ) -> tuple[list[RowPlace], list[tuple[int, int]], int, frozenset[int]]:
    """The place of each row of a data table (`rows`: each row's cells, `spans`: their spans,
    the header row's first), the first and last row of each group (see `table_groups`),
    by their numbers in the table, the column indented in a group (`indented_column`) and
    the rows that span the table (`heading_rows`): by the groups known for the table
    (`shape`, see `KnownTables.shape`), else those read from its Markdown."""
    found = shape[0] if shape is not None else None
    groups: Sequence[RowGroup] = read_groups(spans[1:]) if found is None else found
    if not groups:  # (most tables)
        return [_NO_PLACE, *place_rows(len(rows) - 1, groups)], [], 0, _NONE
    indented = indented_column(groups, lambda number: [_filled(cell) for cell in rows[number + 1]])
    return ([_NO_PLACE, *place_rows(len(rows) - 1, groups)],
            [(group.top + 1, group.last + 1) for group in groups], indented,
            spanning_rows(spans, groups))


def _kept_places(places: list[RowPlace], groups: list[tuple[int, int]],
                 spans: list[list[list[Span]]], capacities: tuple[list[int], int, int],
                 kept: int, spanning: tuple[frozenset[int], list[int]],
                 measure: _Measure | None = None) -> list[RowPlace]:
    """The `places` of a data table's rows (the header row's first), kept with the next row
    as a group needs (see `table_groups`) or as the table's height, its `groups` and its
    total do (see `keeps`: `kept` lines at most are kept whole); `body` are the columns'
    characters a line (see `_capacities`), fewer in an indented cell (of the column
    `indented`), `header` the lines of the header (see `header_height`), given together as
    `capacities`; the rows that span the table and the characters a bold line of the
    table's width, as `spanning`. A body cell that the count of characters puts on two or
    three lines, the most of its row, is measured by its glyphs where `measure` can (trial
    86, F3: a group of sotning fees counted as two lines a row, for "1.1.2" in a
    narrow column of figures the widths made room for, was not kept together)."""
    body, header, indented = capacities
    spanned, wide = spanning

    @functools.cache  # (the keeps ask for the first and last rows again)
    def lines(number: int) -> int:
        depth = places[number].depth
        if number == 0:
            return header
        if number in spanned:
            return _cell_lines(plain_text(spans[number][0]), _indented(wide, depth)[0])
        widths = _indented(body, depth, indented) if depth else body
        texts = [plain_text(cell) for cell in spans[number]]
        counts = [_cell_lines(text, capacity)
                  for text, capacity in zip(texts, widths, strict=False)]
        most = max(counts, default=1)
        if not 1 < most <= _MEASURED or measure is None:
            return most
        return max(1, *(count if count < most else min(count, measure(text, index, depth))
                        for index, (text, count) in enumerate(zip(texts, counts, strict=True))))
    keeps = table_rows_kept(len(places), lines, kept, groups,
                            total=len(spans) > 2 and sum_row(spans[-1]))
    return [RowPlace(True, place.depth) if keep and not place.keep_next else place
            for place, keep in zip(places, keeps, strict=True)]


def _indented(capacities: list[int], depth: int, column: int = 0) -> list[int]:
    """Characters a line of each column where the cell of `column` is indented `depth`
    steps."""
    less = list(capacities)
    if column < len(less):
        less[column] = max(1, less[column] - INDENT_CHARACTERS * depth)
    return less


_MEASURED: Final = 3
"""The most lines by the count of characters a body cell is measured by its glyphs at: the
count errs by a line where a few characters run over (a narrow column's "1.1.2"); a longer
text errs less in proportion, and measuring each of its words costs a bench case 1.6 M
instructions."""


class _Measure(Protocol):
    def __call__(self, text: str, column: int, depth: int) -> int: ...


def _measured_lines(text: str, column: int, depth: int, *, widths: Sequence[int],
                    indented: int, char: int, glyphs: Glyphs) -> int:
    """Lines of a body cell's `text` in `column`, `depth` groups in (indented if the
    column is `indented`), measured by the glyphs' widths (see `header_room.body_lines`)."""
    indent = " " * (INDENT_CHARACTERS * depth if column == indented else 0)
    return sum(body_lines(indent + line, widths[column], char, glyphs)
               for line in text.split("\n"))


def _cell_lines(text: str, capacity: int) -> int:
    """Estimated lines of a cell's `text` at `capacity` characters a line."""
    if "\n" not in text:  # (most cells: one paragraph)
        return max(1, -(-len(text) // capacity))
    return sum(max(1, -(-len(line) // capacity)) for line in text.split("\n"))


def _sized(cell: str, size: int) -> str:
    """A cell's markup with every run set at `size` half-points (after its other run
    properties, in the schema's order)."""
    sized = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if "<w:r>" not in cell:  # (an empty cell: its paragraph mark sets its line's height)
        return _sized_mark(cell, sized)
    return _run().sub(lambda run: f"<w:r><w:rPr>{run.group(1) or ''}{sized}</w:rPr>", cell)


def _sized_mark(cell: str, sized: str) -> str:
    """An empty cell's markup with its paragraph mark set at the size `sized` gives (last
    in its properties, as the schema orders them): at the reference's default size its row
    stood a point and a half taller than the others (trial 84, F3)."""
    mark = f"<w:rPr>{sized}</w:rPr>"
    if cell.endswith("</w:pPr>"):
        return cell[:-len("</w:pPr>")] + mark + "</w:pPr>"
    return cell or f"<w:pPr>{mark}</w:pPr>"


def _held(spans: list[list[list[Span]]]) -> list[RowPlace]:
    """The places of a layout table's rows (`spans`: each row's cells' spans): each kept
    with the next while the table is short, so that two rows of signature blocks are not
    parted by a page break; none in a longer one, which breaks between its rows (see
    `keeps.layout_rows_kept`)."""
    lines = [max(plain_text(cell).count("\n") + 1 for cell in row) if row else 1
             for row in spans]
    return [_KEPT if keep else _NO_PLACE for keep in layout_rows_kept(lines)]


def _capacities(widths: Sequence[int], char: int, layout: bool) -> tuple[list[int], list[int]]:
    """Characters per line of each column, in body cells and in (bold) header cells;
    0 (no hyphenation) in a layout table. Worked out once per column, not per cell."""
    if layout:
        return [0] * len(widths), [0] * len(widths)
    return ([characters_in(width, char) for width in widths],
            [characters_in(width, char, bold=True) for width in widths])


def _header_capacities(head: list[int], words: WholeWords) -> list[int]:
    """The characters a line of each header cell (`head`, as in bold), at least SHORT_WORD
    in the columns whose header's words of that length fit whole (`words.whole`, see
    `header_words`), at least as long as the longer words that fit (`words.long`):
    a soft hyphen in such a word would be taken where the line could break before it
    ("2 perso-" / "ner", trial 46; "Övriga före-" / "ningar", trial 47)."""
    if not words.whole:
        return head
    long = dict(words.long)
    return [max(capacity, long.get(index, SHORT_WORD)) if index in words.whole else capacity
            for index, capacity in enumerate(head)]


def _source_text(element: etree.Element) -> str:
    """Every character a table's cells are written from: its texts and link targets (the
    style id comes from the reference, which lxml has read, and the rest is numbers)."""
    return "".join((*element.itertext(), *(link.get("href", "") for link in element.iter("a"))))


def _bold_header(cell: etree.Element, spans: list[Span], released: bool) -> list[Span]:
    """A header cell's spans, all bold (for text alone, its plain spans made bold); if
    `released`, with spaces for its no-break spaces (see `header_words`)."""
    # (emphasis or links: spans of equal form are joined, so the cell is walked again)
    spans = inline_spans(cell, bold=True) if len(cell) else [span.in_bold() for span in spans]
    if not released:
        return spans
    return [span.with_text(span.text.replace(NBSP, " ")) if NBSP in span.text else span
            for span in spans]


def new_table(parent: XmlNode, widths: Sequence[int], rows: int, *, style_id: str | None,
              layout: bool) -> tuple[XmlNode, list[list[XmlNode]]]:
    """An empty table of fixed `widths` (twips) appended to `parent` (see `table_xml`).

    Return the table and its cells (`w:tc`, each holding one empty `w:p`).
    """
    table = _append_table(parent, widths, [[]] * rows, style_id=style_id, layout=layout)
    return table, [list(row)[1:] for row in table.findall(qn("w:tr"))]


def _append_table(parent: XmlNode, widths: Sequence[int], contents: Sequence[Sequence[str]],
                  *, style_id: str | None, layout: bool) -> XmlNode:
    """The table of `table_xml`, parsed in one go and appended to `parent`."""
    table = parse_fragment("tbl", table_xml(widths, contents, style_id=style_id, layout=layout))
    parent.append(table)
    return table


def table_xml(widths: Sequence[int], contents: Sequence[Sequence[str]], *,
              style_id: str | None, layout: bool,
              groups: tuple[Sequence[ColumnGroup], Sequence[str]] = ((), ()),
              shaded: frozenset[int] = frozenset(), spanned: frozenset[int] = frozenset()
              ) -> str:
    """The inside of a `w:tbl` of fixed `widths`: rows kept whole, borders and look by kind.

    `contents` holds, row by row, the inside of each cell's one paragraph (a missing
    cell is empty). Data tables repeat their first row as the header row, under a row of
    the headings of their groups of columns if they have any (`groups`: the groups and
    their headings' cells, see `column_groups`); layout tables have no borders. The rows
    `shaded` (by their numbers in `contents`: marked rows, `markerad`) have a light grey
    background (`MARKED_FILL`). The rows `spanned` (group headings, see `heading_rows`) have
    one cell across every column (`w:gridSpan`), holding the row's first cell's content.
    """
    parts = ["<w:tblPr>"]
    if style_id is not None:
        parts.append(_empty("tblStyle", {"w:val": style_id}))
    parts.append(f'<w:tblW w:type="dxa" w:w="{sum(widths)}"/>')
    parts += (_LAYOUT_PROPERTIES if layout else _DATA_PROPERTIES, "</w:tblPr>")
    if widths:
        parts += ["<w:tblGrid>", *(f'<w:gridCol w:w="{width}"/>' for width in widths),
                  "</w:tblGrid>"]
    else:
        parts.append("<w:tblGrid/>")  # as lxml writes an empty element (see `deferred`)
    plain = [f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>' for width in widths]
    marked = [f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{_MARKED_SHADING}</w:tcPr>'
              for width in widths] if shaded else plain
    for number, row in enumerate(contents):
        if number == 0 and groups[0]:
            parts.append(grouped_header_rows(widths, row, *groups))
            continue
        header = "<w:tblHeader/>" if number == 0 and not layout else ""
        parts.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
        if number in spanned:
            parts += _spanning_cell(widths, number in shaded, row[0] if row else "")
            continue
        cells = marked if number in shaded else plain
        for index, start in enumerate(cells):
            content = row[index] if index < len(row) else ""
            parts += ((start, "<w:p>", content, "</w:p></w:tc>") if content
                      else (start, _EMPTY_CELL_END))
        parts.append("</w:tr>")
    return "".join(parts)


def _spanning_cell(widths: Sequence[int], shaded: bool, content: str) -> tuple[str, ...]:
    """The markup of a row's one cell across every column of `widths`, `shaded` or not,
    holding `content` (the inside of its paragraph), and the row's end."""
    span = f'<w:gridSpan w:val="{len(widths)}"/>' if len(widths) > 1 else ""
    start = f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{sum(widths)}"/>{span}' \
        f'{_MARKED_SHADING if shaded else ""}</w:tcPr>'
    return ((start, "<w:p>", content, "</w:p></w:tc></w:tr>") if content
            else (start, _EMPTY_CELL_END, "</w:tr>"))


def _empty(tag: str, attributes: Mapping[str, str]) -> str:
    """An empty element `w:tag` with (prefixed) `attributes`, as markup."""
    pairs = "".join(f' {key}="{attribute(value)}"' for key, value in attributes.items())
    return f"<w:{tag}{pairs}/>"


# The table properties after the width, which are the same for every table of a kind
# (made once, not escaped again for each table).
_LAYOUT_PROPERTIES: Final = "".join((
    "<w:tblBorders>", *(_empty(edge, _NO_BORDER) for edge in _EDGES), "</w:tblBorders>",
    _empty("tblLayout", {"w:type": "fixed"}),
    # (no left cell margin: the text of each first cell lines up with the text column, as
    # the headings above it do, not a style's 108 twips in; trial 48, F7)
    "<w:tblCellMar>", _empty("left", {"w:w": "0", "w:type": "dxa"}), "</w:tblCellMar>",
    _empty("tblLook", _LAYOUT_LOOK)))
_DATA_PROPERTIES: Final = "".join((_empty("tblLayout", {"w:type": "fixed"}),
                                   _empty("tblLook", _DATA_LOOK)))


def _column_texts(rows: list[list[etree.Element]], spans: list[list[list[Span]]],
                  layout: bool, places: Sequence[RowPlace],
                  indented: int = 0) -> list[ColumnText]:
    """The text of each column, split into its header, plain and bold body lines.

    `spans` holds each cell's spans (as `inline_spans(cell, br_text=True)`); an indented
    cell (`places`, in the column `indented`) is measured with its indent as spaces.
    """
    count = max(len(row) for row in rows)
    first = 0 if layout else 1
    columns = []
    for index in range(count):
        texts: list[str] = []
        plain: list[str] = []
        bold: list[str] = []
        sample = None  # the first body cell (else the header cell): its alignment counts
        for row, row_spans, place in zip(rows[first:], spans[first:], places[first:],
                                         strict=True):
            if index >= len(row):
                continue
            cell, cell_spans = row[index], row_spans[index]
            sample = cell if sample is None else sample
            # its text, and whether any of it is bold (in a layout table, read without
            # `<br>` breaks, as before); most cells hold one span, read here without a
            # call (this runs for every cell)
            if len(cell_spans) == 1 and not layout:
                only = cell_spans[0]
                text, strong = "\n" if only.line_break else only.text, only.bold
            else:
                text = plain_text(cell_spans)
                strong = any(map(_IS_BOLD, inline_spans(cell) if layout else cell_spans))
            if place.depth and index == indented:
                text = " " * (INDENT_CHARACTERS * place.depth) + text
            if WORD_JOINER in text:  # (a joiner has no width: "2019–2022" is 9 characters wide)
                text = text.replace(WORD_JOINER, "")
            texts.append(text)
            (bold if strong else plain).extend(text.split("\n") if "\n" in text else (text,))
        has_header = not layout and index < len(rows[0])
        header = tuple(plain_text(spans[0][index]).replace(WORD_JOINER, "").split("\n")) \
            if has_header else ()
        if sample is None and has_header:
            sample = rows[0][index]
        right = sample is not None and column_alignment(sample) == "right"
        columns.append(ColumnText(tuple(plain), header, fixed=right, bold_lines=tuple(bold),
                                  cells=tuple(texts)))
    return columns


def _cell_xml(draft: Draft, element: etree.Element, spans: list[Span],
              link_style: str | None, capacity: int, bold_capacity: int, keep_next: bool,
              indent: tuple[int, int]) -> str:
    """The inside of one cell's paragraph: kept with the next row or not, its indents
    (twips: left, and right to line a figure up with a starred one, see `footnote_stars`),
    its column alignment and its text.

    With a `capacity` and `bold_capacity` (characters per line in plain text and in bold;
    0 for none), longer words get soft hyphens: a bold label ("Kommunstyrelse") holds
    fewer characters a line.
    """
    if bold_capacity and _has_longer_word(spans, (capacity, bold_capacity)):
        # (only then can hyphenation change a word)
        spans = hyphenate_long_words(spans, capacity, bold_capacity)
    properties = _paragraph_properties(element.get("align"), element.get("style"), keep_next,
                                       *indent)
    return properties + runs_xml(spans, draft, link_style)


def _has_longer_word(spans: list[Span], capacity: tuple[int, int]) -> bool:
    """Whether a span may have a word (split at white space) of more than `capacity`
    characters (plain, bold): never False when one has, so that no word misses its soft
    hyphens (`may_hold_word`; where it says True for want of a split, as for white space
    beyond Latin-1, `hyphenate_long_words` finds nothing to hyphenate)."""
    for span in spans:
        text, limit = span.text, capacity[span.bold]
        if len(text) > limit and may_hold_word(text, limit + 1):
            return True
    return False


def column_alignment(element: etree.Element) -> str | None:
    """"left", "center" or "right" from the tables extension's style/align attribute."""
    return _alignment(element.get("align"), element.get("style"))


@functools.lru_cache(maxsize=64)
def _paragraph_properties(declared: str | None, style: str | None, keep_next: bool = False,
                          indent: int = 0, right: int = 0) -> str:
    """A cell paragraph's properties: kept with the next paragraph, its left and right
    indents (twips) and its column's alignment, from the tables extension's align/style
    attributes (made once for each of the few combinations there are), in the schema's
    order."""
    alignment = _alignment(declared, style)
    indents = (f' w:left="{indent}"' if indent else "") + (f' w:right="{right}"' if right
                                                            else "")
    parts = ("<w:keepNext/>" if keep_next else "",
             f"<w:ind{indents}/>" if indents else "",
             f'<w:jc w:val="{alignment}"/>' if alignment is not None else "")
    return f"<w:pPr>{''.join(parts)}</w:pPr>" if any(parts) else ""


@functools.lru_cache(maxsize=64)
def _alignment(declared: str | None, style: str | None) -> str | None:
    for declaration in (style or "").split(";"):
        name, _, value = declaration.partition(":")
        if name.strip().lower() == "text-align":
            declared = value.strip().lower()
    return declared if declared in _ALIGNMENTS else None
