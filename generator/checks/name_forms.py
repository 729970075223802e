"""How two spellings of a name are compared: the one rule of the name checks (`names`,
`text_names`)."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.problems import Loc, Position

SIMILARITY = 0.8
"""Person names at least this similar (difflib ratio, case-folded) but not equal are doubtful."""

_NOT_WORD = re.compile(r"[\W_]+")


class NameUse(NamedTuple):
    """A name of a person or an organisation, where it is written in the case (in_text: in a
    text, not in a field of its own)."""

    loc: Loc
    text: str
    person: bool
    where: Position
    in_text: bool = False


def normalise(name: str) -> str:
    """Case-fold and replace punctuation and runs of spaces by one space."""
    return " ".join(_NOT_WORD.sub(" ", name.casefold()).split())


def folded(name: str) -> str:
    """Case-fold only: two spellings that differ here differ in more than case."""
    return name.casefold()


def alike(name: str, other: str) -> bool:
    """Whether two names are at least SIMILARITY alike, case-folded (cheap upper bounds
    first)."""
    from difflib import SequenceMatcher  # loaded for a case with two names, not at every start

    matcher = SequenceMatcher(None, folded(name), folded(other))
    return (matcher.real_quick_ratio() >= SIMILARITY and matcher.quick_ratio() >= SIMILARITY
            and matcher.ratio() >= SIMILARITY)
