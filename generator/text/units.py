"""Money units as the documents write them, and the other spellings case text may use.

The documents write `kr`, `tkr`, `mnkr` and `mdkr` (CONVENTIONS, Amounts). Other spellings
in case text (`Mkr`, `MSEK`, `Tkr`, `kkr` …) are recognised, written in the documents' form
and reported as a warning; `mkr` is read as `mnkr`, the usual meaning, with a note that it is
ambiguous. (Whether a column header names its table's unit: `compute.unit_names`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from generator.case.money import UNIT_SPELLINGS

SPELLINGS: Final = UNIT_SPELLINGS  # (one table, also read in amounts: `case.money`)
AMBIGUOUS = frozenset({"mkr", "Mkr", "MKR"})
_ANY_SPELLING = re.compile("|".join(SPELLINGS))
"""Finds what `pattern()` needs far faster, as it has no look-behind to try at every character."""
_MARKS: Final = ("kr", "KR", "SEK", "sek")
"""Every spelling holds one of these (plain searches for them, in `_may_hold_spelling`, are
faster still: most texts, table cells above all, have none)."""
assert all(any(mark in spelling for mark in _MARKS) for spelling in SPELLINGS)


def _may_hold_spelling(text: str) -> bool:
    """Whether text may hold another spelling of a unit (False: it holds none)."""
    return (("kr" in text or "KR" in text or "SEK" in text or "sek" in text)
            and _ANY_SPELLING.search(text) is not None)


@cache
def pattern() -> re.Pattern[str]:
    """Another spelling of a unit as a word of its own (group 1); compiled on first use, as
    most texts have none."""
    return re.compile(r"(?<![\w])(" + "|".join(sorted(SPELLINGS, key=len, reverse=True))
                      + r")(?![\w])")


def other_spellings(text: str) -> Iterator[re.Match[str]]:
    """Every other spelling of a unit in text (group 1), in text order."""
    return pattern().finditer(text) if _may_hold_spelling(text) else iter(())


def normalise_units(text: str) -> str:
    """Write every other spelling of a unit in the documents' form."""
    if not _may_hold_spelling(text):
        return text
    return pattern().sub(lambda m: SPELLINGS[m.group(1)], text)


def spelling_advice(spelling: str) -> str:
    """What to write instead of a spelling, for the warning."""
    unit = SPELLINGS[spelling]
    return f"{unit} ('{spelling}' är tvetydigt)" if spelling in AMBIGUOUS else unit
