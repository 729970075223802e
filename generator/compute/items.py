"""Short items of a list written on one line: the one rule for joining them.

A risk table's description of an area (`beskrivning`) is a list of items printed after the
area's name in one cell. An item that ends a sentence (". ! ? …", perhaps inside a closing
quote or parenthesis) or already ends with a semicolon is followed by a space; any other by
"; ". So "… arbetsförmåga." and "Cura har …" read "… arbetsförmåga. Cura har …", and
"Utbildning" and "Temadag" read "Utbildning; Temadag".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

_ENDED: Final = (".", "!", "?", "…", ";")
_CLOSING: Final = ")]\"'”’»"


def items_in_line(items: Iterable[str]) -> str:
    """The items, each stripped of surrounding spaces and empty ones left out, on one line."""
    text = ""
    for item in (item.strip() for item in items):
        if item:
            text += (" " if _ended(text) else "; ") + item if text else item
    return text


def _ended(text: str) -> bool:
    """Whether `text` ends with a sentence's end or a semicolon (before any closing marks)."""
    return text.rstrip(_CLOSING).endswith(_ENDED)
