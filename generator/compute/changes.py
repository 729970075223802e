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
* A change from the row above (`fran: foregaende_rad`, trial 51, F4: a rate history, one row
  a year) is from the row before among the rows beside it (a group's rows among themselves)
  to the row, in its one column: 2 561 → 2 953 is 15,3 %. The first row has none, and the
  total row none (a sum of yearly rates has no change from anything).
* A ratio is `taljare` / `namnare` × 100 where a change is (till − från) / från × 100, rounded
  alike: on the total row and a group's row it is of their amounts ("Utfall i % av budget" of
  the totals), never a mean of the rows' percentages; a `namnare` of 0 gives none ("–").
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise

from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import Kronor, WrittenNumber
from generator.problems import Loc

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
    totals = _changes(result.totals, None, [c for c in columns if not c.previous])
    return result._replace(rows=_changed(result.rows, columns), changes=totals)


def _changed(rows: tuple[RowResult, ...], columns: list[ColumnSpec]) -> tuple[RowResult, ...]:
    """The rows (and their children) with their changes."""
    return tuple(row._replace(children=_changed(row.children, columns),
                              changes=_changes(row.amounts, above, columns))
                 for above, row in zip((None, *rows), rows, strict=False))


def rows_above(rows: tuple[RowResult, ...]) -> dict[Loc, RowResult]:
    """The row above each row (by its place in the case) among the rows beside it, for every
    row but the first of its rows, theirs too."""
    found: dict[Loc, RowResult] = {}
    found.update((row.spec.loc, above) for above, row in pairwise(rows))
    for row in rows:
        found.update(rows_above(row.children))
    return found


def _changes(amounts: Mapping[str, Kronor], above: RowResult | None,
             columns: list[ColumnSpec]) -> dict[str, WrittenNumber]:
    """The changes of one row's (or the total row's) amounts, by column, where there are
    (`above`: the row before it, for a change from the row above)."""
    found = {}
    for column in columns:
        before, after = column.change or ("", "")
        start = amounts.get(before) if not column.previous else \
            above.amounts.get(before) if above else None
        value = change(start, amounts.get(after), column.places, column.ratio)
        if value is not None:
            found[column.key] = value
    return found
