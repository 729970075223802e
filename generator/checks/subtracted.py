"""A warning at a lone negative amount in a column that a derived column subtracts.

In a follow-up table (Kvar = Tilldelat − Använt) an amount typed "-12" among positive ones
makes Kvar larger than Tilldelat, and nothing else says so (trial 20). A column whose
amounts are all negative (costs written as such, a driftredovisning) or mixed is left alone:
only one negative amount among at least two positive ones is warned about, at its cell.
The computed table is read as it is: its formulas parsed and its amounts read once, by
`compute`.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.checks.report import Reporter
from generator.compute.tables import TableResult, bare_header, every_row, formula_text
from generator.formatting import Kronor, in_unit
from generator.problems import Loc, Problem


def subtracted_sign_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """A warning at the one negative amount of a subtracted column of positive amounts."""
    spec = table.spec
    problems = []
    for column in spec.amount_columns:
        for term in column.formula:
            key = term.key
            amounts = list(_stated(table, key)) if term.sign < 0 and not term.product else []
            negative = [(place, amount) for place, amount in amounts if amount < 0]
            if len(negative) != 1 or sum(1 for _, amount in amounts if amount > 0) < 2:
                continue
            place, amount = negative[0]
            header = next(c.header for c in spec.columns if c.key == key)
            problems.append(report.problem(report.at(place), (
                f"beloppet {in_unit(amount, spec.unit)} är negativt, men de andra i "
                f"'{bare_header(header, spec.unit)}' är positiva; "
                f"{bare_header(column.header, spec.unit)} räknas som "
                f"{formula_text(column, spec)}, så det blir större av ett negativt belopp, "
                "skriv det utan minus om det är fel"), "varning"))
    return problems


def _stated(table: TableResult, key: str) -> Iterator[tuple[Loc, Kronor]]:
    """Every amount the case states in column `key`, with its cell's place."""
    for row in every_row(table.rows):
        if key in row.spec.stated:
            yield row.spec.stated_locs.get(key, row.spec.loc), row.spec.stated[key]
