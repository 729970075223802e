"""Computed changes (`typ: forandring`): the change in percent from one amount column to another;
and computed ratios (`typ: kvot`): one amount column in percent of another, by the same rules.

* A row's change is (till − från) / från × 100 of its own amounts, rounded half up (away from
  zero) to the column's decimals: from 400 to 401 is 0,25 %, shown 0,3 % with one decimal.
  The quotient of amounts (whole kronor, or with öre) is a Decimal (28 digits, so a tie at
  the rounding step is exact), rounded as `formatting.rounded` rounds.
* A group row's change is of the group's amounts, and the total row's of the totals: both
  as shown, so under `avrundat` of the stated subtotals and totals, as a derived column's.
* A negative `från` is divided as it stands: from −100 to −110 is +10 %.
* Where `från` is 0 or missing, or `till` is missing, there is no change (shown "–").
* Changes are never summed: a group's change is not the sum of its rows' changes.
* A ratio is `taljare` / `namnare` × 100 where a change is (till − från) / från × 100, rounded
  alike: on the total row and a group's row it is of their amounts ("Utfall i % av budget" of
  the totals), never a mean of the rows' percentages; a `namnare` of 0 gives none ("–").
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import Kronor, WrittenNumber

NO_CHANGE = "–"
"""What a change prints where there is none to show (a base of 0): an en dash, never empty."""


def change(before: Kronor | None, after: Kronor | None, places: int,
           ratio: bool = False) -> WrittenNumber | None:
    """The change from `before` to `after` in percent with `places` decimals, rounded half
    away from zero, or with `ratio` `after` in percent of `before`; None where there is none
    (no amount, or a base of 0)."""
    if before is None or after is None or before == 0:
        return None
    top = after if ratio else after - before
    exact = Decimal(top * 100) / Decimal(before)  # (28 digits: a tie is exact)
    shown = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return WrittenNumber(shown if shown else shown.copy_abs(), percent=True)  # (no "−0,0 %")


def add_changes(result: TableResult) -> TableResult:
    """The table with every change column computed, on every row and on the total row."""
    columns = [c for c in result.spec.columns if c.change]
    if not columns:
        return result
    totals = _changes(result.totals, columns)
    return result._replace(rows=_changed(result.rows, columns), changes=totals)


def _changed(rows: tuple[RowResult, ...], columns: list[ColumnSpec]) -> tuple[RowResult, ...]:
    """The rows (and their children) with their changes."""
    return tuple(row._replace(children=_changed(row.children, columns),
                              changes=_changes(row.amounts, columns)) for row in rows)


def _changes(amounts: Mapping[str, Kronor], columns: list[ColumnSpec]) -> dict[str, WrittenNumber]:
    """The changes of one row's (or the total row's) amounts, by column, where there are."""
    found = {}
    for column in columns:
        before, after = column.change or ("", "")
        value = change(amounts.get(before), amounts.get(after), column.places, column.ratio)
        if value is not None:
            found[column.key] = value
    return found
