"""Specification of öre in a table in kr (trial 36, F1 and F8; trial 38, F5; trial 64, F7):
amounts with öre are summed, subtracted and compared exactly. A column prints every amount,
its subtotals and its total with two decimals when one of them has öre ("42" as 42,00 beside
"21,50", as a price list writes them), and none when all are whole kronor, whatever the other
columns hold; text names an amount without öre that are zero."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.case.money import parse_in_unit
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.changes import add_changes
from generator.compute.checked_tables import compute_table
from generator.compute.computed import Computed
from generator.compute.presets import general_spec
from generator.compute.prose_figures import prose_figures
from generator.compute.shares import add_shares
from generator.compute.stated import Mismatch, mismatch_text
from generator.compute.tables import TableResult
from generator.formatting import NBSP, decimals_of, exact
from generator.render.tables import table_view

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

    def it_shows_every_fee_of_a_column_with_ore_when_one_has_them(
            self) -> None:
        result, _ = computed(*KLIPPAN, totalt=False)
        assert printed(result) == [
            ["Fast brukningsavgift", f"2{NBSP}456,00", f"2{NBSP}530,00", "74,00", "3"],
            ["Levererat renvatten", "8,00", "8,40", "0,40", "5"],
            ["Mottaget spillvatten", "12,75", "13,13", "0,38", "3"]]

    def it_shows_a_fee_typed_with_two_decimals_with_them_though_it_is_whole(self) -> None:
        result, _ = computed(row("Levererat renvatten", t2018="8,00", t2019="8,40"),
                             row("Fast brukningsavgift", t2018="2 456,00", t2019="2 530"),
                             totalt=False)
        assert printed(result) == [["Levererat renvatten", "8,00", "8,40", "0,40", "5"],
                                   ["Fast brukningsavgift", f"2{NBSP}456,00",
                                    f"2{NBSP}530,00", "74,00", "3"]]

    def it_shows_a_total_of_ore_amounts_with_ore_even_when_it_is_whole(self) -> None:
        result, _ = computed(row("a", t2018="1 250,50", t2019=1), row("b", t2018="349,50",
                                                                          t2019=2))
        assert result.totals["t2018"] == 1600
        assert printed(result)[-1][:4] == ["Totalt", f"1{NBSP}600,00", "3",
                                           f"\u22121{NBSP}597,00"]

    def it_shows_a_whole_groups_subtotal_with_ore_when_its_column_has_them(self) -> None:
        result, _ = computed(
            row("VA", row("renvatten", t2018="8,40", t2019="8,60"),
                row("spillvatten", t2018="1,60", t2019="1,40"), delsumma="Summa VA"),
            row("Avfall", row("kärl", t2018=900, t2019=950), delsumma="Summa avfall"))
        rows = printed(result)
        assert rows[3][:4] == ["Summa VA", "10,00", "10,00", "0,00"]
        assert rows[6][:4] == ["Summa avfall", "900,00", "950,00", "50,00"]
        assert rows[7][:4] == ["Totalt", "910,00", "960,00", "50,00"]

    def it_prints_figures_in_text_as_their_cells_show_them(self) -> None:
        result, _ = computed(*KLIPPAN)
        names = prose_figures_of(result)
        rows = names["rader"]
        assert [str(rows[0]["t2019"]), str(rows[1]["t2018"]), str(rows[1]["t2019"]),
                str(rows[2]["okning"])] == \
            [f"2{NBSP}530{NBSP}kr", f"8{NBSP}kr", f"8,40{NBSP}kr", f"0,38{NBSP}kr"]
        assert (str(names["t2018"]), str(names["t2019"])) == \
            (f"2{NBSP}476,75{NBSP}kr", f"2{NBSP}551,53{NBSP}kr")


MEALS = [TableColumn(namn="grupp"), TableColumn(namn="frukost", typ="belopp"),
         TableColumn(namn="mellanmal", typ="belopp"), TableColumn(namn="lunch", typ="belopp")]


def meal(group: str, **prices: object) -> TableRow:
    """A row of the price list: its group and its prices by meal."""
    return TableRow(grupp=group, **prices)  # type: ignore[arg-type, call-arg]


class DescribeAPriceListOfMeals:
    """Vetlanda kommun, prislista för måltider (trial 38, F5): the columns are meals, not
    years; a meal's prices print with öre when one of them has öre, and a column of whole
    kronor without (trial 64, F7)."""

    def it_prints_a_column_with_one_price_in_ore_with_ore_throughout(self) -> None:
        rows = [meal("Pedagogisk måltid skola", frukost="21,50", mellanmal="21,50", lunch=42),
                meal("Pedagogisk måltid förskola", frukost=20, mellanmal=20, lunch=39),
                meal("Praktikant", frukost=20, mellanmal="21,50", lunch=42)]
        table = GeneralTable(namn="t", kolumner=MEALS, totalt=False, rader=rows)
        spec, _ = general_spec(table, ("tabeller", 0))
        result, _ = compute_table(spec)
        assert printed(result) == [["Pedagogisk måltid skola", "21,50", "21,50", "42"],
                                   ["Pedagogisk måltid förskola", "20,00", "20,00", "39"],
                                   ["Praktikant", "20,00", "21,50", "42"]]
        first = prose_figures_of(result)["rader"][0]
        assert (str(first["lunch"]), str(first["frukost"])) == \
            (f"42{NBSP}kr", f"21,50{NBSP}kr")


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


class DescribeFiguresWithZeroOreInText:
    """Trial 49, F4: a bidrag in whole kronor from rates with öre printed "sammanlagt
    38 584,00 kr" in the decision, and a message echoed "19 883,00 kr" for a cell typed
    19 883. The table keeps its column's decimals; text and messages drop öre that are
    zero."""

    def it_writes_a_whole_total_without_ore_in_text_but_keeps_them_in_the_table(self) -> None:
        result, _ = computed(row("a", t2018="8,40", t2019="9,60"), row("b", t2018=8, t2019=9))
        assert printed(result)[-1][1:4] == ["16,40", "18,60", "2,20"]
        figures = prose_figures_of(result)
        assert [str(figures["rader"][0]["okning"]), str(figures["rader"][1]["t2018"])] == \
            [f"1,20{NBSP}kr", f"8{NBSP}kr"]
        whole, _ = computed(row("a", t2018="8,40", t2019="9,60"), row("b", t2018="0,60", t2019=1))
        assert printed(whole)[-1][1] == "9,00"
        assert str(prose_figures_of(whole)["t2018"]) == f"9{NBSP}kr"

    def it_echoes_a_whole_krona_figure_without_ore_in_a_message(self) -> None:
        _, [mismatch] = computed(row("a", t2018="8,40"), row("b", t2018="0,60"),
                                 summa={"t2018": 10})
        assert mismatch_text(mismatch) == (
            f"angiven summa 10{NBSP}kr för totalen i tabellen 't', kolumnen 'T2018 (kr)' stämmer "
            f"inte med summan av delarna 9{NBSP}kr (den angivna är 1{NBSP}kr för hög); rätta "
            "summan eller ta bort den så räknas den ut")


class DescribeATableOfWholeKronor:
    def it_shows_no_decimals_anywhere(self) -> None:
        result, _ = computed(row("a", t2018=2456, t2019="2 530"), row("b", t2018=8, t2019=9))
        assert set(result.decimals.values()) == {0}
        assert [line[:4] for line in printed(result)] == [
            ["a", f"2{NBSP}456", f"2{NBSP}530", "74"], ["b", "8", "9", "1"],
            ["Totalt", f"2{NBSP}464", f"2{NBSP}539", "75"]]


ORE = st.one_of(st.integers(-(10**7), 10**7).map(lambda kronor: kronor * 100),
               st.integers(-(10**9), 10**9))
"""An amount in öre (up to ten million kronor either way), whole kronor half the time."""
TYPED = st.tuples(ORE, st.booleans())
"""An amount in öre as typed: with two decimals, or (if it is whole kronor and the flag is
False) without."""


def written(typed: tuple[int, bool]) -> str:
    """An amount as a secretary types it: whole kronor without decimals unless the flag says
    "8,00", öre with two decimals."""
    ore, _ = typed
    kronor = Decimal(ore).scaleb(-2) if with_decimals(typed) else ore // 100
    return exact(kronor, "kr", real_minus=False).replace(NBSP, " ")


def with_decimals(typed: tuple[int, bool]) -> bool:
    """Whether the amount is typed with two decimals."""
    return bool(typed[0] % 100 or typed[1])


def read_back(shown: str) -> object:
    """A printed amount read as a case would state it."""
    return parse_in_unit(shown.replace(NBSP, " ").replace("\u2212", "-"), "kr")


@settings(max_examples=200)
@given(st.lists(st.lists(TYPED, min_size=1, max_size=4), min_size=1, max_size=5))
def test_every_sum_is_exact_and_prints_decimals_where_any_amount_of_its_column_has_them(
        groups: list[list[tuple[int, bool]]]) -> None:
    rows = [row(f"g{i}", *(row(f"r{i}.{j}", t2018=written(typed))
                           for j, typed in enumerate(group)),
                delsumma=f"Summa {i}") for i, group in enumerate(groups)]
    result, mismatches = computed(*rows)
    assert mismatches == []
    exact_total = Decimal(sum(ore for group in groups for ore, _ in group)).scaleb(-2)
    assert result.totals["t2018"] == exact_total
    lines = printed(result)
    subtotals = [line[1] for line in lines if line[0].startswith("Summa")]
    in_ore = any(with_decimals(typed) for group in groups for typed in group)
    for group, shown, subtotal in zip(result.rows, groups, subtotals, strict=True):
        assert group.amounts["t2018"] == Decimal(sum(ore for ore, _ in shown)).scaleb(-2)
        assert ("," in subtotal) == in_ore
        assert read_back(subtotal) == group.amounts["t2018"]
    total = lines[-1][1]
    assert ("," in total) == in_ore
    read = read_back(total)
    assert (read, str(read)) == (result.totals["t2018"], str(result.totals["t2018"]))


@settings(max_examples=200)
@given(TYPED, TYPED)
def test_a_difference_is_exact_and_prints_decimals_where_a_term_is_typed_with_them(
        before: tuple[int, bool], after: tuple[int, bool]) -> None:
    result, _ = computed(row("a", t2018=written(before), t2019=written(after)), totalt=False)
    [line] = result.rows
    difference = line.amounts["okning"]
    assert difference == Decimal(after[0] - before[0]).scaleb(-2)
    assert decimals_of(Decimal(difference)) <= 2
    [[_, shown_before, shown_after, shown, _]] = printed(result)
    assert [shown_before, shown_after] == \
        [written(typed).replace(" ", NBSP).replace("-", "\u2212") for typed in (before, after)]
    assert ("," in shown) == (with_decimals(before) or with_decimals(after))
    assert read_back(shown) == difference


def test_shares_of_ore_amounts_are_exact_and_add_up_to_100() -> None:
    columns = [TableColumn(namn="avgift"), TableColumn(namn="belopp", typ="belopp"),
               TableColumn(namn="andel", typ="andel", av="belopp")]
    rows = [row("renvatten", belopp="8,40"), row("spillvatten", belopp="12,75")]
    spec, _ = general_spec(GeneralTable(namn="t", kolumner=columns, rader=rows), ("tabeller", 0))
    result, findings = add_shares(compute_table(spec)[0])
    assert findings == []
    assert [str(r.shares["andel"].value) for r in result.rows] == ["39.7", "60.3"]
