"""Specification of a row computed from other rows of its table (`rad_namn`, `rad_formel`):
"Kvar att fördela" = "Ram" − "Fördelat", "Netto" = "Intäkter" − "Kostnader" (trial 62).
Every amount and count column of the row is computed, exactly; a figure typed in the row is
checked as a formula column's is; the row is in no sum, and at the table's end it stands
under the total row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.presets import general_spec
from generator.compute.stated import Mismatch, mismatch_text
from generator.compute.tables import TableResult
from generator.problems import Finding
from generator.render.tables import table_view

COLUMNS = [TableColumn(namn="post", rubrik="Post"),
           TableColumn(namn="b24", rubrik="Budget 2024", typ="belopp"),
           TableColumn(namn="b25", rubrik="Budget 2025", typ="belopp"),
           TableColumn(namn="platser", rubrik="Platser", typ="antal")]


def row(post: str, name: str | None = None, formula: str | None = None, *children: TableRow,
        **cells: object) -> TableRow:
    """A row with its text, short name, formula, children and cells."""
    fields = {"post": post, "rad_namn": name, "rad_formel": formula, **cells}
    return TableRow(rader=list(children), **fields)  # type: ignore[arg-type]


def read(*rows: TableRow, **options: object) -> tuple[TableResult, list[Mismatch], list[Finding]]:
    """The table (in tkr unless told) computed, with its mismatches and findings."""
    options = {"enhet": "tkr", **options}
    table = GeneralTable(namn="ram", kolumner=COLUMNS, rader=list(rows),
                         **options)  # type: ignore[arg-type]
    spec, findings = general_spec(table, ("tabeller", 0))
    result, mismatches = compute_table(spec)
    return result, mismatches, findings


def computed(*rows: TableRow, **options: object) -> tuple[TableResult, list[Mismatch]]:
    """The table computed, read without findings."""
    result, mismatches, findings = read(*rows, **options)
    assert findings == []
    return result, mismatches


def messages(*rows: TableRow, **options: object) -> list[tuple[tuple[str | int, ...], str]]:
    """What reading the table reports, by place."""
    return [(finding.loc, finding.message) for finding in read(*rows, **options)[2]]


RAM = row("Ram", "ram", None, b24=1000, b25="1 100", platser=40)
FORDELAT = row("Fördelat", "fordelat", None, b24="612,5", b25=700, platser=25)


class DescribeComputing:
    def it_computes_every_amount_and_count_column_from_the_named_rows(self) -> None:
        result, mismatches = computed(RAM, FORDELAT, row("Kvar att fördela", None,
                                                         "ram - fordelat"))
        assert mismatches == []
        assert dict(result.rows[2].amounts) == {"b24": 387_500, "b25": 400_000,
                                                "platser": 15_000}

    def it_keeps_the_row_out_of_the_total(self) -> None:
        result, _ = computed(RAM, FORDELAT, row("Kvar att fördela", None, "ram - fordelat"))
        assert result.totals["b24"] == 1_612_500

    def it_counts_a_figure_a_named_row_lacks_as_zero(self) -> None:
        result, _ = computed(row("Intäkter", "in", None, b24=5), row("Kostnader", "ut", None),
                             row("Netto", None, "in - ut"))
        assert dict(result.rows[2].amounts) == {"b24": 5_000}

    def it_computes_from_a_groups_sum_and_stays_out_of_its_group(self) -> None:
        group = row("Intäkter", "intakter", None, row("Skatt", "skatt", None, b24=900),
                    row("Avgifter", None, None, b24=100),
                    row("Varav ej skatt", None, "intakter - skatt"), delsumma="Summa intäkter")
        result, _ = computed(group, row("Kostnader", "kostnader", None, b24=-800),
                             row("Netto", None, "intakter + kostnader"))
        assert result.rows[0].amounts["b24"] == 1_000_000
        assert result.rows[2].amounts["b24"] == 200_000
        assert result.totals["b24"] == 200_000

    def it_takes_a_row_computed_from_other_computed_rows(self) -> None:
        result, _ = computed(row("Totalt kvar", None, "kvar + reserv"), RAM, FORDELAT,
                             row("Kvar", "kvar", "ram - fordelat"),
                             row("Reserv", "reserv", None, b24=10))
        assert result.rows[0].amounts["b24"] == 397_500

    def it_prints_the_rows_at_the_end_under_the_total_row(self) -> None:
        result, _ = computed(RAM, FORDELAT, row("Kvar", None, "ram - fordelat"))
        labels = [r.cells[0].text for r in table_view(result).rows]
        assert labels == ["Ram", "Fördelat", "Totalt", "Kvar"]

    def it_prints_a_row_in_the_middle_where_it_stands(self) -> None:
        result, _ = computed(RAM, row("Kvar", None, "ram - fordelat"), FORDELAT)
        labels = [r.cells[0].text for r in table_view(result).rows]
        assert labels == ["Ram", "Kvar", "Fördelat", "Totalt"]


KALKYL = [TableColumn(namn="post", rubrik="Post"),
          TableColumn(namn="timmar", rubrik="Timmar", typ="antal"),
          TableColumn(namn="pris", rubrik="Timlön", typ="belopp", summeras=False),
          TableColumn(namn="belopp", rubrik="Belopp", typ="belopp", formel="timmar * pris")]
"""Trial 94, F11: a kalkyl with a price per row (`summeras: nej`) beside the summed amounts."""


def kalkyl(*rows: TableRow, columns: list[TableColumn] = KALKYL) -> TableResult:
    """A table of the kalkyl's columns (or others) in kr, computed without findings."""
    table = GeneralTable(namn="kalkyl", kolumner=columns, rader=list(rows), totalt=False)
    spec, findings = general_spec(table, ("tabeller", 0))
    assert findings == []
    return compute_table(spec)[0]


