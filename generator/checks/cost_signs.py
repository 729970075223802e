"""A warning at a group of costs typed as positive amounts in a table that nets them against
income: the total adds them (trial 49, F1; the rule: `compute.cost_groups`)."""

from __future__ import annotations

from generator.checks.report import Reporter
from generator.compute.cost_groups import positive_costs
from generator.compute.tables import TableResult
from generator.formatting import in_unit
from generator.problems import Problem


def cost_sign_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """A warning at each cost group whose positive amounts the total adds to the income."""
    spec = table.spec
    return [report.problem(report.at(group.row.spec.loc), (
        f"beloppen under '{group.label}' är positiva, så {spec.name} lägger ihop dem med "
        f"intäkterna i stället för att dra ifrån dem och blir "
        f"{in_unit(table.totals.get(group.column.key, 0), spec.unit)}; "
        f"{group.advice(spec.unit)} om de ska dras ifrån"), "varning")
        for group in positive_costs(table)]
