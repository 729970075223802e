"""Compute the funds tables: funds per area with a total, and allocated − used = at risk."""

from __future__ import annotations

from dataclasses import dataclass

from generator.case.models import Funds, FundsItem, RiskRow, RiskTable
from generator.compute.stated import Mismatch, compare
from generator.problems import Loc


@dataclass(frozen=True)
class FundsTotal:
    """Funds per area with the computed total."""

    funds: Funds
    items: tuple[FundsItem, ...]
    amount: int


@dataclass(frozen=True)
class RiskLine:
    """One area: allocated − used = at risk."""

    row: RiskRow
    used: int
    at_risk: int


@dataclass(frozen=True)
class RiskTotal:
    """The risk table with totals for every column."""

    table: RiskTable
    lines: tuple[RiskLine, ...]
    allocated: int
    used: int
    at_risk: int


def compute_funds(funds: Funds, loc: Loc = ("medel",)) -> tuple[FundsTotal, list[Mismatch]]:
    """Sum the funds and check a stated total."""
    amount = sum(item.belopp for item in funds.poster)
    found = compare((*loc, "summa"), "medlen totalt", funds.summa, amount)
    return FundsTotal(funds, tuple(funds.poster), amount), found


def compute_risk(table: RiskTable, loc: Loc = ("risk",)) -> tuple[RiskTotal, list[Mismatch]]:
    """Compute allocated − used per area and the totals; check stated figures."""
    found: list[Mismatch] = []
    lines = []
    for index, row in enumerate(table.rader):
        used = sum(row.anvant)
        line = RiskLine(row, used, row.tilldelat - used)
        lines.append(line)
        level = f"'{row.insatsomrade}' (tilldelat − använt)"
        found += compare((*loc, "rader", index, "risk"), level, row.risk, line.at_risk)
    at_risk = sum(line.at_risk for line in lines)
    found += compare((*loc, "summa"), "medel som riskerar återbetalning", table.summa, at_risk)
    total = RiskTotal(table, tuple(lines), sum(r.tilldelat for r in table.rader),
                      sum(line.used for line in lines), at_risk)
    return total, found