LON = row("Lön", "lon", None, timmar=60, pris=85)


class DescribeCellsLeftAsTheRowHasThem:
    def it_leaves_a_price_per_row_beside_summed_amounts_empty(self) -> None:
        result = kalkyl(LON, row("Personalomkostnader", "po", "lon * 31,42 %"),
                        row("Kostnad", None, "lon + po"))
        assert [dict(r.amounts) for r in result.rows[1:]] == [
            {"belopp": 1_602}, {"timmar": 60_000, "belopp": 6_702}]

    def it_keeps_a_dash_or_a_figure_typed_in_a_cell_it_leaves(self) -> None:
        result = kalkyl(LON, row("Personalomkostnader", "po", "lon * 31,42 %", pris="–",
                                 timmar=5))
        assert dict(result.rows[1].amounts) == {"timmar": 5_000, "belopp": 1_602}
        assert result.rows[1].spec.words == {"pris": "–"}
        assert [c.text or c.amount for c in table_view(result).rows[1].cells] == [
            "Personalomkostnader", 5_000, "–", 1_602]
        dashed = kalkyl(LON, row("Ökning", None, "lon + lon", belopp="–"))
        assert dict(dashed.rows[1].amounts) == {"timmar": 120_000}

    def it_computes_a_price_list_whose_every_column_is_a_price(self) -> None:
        prices = [TableColumn(namn="post", rubrik="Post"),
                  TableColumn(namn="pris", rubrik="Pris", typ="belopp", summeras=False)]
        result = kalkyl(row("Vuxen", "vuxen", None, pris=120),
                        row("Barn", None, "vuxen * 50 %"), columns=prices)
        assert dict(result.rows[1].amounts) == {"pris": 60}


