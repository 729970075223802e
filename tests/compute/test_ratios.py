"""Specification of computed ratios (`typ: kvot`, "Utfall i % av budget"): taljare / namnare
× 100 of each row's amounts, of a group's and of the totals shown, rounded half away from zero
to the column's decimals, in Decimal; none where `namnare` is 0 or missing. The total row's
ratio is of the totals, never a mean of the rows' percentages (trial 40, F8)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from generator.compute.changes import add_changes, change
from generator.compute.checked_tables import compute_table
from generator.compute.tables import ColumnSpec, RowSpec, TableSpec
from generator.formatting import WrittenNumber, as_written

COLUMNS = (ColumnSpec("namn", "Namn"), ColumnSpec("budget", "Budget", amount=True),
           ColumnSpec("utfall", "Utfall", amount=True),
           ColumnSpec("procent", "Utfall i % av budget", change=("budget", "utfall"),
                      ratio=True))


def shown(budget: int | None, outcome: int | None, places: int = 1) -> str | None:
    """The ratio as the document prints it, or None where there is none."""
    value = change(budget, outcome, places, ratio=True)
    return None if value is None else as_written(value)


def test_a_ratio_is_the_one_amount_in_percent_of_the_other() -> None:
    assert shown(2_500, 796) == "31,8\u00a0%"
    assert shown(419_578, 149_657, 0) == "36\u00a0%"
    assert shown(100, 100) == "100,0\u00a0%"
    assert shown(500, 0) == "0,0\u00a0%"
    assert change(3, 1, 3, ratio=True) == WrittenNumber(Decimal("33.333"), percent=True)


def test_a_half_is_rounded_away_from_zero_and_a_negative_divisor_divides_as_it_stands() -> None:
    assert shown(8, 1, 0) == "13\u00a0%"  # 12,5 → 13
    assert shown(-8, 1, 0) == "\u221213\u00a0%"
    assert shown(-176_819, -56_177, 0) == "32\u00a0%"  # intäkter: both negative


def test_there_is_no_ratio_of_a_zero_or_missing_divisor() -> None:
    assert change(0, 1_021, 1, ratio=True) is None
    assert change(None, 5, 1, ratio=True) is None
    assert change(5, None, 1, ratio=True) is None


def table(rows: tuple[tuple[int, int], ...]) -> TableSpec:
    """One row per (budget, utfall), in tkr."""
    specs = tuple(RowSpec((i,), f"R{i}", {"namn": f"R{i}"},
                          {"budget": budget * 1000, "utfall": outcome * 1000})
                  for i, (budget, outcome) in enumerate(rows))
    return TableSpec(("t",), "totalen", COLUMNS, specs, "tkr", "Netto")


def test_the_total_row_is_the_totals_ratio_not_the_mean_of_the_rows() -> None:
    result = add_changes(compute_table(table(((100, 90), (900, 90))))[0])
    assert [as_written(row.changes["procent"]) for row in result.rows] == [
        "90,0\u00a0%", "10,0\u00a0%"]
    assert as_written(result.changes["procent"]) == "18,0\u00a0%"  # 180 / 1 000, not 50 %


def test_a_group_row_is_its_sums_ratio_and_a_zero_budget_row_has_none() -> None:
    rows = (RowSpec(("a",), "A", {"namn": "A"}, children=(
        RowSpec(("a", 0), "A1", {"namn": "A1"}, {"budget": 40, "utfall": 10}),
        RowSpec(("a", 1), "A2", {"namn": "A2"}, {"budget": 60, "utfall": 45}),
    ), subtotal="Summa A"), RowSpec(("b",), "B", {"namn": "B"}, {"budget": 0, "utfall": 7}))
    result = add_changes(compute_table(TableSpec(("t",), "totalen", COLUMNS, rows))[0])
    group, zero = result.rows
    assert as_written(group.changes["procent"]) == "55,0\u00a0%"  # 55 / 100
    assert "procent" not in zero.changes
    assert as_written(result.changes["procent"]) == "62,0\u00a0%"  # 62 / 100


@given(st.lists(st.tuples(st.integers(1, 10**9), st.integers(-(10**9), 10**9)),
                min_size=1, max_size=8), st.integers(0, 3))
def test_the_total_rows_ratio_is_the_total_over_the_total(
        rows: list[tuple[int, int]], places: int) -> None:
    spec = table(tuple(rows))
    spec = TableSpec(spec.loc, spec.name, (*COLUMNS[:3], COLUMNS[3]._replace(places=places)),
                     spec.rows, spec.unit, spec.total_label)
    result = add_changes(compute_table(spec)[0])
    value = result.changes["procent"]
    assert isinstance(value.value, Decimal) and value.percent and value.places == places
    exact = Fraction(sum(o for _, o in rows) * 100, sum(b for b, _ in rows))
    assert abs(Fraction(value.value) - exact) <= Fraction(1, 2 * 10**places)
    assert value == change(sum(b for b, _ in rows), sum(o for _, o in rows), places, ratio=True)
