"""The numbers of a range of amounts in running text that writes its money unit once.

A range shares one unit between its two numbers where only one of them has it (trial 73,
F5): the first number takes the unit of the amount after it in "från 2,5 till 3,1 mnkr",
"mellan 45 000 och 52 000 kronor" and "2,5–3,1 mnkr" (an en dash or a hyphen, no spaces:
a dash between spaces is a parenthesis, "år 2025 – 3,1 mnkr"), and the second takes the
unit of the amount before it in "höjs från 1 200 kr till 1 350 per månad". Without that,
the first would be no amount at all and a slip in it would pass unseen.

The second number is read so only where the text gives it no other unit: it ends the
sentence or the clause, or a word follows that cannot be its unit ("per", "i", "för",
"och" …); "från 500 kr till 12 föreningar" is a count, not an amount. A number written with
its own unit is an amount of its own (`literal_amounts`), and is never read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Final, NamedTuple

from generator.checks.literal_amount import LiteralAmount
from generator.formatting import APPROXIMATION

_NUMBER: Final = (
    rf"(?:(?<!\w)(?P<marker>{APPROXIMATION})\s+)?"
    r"(?P<amount>(?P<sign>(?<![\w,.])[−-])?(?<![\w,.])"
    r"(?P<digits>(?>\d{1,3}(?:[\x20\u00a0\u202f\u2009\u2007]\d{3})+(?!\d)|\d+))(?:,(?P<fraction>\d+))?)(?!\d)"
)
"""A number without a unit, maybe after an approximation word and with a sign."""
_LOOK_BACK: Final = 80
"""How far before an amount the first number of its range may begin (with its words)."""
_WORDS_AFTER: Final = (
    "per|i|om|och|samt|för|från|efter|under|år|med|mot|vid|enligt|inkl|inklusive|exkl"
    "|exklusive|respektive|vilket|varav|som|men|eller|medan|när|då"
)
"""Words that may follow the second number of a range without being its unit."""


class Bare(NamedTuple):
    """A number of a range written without the money unit it shares with the other."""

    match: re.Match[str]
    """The number, in the groups `marker`, `amount` (all of it but the marker), `sign`,
    `digits` and `fraction`."""
    unit: str
    """The unit of the amount it shares it with, as a table's: ``mnkr``."""


@cache
def _first(form: int) -> re.Pattern[str]:
    """The first number of a range and the words up to its second, which has the unit, in
    one of its three forms (0, 1, 2): "från 2,5 till ", "mellan 2,5 och ", "2,5–"."""
    marker = rf"(?:(?:{APPROXIMATION})\s+)?"
    return re.compile((
        rf"(?<!\w)från\s+{_NUMBER}\s+till\s+{marker}",
        rf"(?<!\w)mellan\s+{_NUMBER}\s+och\s+{marker}",
        rf"{_NUMBER}[–-]",
    )[form] + r"\Z", re.IGNORECASE)


@cache
def _from() -> re.Pattern[str]:
    """The word "från" right before an amount (maybe with an approximation word)."""
    return re.compile(rf"(?<!\w)från\s+(?:(?:{APPROXIMATION})\s+)?\Z", re.IGNORECASE)


@cache
def _second() -> re.Pattern[str]:
    """After an amount: "till" and a number that the text gives no unit of its own."""
    return re.compile(
        rf"""(?:\s+per\s+[^\W\d]+|\s*/\s*[^\W\d]+)?\s+till\s+{_NUMBER}
        (?=\s*(?:[.,;:!?)](?!\d)|$)|\s+(?:{_WORDS_AFTER})(?!\w)|\s*/\s*[^\W\d])""",
        re.IGNORECASE | re.VERBOSE)


def shared_units(text: str, literals: Sequence[LiteralAmount]) -> Iterator[Bare]:
    """The numbers of text that share the unit of one of its amounts (literals, each with
    its own unit, in text order) in a range, in text order."""
    for literal in literals:
        yield from _before(text, literal)
        yield from _after(text, literal)


def _before(text: str, literal: LiteralAmount) -> Iterator[Bare]:
    """The first number of a range whose second is the literal, if there is one."""
    start = max(0, literal.offset - _LOOK_BACK)
    window = text[start:literal.offset]
    # Plain tests before the patterns (most amounts have no range before them): "till" and
    # "mellan" both hold "ll", in any case (no other letter is an "l" when case is
    # ignored), and the third form ends with its dash.
    forms: tuple[int, ...] = (0, 1) if "ll" in window.lower() else ()
    if window.endswith(("–", "-")):
        forms += (2,)
    for form in forms:
        found = _first(form).search(text, start, literal.offset)
        if found is not None:
            yield Bare(found, literal.unit)
            return


def _after(text: str, literal: LiteralAmount) -> Iterator[Bare]:
    """The second number of a range "från <literal> till …", if it has no unit of its own."""
    start = max(0, literal.offset - _LOOK_BACK)
    # ("från" holds "fr" in any case: no other letter is an "f" or an "r" when case is
    # ignored.)
    if "fr" not in text[start:literal.offset].lower():
        return
    if _from().search(text, start, literal.offset) is None:
        return
    found = _second().match(text, literal.offset + len(literal.text))
    if found is not None:
        yield Bare(found, literal.unit)