class DescribeTypedFigures:
    def it_accepts_a_typed_figure_that_is_right(self) -> None:
        _, mismatches = computed(RAM, FORDELAT,
                                 row("Kvar", None, "ram - fordelat", b24="387,5", platser=15))
        assert mismatches == []

    def it_checks_a_typed_figure_as_a_formula_columns(self) -> None:
        _, [mismatch] = computed(RAM, row("Kostnader", "kostnader", None, b24=-800),
                                 row("Netto", None, "ram + kostnader", b24=300))
        assert mismatch.loc == ("tabeller", 0, "rader", 2, "b24")
        assert mismatch_text(mismatch) == (
            "angivet belopp 300\u00a0tkr för raden 'Netto', kolumnen 'Budget 2024 (tkr)' "
            "stämmer inte med uträkningen Ram + Kostnader (1\u00a0000\u00a0tkr + "
            "(\u2212800\u00a0tkr)) = 200\u00a0tkr (det angivna är 100\u00a0tkr för högt); "
            "rätta beloppet eller ta bort det så räknas det ut")

    def it_checks_a_typed_count_exactly(self) -> None:
        _, [mismatch] = computed(RAM, FORDELAT, row("Kvar", None, "ram - fordelat", platser=16))
        assert mismatch_text(mismatch) == (
            "angivet tal 16 för raden 'Kvar', kolumnen 'Platser' stämmer inte med uträkningen "
            "Ram − Fördelat (40 − 25) = 15 (det angivna är 1 för högt); rätta talet eller ta "
            "bort det så räknas det ut")

    def it_tells_a_figure_right_with_a_wrong_figure_of_a_row_it_is_computed_from(self) -> None:
        # (trial 92, F12: one slip gave two errors, the second not pointing back)
        _, [first, second] = computed(
            RAM, FORDELAT, row("Kvar", "kvar", "ram - fordelat", b24=380),
            row("Extra", "extra", None, b24=20), row("Summa", None, "kvar + extra", b24=400))
        assert "stämmer det" not in mismatch_text(first)
        assert mismatch_text(second) == (
            "angivet belopp 400,0\u00a0tkr för raden 'Summa', kolumnen 'Budget 2024 (tkr)' "
            "stämmer inte med uträkningen Kvar + Extra (387,5\u00a0tkr + 20\u00a0tkr) = "
            "407,5\u00a0tkr (det angivna är 7,5\u00a0tkr för lågt); med det angivna beloppet "
            "380,0\u00a0tkr på raden 'Kvar' stämmer det, så felet börjar där: rätta båda eller "
            "ta bort dem så räknas de ut")

    def it_tells_nothing_of_the_row_before_where_the_figure_is_wrong_with_it_too(self) -> None:
        _, [_, second] = computed(
            RAM, FORDELAT, row("Kvar", "kvar", "ram - fordelat", b24=380),
            row("Extra", "extra", None, b24=20), row("Summa", None, "kvar + extra", b24=500))
        assert "stämmer det" not in mismatch_text(second)

    def it_takes_a_figure_rounding_explains_in_a_table_of_rounded_amounts(self) -> None:
        result, mismatches = computed(row("Ram", "ram", None, b24="1 000,4"),
                                      row("Fördelat", "fordelat", None, b24="612,4"),
                                      row("Kvar", None, "ram - fordelat", b24="388,1"),
                                      avrundat=True)
        assert mismatches == []
        assert result.rows[2].amounts["b24"] == Decimal(388_100)

    def it_keeps_the_typed_figures_of_a_row_whose_formula_cannot_be_read(self) -> None:
        result, _, _ = read(RAM, row("Kvar", None, "ram * ram", b24=5))
        assert dict(result.rows[1].amounts) == {"b24": 5_000}
        assert result.totals["b24"] == 1_000_000


