"""Compute every figure of a case: tables, totals and splits, with stated figures that differ."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.case.models import Case
from generator.compute.allocation import AllocationTotal, compute_allocation
from generator.compute.case_splits import SplitFailure, SplitResult, compute_split
from generator.compute.funds import FundsTotal, RiskTotal, compute_funds, compute_risk
from generator.compute.stated import Mismatch


@dataclass(frozen=True)
class Computed:
    """All computed tables of a case."""

    allocation: AllocationTotal | None = None
    funds: FundsTotal | None = None
    risk: RiskTotal | None = None
    splits: dict[str, SplitResult] = field(default_factory=dict)


def compute_case(case: Case) -> tuple[Computed, list[Mismatch], list[SplitFailure]]:
    """Compute every table; return stated figures that differ and splits that fail."""
    mismatches: list[Mismatch] = []
    allocation = funds = risk = None
    if case.fordelning:
        allocation, found = compute_allocation(case.fordelning)
        mismatches += found
    if case.medel:
        funds, found = compute_funds(case.medel)
        mismatches += found
    if case.risk:
        risk, found = compute_risk(case.risk)
        mismatches += found
    splits: dict[str, SplitResult] = {}
    failures: list[SplitFailure] = []
    for index, split in enumerate(case.uppdelningar):
        result, found_failures = compute_split(split, ("uppdelningar", index))
        failures += found_failures
        if result is not None:
            splits[split.namn] = result
    return Computed(allocation, funds, risk, splits), mismatches, failures
