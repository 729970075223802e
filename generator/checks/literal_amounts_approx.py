"""An amount marked approximate, read by the rounding its text chose (trial 46, F4).

"cirka 147 000 kr" rounds to thousands (its last digit other than zero, `rounding_step`),
so it states a figure that rounds to 147 000 kr at that step; for the computed 145 921 kr
the right one is "cirka 146 000 kr". The word says which rounding (`right_approximation`):

* ``ca``, ``cirka``, ``ungefär``, ``omkring``, ``runt``: to the nearest step, a half away
  from zero (the figure lies within half a step of the amount; a figure just half a step off
  agrees either way);
* ``drygt``, ``dryga`` (a little over): down to the step, so the figure lies from the
  amount up to one step over it ("drygt 145 000 kr" for 145 000 … 146 000 kr);
* ``knappt``, ``nästan``, ``närmare`` (a little under): up to the step, so the figure lies
  from one step under the amount up to it ("knappt 146 000 kr" for 145 000 … 146 000 kr).

Both ends are in: a figure one whole step over "drygt X" may be said so, since a table's
figure in tkr or mnkr is itself rounded ("drygt 26 mnkr" for 27,0 mnkr).

How close "drygt" and "knappt" are is thus the text's own step: one thousand for "drygt
145 000 kr", ten thousand for "drygt 140 000 kr". A size the text calls negative in words
("ett underskott på drygt 7 mnkr", `sign_words`) is read as the negative figure's size, so
"drygt" lies further from zero there too.

An approximate amount that rounds no figure right is a wrong rounding of a figure
(`wrong_rounding`) where it is one step from that figure's right rounding ("cirka 147 000
kr" and "cirka 145 000 kr" for 145 921 kr), and lies within `RELATIVE_WINDOW` of the figure
and either within one step of it or within `SLIP_SHARE` of it (farther off, one step of a
round amount is another amount: "ca 45 000 kr" and 46 400 kr); as for an exact amount, a
figure no more precise than the amount must be more than 100 steps (`SLIP_SHARE`), else
"ca 45 000 kr" and 46 000 kr are two amounts. An approximate amount of at least
`SWAP_DIGITS` significant digits is a swap (`swapped_rounding`) where its written digits
with two neighbours swapped are the right rounding of exactly one figure near its text and
no other amount of the text ("cirka 164 000 kr" for 145 921 kr, rounded 146 000 kr).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Context, Decimal
from typing import Final

from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import RELATIVE_WINDOW, SLIP_SHARE, LiteralAmount
from generator.digit_swaps import swapped_digits
from generator.formatting import Kronor, magnitude

OVER: Final = frozenset({"drygt", "dryga"})
"""The words that say a figure is a little over the amount."""
UNDER: Final = frozenset({"knappt", "nästan", "närmare"})
"""The words that say a figure is a little under the amount."""
SWAP_DIGITS: Final = 3
"""The fewest significant digits an approximate amount needs for a swap of two of them to
be read as a slip ("ca 21 000 kr" swapped is 12 000 kr, too often some other figure)."""
_EXACT: Final = Context(prec=400)
"""Exact for every amount compared (`literal_amounts.MAX_AMOUNT_CHARS`)."""


def leaning(literal: LiteralAmount) -> int:
    """Which side of the amount its word puts the figure: 1 over, -1 under, 0 around (a size
    read as negative turns it: "drygt" lies further from zero)."""
    side = 1 if literal.qualifier in OVER else -1 if literal.qualifier in UNDER else 0
    return -side if literal.sized and literal.value < 0 else side


def covered(literal: LiteralAmount, step: Decimal) -> tuple[Decimal, Decimal]:
    """The range of figures an approximate amount rounded to step states (both ends in)."""
    value, side = literal.value, leaning(literal)
    if side > 0:
        return value, value + step
    if side < 0:
        return value - step, value
    return value - step / 2, value + step / 2


_ROUNDING: Final = {1: ROUND_FLOOR, -1: ROUND_CEILING, 0: ROUND_HALF_UP}


def right_approximation(literal: LiteralAmount, figure: Kronor, step: Decimal) -> Decimal:
    """The figure rounded to step as the amount's word rounds (see above)."""
    steps = _EXACT.divide(Decimal(figure), step)
    whole = steps.quantize(Decimal(1), _ROUNDING[leaning(literal)], _EXACT)
    return _EXACT.multiply(whole, step)


def wrong_rounding(literal: LiteralAmount, figure: Kronor, step: Decimal) -> bool:
    """Whether an approximate amount rounded to step is a wrong rounding of figure."""
    gap, size = magnitude(literal.value - figure), magnitude(figure)
    if magnitude(literal.value - right_approximation(literal, figure, step)) != step \
            or gap > RELATIVE_WINDOW * size or (gap > step and gap > SLIP_SHARE * size):
        return False
    return _EXACT.remainder(Decimal(figure), step) != 0 or step <= SLIP_SHARE * size


def reach(literal: LiteralAmount, step: Decimal) -> Decimal:
    """How far from an approximate amount a figure it is a wrong rounding of may lie."""
    return max(step, SLIP_SHARE * magnitude(literal.value) / (1 - SLIP_SHARE))


def swapped_rounding(literal: LiteralAmount, step: Decimal, figures: FigureIndex,
                     text: Sequence[LiteralAmount]) -> tuple[str, Kronor] | None:
    """The one figure whose right rounding is the approximate amount with two neighbouring
    digits swapped (see above), or None (none, several, or one another amount of the text
    states: then the swap is that amount)."""
    written = str(int(_EXACT.divide(magnitude(literal.value), step)))
    if len(written) < SWAP_DIGITS:
        return None
    sign = 1 if literal.value > 0 else -1
    found: dict[Kronor, str] = {}
    for digits in swapped_digits(written):
        swapped = literal._replace(value=sign * _EXACT.multiply(Decimal(int(digits)), step))
        low, high = covered(swapped, step)
        for name, figure in figures.within((low + high) / 2, (high - low) / 2):
            found.setdefault(figure, name)
    if len(found) != 1:
        return None
    [(figure, name)] = found.items()
    if any(right_approximation(literal, figure, step) == other.value for other in text):
        return None
    return name, figure


def swapped_to(literal: LiteralAmount, figure: Kronor, step: Decimal) -> bool:
    """Whether the figure's right rounding is the approximate amount with two neighbouring
    digits swapped."""
    right = right_approximation(literal, figure, step)
    if (right < 0) != (literal.value < 0):
        return False
    written = str(int(_EXACT.divide(magnitude(literal.value), step)))
    return str(int(_EXACT.divide(magnitude(right), step))) in swapped_digits(written)