class DescribeErrors:
    def it_suggests_the_nearest_row_for_a_misspelt_name(self) -> None:
        assert messages(RAM, FORDELAT, row("Kvar", None, "ram - fordelt")) == [
            (("tabeller", 0, "rader", 2, "rad_formel"),
             "'fordelt' i formeln är ingen rad i tabellen, menade du 'fordelat'?")]

    def it_lists_the_named_rows_for_a_name_near_none(self) -> None:
        assert messages(RAM, FORDELAT, row("Kvar", None, "ram - xyz"), totalt=False) == [
            (("tabeller", 0, "rader", 2, "rad_formel"),
             "'xyz' i formeln är ingen rad i tabellen; raderna med kort namn (rad_namn) är: "
             "ram, fordelat")]

    def it_tells_a_table_with_a_total_that_a_sum_of_rows_is_a_groups(self) -> None:
        # (trial 67, F2: 'ram - totalt' for the rows above the ram)
        assert messages(RAM, FORDELAT, row("Kvar", None, "ram - totalt")) == [
            (("tabeller", 0, "rader", 2, "rad_formel"),
             "'totalt' i formeln är ingen rad i tabellen; raderna med kort namn (rad_namn) är: "
             "ram, fordelat; tabellens total och en grupps delsumma är inga rader, men en grupp "
             "räknas med sin summa: lägg raderna som ska räknas ihop i en grupp (under en rad "
             "med 'rader') och ge gruppen ett rad_namn")]

    def it_names_a_group_with_a_short_name_to_count_instead(self) -> None:
        group = row("Fördelat", "fordelat", None, row("Skola", None, None, b24=400),
                    row("Vård", None, None, b24=200))
        assert messages(group, RAM, row("Kvar", None, "ram - totalt"), totalt=False) == [
            (("tabeller", 0, "rader", 2, "rad_formel"),
             "'totalt' i formeln är ingen rad i tabellen; raderna med kort namn (rad_namn) är: "
             "fordelat, ram; tabellens total och en grupps delsumma är inga rader, men en "
             "grupp räknas med sin summa: räkna med gruppens namn, t.ex. 'fordelat'")]

    def it_refuses_a_row_that_names_itself(self) -> None:
        assert messages(RAM, row("Kvar", "kvar", "ram - kvar")) == [
            (("tabeller", 0, "rader", 1, "rad_formel"),
             "'kvar' i formeln är raden själv, som inte kan räknas ut ur sig själv; en rads "
             "formel lägger ihop och drar ifrån andra rader i tabellen med + och −, var och en "
             "med sitt korta namn (rad_namn), eller multiplicerar eller delar en rad med ett tal "
             "(rad_formel: maxdag / 8)")]

    def it_refuses_rows_that_name_each_other_in_a_ring(self) -> None:
        assert messages(RAM, row("A", "a", "b + ram"), row("B", "b", "a - ram")) == [
            (("tabeller", 0, "rader", 1, "rad_formel"),
             "raderna räknas ut ur varandra i en ring (a → b → a), så ingen av dem kan räknas "
             "ut; skriv talen i en av dem och ta bort dess 'rad_formel'")]

    def it_refuses_a_product_of_rows(self) -> None:
        # (a row times a number is read: trial 69, F2, `test_row_scales`)
        assert messages(RAM, row("Dubbelt", None, "ram * ram")) == [
            (("tabeller", 0, "rader", 1, "rad_formel"),
             "'ram * ram' kan inte läsas: en rads formel lägger ihop och drar ifrån andra rader "
             "i tabellen med + och −, var och en med sitt korta namn (rad_namn), eller "
             "multiplicerar eller delar en rad med ett tal (rad_formel: maxdag / 8), t.ex. rader "
             "med rad_namn: ram och rad_namn: fordelat, och raden 'Kvar att fördela' med "
             "rad_formel: ram - fordelat")]

    def it_refuses_a_formula_row_with_rows_under_it(self) -> None:
        assert messages(RAM, row("Kvar", None, "ram", row("a", None, None, b24=1))) == [
            (("tabeller", 0, "rader", 1, "rad_formel"),
             "en rad med 'rad_formel' räknas ut ur andra rader och kan inte ha underrader "
             "('rader'); flytta underraderna till en egen grupp")]

    def it_refuses_two_rows_of_one_name(self) -> None:
        assert messages(RAM, row("Ram igen", "ram", None, b24=1)) == [
            (("tabeller", 0, "rader", 1, "rad_namn"),
             "två rader i tabellen heter 'ram' (rad_namn); ge varje rad ett eget namn, så att "
             "en rads formel vet vilken den räknar med")]

    def it_refuses_a_short_name_of_several_words(self) -> None:
        with pytest.raises(ValidationError, match="'ram 2' är inget kort namn: skriv ett ord "
                           "utan mellanslag"):
            row("Ram", "ram 2")
