"""Compute every figure of a case: tables, totals and splits, and stated figures that differ."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from generator.case.models import Case
from generator.compute.case_tables import CaseTables
from generator.compute.checked_tables import compute_table
from generator.compute.presets import allocation_spec, funds_spec, risk_spec
from generator.compute.stated import Mismatch
from generator.compute.tables import TableResult
from generator.formatting import Kronor, WrittenNumber
from generator.problems import Finding

if TYPE_CHECKING:
    from generator.compute.case_splits import SplitResult


class Computed(NamedTuple):
    """All computed tables of a case: the seeds' kinds, the general tables by name, splits."""

    allocation: TableResult | None
    funds: TableResult | None
    risk: TableResult | None
    tables: dict[str, TableResult]
    splits: dict[str, SplitResult]
    stated: dict[str, Kronor | WrittenNumber]  # the figures the case states by name (`belopp`)


def compute_case(case: Case) -> tuple[Computed, list[Mismatch], list[Finding]]:
    """Compute every table and split; return stated figures that differ and what failed."""
    mismatches: list[Mismatch] = []
    findings: list[Finding] = []

    allocation = funds = risk = None
    if case.fordelning:
        allocation, found = compute_table(allocation_spec(case.fordelning))
        mismatches += found
    if case.medel:
        funds, found = compute_table(funds_spec(case.medel))
        mismatches += found
    if case.risk:
        risk, found = compute_table(risk_spec(case.risk))
        mismatches += found
    solved = CaseTables(case)
    splits: dict[str, SplitResult] = {}
    if case.uppdelningar:  # the splits' code is loaded only for a case that has some
        from generator.compute.split_order import OrderedSplits

        ordered = OrderedSplits(solved)  # (a split, or a table it names, first)
        solved.splits = ordered
        splits = ordered.all()
        findings += ordered.findings
    tables = solved.all()
    mismatches += solved.mismatches
    findings += solved.findings
    stated = dict(case.belopp)
    return Computed(allocation, funds, risk, tables, splits, stated), mismatches, findings
