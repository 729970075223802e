"""The rounding rule for parts that must add up: largest remainder (Hamilton) on whole units.

Used by the splits (kronor shared by weights) and by computed shares (percent of a column's
total). Each part's exact value is known as a fraction of whole units; every part first gets
it rounded down, then the units still left over go one each to the parts with the largest
remainders. Every part is therefore less than one unit away from its exact value (a part
whose exact value is whole gets exactly that), and the parts add up to the units given,
whenever those are less than one unit away from the sum of the exact values.

Tie rule: of two equal remainders, the larger part gets the unit first; of two equal parts,
the earlier one.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction


def round_to_total(units: int, exact: Sequence[Fraction]) -> list[int]:
    """Round each exact value down or up to whole units so that they add up to `units`."""
    counts = [value.numerator // value.denominator for value in exact]
    left = units - sum(counts)
    order = sorted(range(len(exact)), key=lambda i: (counts[i] - exact[i], -exact[i], i))
    for i in order[:left]:
        counts[i] += 1
    return counts
