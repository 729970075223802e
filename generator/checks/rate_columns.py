"""A warning at an amount column that a formula multiplies as the row's rate ('timmar *
timavgift'), or that is itself a rate, an amount divided by the row's own number ('ar /
dagar': a price per day), while the table sums it.

A sum of hourly rates or of prices per member means nothing, yet a summed column prints one
in the total row and in each subtotal, and is the table's `summa` when it comes first. A rate
column is meant to say `summeras: nej`: the warning stands once, at the column's `typ`. A
table that prints no total row and no subtotal (`totalt: false`) shows no such sum, and is
left alone. An amount multiplied only by shares, number columns of percentages ('andel *
avkastning' with andel "90 %"), is no rate: a part of each row's amount is taken, and the
amounts add up (trial 50, F3). So is a column that holds each row's highest amount of
another (`hogst: tak`, trial 58, F2): a sum of caps means nothing either.
"""

from __future__ import annotations

from collections.abc import Container

from generator.checks.report import Reporter
from generator.compute.formula import Term
from generator.compute.tables import TableResult, bare_header, every_row
from generator.problems import Loc, Problem


def summed_rate_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """A warning at each summed amount column some formula of the table multiplies by."""
    spec = table.spec
    if spec.total_row is None and not any(
            row.children and row.spec.subtotal is not False for row in every_row(table.rows)):
        return []
    used: dict[str, tuple[str, str]] = {}
    shares = _share_columns(table)
    for column in spec.amount_columns:
        for term in (t for t in column.formula if t.rate and not _by_shares(t, shares)):
            used.setdefault(term.rate, (term.key, column.key))
    headers = {c.key: bare_header(c.header, spec.unit) for c in spec.columns}
    problems = [_quotient_problem(report, spec.loc, index, column.key, divided,
                                  headers[column.key])
                for index, column in enumerate(spec.columns) if column.amount and column.summed
                for divided in [_divided_per_row(column.formula)] if divided]
    problems += _summed_caps(table, report, used)
    return problems + [report.problem(report.at((*spec.loc, "kolumner", index, "typ")), (
        f"'{column.key}' är ett pris per rad som multiplicerar '{used[column.key][0]}' i "
        f"formeln för '{used[column.key][1]}', men summeras, så tabellen visar en summa av "
        f"{headers[column.key].lower()} som inte säger något; skriv 'summeras: nej' i "
        "kolumnen"), "varning")
        for index, column in enumerate(spec.columns)
        if column.amount and column.summed and column.key in used]


def _summed_caps(table: TableResult, report: Reporter, used: Container[str]) -> list[Problem]:
    """A warning at each summed column that holds each row's highest amount of another
    (`hogst: tak`), unless it is a rate warned about already (`used`)."""
    spec = table.spec
    caps = {column.cap_column: column.key for column in spec.amount_columns
            if column.cap_column}
    return [report.problem(report.at((*spec.loc, "kolumner", index, "typ")), (
        f"'{column.key}' är varje rads högsta belopp för '{caps[column.key]}' ('hogst: "
        f"{column.key}'), men summeras, så tabellen visar en summa av taken som inte säger "
        "något; skriv 'summeras: nej' i kolumnen"), "varning")
        for index, column in enumerate(spec.columns)
        if column.amount and column.summed and column.key in caps and column.key not in used]


def _share_columns(table: TableResult) -> frozenset[str]:
    """The number columns whose every figure is a percentage ("90 %"): shares, not counts."""
    found: dict[str, bool] = {}
    for row in every_row(table.rows):
        for key, number in row.spec.numbers.items():
            found[key] = found.get(key, True) and number.percent
    return frozenset(key for key, share in found.items() if share)


def _by_shares(term: Term, shares: frozenset[str]) -> bool:
    """Whether every number or count column a term multiplies its amount column by is a
    share: an amount times its share ('andel * avkastning', andel "90 %") is part of that
    amount, not a price per row (trial 50, F3), and the amounts add up."""
    columns = [term.key, *(f.written for f in term.factors if f.kind in ("tal", "antal"))]
    return all(column in shares for column in columns)


def _divided_per_row(formula: tuple[Term, ...]) -> tuple[str, str] | None:
    """The column and the row's divisor column of a formula that is one quotient by a
    column ('ar / dagar'), else None."""
    if len(formula) != 1 or formula[0].divisor is None or not formula[0].divisor.kind:
        return None
    return formula[0].key, formula[0].divisor.written


def _quotient_problem(report: Reporter, loc: Loc, index: int, key: str,
                      divided: tuple[str, str], header: str) -> Problem:
    """The warning at a summed column of quotients by a column of the row."""
    return report.problem(report.at((*loc, "kolumner", index, "typ")), (
        f"'{key}' är '{divided[0]}' delat med radens '{divided[1]}', ett pris per rad, men "
        f"summeras, så tabellen visar en summa av {header.lower()} som inte säger något; "
        "skriv 'summeras: nej' i kolumnen"), "varning")
