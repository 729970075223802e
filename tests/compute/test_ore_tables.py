"""Specification of öre in a table in kr (trial 36, F1 and F8): amounts with öre are summed,
subtracted and compared exactly; a row with öre shows two decimals in every amount column, a
row of whole kronor none, and a total or subtotal of öre amounts shows öre."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.money import parse_in_unit
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.changes import add_changes
from generator.compute.computed import Computed
from generator.compute.presets import general_spec
from generator.compute.shares import add_shares
from generator.compute.stated import Mismatch, mismatch_text
from generator.compute.tables import TableResult, compute_table
from generator.formatting import NBSP, exact
from generator.render.tables import table_view
from generator.text.names import prose_figures

TAXA = [TableColumn(namn="avgift"), TableColumn(namn="t2018", typ="belopp"),
        TableColumn(namn="t2019", typ="belopp"),
        TableColumn(namn="okning", typ="belopp", formel="t2019 - t2018"),
        TableColumn(namn="procent", typ="forandring", fran="t2018", till="t2019", decimaler=0)]


def row(name: str, *children: TableRow, **cells: object) -> TableRow:
    """A row with a name, its cells and children."""
    return TableRow(rader=list(children), avgift=name, **cells)  # type: ignore[arg-type, call-arg]


def computed(*rows: TableRow, **options: object) -> tuple[TableResult, list[Mismatch]]:
    """The fee table computed with its changes, read without findings."""
    table = GeneralTable(namn="t", kolumner=TAXA, rader=list(rows), **options)  # type: ignore[arg-type]
    spec, findings = general_spec(table, ("tabeller", 0))
    assert findings == []
    result, mismatches = compute_table(spec)
    return add_changes(result), mismatches


def printed(result: TableResult) -> list[list[str]]:
    """The table's rows as printed: each cell's amount with its decimals, else its number."""
    return [[exact(c.amount, c.unit, c.decimals) if c.amount is not None
             else str(c.number.value) if c.number is not None else c.text
             for c in r.cells] for r in table_view(result).rows]


KLIPPAN = (row("Fast brukningsavgift", t2018="2 456", t2019="2 530"),
           row("Levererat renvatten", t2018=8, t2019="8,40"),
           row("Mottaget spillvatten", t2018="12,75", t2019="13,13"))
"""Klippans kommun, VA-taxa 2019 (kommunfullmäktige 29 november 2018)."""


class DescribeATaxa:
    def it_computes_differences_and_changes_of_ore_exactly(self) -> None:
        result, mismatches = computed(*KLIPPAN, totalt=False)
        assert mismatches == []
        assert [r.amounts["okning"] for r in result.rows] == [74, Decimal("0.40"),
                                                              Decimal("0.38")]
        assert [str(r.changes["procent"].value) for r in result.rows] == ["3", "5", "3"]

    def it_shows_ore_per_row_whole_kronor_without_decimals(self) -> None:
        result, _ = computed(*KLIPPAN, totalt=False)
        assert printed(result) == [
            ["Fast brukningsavgift", f"2{NBSP}456", f"2{NBSP}530", "74", "3"],
            ["Levererat renvatten", "8,00", "8,40", "0,40", "5"],
            ["Mottaget spillvatten", "12,75", "13,13", "0,38", "3"]]

    def it_shows_a_total_of_ore_amounts_with_ore_even_when_it_is_whole(self) -> None:
        result, _ = computed(row("a", t2018="1 250,50", t2019=1), row("b", t2018="349,50",
                                                                          t2019=2))
        assert result.totals["t2018"] == 1600
        assert printed(result)[-1][:4] == ["Totalt", f"1{NBSP}600,00", "3,00",
                                           f"\u22121{NBSP}597,00"]

    def it_shows_a_subtotal_of_ore_amounts_with_ore_and_a_whole_group_without(self) -> None:
        result, _ = computed(
            row("VA", row("renvatten", t2018="8,40", t2019="8,60"),
                row("spillvatten", t2018="1,60", t2019="1,40"), delsumma="Summa VA"),
            row("Avfall", row("kärl", t2018=900, t2019=950), delsumma="Summa avfall"))
        rows = printed(result)
        assert rows[3][:4] == ["Summa VA", "10,00", "10,00", "0,00"]
        assert rows[6][:4] == ["Summa avfall", "900", "950", "50"]
        assert rows[7][:4] == ["Totalt", "910,00", "960,00", "50,00"]

    def it_prints_figures_in_text_as_their_row_shows_them(self) -> None:
        result, _ = computed(*KLIPPAN)
        names = prose_figures_of(result)
        rows = names["rader"]
        assert [str(rows[0]["t2019"]), str(rows[1]["t2018"]), str(rows[2]["okning"])] == \
            [f"2{NBSP}530{NBSP}kr", f"8,00{NBSP}kr", f"0,38{NBSP}kr"]
        assert str(names["t2019"]) == f"2{NBSP}551,53{NBSP}kr"


def prose_figures_of(result: TableResult) -> dict[str, Any]:
    """The figures text may name in the table, as `prose_figures` gives them."""
    case = Computed(None, None, None, tables={"t": result}, splits={}, stated={})
    figures: dict[str, Any] = prose_figures(case, "kr")["tabeller"]["t"]
    return figures


class DescribeStatedFiguresWithOre:
    def it_names_both_figures_with_ore_in_a_mismatch(self) -> None:
        _, [mismatch] = computed(*KLIPPAN, summa={"t2019": "2 551,50"})
        assert mismatch_text(mismatch) == (
            f"angiven summa 2{NBSP}551,50{NBSP}kr för totalen i tabellen 't', kolumnen 'T2019 "
            f"(kr)' stämmer inte med summan av delarna 2{NBSP}551,53{NBSP}kr (den angivna är "
            f"0,03{NBSP}kr för låg); rätta summan eller ta bort den så räknas den ut")

    def it_rounds_a_list_of_ore_to_the_ore(self) -> None:
        fees = (row("a", t2018="8,40", t2019=1), row("b", t2018="12,75", t2019=1))
        result, mismatches = computed(*fees, avrundat=True, summa={"t2018": "21,16"})
        assert (mismatches, result.totals["t2018"]) == ([], Decimal("21.16"))
        _, [beyond] = computed(*fees, avrundat=True, summa={"t2018": "21,20"})
        assert mismatch_text(beyond).endswith(
            f", mer än avrundning kan förklara: 2 belopp avrundade till närmaste 0,01{NBSP}kr "
            f"kan tillsammans avvika med högst 0,01{NBSP}kr; rätta summan eller ta bort den så "
            "räknas den ut")


class DescribeATableOfWholeKronor:
    def it_has_no_ore_and_shows_its_columns_decimals(self) -> None:
        result, _ = computed(row("a", t2018=2456, t2019="2 530"))
        assert not result.spec.ore
        assert result.decimals_in(result.rows[0]) is result.decimals
        assert printed(result)[0][:4] == ["a", f"2{NBSP}456", f"2{NBSP}530", "74"]


ORE = st.integers(-(10**9), 10**9)
"""An amount in öre (up to ten million kronor either way)."""


def written(ore: int) -> str:
    """An amount in öre as a secretary types it: whole kronor without decimals."""
    return exact(Decimal(ore).scaleb(-2), "kr", real_minus=False).replace(NBSP, " ")


@settings(max_examples=200)
@given(st.lists(st.lists(ORE, min_size=1, max_size=4), min_size=1, max_size=5))
def test_every_sum_of_ore_is_exact_and_shows_ore_exactly_where_it_sums_some(
        groups: list[list[int]]) -> None:
    rows = [row(f"g{i}", *(row(f"r{i}.{j}", t2018=written(ore)) for j, ore in enumerate(group)),
                delsumma=f"Summa {i}") for i, group in enumerate(groups)]
    result, mismatches = computed(*rows)
    assert mismatches == []
    assert result.totals["t2018"] == Decimal(sum(map(sum, groups))).scaleb(-2)
    for group, shown in zip(result.rows, groups, strict=True):
        assert group.amounts["t2018"] == Decimal(sum(shown)).scaleb(-2)
        has_ore = any(ore % 100 for ore in shown)
        assert result.decimals_in(group)["t2018"] == (2 if has_ore else 0)
    total = printed(result)[-1][1]
    assert parse_in_unit(total.replace(NBSP, " ").replace("\u2212", "-"), "kr") == \
        result.totals["t2018"]
    assert ("," in total) == any(ore % 100 for group in groups for ore in group)


@settings(max_examples=200)
@given(ORE, ORE)
def test_a_difference_of_ore_is_exact_and_shown_as_its_row_shows_it(before: int,
                                                                    after: int) -> None:
    result, _ = computed(row("a", t2018=written(before), t2019=written(after)), totalt=False)
    [line] = result.rows
    assert line.amounts["okning"] == Decimal(after - before).scaleb(-2)
    places = 2 if before % 100 or after % 100 else 0
    assert set(result.decimals_in(line).values()) == {places}


def test_shares_of_ore_amounts_are_exact_and_add_up_to_100() -> None:
    columns = [TableColumn(namn="avgift"), TableColumn(namn="belopp", typ="belopp"),
               TableColumn(namn="andel", typ="andel", av="belopp")]
    rows = [row("renvatten", belopp="8,40"), row("spillvatten", belopp="12,75")]
    spec, _ = general_spec(GeneralTable(namn="t", kolumner=columns, rader=rows), ("tabeller", 0))
    result, findings = add_shares(compute_table(spec)[0])
    assert findings == []
    assert [str(r.shares["andel"].value) for r in result.rows] == ["39.7", "60.3"]
