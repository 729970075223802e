"""A warning at a row whose figures have decimals in a table of whole tkr (trial 73, F2).

A nämnd's "Specifikation av drift" puts "Antal årsarbetare" (457,21) under "Personalkostnad"
(198 256 tkr): the row holds a count, not an amount, yet the table summed it and every amount
of its columns showed its decimals ("198 256,00", "206 614,000"). The row's decimals now stay
its own (`compute.tables.decimal_row`), and this warning names the row and the row key that
makes it a row of numbers, outside every sum: `summeras: nej`.
"""

from __future__ import annotations

from generator.checks.report import Reporter
from generator.compute.tables import RowResult, TableResult, decimal_row
from generator.formatting import Kronor, exact
from generator.problems import Loc, Problem


def decimal_row_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """One warning per row that has the only decimals of a column of whole tkr in every
    amount column where it has a figure, at its first figure, naming the row and its
    figures. (A row with one such figure beside a whole one, 187,5 beside a computed 131,
    is left alone: its figures are of one kind with the others'.)"""
    spec = table.spec
    odd: dict[Loc, list[str]] = {}
    rows: dict[Loc, RowResult] = {}
    for column in spec.amount_columns:
        row = decimal_row(spec, column, table.rows)
        if row is not None:
            odd.setdefault(row.spec.loc, []).append(column.key)
            rows[row.spec.loc] = row
    problems = []
    for loc, keys in odd.items():
        row = rows[loc]
        if any(key not in keys for key in row.amounts):
            continue
        at = row.spec.stated_locs.get(keys[0], loc)
        message = _message(row.spec.name, [row.amounts[key] for key in keys], spec.unit)
        problems.append(report.problem(report.at(at), message, "varning"))
    return problems


def _message(name: str, figures: list[Kronor], unit: str) -> str:
    """The warning for a row (as messages name it) with decimals among whole amounts."""
    said = "; ".join(exact(figure, unit, real_minus=False) for figure in figures)
    return (f"{name} har decimaler ({said}) där tabellens andra rader har hela {unit}, och "
            "ser ut att vara ett antal eller tal, inte belopp; är den det, skriv "
            "'summeras: nej' på raden, så räknas den inte in i summorna och talen står som "
            "du skriver dem")
