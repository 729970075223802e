"""Specification of computed shares (`typ: andel`): each row's share of an amount (or count)
column's total, in percent, rounded so that the printed shares add up to exactly 100 (and a group's
sub-rows to exactly the group's printed share), each less than one step of the last decimal
from the exact share."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.compute.checked_tables import compute_table
from generator.compute.rounding import round_to_total
from generator.compute.shares import add_shares, percent
from generator.compute.tables import ColumnSpec, RowResult, RowSpec, TableSpec
from generator.formatting import Kronor, WrittenNumber, as_written
from generator.problems import Finding

Tree = Sequence[object]
"""Rows: an amount, None (no amount) or a tuple of sub-rows."""


def columns(places: int = 1, counted: bool = False) -> tuple[ColumnSpec, ...]:
    """A name, an amount (or, `counted`, a count: places per sektor) and its share with
    `places` decimals."""
    figures = ColumnSpec("belopp", "Platser", counted=True) if counted \
        else ColumnSpec("belopp", "Belopp", amount=True)
    return (ColumnSpec("namn", "Namn"), figures,
            ColumnSpec("andel", "Andel", share_of="belopp", places=places))


def spec_rows(tree: Tree) -> tuple[RowSpec, ...]:
    """Rows from amounts (None: no amount) and tuples of sub-rows."""
    return tuple(RowSpec((), "raden", children=spec_rows(item)) if isinstance(item, tuple)
                 else RowSpec((), "raden", stated={"belopp": item} if isinstance(item, int)
                              else {})
                 for item in tree)


def shares_of(tree: Tree, places: int = 1,
              counted: bool = False) -> tuple[tuple[RowResult, ...], list[Finding]]:
    """The computed rows of the tree with their shares (of counts, `counted`), and what could
    not be computed."""
    spec = TableSpec(("tabeller", 0), "t", columns(places, counted), spec_rows(tree))
    result, _ = compute_table(spec)
    shared, findings = add_shares(result)
    return shared.rows, findings


def printed(rows: Sequence[RowResult]) -> list[str | None]:
    """The printed shares of the rows (None where a row has none)."""
    return [as_written(r.shares["andel"]) if "andel" in r.shares else None for r in rows]


def test_each_row_gets_its_share_of_the_total_in_percent_with_one_decimal() -> None:
    rows, findings = shares_of([50_000, 40_000, 80_000, 35_000])
    assert findings == []
    assert printed(rows) == ["24,4\u00a0%", "19,5\u00a0%", "39,0\u00a0%", "17,1\u00a0%"]


def test_thirds_are_rounded_so_that_they_add_up_to_exactly_100() -> None:
    rows, _ = shares_of([1, 1, 1])
    assert printed(rows) == ["33,4\u00a0%", "33,3\u00a0%", "33,3\u00a0%"]
    rows, _ = shares_of([1, 1, 1], places=0)
    assert printed(rows) == ["34\u00a0%", "33\u00a0%", "33\u00a0%"]
    rows, _ = shares_of([1, 1, 1], places=3)
    assert printed(rows) == ["33,334\u00a0%", "33,333\u00a0%", "33,333\u00a0%"]


def test_sub_rows_get_their_share_of_the_whole_table_adding_up_to_their_group() -> None:
    rows, _ = shares_of([(1, 1, 1), 3])
    assert printed(rows) == ["50,0\u00a0%", "50,0\u00a0%"]
    assert printed(rows[0].children) == ["16,7\u00a0%", "16,7\u00a0%", "16,6\u00a0%"]


def test_a_row_without_an_amount_gets_no_share_and_a_zero_gets_zero() -> None:
    rows, _ = shares_of([None, 0, 5])
    assert printed(rows) == [None, "0,0\u00a0%", "100,0\u00a0%"]


def test_a_zero_total_or_a_negative_amount_is_reported_at_the_column_and_gives_no_shares(
        ) -> None:
    rows, findings = shares_of([0, None, 0])
    assert printed(rows) == [None, None, None]
    assert findings == [Finding(("tabeller", 0, "kolumner", 2, "av"), (
        "andelarna i kolumnen 'andel' kan inte räknas ut eftersom summan av 'belopp' är 0, "
        "ange beloppen i 'belopp' eller ta bort kolumnen"))]
    rows, findings = shares_of([5, (3, -1)])
    assert printed(rows) == [None, None]
    assert [f.message for f in findings] == [
        "andelarna i kolumnen 'andel' kan inte räknas ut, raden har ett negativt belopp i "
        "'belopp'; andelar räknas bara av belopp som är 0 eller mer"]


def trees(depth: int = 2) -> st.SearchStrategy[list[object]]:
    """Rows of amounts (some missing, some zero), perhaps with sub-rows, at least one > 0."""
    leaf = st.one_of(st.none(), st.integers(0, 10**9), st.integers(1, 9))
    item: st.SearchStrategy[object] = leaf if depth == 0 else st.one_of(
        leaf, trees(depth - 1).map(tuple))
    return st.lists(item, min_size=1, max_size=12).filter(lambda t: _total(t) > 0)


def _total(tree: Tree) -> int:
    """The sum of every amount in the tree."""
    return sum(_total(i) if isinstance(i, tuple) else i if isinstance(i, int) else 0
               for i in tree)


def _units(share: WrittenNumber, places: int) -> int:
    """A printed share in steps of its last decimal."""
    assert share.percent and share.value.as_tuple().exponent == -places
    return int(share.value.scaleb(places))


def _check(rows: Sequence[RowResult], places: int, total: Kronor, units: int) -> None:
    """The rows' shares add up to `units` steps; each is within a step of the exact share."""
    having = [r for r in rows if "belopp" in r.amounts]
    assert sum(_units(r.shares["andel"], places) for r in having) == units
    for row in having:
        exact = Fraction(row.amounts["belopp"]) * 100 * 10**places / Fraction(total)
        assert abs(_units(row.shares["andel"], places) - exact) < 1
        if row.children:
            _check(row.children, places, total, _units(row.shares["andel"], places))


