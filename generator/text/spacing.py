"""Spaces typed where a number or a parenthesis has none (trial 49, F5), warned about by
`checks.style` as "40%" is:

* a decimal comma followed by a space, before a unit: "2, 18 kronor" reads as 2 and
  18 kronor (a list "2, 3 och 4 kronor" has a word after its last number, so none is read);
* a space after an opening parenthesis before a word or number: "( 1,46 kronor …)".

Neither rule touches `{{ … }}`, code, a link's target or a web address (`signs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from generator.text.signs import outside_shielded

_UNITS: Final = r"kronor|kr|öre|tkr|mnkr|mkr|mdkr|procent|%|miljoner|miljarder"


@cache
def _spaced_decimal() -> re.Pattern[str]:
    """A decimal comma with a space after it, before a unit (groups: the whole and the part)."""
    return re.compile(
        rf"(?<![\d,.])(\d+), (\d{{1,2}})(?= (?:{_UNITS})(?![\w]))")


_COMMA_BETWEEN_DIGITS: Final = re.compile(r", (?<=\d, )\d")
"""What every match of `_spaced_decimal` holds, looked for first: it starts with the comma
and looks back for the digit only after it, so that the regex engine skips ahead to the
commas, where `_spaced_decimal` tries its look-behind at every character."""


@cache
def _spaced_opening() -> re.Pattern[str]:
    """An opening parenthesis with spaces after it (group 1: what follows them)."""
    return re.compile(r"(?<![:;])\([ \t]+(?=[^\s)])(\S+)?")


def spaced_decimals(text: str) -> Iterator[re.Match[str]]:
    """Every "2, 18" before a unit (groups 1 and 2: the whole and its decimals)."""
    return outside_shielded(_spaced_decimal(), text) if _COMMA_BETWEEN_DIGITS.search(text) \
        else iter(())


def spaced_openings(text: str) -> Iterator[re.Match[str]]:
    """Every "( 1,46" (group 1: the word or number after the spaces)."""
    return outside_shielded(_spaced_opening(), text) if "( " in text or "(\t" in text \
        else iter(())
