"""A short list kept on one page with its heading: both in one cell of a borderless table.

A `::: samman` div keeps what it holds on one page, and "Utdrag till" stands in one, inside
an `efter` div (see `templates/partials/extract_to.md.j2`): the heading and the names are
never split and never begin a page without the block before them, the justering or "I
tjänsten" (trial 88, F1: seven kommuner alone on page 2; trial 90, F12). Paragraphs each
kept with the next (`w:keepNext`) do that in Word, but LibreOffice 7.4 moves only part of
such a run to the next page when it does not fit (measured on the built-in reference,
whose paragraphs have space after them, over every place of the page break): the heading
and two names stayed at the foot of the page and the rest went over, or the heading stayed
there alone, with five names as with eight, and `w:keepLines` on every paragraph changed
nothing. A table row that cannot split (`w:cantSplit`) moves whole in both, and the
paragraphs kept with it move along: with the list alone in the cell, the heading before it
and the justering before that still parted from it, with both in the cell they did not. So
the heading and the list, still a real heading and a real list, are set in the one cell of
a layout table as wide as the text column, without a left margin, so that they stand where
they would without it. The heading has only the space before it there that the paragraph
before it lacks: between two paragraphs Word and LibreOffice count the larger of the space
after the one and before the other, but across the table's edge they add the two (and so
for the paragraph after the table).

A heading before a run of att-points is held with the run the same way, and what follows
a proposal ("I tjänsten", "Utdrag till") may join its cell (see `blocks.BodyWriter._hold_run`
and `_join_held`); right after the signatures the cell is their table's last row (see
`append_held_row`). The cell has no right margin either, so that its lines are as long as
the text's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.word.oxml import XmlNode, add, cast_element, make, paragraph_property, qn
from generator.word.tables import new_table

if TYPE_CHECKING:
    from generator.word.styles import StyleBook


def hold_in_one_cell(body: XmlNode, start: int, width: int, stop: int | None = None, *,
                     before: int | None = 0) -> None:
    """Move the body's blocks from `start` up to `stop` (to the end: None; a heading's and a
    list's paragraphs) into the one cell of a new layout table `width` twips wide, which
    takes their place. The table has no style: a table style's paragraph spacing (single
    lines, none after) would set the list closer than the lists in the text. The first
    paragraph gets `before` twips of space before it (see `space_between`), or keeps its
    own (None: nothing with space after it stands before the table)."""
    blocks = list(cast_element(body)[start:stop])
    if not blocks:
        return
    table, [[cell]] = new_table(body, [width], 1, style_id=None, layout=True)
    body.remove(table)
    body.insert(start, table)
    # (no right margin either: no column stands beside it, its lines are the text's)
    margins = add(cast_element(cell)[0], "w:tcMar")  # (after its width, in `w:tcPr`)
    add(margins, "w:right", {"w:w": "0", "w:type": "dxa"})
    empty = cell.find(qn("w:p"))
    if empty is not None:
        cell.remove(empty)
    for block in blocks:
        cell.append(block)  # (lxml moves the element: it leaves the body)
    if blocks[0].tag == qn("w:p") and before is not None:  # (see the module docstring)
        paragraph_property(blocks[0], "w:spacing").set(qn("w:before"), str(before))


def space_between(after: int, before: int) -> int:
    """The space before a paragraph on the one side of a table's edge that sets the two as far
    apart as between two paragraphs, where the larger of the space `after` the one and
    `before` the other counts (across the edge the two are added)."""
    return max(0, before - after)


def join_held(body: XmlNode, start: int) -> None:
    """Move the body's blocks from `start` on into the cell of the table of `hold_in_one_cell`
    right before them, after what it holds."""
    table = cast_element(body)[start - 1]
    cell = table.findall(f"{qn('w:tr')}/{qn('w:tc')}")[-1]
    for block in list(cast_element(body)[start:]):
        cell.append(block)


def append_held_row(body: XmlNode, index: int) -> XmlNode:
    """Move the row of the table of `hold_in_one_cell` at `index` to the end of the layout
    table right before it (the signatures), its cell spanning that table's columns, and
    return the row. Rows of one table kept with the next stay together in LibreOffice 7.4,
    a table kept with a table after it did not: "Utdrag till" stood alone at the top of
    page 2 under a lone "Vid protokollet", and under "Vid protokollet" with "Justerandes
    signatur" beside it (`tests/fixtures/word/vid-protokollet-nara-sidfoten.yaml`)."""
    table, held = cast_element(body)[index - 1], cast_element(body)[index]
    row: XmlNode = cast_element(held)[-1]  # (its one row, after its properties and grid)
    columns = table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")
    width = cast_element(row)[-1][0][0]  # (the cell's `w:tcPr`, its `w:tcW` first)
    width.set(qn("w:w"), str(sum(int(column.get(qn("w:w")) or 0) for column in columns)))
    if len(columns) > 1:
        width.addnext(make("w:gridSpan", {"w:val": str(len(columns))}))
    table.append(row)
    body.remove(held)
    return row


def space_as_in_text(row: XmlNode, styles: StyleBook) -> None:
    """Space the paragraphs of `row`, moved into a table with a style (`append_held_row`),
    as in the text: their own styles' line spacing and space after, not the table style's
    (single lines, none after, which would set the list closer than the text's lists)."""
    for paragraph in row.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        style_id = None if style is None else style.get(qn("w:val"))
        spacing = paragraph_property(paragraph, "w:spacing")
        spacing.set(qn("w:after"), str(styles.spacing(style_id, "w:after")))
        line = styles.line_spacing(style_id)
        if line is not None:
            spacing.set(qn("w:line"), line[0])
            spacing.set(qn("w:lineRule"), line[1])
