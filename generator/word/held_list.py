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
they would without it. The heading has no space before it there: between two paragraphs
Word and LibreOffice count the larger of the space after the one and before the other, but
across the table's edge they would add the two.
"""

from __future__ import annotations

from generator.word.oxml import XmlNode, cast_element, paragraph_property, qn
from generator.word.tables import new_table


def hold_in_one_cell(body: XmlNode, start: int, width: int) -> None:
    """Move the body's blocks from `start` on (a heading's and a list's paragraphs) into the
    one cell of a new layout table `width` twips wide, appended in their place. The table
    has no style: a table style's paragraph spacing (single lines, none after) would set
    the list closer than the lists in the text."""
    blocks = list(cast_element(body)[start:])
    if not blocks:
        return
    _, [[cell]] = new_table(body, [width], 1, style_id=None, layout=True)
    empty = cell.find(qn("w:p"))
    if empty is not None:
        cell.remove(empty)
    for block in blocks:
        cell.append(block)  # (lxml moves the element: it leaves the body)
    if blocks[0].tag == qn("w:p"):  # (see the module docstring)
        paragraph_property(blocks[0], "w:spacing").set(qn("w:before"), "0")
