"""A warning at an amount column that a formula multiplies as the row's rate ('timmar *
timavgift') while the table sums it.

A sum of hourly rates or of prices per member means nothing, yet a summed column prints one
in the total row and in each subtotal, and is the table's `summa` when it comes first. A rate
column is meant to say `summeras: nej`: the warning stands once, at the column's `typ`. A
table that prints no total row and no subtotal (`totalt: false`) shows no such sum, and is
left alone.
"""

from __future__ import annotations

from generator.checks.report import Reporter
from generator.compute.tables import TableResult, bare_header, every_row
from generator.problems import Problem


def summed_rate_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """A warning at each summed amount column some formula of the table multiplies by."""
    spec = table.spec
    if spec.total_row is None and not any(
            row.children and row.spec.subtotal is not False for row in every_row(table.rows)):
        return []
    used: dict[str, tuple[str, str]] = {}
    for column in spec.amount_columns:
        for term in (t for t in column.formula if t.rate):
            used.setdefault(term.rate, (term.key, column.key))
    headers = {c.key: bare_header(c.header, spec.unit) for c in spec.columns}
    return [report.problem(report.at((*spec.loc, "kolumner", index, "typ")), (
        f"'{column.key}' är ett pris per rad som multiplicerar '{used[column.key][0]}' i "
        f"formeln för '{used[column.key][1]}', men summeras, så tabellen visar en summa av "
        f"{headers[column.key].lower()} som inte säger något; skriv 'summeras: nej' i "
        "kolumnen"), "varning")
        for index, column in enumerate(spec.columns)
        if column.amount and column.summed and column.key in used]
