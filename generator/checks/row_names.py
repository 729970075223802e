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

A point names a row in its own spelling too (trial 77, F6: "resor kortare än 25 kilometer"
for the row "Enkel resa, kortare än 25 km"): a unit is the same unit however it is spelled
("kilometer" is "km", "kronor" "kr": `text.unit_words`), and a word is named by another form
of it, the two alike but for a Swedish ending ("resor" names "resa", "kyrkor" "kyrka":
`word_stem`). And a point need not repeat what the table's other rows say as well: given them
(`others`), a row is named by a text that names every word only it has ("kortare", which
"Enkel resa, längre än 25 km" lacks) and more than half of its words. A point about the
other row ("enkel resa längre än 25 km") does not name it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Final

from generator.text.unit_words import is_unit_word, same_unit

_BRACKETED = re.compile(r"\([^()]*\)?")
"""A row's text in brackets, "(Nys-Rud SMU)": a point names the row without it."""
_WORD = re.compile(r"\w+")
_SMALL: Final = frozenset({
    "och", "eller", "samt", "i", "på", "för", "av", "med", "till", "vid", "om", "från",
    "under", "över", "per", "en", "ett", "den", "det", "de", "som", "inom", "utom", "mot",
    "enligt",  # (trial 97, F3: "fördelas enligt tabellen" named 'Fördelat enligt förslaget')
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


def names_row(text: str, label: str, others: Iterable[str] = ()) -> bool:
    """Whether text names the row whose text is label: each of the row's words that tells
    begins a word of the text or is another form of it, a number is one, in any order (a row
    without such words: True); or, given the texts of the table's `others` rows, it names
    each word that only this row has and more than half of its words."""
    wanted = row_words(label)
    return names_words(said_words(text), wanted, lambda: wanted.difference(
        *(row_words(other) for other in others if other != label)))


Said = list[tuple[str, str]]
"""The words of a text in lower case, each with its stem (`word_stem`)."""


def said_words(text: str) -> Said:
    """The words of a text as `names_words` reads them: read once for a text that is asked
    about many rows."""
    return [(word, word_stem(word)) for word in _WORD.findall(text.lower())]


RowWords = tuple[frozenset[str], frozenset[str]]
"""A row's words that tell (`row_words`) and those of them no other row of its table has."""


def own_words(labels: Iterable[str]) -> dict[str, RowWords]:
    """The words of each of a table's row texts that tell (`row_words`), and those of them
    that no other of the texts has: what `names_row` finds from the others, found once for
    a table that is asked about many times."""
    words = {label: row_words(label) for label in dict.fromkeys(labels)}
    counts = Counter(word for found in words.values() for word in found)
    return {label: (found, frozenset(word for word in found if counts[word] == 1))
            for label, found in words.items()}


def named_words(said: Said, words: Iterable[str]) -> frozenset[str]:
    """The words of rows (a table's, all at once) that a text's words (`said_words`) name."""
    return frozenset(part for part in words if _named_by(said, part))


def names_words(said: Said, wanted: frozenset[str], own: Callable[[], frozenset[str]],
                named: frozenset[str] | None = None) -> bool:
    """Whether a text's words (`said_words`) name a row's words that tell (`wanted`): each of
    them, or each of those only the row has (`own`, asked for only then) and more than half.
    `named`: the words of the row's table that the text names (`named_words`), where known."""
    found = wanted & named if named is not None else named_words(said, wanted)
    if found == wanted:
        return True
    only = own()
    return bool(only) and only != wanted and only <= found and 2 * len(found) > len(wanted)


def _named_by(said: Said, part: str) -> bool:
    """Whether a word of a text (as written, and its stem) names a word of a row: begins with
    it, is another form of it or the same unit; a number only as itself."""
    if part.isdecimal():
        return any(written == part for written, _ in said)
    stem = word_stem(part)
    stemmed, unit = len(stem) >= _STEM_LETTERS, is_unit_word(part)
    return any(written.startswith(part) or (stemmed and own == stem)
               or (unit and same_unit(written, part)) for written, own in said)


_ENDINGS: Final = ("ornas", "arnas", "ernas", "orna", "arna", "erna", "or", "ar", "er", "en",
                   "et", "na", "a", "e")
"""The Swedish endings of nouns and adjectives a word's stem is without ("resor": "res")."""
_STEM_LETTERS: Final = 3
"""The fewest letters of a stem that tells a word ("res" of "resa"; "bo" of "bor" none)."""


def word_stem(word: str) -> str:
    """A word without its longest Swedish ending (`_ENDINGS`) that leaves `_STEM_LETTERS`
    letters: "res" for "resa", "resor" and "resorna"; the word itself where none does."""
    return next((word[:-len(ending)] for ending in _ENDINGS
                 if word.endswith(ending) and len(word) - len(ending) >= _STEM_LETTERS), word)
