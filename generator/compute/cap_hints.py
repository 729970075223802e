"""A column's figures stated lower than its formula gives, all at one amount that no row of
the column exceeds, look like a cap the case has not written (trial 69, F6: Härjedalen's
kanslistöd "för max fem mandat", 39 375 kr typed for 8 mandat where 8 × 15 % × 52 500 kr =
63 000 kr, and 39 375 kr right for Moderaterna's 5). The message suggests `hogst`, as the
`minst` error suggests `lagst`: once where several rows are stated at the amount, or one is
and another row has it computed."""

from __future__ import annotations

from generator.compute.stated import Mismatch
from generator.compute.tables import ColumnSpec, RowResult, TableResult, every_row
from generator.formatting import Kronor
from generator.problems import Loc


def with_caps(result: TableResult, mismatches: list[Mismatch]) -> list[Mismatch]:
    """The mismatches, those of a row's figure that a cap would explain with the cap (its
    amount and the row that has it as computed, '' for none)."""
    caps: dict[Loc, tuple[Kronor, str]] = {}
    for column in result.spec.amount_columns:
        if column.multiplies and not column.limited:
            caps.update(_capped(column, [row for row in every_row(result.rows)
                                         if not row.children]))
    return [m._replace(cap=caps[m.loc]) if m.loc in caps and m.formula else m
            for m in mismatches]


def _capped(column: ColumnSpec, rows: list[RowResult]) -> dict[Loc, tuple[Kronor, str]]:
    """Where the rows of `column` stated below their computed figure would be right under a
    cap: all at one amount, which no row of the column states above, with a second row at it."""
    key = column.key
    cells = [(row, row.spec.stated[key], row.amounts[key]) for row in rows
             if key in row.spec.stated and key in row.amounts]
    low = [(row, stated) for row, stated, computed in cells if stated < computed]
    figures = {stated for _, stated in low}
    if len(figures) != 1:
        return {}
    cap = figures.pop()
    if any(stated > cap for _, stated, _ in cells):
        return {}
    right = [row.spec.name for row, stated, computed in cells if stated == computed == cap]
    if len(low) < 2 and not right:
        return {}
    return {row.spec.stated_locs.get(key, row.spec.loc): (cap, right[0] if right else "")
            for row, _ in low}