@settings(max_examples=300)
@given(trees(), st.integers(0, 3))
def test_printed_shares_add_up_to_exactly_100_and_each_is_within_a_step_of_its_share(
        tree: list[object], places: int) -> None:
    rows, findings = shares_of(tree, places)
    assert findings == []
    total = sum(r.amounts.get("belopp", 0) for r in rows)
    _check(rows, places, total, 100 * 10**places)


def test_a_count_column_gets_its_shares_as_an_amount_column_does() -> None:
    # (trial 94, F6: the share of the places per sektor, 20, 3 and 8 of 31)
    rows, findings = shares_of([20, 3, 8], counted=True)
    assert findings == []
    assert printed(rows) == ["64,5\u00a0%", "9,7\u00a0%", "25,8\u00a0%"]


@settings(max_examples=200)
@given(trees(), st.integers(0, 3))
def test_shares_of_counts_add_up_exactly_as_shares_of_the_same_amounts_do(
        tree: list[object], places: int) -> None:
    counts, findings = shares_of(tree, places, counted=True)
    assert findings == []
    total = sum(r.amounts.get("belopp", 0) for r in counts)
    _check(counts, places, total, 100 * 10**places)
    amounts, _ = shares_of(tree, places)
    assert _every_share(counts) == _every_share(amounts)


def _every_share(rows: Sequence[RowResult]) -> list[object]:
    """Every row's printed share, sub-rows after their group."""
    return [item for r in rows for item in (printed([r]), _every_share(r.children))]


@given(st.lists(st.fractions(0, 1000), min_size=1, max_size=10))
def test_the_rounding_rule_adds_up_and_moves_each_value_less_than_one_unit(
        exact: list[Fraction]) -> None:
    units = round(sum(exact, Fraction(0)))
    counts = round_to_total(units, exact)
    assert sum(counts) == units
    assert all(abs(c - e) < 1 for c, e in zip(counts, exact, strict=True))


def test_percent_keeps_the_decimals_asked_for() -> None:
    assert percent(1000, 1) == WrittenNumber(Decimal("100.0"), percent=True)
    assert as_written(percent(5, 0)) == "5\u00a0%"
