"""Compute every figure of a case and name them for the text and the checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.case.models import Case
from generator.compute.allocation import AllocationTotal, Mismatch, compute_allocation
from generator.compute.tables import (
    FundsTotal,
    RiskTotal,
    SplitFailure,
    SplitResult,
    compute_funds,
    compute_risk,
    compute_split,
)
from generator.render.filters import Figure


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


def named_figures(computed: Computed) -> dict[str, int]:
    """Every computed amount under the name case text uses for it."""
    return {name: fig.kronor for name, fig in _walk(prose_figures(computed, "kr"), "")}


def prose_figures(computed: Computed, unit_word: str) -> dict[str, Any]:
    """The figures case text may name: summa, omraden, medel, risk, uppdelningar."""
    def fig(amount: int) -> Figure:
        return Figure(amount, unit_word)

    names: dict[str, Any] = {}
    if computed.allocation:
        names["summa"] = fig(computed.allocation.amount)
        names["omraden"] = [
            {"namn": a.area.namn, "summa": fig(a.amount),
             "insatser": [{"insats": r.row.insats, "belopp": fig(r.amount)} for r in a.rows]}
            for a in computed.allocation.areas
        ]
    if computed.funds:
        names["medel"] = {"summa": fig(computed.funds.amount),
                          "poster": [{"namn": i.namn, "belopp": fig(i.belopp)}
                                     for i in computed.funds.items]}
    if computed.risk:
        names["risk"] = {"summa": fig(computed.risk.at_risk),
                         "tilldelat": fig(computed.risk.allocated),
                         "anvant": fig(computed.risk.used),
                         "rader": [{"namn": line.row.insatsomrade, "risk": fig(line.at_risk)}
                                   for line in computed.risk.lines]}
    if computed.splits:
        names["uppdelningar"] = {
            key: {"summa": fig(s.split.summa), "metod": s.phrase,
                  "parter": [{"namn": n, "belopp": fig(a)} for n, a in s.parts]}
            for key, s in computed.splits.items()
        }
    return names


def _walk(value: Any, prefix: str) -> list[tuple[str, Figure]]:
    """Flatten nested figures into dotted names: omraden[0].summa, medel.summa …"""
    if isinstance(value, Figure):
        return [(prefix, value)]
    if isinstance(value, dict):
        return [pair for key, item in value.items()
                for pair in _walk(item, f"{prefix}.{key}" if prefix else str(key))]
    if isinstance(value, list):
        return [pair for i, item in enumerate(value) for pair in _walk(item, f"{prefix}[{i}]")]
    return []
