"""Specification of a formula's quotients ('ar / 12', 'ar / 261'): each row's quotient
rounded half up on its own, a group's and the total's figure the sum of the rows as printed
(never the quotient of a sum)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.presets import general_spec
from generator.compute.tables import every_row
from generator.formatting import in_unit

NBSP = "\u00a0"


def prices(divisor: str, groups: list[list[int]]) -> GeneralTable:
    """A table of groups of rows, each row's annual price, its monthly one `ar / divisor`."""
    columns = [TableColumn(namn="mottagare"), TableColumn(namn="ar", typ="belopp"),
               TableColumn(namn="manad", typ="belopp", formel=f"ar / {divisor}")]
    rows = [TableRow(mottagare=f"g{i}", rader=[TableRow(mottagare=f"r{j}", ar=year)  # type: ignore[call-arg]
                                               for j, year in enumerate(group)])
            for i, group in enumerate(groups)]
    return GeneralTable(namn="t", kolumner=columns, rader=rows)


def printed(figure: object) -> Decimal:
    """A figure as the document prints it in kronor, read back (digits grouped, a minus)."""
    shown = in_unit(figure, "kr").removesuffix(f"{NBSP}kr")  # type: ignore[arg-type]
    return Decimal(shown.replace(NBSP, "").replace(",", ".").replace("\u2212", "-"))


divisors = st.sampled_from(["12", "2", "178", "261", "12,5"])
years = st.integers(min_value=-10**6, max_value=10**7)


@settings(max_examples=80, deadline=None)
@given(divisors, st.lists(st.lists(years, min_size=1, max_size=4), min_size=1, max_size=4))
def test_each_row_is_rounded_half_up_and_the_printed_total_is_the_sum_of_the_printed_rows(
        divisor: str, groups: list[list[int]]) -> None:
    spec, findings = general_spec(prices(divisor, groups), ("tabeller", 0))
    result, mismatches = compute_table(spec)
    assert (findings, mismatches) == ([], [])
    leaves = [r for r in every_row(result.rows) if not r.children]
    for leaf, year in zip(leaves, [y for g in groups for y in g], strict=True):
        exact = Decimal(year) / Decimal(divisor.replace(",", "."))
        assert printed(leaf.amounts["manad"]) == exact.quantize(Decimal(1), ROUND_HALF_UP)
    for group in result.rows:
        assert printed(group.amounts["manad"]) == sum(printed(c.amounts["manad"])
                                                       for c in group.children)
    assert printed(result.totals["manad"]) == sum(printed(r.amounts["manad"]) for r in leaves)


def test_a_half_krona_is_rounded_up_and_a_negative_one_away_from_zero() -> None:
    spec, _ = general_spec(prices("12", [[137_418], [-6]]), ("tabeller", 0))
    result, _ = compute_table(spec)
    assert [r.amounts["manad"] for r in result.rows] == [11_452, -1]


def per_row(kind: str, groups: list[list[tuple[int, str]]]) -> GeneralTable:
    """A table of groups of rows, each row's annual price and its days (a `kind` column), its
    price per day `ar / dagar`."""
    columns = [TableColumn(namn="mottagare"), TableColumn(namn="ar", typ="belopp"),
               TableColumn(namn="dagar", typ=kind),  # type: ignore[arg-type]
               TableColumn(namn="dag", typ="belopp", formel="ar / dagar")]
    rows = [TableRow(mottagare=f"g{i}", rader=[  # type: ignore[call-arg]
        TableRow(mottagare=f"r{j}", ar=year, dagar=days)  # type: ignore[call-arg]
        for j, (year, days) in enumerate(group)]) for i, group in enumerate(groups)]
    return GeneralTable(namn="t", kolumner=columns, rader=rows)


days = st.one_of(st.integers(min_value=1, max_value=366).map(str),
                 st.decimals(min_value=Decimal("0.5"), max_value=366, places=1).map(
                     lambda d: f"{d:f}".replace(".", ",")))


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["tal", "antal"]),
       st.lists(st.lists(st.tuples(years, days), min_size=1, max_size=4), min_size=1,
                max_size=4))
def test_a_column_divisor_rounds_each_row_once_and_the_total_is_the_sum_of_printed_rows(
        kind: str, groups: list[list[tuple[int, str]]]) -> None:
    spec, findings = general_spec(per_row(kind, groups), ("tabeller", 0))
    result, mismatches = compute_table(spec)
    assert (findings, mismatches) == ([], [])
    leaves = [r for r in every_row(result.rows) if not r.children]
    for leaf, (year, day) in zip(leaves, [row for g in groups for row in g], strict=True):
        exact = Decimal(year) / Decimal(day.replace(",", "."))
        assert printed(leaf.amounts["dag"]) == exact.quantize(Decimal(1), ROUND_HALF_UP)
    for group in result.rows:
        assert printed(group.amounts["dag"]) == sum(printed(c.amounts["dag"])
                                                     for c in group.children)
    assert printed(result.totals["dag"]) == sum(printed(r.amounts["dag"]) for r in leaves)
