"""Whether a decision point gives an amount to another party than the row of the figure it
nearly matches (trial 70, F1).

Grants and stipends are round amounts, and almost any round amount is one digit from another
row's: "dessutom erhåller Anne Askengren 15 000 kronor" was an error as a slip of
11 000 kr on the row 'Carin Gyllenhammar'. A point that does not name that row but names
another party is read as giving its amount to that party, not as a slip: it names another
row of the tables (`row_names`), or a name of its own, a run of two or more words with a
capital ("Anne Askengren", "Hemse BK") that is not that row's. A point that names the row
itself ("Carin Gyllenhammar 11 500 kr"), or a word of it ("avgiften för renvatten" for the
row 'Levererat renvatten'), or names nobody ("bevilja 46 000 kr"), is read as a slip of its
figure, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from generator.checks.row_names import names_row, row_words


@cache
def _name() -> re.Pattern[str]:
    """A name in a text: two or more words with a capital, apart by one space each."""
    return re.compile(r"[A-ZÅÄÖÆØÉÜ][\w-]*(?: [A-ZÅÄÖÆØÉÜ][\w-]*)+")


def capitalised_names(text: str) -> list[str]:
    """Every name in a text, as `_name` finds them ("Anders Gäfvert", "Hemse BK")."""
    return _name().findall(text)


def names_another_party(text: str, label: str | None, labels: Iterable[str]) -> bool:
    """Whether a point (text) names a party other than the row whose text is label, and no
    word of that row (the point "avgiften för renvatten till 8,41 kr" is about the row
    'Levererat renvatten', though it names the row 'Fast brukningsavgift' too): another of
    the rows (labels), or a name that is not the row's."""
    words = row_words(label) if label is not None else frozenset()
    if label is None or not words or any(names_row(text, word) for word in words):
        return False
    if any(other != label and row_words(other) and names_row(text, other)
           for other in labels):
        return True
    return any(not names_row(label, name) for name in capitalised_names(text))
