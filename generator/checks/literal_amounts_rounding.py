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
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import TYPE_CHECKING, Any

from generator.checks.figure_index import FigureIndex
from generator.formatting import Kronor
from generator.text.names import figure_named

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


def figure_units(tree: dict[str, Any]) -> Units:
    """The unit of each named figure, as the case's text figures (`prose_figures`) hold it."""
    def unit_of(name: str) -> str:
        figure = figure_named(tree, name)
        return figure.unit if figure is not None else "kr"
    return unit_of


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
