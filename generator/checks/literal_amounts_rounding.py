"""An amount in text rounded from a table's figure to a larger unit (trial 40, F4).

A table in tkr (or a larger unit) shows figures that are already rounded, and a report's
text says them in a larger unit, rounded, without "ca": "ett underskott på 7,8 mnkr" for the
table's −7 843 tkr. The rule: an exact amount written with d decimals in a larger unit than
its figure's table is that figure rounded to d decimals of the larger unit, half away from
zero, as the filters `mnkr` and `mdkr` round. So "7,8 mnkr" and "8 mnkr" agree with 7 843
tkr, and "7,9 mnkr" is a wrong rounding of it, whose right one `right_rounding` gives.

A figure in kronor (a table in kr, a split, an amount the case states) is exact to the
krona, and a text that rounds it says "ca" (seed 004: "6,2 miljoner kronor" for 6 209 812
kr is a warning; trial 35: "0,46 mnkr" for 461 500 kr).

The other way round, an exact amount in a smaller unit than its figure's table ("7 843 000
kronor" for the table's −7 843 tkr) states the figure where it is an exact multiple of it,
and is a slip of it (`finer_miss`) where it lies at most one step of the table off (one of
its last decimal shown: 1 000 kr for 7 843 tkr, 100 000 kr for 7,8 mnkr) and within
`RELATIVE_WINDOW` of it, as rule 3 of `literal_amounts` reads an amount one step of its own
off: "7 842 500 kr" and "84 500 kr" for 7 843 and 84 tkr are slips; "85 000 kr" for 84 tkr is
a whole step off, as "85 tkr" would be, and so another amount unless one step is at most
`SLIP_SHARE` of the figure ("7 842 000 kr" for 7 843 tkr is a slip).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import TYPE_CHECKING, Any, Final

from generator.case.money import UNIT_EXPONENT
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import RELATIVE_WINDOW, SLIP_SHARE
from generator.compute.prose_figures import figure_named
from generator.formatting import Kronor, magnitude

if TYPE_CHECKING:
    from generator.checks.literal_amount import LiteralAmount

Units = Callable[[str], str]
"""The unit of the table a named figure is shown in (`kr` for any other figure)."""
Keep = Callable[[str], bool] | None
"""Which named figures to look at (None: all)."""

_ROUNDED_UNITS = ("tkr", "mnkr", "mdkr")
"""The units whose tables show rounded figures, smallest first."""
_EXACT = Context(prec=400)
"""Exact for every amount compared (`literal_amounts.MAX_AMOUNT_CHARS`)."""


class FigureUnits:
    """The unit of the table each named figure is shown in (`kr` for any other figure), as
    the case's text figures (`prose_figures`) hold it, and the step it is shown to."""

    def __init__(self, tree: dict[str, Any]) -> None:
        self._tree = tree

    def __call__(self, name: str) -> str:
        figure = figure_named(self._tree, name)
        return figure.unit if figure is not None else "kr"

    def step(self, name: str) -> Decimal:
        """One of the last decimal the figure is shown with, in kronor: 1 000 for 7 843 tkr,
        100 000 for 7,8 mnkr."""
        figure = figure_named(self._tree, name)
        if figure is None:
            return Decimal(1)
        return Decimal(1).scaleb(UNIT_EXPONENT[figure.unit] - (figure.decimals or 0))


def figure_units(tree: dict[str, Any]) -> FigureUnits:
    """The unit of each named figure, as the case's text figures (`prose_figures`) hold it."""
    return FigureUnits(tree)


def shown_step(unit_of: Units, name: str) -> Decimal:
    """The step a named figure is shown to (a whole one of its unit, where unit_of knows no
    more)."""
    if isinstance(unit_of, FigureUnits):
        return unit_of.step(name)
    return Decimal(1).scaleb(UNIT_EXPONENT[unit_of(name)])


def rounds_to(literal: LiteralAmount, figures: FigureIndex, unit_of: Units,
              keep: Keep = None) -> bool:
    """Whether the literal is the right rounding of one of figures (those keep keeps)."""
    if literal.unit not in _ROUNDED_UNITS[1:] or literal.approximate:
        return False  # (cheap: most amounts are in kr or tkr)
    return any(right_rounding(literal, figure, unit_of(name)) == literal.value
               and (keep is None or keep(name))
               for name, figure in figures.within(literal.value, literal.precision / 2))


def right_rounding(literal: LiteralAmount, figure: Kronor, unit: str) -> Decimal | None:
    """The figure, of a table in `unit`, rounded as the exact literal is written (to its
    unit and decimals), where that unit is larger than the table's; else None."""
    if literal.approximate or literal.unit not in _ROUNDED_UNITS or unit not in _ROUNDED_UNITS:
        return None
    if _ROUNDED_UNITS.index(unit) >= _ROUNDED_UNITS.index(literal.unit):
        return None
    steps = _EXACT.divide(Decimal(figure), literal.precision)
    return _EXACT.multiply(steps.quantize(Decimal(1), ROUND_HALF_UP, _EXACT), literal.precision)


def finer_miss(literal: LiteralAmount, figures: FigureIndex, unit_of: Units,
               keep: Keep = None) -> tuple[str, Kronor] | None:
    """The nearest figure of a table in a larger unit than the exact literal's that the
    literal misses by a slip, by the rule above; or None."""
    unit = UNIT_EXPONENT[literal.unit]
    if literal.approximate or unit == _LARGEST:
        return None
    reach = RELATIVE_WINDOW * abs(literal.value) / (1 - RELATIVE_WINDOW)
    for name, figure in figures.within(literal.value, reach):
        if UNIT_EXPONENT[unit_of(name)] > unit and (keep is None or keep(name)) \
                and _slip_of(literal.value, figure, shown_step(unit_of, name)):
            return name, figure
    return None


_LARGEST: Final = max(UNIT_EXPONENT.values())


def _slip_of(value: Decimal, figure: Kronor, step: Decimal) -> bool:
    """Whether an amount written more finely than a table shows its figure is a slip of it."""
    gap, size = magnitude(value - figure), magnitude(figure)
    if gap == 0 or gap > step or gap > RELATIVE_WINDOW * size:
        return False
    return _EXACT.remainder(value, step) != 0 or step <= SLIP_SHARE * size
