"""A `::: samman` div of paragraphs alone written as one paragraph, its lines kept together.

A justering's "Justerat den …" and "Utdraget bestyrks: …", and "I tjänsten" with the
handläggare, must not part at a page break. Paragraphs kept with the next (`w:keepNext`) do
that in Word, but LibreOffice 7.4 leaves such a run half done when the last paragraph of it
does not fit: trial 83's protokollsutdrag had "Utdraget bestyrks: …" alone on page 2, and a
"Justering" heading before two kept paragraphs stayed alone at the foot of page 1. One
paragraph whose lines are kept together (`w:keepLines`) never splits in either, and a
paragraph kept with it moves along. So a div holding paragraphs and nothing else is written
as one paragraph, each paragraph of it after an empty line (two line breaks), the empty
line set in a font so small that it is as high as the space after a paragraph
(`StyleBook.gap_half_points`), so that they stand as far apart as paragraphs do (trial 93,
F5: two yrkanden a whole line apart). A div holding anything else (a list, a heading) keeps
the run of paragraphs (see `blocks`).
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as etree
from typing import Final


def joined_paragraph(div: etree.Element) -> etree.Element | None:
    """The paragraphs of `div` as one `p` element, an empty line between them; None when
    the div holds anything but two or more paragraphs. The div is left as it is."""
    if len(div) < 2 or any(block.tag != "p" for block in div):
        return None
    joined = etree.Element("p")
    joined.text = div[0].text
    for number, paragraph in enumerate(div):
        if number:
            etree.SubElement(joined, "br")
            etree.SubElement(joined, "br").tail = paragraph.text
        joined.extend(copy.deepcopy(child) for child in paragraph)
    return joined


_GAP: Final = "<w:r><w:br/></w:r><w:r><w:br/></w:r>"  # (the breaks `joined_paragraph` puts)


def narrowed_gaps(runs: str, half_points: int) -> str:
    """The markup of a joined paragraph's runs with each empty line between its paragraphs
    set in a font of `half_points`."""
    small = f'<w:r><w:rPr><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
    return runs.replace(_GAP, f"<w:r><w:br/></w:r>{small}<w:br/></w:r>")
