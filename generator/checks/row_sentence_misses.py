"""Two slips in a sentence about one row of a table that the row's own figure shows (trial 71,
F2), beside `row_sentences`' other row's figure:

* a word that gives the amount the other sign: "Socialnämnden prognostiserar ett överskott
  på 5,0 mkr" where the row says −5,0 ("underskott" where it says +0,8). Only "överskott"
  and "underskott" (and words with them in them) right before the amount, with at most
  `MAX_BETWEEN` words and no number between, in a column whose heading names neither;
* the amount of such a word that is none of the table's figures but the row's own with a
  slip of the digits (`digit_swaps.is_slip`): "ett underskott på 5,5 mkr" where the row says
  −5,0 (another amount is the amount checks' to tell of, `literal_amounts`). The amount
  has at least two digits other than leading and trailing zeros (0,7 for 0,8 or 2,0 for 5,0
  may be another figure), and the row has one such figure only; without such a word, only
  an amount of two or three digits with one of the row's changed (trial 73, F4: "Barn 2 …
  dock högst 559 kr" where the row says 599 kr; trial 83, F2: "20 sidor kostar 75 kronor"
  where it says 70, `_short_slip`), which the amount checks, from four digits, leave alone.

Both read the sentence as `row_sentences` finds it: it begins with the row's text, names no
other row and has one amount before any "varav".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Final

from generator.checks.literal_amount import LiteralAmount
from generator.checks.sign_words import MAX_BETWEEN
from generator.digit_swaps import is_one_digit_changed, is_slip
from generator.formatting import Kronor, magnitude


@cache
def _surplus() -> re.Pattern[str]:
    """A word that gives a result's sign: "överskott", "underskottet", "budgetöverskott"."""
    return re.compile(r"(?:[\w-]*?)(över|under)(skott\w*)", re.IGNORECASE)


_OTHER: Final = {"över": "under", "under": "över", "Över": "Under", "Under": "Över"}
_DIGIT: Final = re.compile(r"\d")
_SHORT_DIGITS: Final = (2, 3)
"""The digits of an amount with one changed that a sentence about a row is told of without
an "överskott" word (`_short_slip`)."""

Shown = Callable[[Kronor, str], str]
"""How the table shows a figure of a column, with its unit: −5,0 mnkr."""


def sign_word_message(literal: LiteralAmount, before: str, label: str,
                      amounts: Mapping[str, Kronor], headers: Mapping[str, str],
                      shown: Shown) -> str | None:
    """The warning where the word before the amount gives the row's figure of that size the
    other sign, or None. `before`: the sentence up to the amount."""
    word = _surplus_word(before)
    if word is None:
        return None
    negative = word.group(1).lower() == "under"
    for key, own in amounts.items():
        if own and magnitude(own) == magnitude(literal.value) and (own < 0) != negative \
                and "skott" not in headers.get(key, "").lower():
            prefix = word.group(0)[: word.start(1) - word.start(0)]
            other = f"{prefix}{_OTHER[word.group(1)]}{word.group(2)}"
            return (f"meningen handlar om raden '{label}' och säger '{word.group(0)}' om "
                    f"beloppet '{literal.text}', men radens belopp är {shown(own, key)}; "
                    f"skriv '{other}' i meningen, eller rätta tecknet på raden i tabellen")
    return None


def slip_message(literal: LiteralAmount, before: str, readings: Iterable[Kronor], label: str,
                 name: str, amounts: Mapping[str, Kronor], figures: Iterable[Kronor],
                 shown: Shown, unsigned: Callable[[Kronor], str]) -> str | None:
    """The warning where the amount of a result (an "överskott" or "underskott" before it,
    as `sign_word_message` reads it) is none of the table's figures (`figures`) but one of
    the row's own typed with a slip, or None (`name`: how a reference names the row). Any
    other amount is another figure, or the amount checks' (`literal_amounts`) to tell of."""
    values = set(readings)
    if _written_digits(literal) < 2 or values & set(figures):
        return None
    if _surplus_word(before) is not None:
        slipped = [key for key, own in amounts.items()
                   if own and is_slip(magnitude(literal.value), magnitude(own))]
    else:  # (only an amount of three digits and the row's of three, one of them changed)
        slipped = [key for key, own in amounts.items() if own and _short_slip(literal, own)]
    if len(slipped) != 1:
        return None
    key = slipped[0]
    return (f"meningen handlar om raden '{label}', men beloppet '{literal.text}' finns inte "
            f"i tabellen, och radens belopp är {shown(amounts[key], key)}; skriv "
            f"{{{{ {name}.{key}{unsigned(amounts[key])} }}}} för radens belopp, eller rätta "
            "beloppet")


def _surplus_word(before: str) -> re.Match[str] | None:
    """The last "överskott" or "underskott" word before the amount, if it is near enough."""
    found = next(iter(reversed(list(_surplus().finditer(before)))), None)
    if found is None:
        return None
    between = before[found.end():]
    return found if not _DIGIT.search(between) and len(between.split()) <= MAX_BETWEEN \
        else None


def _short_slip(literal: LiteralAmount, own: Kronor) -> bool:
    """Whether an amount in a sentence about a row, with no "överskott" word, is the row's
    own with one of its two or three digits changed ("dock högst 559 kr" where the row says
    599 kr, trial 73, F4; "20 sidor kostar 75 kronor" where the row says 70, trial 83, F2):
    the amount checks tell of one changed digit only from four digits, as an amount of two
    or three among a table's figures is as likely another ("85 000 kr" in fjol for 84 tkr);
    in a sentence that names the row, two digits are enough. Both have as many digits at the
    amount's last place (not 845 hundreds for 84 tkr), and the amount is written with two
    at least (a round "50 kr" may well be another limit than the row's 70)."""
    digits = _digits_at(magnitude(literal.value), literal.precision, whole=True)
    return (_written_digits(literal) >= _SHORT_DIGITS[0] and digits in _SHORT_DIGITS
            and _digits_at(magnitude(own), literal.precision, whole=True) == digits
            and is_one_digit_changed(magnitude(literal.value), magnitude(own)))


def _digits_at(value: Kronor, precision: Kronor, whole: bool = False) -> int:
    """How many digits a figure has at a place, from its first to its last other than zero
    (with `whole`, to the place itself; 0 where it is no whole number of that place)."""
    steps = value / precision
    if steps != int(steps):
        return 0
    digits = str(int(steps))
    return len(digits) if whole else len(digits.strip("0"))


def _written_digits(literal: LiteralAmount) -> int:
    """How many digits the amount is written with, from its first to its last other than
    zero: 2 for 5,5 mkr, 1 for 0,8 and 2,0 mkr (2,0 for 5,0 may be another figure)."""
    return _digits_at(magnitude(literal.value), literal.precision)
