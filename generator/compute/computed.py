"""Compute every figure of a case: tables, totals and splits, and stated figures that differ."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from generator.case.models import Case
from generator.compute.changes import add_changes
from generator.compute.divisor_cells import divisor_findings
from generator.compute.presets import allocation_spec, funds_spec, general_spec, risk_spec
from generator.compute.shares import add_shares
from generator.compute.stated import Mismatch
from generator.compute.tables import TableResult, compute_table
from generator.compute.typed_ratios import typed_ratio_findings
from generator.compute.typed_shares import typed_share_findings
from generator.formatting import Kronor
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
    stated: dict[str, Kronor]  # the amounts the case states by name (`belopp`)


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
    tables: dict[str, TableResult] = {}
    for index, general in enumerate(case.tabeller):
        spec, unreadable = general_spec(general, ("tabeller", index), case.belopp)
        findings += unreadable
        table, found = compute_table(spec)
        tables[general.namn], not_shared = add_shares(add_changes(table))
        mismatches += [] if unreadable else found  # sums without an unread amount mislead
        findings += [] if unreadable else \
            not_shared + typed_share_findings(table) + typed_ratio_findings(table) + \
            divisor_findings(table)
    splits: dict[str, SplitResult] = {}
    if case.uppdelningar:  # the splits' code is loaded only for a case that has some
        from generator.compute.case_splits import compute_split
    for index, split in enumerate(case.uppdelningar):
        result, failed = compute_split(split, ("uppdelningar", index))
        findings += failed
        if result is not None:
            splits.setdefault(split.namn, result)
    stated = dict(case.belopp)
    return Computed(allocation, funds, risk, tables, splits, stated), mismatches, findings
