"""The computed figures sorted by value, so each amount in a text is compared in log time.

A case may have thousands of figures and its texts thousands of amounts; comparing every
amount with every figure would grow with their product. Only figures within an amount's
window can matter, and the sorted values find them by bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from decimal import Decimal

from generator.formatting import Kronor


class FigureIndex:
    """Distinct figure values in order, each with the first name given for it."""

    def __init__(self, figures: Mapping[str, Kronor]) -> None:
        first: dict[Kronor, tuple[int, str]] = {}
        for order, (name, value) in enumerate(figures.items()):
            first.setdefault(value, (order, name))
        self.values = sorted(first)
        self._first = first

    def __bool__(self) -> bool:
        return bool(self.values)

    def any_between(self, low: Kronor, high: Kronor) -> bool:
        """Tell whether some figure lies in [low, high]."""
        index = bisect_left(self.values, low)
        return index < len(self.values) and self.values[index] <= high

    def named(self, value: Kronor) -> tuple[str, Kronor] | None:
        """The figure of exactly this value, as (name, value), or None."""
        first = self._first.get(value)
        return None if first is None else (first[1], value)

    def outward(self, value: Decimal) -> Iterator[tuple[str, Kronor]]:
        """Figures by distance from value (on a tie, the one given first), as (name, value)."""
        right = bisect_left(self.values, value)
        left = right - 1
        while left >= 0 or right < len(self.values):
            pick_left = right >= len(self.values) or (
                left >= 0 and self._before(self.values[left], self.values[right], value)
            )
            figure = self.values[left] if pick_left else self.values[right]
            if pick_left:
                left -= 1
            else:
                right += 1
            yield self._first[figure][1], figure

    def within(self, value: Decimal, width: Decimal) -> Iterator[tuple[str, Kronor]]:
        """Figures within width of value, nearest first."""
        for name, figure in self.outward(value):
            if abs(value - figure) > width:
                return
            yield name, figure

    def _before(self, left: Kronor, right: Kronor, value: Decimal) -> bool:
        """Tell whether the figure `left` comes before `right` seen from value."""
        gap_left, gap_right = abs(value - left), abs(value - right)
        if gap_left != gap_right:
            return gap_left < gap_right
        return self._first[left][0] < self._first[right][0]
