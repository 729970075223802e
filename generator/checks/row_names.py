"""Whether a text names a table row: every word of the row's text that tells is in it.

A decision point names a row in its own words and order: "förtäring vid personalfest och
motsvarande" names the row "Personalfest och motsvarande, förtäring" (trial 55, F5: it was
warned about as a row "som punkten inte nämner"). So a row's text is read as words, in
lower case, without punctuation, without a part in brackets ("Brokyrkans Unga (Nys-Rud
SMU)" is named as "Brokyrkans Unga") and without small words (`_SMALL`: "och", "för"…);
the text names the row where each of these words begins a word of the text, in any order
("personalfesten" names "Personalfest"). A row whose text has no word that tells (only
small words, or only a part in brackets) cannot be told apart, and counts as named.
"""

from __future__ import annotations

import re
from typing import Final

_BRACKETED = re.compile(r"\([^()]*\)?")
"""A row's text in brackets, "(Nys-Rud SMU)": a point names the row without it."""
_WORD = re.compile(r"\w+")
_SMALL: Final = frozenset({
    "och", "eller", "samt", "i", "på", "för", "av", "med", "till", "vid", "om", "från",
    "under", "över", "per", "en", "ett", "den", "det", "de", "som", "inom", "utom", "mot",
})
"""Words a point may leave out or say otherwise when it names a row ("och", "för")."""


def row_words(label: str) -> frozenset[str]:
    """The words of a row's text that tell which row it is, in lower case."""
    return frozenset(_WORD.findall(_BRACKETED.sub("", label).lower())) - _SMALL


def names_row(text: str, label: str) -> bool:
    """Whether text names the row whose text is label: each of the row's words that tells
    begins a word of the text, in any order (a row without such words: True)."""
    wanted = row_words(label)
    said = _WORD.findall(text.lower())
    return all(any(word.startswith(part) for word in said) for part in wanted)
