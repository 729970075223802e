"""Specification of computed changes (`typ: forandring`): (till − från) / från × 100 of each
row's amounts, of a group's and of the totals shown, rounded half away from zero to the
column's decimals; none where `från` is 0 or missing; a negative base divided as it stands."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.compute.changes import add_changes, change
from generator.compute.checked_tables import compute_table
from generator.compute.tables import ColumnSpec, RowSpec, TableSpec
from generator.formatting import WrittenNumber, as_written

COLUMNS = (ColumnSpec("namn", "Namn"), ColumnSpec("fore", "Före", amount=True),
           ColumnSpec("efter", "Efter", amount=True),
           ColumnSpec("procent", "Förändring", change=("fore", "efter")))


def shown(before: int | None, after: int | None, places: int = 1) -> str | None:
    """The change as the document prints it, or None where there is none."""
    value = change(before, after, places)
    return None if value is None else as_written(value)


def test_a_change_is_the_difference_over_the_base_in_percent() -> None:
    assert shown(80, 90) == "12,5\u00a0%"
    assert shown(90, 80) == "\u221211,1\u00a0%"
    assert shown(1_000, 1_000) == "0,0\u00a0%"
    assert shown(500, 0) == "\u2212100,0\u00a0%"


def test_a_change_is_a_decimal_percentage_with_the_columns_decimals() -> None:
    assert change(3, 4, 0) == WrittenNumber(Decimal("33"), percent=True)
    assert change(3, 4, 3) == WrittenNumber(Decimal("33.333"), percent=True)
    assert isinstance(change(3, 4, 2).value, Decimal)  # type: ignore[union-attr]


@pytest.mark.parametrize(("before", "after", "places", "expected"), [
    (400, 401, 1, "0,3"),       # 0,25 → 0,3
    (400, 399, 1, "\u22120,3"),  # −0,25 → −0,3 (half away from zero)
    (8, 9, 0, "13"),            # 12,5 → 13
    (8, 7, 0, "\u221213"),      # −12,5 → −13
    (4000, 4001, 2, "0,03"),    # 0,025 → 0,03
    (40_000, 40_001, 3, "0,003"),  # 0,0025 → 0,003
    (400_000, 400_001, 1, "0,0"),  # 0,00025 → 0,0, never −0,0
    (400_000, 399_999, 1, "0,0"),
])
def test_a_half_is_rounded_up_away_from_zero(before: int, after: int, places: int,
                                             expected: str) -> None:
    assert shown(before, after, places) == f"{expected}\u00a0%"


def test_a_negative_base_is_divided_as_it_stands() -> None:
    assert shown(-100, -110) == "10,0\u00a0%"    # the (negative) amount has grown
    assert shown(-100, -50) == "\u221250,0\u00a0%"
    assert shown(-100, 100) == "\u2212200,0\u00a0%"
    assert shown(-8, -9, 0) == "13\u00a0%"


def test_there_is_no_change_from_zero_or_from_or_to_a_missing_amount() -> None:
    assert change(0, 500, 1) is None
    assert change(0, 0, 1) is None
    assert change(None, 500, 1) is None
    assert change(500, None, 1) is None


@given(st.integers(1, 10**15), st.integers(-(10**15), 10**15), st.integers(0, 3))
def test_for_a_positive_base_the_sign_follows_the_difference(before: int, after: int,
                                                              places: int) -> None:
    value = change(before, after, places)
    assert value is not None
    exact = Fraction((after - before) * 100, before)
    if abs(exact) >= Fraction(1, 2 * 10**places):  # (less prints as 0)
        assert (value.value > 0) == (after > before)
    else:
        assert value.value == 0


@given(st.integers(-(10**12), 10**12).filter(bool), st.integers(-(10**12), 10**12),
       st.integers(0, 3))
def test_the_printed_change_is_at_most_half_a_step_from_the_exact_one(
        before: int, after: int, places: int) -> None:
    value = change(before, after, places)
    assert value is not None
    assert value.percent and value.places == places
    exact = Fraction((after - before) * 100, before)
    assert abs(Fraction(value.value) - exact) <= Fraction(1, 2 * 10**places)


M = 100_000
"""0,1 mnkr in kronor: the step of a list in mnkr with one decimal."""


def table(rounded: bool = False, stated_total: dict[str, int] | None = None) -> TableSpec:
    """Two groups in mnkr (the first with subtotals stated under `avrundat`) and a row with a
    base of 0."""
    stated = {"fore": 99 * M, "efter": 105 * M} if rounded else {}
    rows = (
        RowSpec(("a",), "A", {"namn": "A"}, stated=stated, children=(
            RowSpec(("a", 0), "A1", {"namn": "A1"}, {"fore": 40 * M, "efter": 50 * M}),
            RowSpec(("a", 1), "A2", {"namn": "A2"}, {"fore": 60 * M, "efter": 54 * M}),
        ), subtotal="Summa A"),
        RowSpec(("b",), "B", {"namn": "B"}, {"fore": 0, "efter": 7 * M}),
    )
    return TableSpec(("t",), "totalen", COLUMNS, rows, "mnkr", "Totalt",
                     stated_total or {}, rounded=rounded)


def test_every_row_group_and_the_total_get_their_change_and_a_zero_base_none() -> None:
    result, _ = compute_table(table())
    changed = add_changes(result)
    group, zero = changed.rows
    assert [as_written(c.changes["procent"]) for c in group.children] == [
        "25,0\u00a0%", "\u221210,0\u00a0%"]
    assert as_written(group.changes["procent"]) == "4,0\u00a0%"  # 100 → 104, not 25 − 10
    assert "procent" not in zero.changes
    assert as_written(changed.changes["procent"]) == "11,0\u00a0%"  # 100 → 111


def test_under_avrundat_the_changes_are_of_the_stated_subtotals_and_totals() -> None:
    result, mismatches = compute_table(table(rounded=True, stated_total={"efter": 113 * M}))
    changed = add_changes(result)
    assert mismatches == []
    assert as_written(changed.rows[0].changes["procent"]) == "6,1\u00a0%"  # 99 → 105
    assert as_written(changed.changes["procent"]) == "14,1\u00a0%"  # 99 → 113 (stated)


def test_a_table_without_a_change_column_is_left_as_it_is() -> None:
    spec = TableSpec(("t",), "totalen", COLUMNS[:2], (RowSpec((), "A", {}, {"fore": 1}),))
    result, _ = compute_table(spec)
    assert add_changes(result) is result
