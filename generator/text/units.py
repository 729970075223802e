"""Money units as the documents write them, and the other spellings case text may use.

The documents write `kr`, `tkr`, `mnkr` and `mdkr` (CONVENTIONS, Amounts). Other spellings
in case text (`Mkr`, `MSEK`, `Tkr`, `kkr` …) are recognised, written in the documents' form
and reported as a warning; `mkr` is read as `mnkr`, the usual meaning, with a note that it is
ambiguous. A unit written twice after an amount ("4,4 mnkr kronor", "5 tkr tkr", trial 40) is
found for a warning too. (Whether a column header names its table's unit:
`compute.unit_names`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final, NamedTuple

from generator.case.money import UNIT_SPELLINGS

SPELLINGS: Final = UNIT_SPELLINGS  # (one table, also read in amounts: `case.money`)
AMBIGUOUS = frozenset({"mkr", "Mkr", "MKR"})
_ANY_SPELLING = re.compile("|".join(SPELLINGS))
"""Finds what `pattern()` needs far faster, as it has no look-behind to try at every character."""
_MARKS: Final = ("kr", "KR", "SEK", "sek")
"""Every spelling of a unit holds one of these (plain searches for them, in `_may_hold_unit`,
are faster still: most texts, table cells above all, have none)."""


def _may_hold_unit(text: str) -> bool:
    """Whether text may hold a unit in any spelling (False: it holds none)."""
    return "kr" in text or "KR" in text or "SEK" in text or "sek" in text


def _may_hold_spelling(text: str) -> bool:
    """Whether text may hold another spelling of a unit (False: it holds none)."""
    return _may_hold_unit(text) and _ANY_SPELLING.search(text) is not None


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


_UNIT_WORDS: Final = ("kronor", "krona", "kr", "tkr", "mnkr", "mdkr", "SEK", "sek", *SPELLINGS)
_TWO_UNITS: Final = re.compile(
    "(?<=\\d[ \u00a0])(" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r")\s+("
    + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r")(?!\w)")
"""Two units after an amount (groups 1 and 2). (It starts with a unit and looks back for the
amount's last digit only there, so the engine skips ahead to the units' first letters.)"""
_AMOUNT_BEFORE: Final = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?[ \u00a0]\Z")
_LONGEST_AMOUNT: Final = 40
assert all(any(mark in unit for mark in _MARKS) for unit in _UNIT_WORDS)


class DoubledUnit(NamedTuple):
    """A unit written twice after an amount: where the amount starts, as written, and the
    amount with its first unit as the documents write it (the fix)."""

    offset: int
    written: str
    single: str


def doubled_units(text: str) -> Iterator[DoubledUnit]:
    """Every amount in text with two units after it ("4,4 mnkr kronor"), in text order."""
    if not _may_hold_unit(text):
        return
    for units in _TWO_UNITS.finditer(text):
        amount = _AMOUNT_BEFORE.search(text, max(0, units.start() - _LONGEST_AMOUNT),
                                       units.start())
        if amount is not None:
            unit = SPELLINGS.get(units[1], units[1])
            yield DoubledUnit(amount.start(), text[amount.start():units.end()],
                              f"{amount[0]}{unit}")


def spelling_advice(spelling: str) -> str:
    """What to write instead of a spelling, for the warning."""
    unit = SPELLINGS[spelling]
    return f"{unit} ('{spelling}' är tvetydigt)" if spelling in AMBIGUOUS else unit
