"""Swedish letters written without their marks, as keys, ids and names in plain letters
spell them: 'fran' for the key 'från', `region-vasterbotten` for Region Västerbotten,
'hks_oppen' for "öppen"."""

from __future__ import annotations

from typing import Final

_PLAIN: Final = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")


def plain_letters(text: str) -> str:
    """The text with å, ä, ö, é and ü written a, a, o, e and u (capitals kept capitals)."""
    return text.translate(_PLAIN)
