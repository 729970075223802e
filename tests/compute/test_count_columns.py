"""Specification of a count column (`typ: antal`: mandat, invånare, platser): read and shown as
a number column is, summed on the total and subtotal rows and checked as an amount column is,
but no money: no unit, no rounding, a formula of counts only (`count_formula`), and a plain
number in text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.presets import general_spec
from generator.compute.stated import Mismatch, mismatch_text
from generator.compute.tables import TableResult
from generator.formatting import COUNT, exact
from generator.problems import Finding
from generator.render.tables import table_view
from generator.render.views import Cell

NBSP = "\u00a0"
COLUMNS = [TableColumn(namn="parti"), TableColumn(namn="mandat", rubrik="Mandat", typ="antal"),
           TableColumn(namn="stod", rubrik="Stöd", typ="belopp")]


def row(name: str, mandat: object = None, *children: TableRow, **extra: object) -> TableRow:
    """A row with a party, its seats and children."""
    cells = {"parti": name, **({"mandat": mandat} if mandat is not None else {}), **extra}
    return TableRow(rader=list(children), **cells)  # type: ignore[arg-type]


def table(*rows: TableRow, **options: object) -> GeneralTable:
    """A table of parties, seats and amounts (in tkr unless told)."""
    options = {"enhet": "tkr", **options}
    return GeneralTable(namn="t", kolumner=COLUMNS, rader=list(rows), **options)  # type: ignore[arg-type]


def computed(*rows: TableRow, **options: object) -> tuple[TableResult, list[Mismatch]]:
    """The table computed, read without findings."""
    spec, findings = general_spec(table(*rows, **options), ("tabeller", 0))
    assert findings == []
    return compute_table(spec)


class DescribeTheModel:
    def it_accepts_typ_antal(self) -> None:
        assert TableColumn(namn="mandat", typ="antal").typ == "antal"

    def it_lists_antal_among_the_kinds(self) -> None:
        with pytest.raises(ValidationError, match="'antal'"):
            TableColumn(namn="mandat", typ="nonsense")  # type: ignore[arg-type]


class DescribeSums:
    def it_sums_counts_on_the_total_row_and_into_groups(self) -> None:
        result, mismatches = computed(
            row("S", 10), row("Övriga", None, row("V", 2), row("MP", 1), delsumma="Summa"))
        assert mismatches == []
        assert result.totals["mandat"] == 13_000  # (whole thousandths: exact with decimals)
        assert result.rows[1].amounts["mandat"] == 3_000

    def it_keeps_counts_out_of_the_tables_sum_and_unit(self) -> None:
        result, _ = computed(row("S", 10, stod=5), row("V", 2, stod=1))
        assert result.total == 6_000  # (the first amount column's: 6 tkr)
        headers = [c.header for c in result.spec.columns]
        assert headers == ["Parti", "Mandat", "Stöd (tkr)"]

    def it_reads_decimals_and_grouped_thousands_exactly(self) -> None:
        result, _ = computed(row("a", "1 250,5"), row("b", Decimal("0.25")))
        assert exact(result.totals["mandat"], COUNT) == f"1{NBSP}250,75"

    def it_checks_a_stated_subtotal_without_kronor(self) -> None:
        _, [mismatch] = computed(row("Övriga", 4, row("V", 2), row("MP", 1)))
        assert mismatch.loc == ("tabeller", 0, "rader", 0, "mandat")
        assert mismatch_text(mismatch) == (
            "angiven summa 4 för raden 'Övriga', kolumnen 'Mandat' stämmer inte med summan av "
            "delarna 3 (den angivna är 1 för hög); rätta summan eller ta bort den så räknas "
            "den ut")

    def it_checks_a_stated_total_per_column_and_never_as_rounded(self) -> None:
        _, [mismatch] = computed(row("S", 10), row("V", 2), summa={"mandat": 13}, avrundat=True)
        assert mismatch.loc == ("tabeller", 0, "summa", "mandat")
        assert mismatch_text(mismatch) == (
            "angiven summa 13 för totalen i tabellen 't', kolumnen 'Mandat' stämmer inte med "
            "summan av delarna 12 (den angivna är 1 för hög); rätta summan eller ta bort den så "
            "räknas den ut")

    def it_reports_a_percentage_and_too_many_decimals_at_the_cell(self) -> None:
        _, findings = general_spec(table(row("a", "10 %"), row("b", "1,2345")), ("tabeller", 0))
        assert findings == [
            Finding(("tabeller", 0, "rader", 0, "mandat"),
                    "'10 %' är procent, men en kolumn med 'typ: antal' summeras och procent kan "
                    "inte läggas ihop; skriv talet utan %, eller 'typ: tal' om kolumnen är "
                    "procent (dess cell på totalraden är tom); är procenten varje rads andel av "
                    "en beloppskolumn, skriv 'typ: andel' och 'av:' med beloppskolumnens namn, "
                    "så räknas de ut och totalraden visar 100 %"),
            Finding(("tabeller", 0, "rader", 1, "mandat"),
                    "talet har för många decimaler för 'typ: antal', högst 3, skriv t.ex. 31, "
                    '"1 250" eller "12,5"')]

    def it_reports_a_row_of_percentages_among_counts_once(self) -> None:
        # (trial 58, F5: "Andel nöjda, procent" 84 %, 81 % among rows of counts per year)
        years = [TableColumn(namn="post"), TableColumn(namn="a2015", rubrik="2015", typ="antal"),
                 TableColumn(namn="a2016", rubrik="2016", typ="antal")]
        rows = [TableRow(post="Godmanskapsärenden", a2015=1329, a2016=1355),  # type: ignore[call-arg]
                TableRow(post="Andel nöjda, procent", a2015="81 %", a2016="69 %")]  # type: ignore[call-arg]
        _, findings = general_spec(GeneralTable(namn="t", kolumner=years, rader=rows),
                                   ("tabeller", 0))
        assert findings == [Finding(
            ("tabeller", 0, "rader", 1, "a2015"),
            "raden 'Andel nöjda, procent' har procent ('81 %', '69 %') i kolumner med 'typ: "
            "antal'; en kolumn har samma typ på alla sina rader, och antal summeras men procent "
            "kan inte läggas ihop; flytta raden till en egen tabell där kolumnerna har 'typ: "
            "tal', eller skriv procenten i texten")]

    def it_gives_a_derived_amount_no_value_on_a_row_of_counts_only(self) -> None:
        columns = [*COLUMNS, TableColumn(namn="dubbel", typ="belopp", formel="stod + stod")]
        spec, _ = general_spec(GeneralTable(namn="t", kolumner=columns, rader=[row("S", 10)]),
                               ("tabeller", 0))
        result, _ = compute_table(spec)
        assert result.rows[0].amounts == {"mandat": 10_000}


def written(count: Decimal) -> str:
    """A count as a secretary writes it: with a decimal comma."""
    return str(count).replace(".", ",")


counts = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(counts, min_size=1, max_size=4), min_size=1, max_size=5))
def test_the_printed_total_re_adds_from_the_printed_rows(groups: list[list[Decimal]]) -> None:
    rows = [row(f"g{g}", None, *(row(f"r{g}.{i}", written(c)) for i, c in enumerate(group)),
                delsumma=f"Summa {g}") for g, group in enumerate(groups)]
    result, _ = computed(*rows)
    printed = [(r.cells[0].text, r.cells[1]) for r in table_view(result).rows]

    def read(cell: Cell) -> Decimal:
        shown = exact(cell.amount or 0, cell.unit, cell.decimals)
        assert "kr" not in shown
        return Decimal(shown.replace(NBSP, "").replace(",", ".").replace("\u2212", "-"))

    subtotal, total = Decimal(0), Decimal(0)
    for label, cell in printed:
        if label.startswith("Summa"):
            assert read(cell) == subtotal
            total, subtotal = total + subtotal, Decimal(0)
        elif label == "Totalt":
            assert read(cell) == total == sum(c for group in groups for c in group)
        elif cell.amount is not None:
            subtotal += read(cell)
