"""Compute every total of an allocation from its parts and check the totals the case states.

The compute package is the only place that does arithmetic on money; templates only format
the figures computed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.case.models import Allocation, Area, Row, SubItem
from generator.compute.stated import Mismatch, compare
from generator.problems import Loc


@dataclass(frozen=True)
class RowTotal:
    """An insats with its computed amount and its parts."""

    row: Row
    amount: int
    parts: tuple[SubItem, ...]


@dataclass(frozen=True)
class AreaTotal:
    """An area with its computed rows and sum."""

    area: Area
    rows: tuple[RowTotal, ...]
    amount: int


@dataclass(frozen=True)
class AllocationTotal:
    """The whole allocation with its computed total."""

    areas: tuple[AreaTotal, ...]
    amount: int


def compute_allocation(
    allocation: Allocation, loc: Loc = ("fordelning",)
) -> tuple[AllocationTotal, list[Mismatch]]:
    """Sum rows into areas and areas into the total; report stated totals that differ."""
    mismatches: list[Mismatch] = []
    areas = []
    for index, area in enumerate(allocation.omraden):
        area_loc = (*loc, "omraden", index)
        total, found = _compute_area(area, area_loc)
        areas.append(total)
        mismatches.extend(found)
    amount = sum(a.amount for a in areas)
    mismatches.extend(compare((*loc, "summa"), "hela fördelningen", allocation.summa, amount))
    return AllocationTotal(tuple(areas), amount), mismatches


def _compute_area(area: Area, loc: Loc) -> tuple[AreaTotal, list[Mismatch]]:
    """Sum an area's rows; check the rows' and the area's stated sums."""
    mismatches: list[Mismatch] = []
    rows = []
    for index, row in enumerate(area.insatser):
        row_total = _compute_row(row)
        rows.append(row_total)
        if row.delposter:
            level = f"insatsen '{row.insats}'"
            row_loc = (*loc, "insatser", index, "belopp")
            mismatches.extend(compare(row_loc, level, row.belopp, row_total.amount))
    amount = sum(r.amount for r in rows)
    mismatches.extend(compare((*loc, "summa"), f"området '{area.namn}'", area.summa, amount))
    return AreaTotal(area, tuple(rows), amount), mismatches


def _compute_row(row: Row) -> RowTotal:
    """A row's amount is the sum of its parts when it has parts, else its stated amount."""
    if row.delposter:
        return RowTotal(row, sum(p.belopp for p in row.delposter), tuple(row.delposter))
    assert row.belopp is not None  # guaranteed by Row's validator
    return RowTotal(row, row.belopp, ())
