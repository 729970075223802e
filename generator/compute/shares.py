"""Computed shares (`typ: andel`): each row's share of an amount column's total, in percent.

* Every row with an amount in the column (`av`) gets its share of the table's grand total,
  sub-rows too: a sub-row's share is of the whole table, not of its group, so that shares on
  different levels compare and a group's share is the sum of its sub-rows' shares.
* Shares are exact fractions rounded to the column's decimals by the rule that makes parts
  add up (`rounding.round_to_total`): the top-level rows' printed shares add up to exactly
  100, a group's sub-rows' to exactly their group's printed share. Each printed share is less
  than one step of its last decimal from the exact share. The total row prints 100 %.
* A row without an amount gets no share. A total of zero, or a negative amount, gives no
  shares: reported at the column.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from generator.compute.rounding import round_to_total
from generator.compute.tables import ColumnSpec, RowResult, TableResult, every_row
from generator.formatting import Kronor, WrittenNumber
from generator.problems import Finding


def add_shares(result: TableResult) -> tuple[TableResult, list[Finding]]:
    """The table with every share column computed; columns whose shares cannot be, reported."""
    findings: list[Finding] = []
    rows = result.rows
    for index, column in enumerate(result.spec.columns):
        if not column.share_of:
            continue
        total = result.totals.get(column.share_of, 0)
        problem = _problem(result, column, total)
        if problem:
            findings.append(Finding((*result.spec.loc, "kolumner", index, "av"), problem))
            continue
        rows = _shared(rows, column, hundred(column.places), total)
    return result._replace(rows=rows), findings


def hundred(places: int) -> int:
    """100 % in steps of the last decimal: 1 000 tenths of a percent."""
    return 100 * int(10**places)


def exact_share(amount: Kronor, total: Kronor) -> Fraction:
    """An amount's exact share of a (positive) total, in percent: 1 of 8 is 25/2 (of öre as
    exactly: a Decimal is a fraction)."""
    if isinstance(amount, Decimal) or isinstance(total, Decimal):
        return Fraction(amount) * 100 / Fraction(total)
    return Fraction(amount * 100, total)


def percent(units: int, places: int) -> WrittenNumber:
    """A share in steps of its last decimal as a percentage with those decimals: 7,5 %."""
    return WrittenNumber(Decimal(units).scaleb(-places), percent=True)


def _shared(rows: tuple[RowResult, ...], column: ColumnSpec, units: int,
            total: Kronor) -> tuple[RowResult, ...]:
    """The rows with their shares in the column: together `units`, each of `total`."""
    key, scale = column.share_of, hundred(column.places)
    having = [i for i, row in enumerate(rows) if key in row.amounts and row.spec.summed]
    exact = [exact_share(rows[i].amounts[key], total) * scale / 100 for i in having]
    counts = dict(zip(having, round_to_total(units, exact), strict=True))
    shared = []
    for i, row in enumerate(rows):
        children = _shared(row.children, column, counts.get(i, 0), total)
        shares = {**row.shares, column.key: percent(counts[i], column.places)} \
            if i in counts else row.shares
        shared.append(row._replace(children=children, shares=shares))
    return tuple(shared)


def _problem(result: TableResult, column: ColumnSpec, total: Kronor) -> str:
    """Why the column's shares cannot be computed (a zero total, a negative amount), or ''."""
    start = f"andelarna i kolumnen '{column.key}' kan inte räknas ut"
    negative = next((row for row in every_row(result.rows)
                     if row.amounts.get(column.share_of, 0) < 0), None)
    if negative is not None:
        return (f"{start}, {negative.spec.name} har ett negativt belopp i '{column.share_of}'; "
                "andelar räknas bara av belopp som är 0 eller mer")
    if total == 0:
        return (f"{start} eftersom summan av '{column.share_of}' är 0, ange beloppen i "
                f"'{column.share_of}' eller ta bort kolumnen")
    return ""
