"""A `::: samman` div of paragraphs alone written as one paragraph, its lines kept together.

A justering's "Justerat den …" and "Utdraget bestyrks: …", and "I tjänsten" with the
handläggare, must not part at a page break. Paragraphs kept with the next (`w:keepNext`) do
that in Word, but LibreOffice 7.4 leaves such a run half done when the last paragraph of it
does not fit: trial 83's protokollsutdrag had "Utdraget bestyrks: …" alone on page 2, and a
"Justering" heading before two kept paragraphs stayed alone at the foot of page 1. One
paragraph whose lines are kept together (`w:keepLines`) never splits in either, and a
paragraph kept with it moves along. So a div holding paragraphs and nothing else is written
as one paragraph, each paragraph of it after an empty line (two line breaks), as far apart
as the paragraphs were. A div holding anything else (a list, a heading) keeps the run of
paragraphs (see `blocks`).
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as etree


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
