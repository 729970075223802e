"""The end of a document that stays on its last landscape page rather than turning a page.

A `::: liggande` div is followed by a portrait section, so whatever comes after it starts on
a new page. When all that comes after the document's last landscape div is its end -- a
justering or "I tjänsten" (an `::: efter` div: it never begins a page) or signature blocks
(a `::: signaturer` div) first, then only what follows them in a document (more signatures,
"Bilagor", "Utdrag till") -- it is written in the landscape section, under the table,
rather than alone on a portrait page of its own (trial 79, F6: a three-page protokollsutdrag
whose last page held only its four lines of justering). A page break (`::: sidbrytning`,
before a signature page) or another landscape div in that end leaves it as it is: it starts
on a portrait page.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Iterable
from typing import Final

from generator.word.divs import FOLLOW_DIV, LAYOUT_DIVS, PAGE_BREAK_DIV
from generator.word.landscape import LANDSCAPE_DIV

CLOSING_DIVS: Final = frozenset({FOLLOW_DIV, *LAYOUT_DIVS})
"""The divs that begin a document's end: a justering, signature blocks."""
_TURNING_DIVS: Final = frozenset({PAGE_BREAK_DIV, LANDSCAPE_DIV})
"""The divs that keep the end on pages of its own."""


def with_closing_turned(blocks: Iterable[etree.Element]) -> list[etree.Element]:
    """The top-level `blocks`, the end that follows the last landscape div moved into it
    (a new div: `blocks` stay as they are) when it stays on the landscape page (see the
    module docstring)."""
    found = list(blocks)
    last = max((index for index, block in enumerate(found) if _is_div(block, {LANDSCAPE_DIV})
                and len(block)), default=None)
    if last is None or last + 1 == len(found):
        return found
    end = found[last + 1:]
    if not _is_div(end[0], CLOSING_DIVS) or any(
            _is_div(node, _TURNING_DIVS) for block in end for node in block.iter("div")):
        return found
    turned = etree.Element(found[last].tag, found[last].attrib)
    turned.extend([*found[last], *end])
    return [*found[:last], turned]


def _is_div(block: etree.Element, names: frozenset[str] | set[str]) -> bool:
    return block.tag == "div" and block.get("class") in names
