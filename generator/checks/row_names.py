"""Whether a text names a table row: every word of the row's text that tells is in it.

A decision point names a row in its own words and order: "förtäring vid personalfest och
motsvarande" names the row "Personalfest och motsvarande, förtäring" (trial 55, F5: it was
warned about as a row "som punkten inte nämner"). So a row's text is read as words, in
lower case, without punctuation, without a part in brackets ("Brokyrkans Unga (Nys-Rud
SMU)" is named as "Brokyrkans Unga") and without small words (`_SMALL`: "och", "för"…);
the text names the row where each of these words begins a word of the text, in any order
("personalfesten" names "Personalfest"). A single letter tells nothing ("a" begins
"anvisas", "m" of "m.m." any m-word), nor does a row's number before its name, a run of
short codes ("C 6 Riksdagens revisorer och deras kansli", "1.2 Anställning": trial 63, F7,
where "A 1 …" counted as named by "anvisas" and "1983/84" and "C 6 …" as not named, though
the point wrote both rows' names). A number in the name ("Nivå 2") is named only as that
number, not as the start of another ("2024"). A row whose text has no word that tells
(only small words, or only a part in brackets) cannot be told apart, and counts as named.
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


_CODE_CHARS: Final = 2
"""The most characters of a word in a row's number before its name ("C 6", "1.2", "12")."""


def row_words(label: str) -> frozenset[str]:
    """The words of a row's text that tell which row it is, in lower case: without small
    words, single letters and the row's number before its name."""
    words = _WORD.findall(_BRACKETED.sub("", label).lower())
    while words and len(words[0]) <= _CODE_CHARS and (words[0].isdecimal()
                                                      or len(words[0]) == 1):
        words.pop(0)
    return frozenset(word for word in words if len(word) > 1 or word.isdecimal()) - _SMALL


def names_row(text: str, label: str) -> bool:
    """Whether text names the row whose text is label: each of the row's words that tells
    begins a word of the text, a number is one, in any order (a row without such words:
    True)."""
    wanted = row_words(label)
    said = _WORD.findall(text.lower())
    return all(any(word == part if part.isdecimal() else word.startswith(part)
                   for word in said) for part in wanted)
