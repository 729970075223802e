"""The names of the fenced divs (`::: name` … `:::`) the Word writer gives a meaning to
(see `blocks`; `::: liggande` is `landscape.LANDSCAPE_DIV`, `::: brevhuvud`
`letterhead.LETTERHEAD_DIV`)."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Final

PAGE_BREAK_DIV: Final = "sidbrytning"
KEEP_DIV: Final = "samman"
FOLLOW_DIV: Final = "efter"
LAYOUT_DIVS: Final = frozenset({"signaturer"})



def certifies(block: etree.Element | None) -> bool:
    """Whether `block` (a block of the parsed Markdown tree, or None) is a justering: an
    `efter` div whose first block is its own heading ("## Justering"), not "I tjänsten" nor
    "Utdrag till" (a `samman` div first)."""
    return (block is not None and block.tag == "div" and block.get("class") == FOLLOW_DIV
            and len(block) > 0 and block[0].tag in _HEADINGS)


_HEADINGS: Final = frozenset(f"h{level}" for level in range(1, 7))
