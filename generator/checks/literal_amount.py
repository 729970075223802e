"""An amount typed in running text, as the checks of `literal_amounts` and its rule modules
(rounding, swaps, parts, totals) read it: one module below them all, so that none of them
reaches back up for it; with the shares of a figure that its near-miss rules share."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from generator.formatting import Kronor, in_unit
from generator.render.filters import DEFAULT_DECIMALS, MAX_DECIMALS

RELATIVE_WINDOW = Decimal("0.05")
"""How far, as a share of a figure, a literal a rounding step off may lie and still be a
near miss (rule 3 of `literal_amounts`; a step of the table for a literal in a smaller unit,
`literal_amounts_rounding`)."""
SLIP_SHARE = Decimal("0.01")
"""How large, as a share of a figure written no more precisely than a literal, one rounding
step of the literal may be for a literal that far off to be a slip, not another amount."""


class LiteralAmount(NamedTuple):
    """An amount as typed in running text, read into kronor."""

    text: str
    """The amount as written, without any approximation word, e.g. ``6,2 miljoner kronor``."""
    value: Decimal
    """The amount in kronor, e.g. ``Decimal("6200000")``."""
    precision: Decimal
    """The value of one step in the last digit written, in kronor."""
    approximate: bool
    """Whether an approximation word such as ``ca`` or ``drygt`` comes before the amount."""
    offset: int
    """Where ``text`` starts in the searched text."""
    qualifier: str = ""
    """The approximation word in lower case (``ca``, ``drygt``, ``knappt`` ...), or empty."""
    unit: str = "kr"
    """The unit the text writes it in, as a table's unit: ``mnkr`` for ``miljoner kronor``."""
    decimals: int = 0
    """How many decimals it is written with: 2 for ``0,46 mnkr``."""
    sized: bool = False
    """Whether the text says in words that the amount is negative ("ett underskott på 150
    mnkr", `sign_words`), or gives it without a sign in a sentence that names a row with a
    negative figure (`row_sizes`), so that it may be the size of a negative figure; its
    reading as that figure (`readings`) has this set and a negative value."""


STATED = "belopp."
"""How the name of an amount a case states (`belopp:`), not computes, begins."""


def is_stated(name: str) -> bool:
    """Whether a named figure is an amount the case states under `belopp:`."""
    return name.startswith(STATED)


Aside = Callable[[LiteralAmount, str], bool]
"""Whether a named figure is one a literal's sentence is not about."""


@cache
def _in_words() -> re.Pattern[str]:
    """The end of an amount written with its unit in words ("29 miljoner kronor")."""
    return re.compile(r"(?:kronor|krona|miljon|miljoner|miljard|miljarder)$")


def as_the_literal(literal: LiteralAmount, amount: Kronor) -> str:
    """An amount as the text wrote the literal: in its unit and decimals, and in words where
    it wrote them ("cirka 28 miljoner kronor" for "cirka 29 miljoner kronor", not "28 mnkr",
    trial 62, F2: the house style takes both in running text)."""
    words = _in_words().search(literal.text) is not None
    return in_unit(amount, literal.unit, decimals=literal.decimals, words=words)


def rounding_filter(literal: LiteralAmount) -> str:
    """The rounding filter of the unit the literal is written in, with the decimals it
    writes where they are not the filter's own: ' | mnkr' for '6,2 mnkr', ' | mnkr(2)' for
    '0,46 mnkr' (trial 35: it was offered ' | tkr'), ' | tkr(1)' for '21,5 tkr'; nothing
    for kronor, or for more decimals than a filter shows."""
    if literal.unit not in DEFAULT_DECIMALS or literal.decimals > MAX_DECIMALS:
        return ""
    places = "" if literal.decimals == DEFAULT_DECIMALS[literal.unit] else f"({literal.decimals})"
    return f" | {literal.unit}{places}"
