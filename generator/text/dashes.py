"""A hyphen typed with a space on each side between words, where Swedish typography sets a
tankstreck: "Vård och äldreomsorg - yngre" is printed "Vård och äldreomsorg – yngre"
(trial 73, F10; Svenska skrivregler). Between two figures ("3 - 5", "10 - 3") it may be a
range or a minus, which the range and sign rules decide, so it stays as written; so does a
list item's "- " at the start of a line, and `{{ … }}`, code and addresses."""

from __future__ import annotations

import re
from functools import cache

from generator.text.ranges import EN_DASH
from generator.text.signs import replaced


@cache
def _spaced_hyphen() -> re.Pattern[str]:
    """A hyphen between spaces, after a word's last character and before a word's first,
    not between two digits."""
    return re.compile(r"(?<=\w)(?<!\d) - (?=\w)|(?<=\w) - (?=[^\W\d])")


def spaced_dashes(text: str) -> str:
    """The text with a tankstreck for every hyphen typed between spaced words."""
    if " - " not in text:  # (most texts: one search, no pattern)
        return text
    return replaced(_spaced_hyphen(), lambda _: f" {EN_DASH} ", text)
