"""Specification of the general table: any depth of rows, amounts in the table's unit, derived
columns, subtotal and total labels, and stated figures checked at every level."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.table_models import GeneralTable, TableColumn, TableRow
from generator.compute.checked_tables import compute_table
from generator.compute.presets import general_spec
from generator.compute.stated import mismatch_text
from generator.problems import Finding

NBSP = "\u00a0"
COLUMNS = [TableColumn(namn="namn"), TableColumn(namn="belopp", typ="belopp")]


def row(name: str, amount: object = None, *children: TableRow, **extra: object) -> TableRow:
    """A row with a name, an amount (in the table's unit) and children."""
    cells = {"namn": name, **({"belopp": amount} if amount is not None else {}), **extra}
    return TableRow(rader=list(children), **cells)  # type: ignore[arg-type]


def table(*rows: TableRow, **options: object) -> GeneralTable:
    """A two-column table (name, amount) with the given rows."""
    return GeneralTable(namn="t", kolumner=COLUMNS, rader=list(rows), **options)  # type: ignore[arg-type]


class DescribeGroups:
    def it_sums_children_into_groups_at_any_depth(self) -> None:
        spec, findings = general_spec(table(
            row("län", None, row("kommuner", None, row("a", 1), row("b", 2)), row("region", 10))),
            ("tabeller", 0))
        result, mismatches = compute_table(spec)
        assert (findings, mismatches) == ([], [])
        [lan] = result.rows
        assert lan.amounts == {"belopp": 13}
        assert lan.children[0].amounts == {"belopp": 3}
        assert result.total == 13

    def it_checks_a_stated_group_amount_at_its_line(self) -> None:
        spec, _ = general_spec(table(row("k", 4, row("a", 1), row("b", 2))), ("tabeller", 0))
        _, [mismatch] = compute_table(spec)
        assert mismatch.loc == ("tabeller", 0, "rader", 0, "belopp")
        assert (mismatch.stated, mismatch.computed) == (4, 3)

    def it_leaves_rows_without_an_amount_out_of_the_sums(self) -> None:
        spec, _ = general_spec(table(row("rubrik"), row("a", 5)), ("tabeller", 0))
        result, _ = compute_table(spec)
        assert "belopp" not in result.rows[0].amounts
        assert result.total == 5


class DescribeUnits:
    def it_reads_amounts_in_the_tables_unit_exactly(self) -> None:
        spec, findings = general_spec(
            table(row("a", "1 250,5"), row("b", Decimal("0.25")), enhet="tkr"), ("tabeller", 0))
        result, _ = compute_table(spec)
        assert findings == []
        assert result.total == 1_250_750

    def it_reports_more_decimals_than_whole_kronor_at_the_cell(self) -> None:
        _, findings = general_spec(table(row("a", "1,2345"), enhet="tkr"), ("tabeller", 0))
        assert findings == [Finding(("tabeller", 0, "rader", 0, "belopp"),
                                    "beloppet 1,2345 tkr har fler decimaler än hela kronor, "
                                    "högst 3 decimaler i tkr")]

    def it_speaks_the_unit_in_messages(self) -> None:
        spec, _ = general_spec(table(row("k", 4, row("a", 1), row("b", 2)), enhet="mnkr"),
                               ("tabeller", 0))
        _, [mismatch] = compute_table(spec)
        assert mismatch_text(mismatch).startswith(
            f"angiven summa 4{NBSP}mnkr för raden 'k' stämmer inte med summan av delarna "
            f"3{NBSP}mnkr (den angivna är 1{NBSP}mnkr för hög)")


    def it_names_the_unit_in_the_amount_headers_unless_the_label_column_names_it(self) -> None:
        def headers(first: TableColumn) -> list[str]:
            columns = [first, TableColumn(namn="a2017", rubrik="2017", typ="belopp"),
                       TableColumn(namn="a2018", rubrik="2018, mdkr", typ="belopp")]
            general = GeneralTable(namn="t", enhet="mdkr", kolumner=columns,
                                   rader=[TableRow(post="a", a2017=1, a2018=2)])  # type: ignore[call-arg]
            return [c.header for c in general_spec(general, ("tabeller", 0))[0].columns]

        assert headers(TableColumn(namn="post", rubrik="Tillskott, mdkr")) == [
            "Tillskott, mdkr", "2017", "2018, mdkr"]
        assert headers(TableColumn(namn="post", rubrik="Tillskott")) == [
            "Tillskott", "2017 (mdkr)", "2018, mdkr"]
        # (only a text column is the label column: an amount column first names only itself)
        assert headers(TableColumn(namn="post", rubrik="2016, mdkr", typ="belopp")) == [
            "2016, mdkr", "2017 (mdkr)", "2018, mdkr"]

    def it_names_the_unit_beside_a_label_column_of_amount_bands(self) -> None:
        """Trial 79, F1: "Omsättning alkohol (kr)" over "0–25 000" names its own unit, and the
        fee column beside it keeps "(kr)"; years are no amounts."""
        def headers(*bands: str) -> list[str]:
            columns = [TableColumn(namn="oms", rubrik="Omsättning alkohol (kr)"),
                       TableColumn(namn="avgift", rubrik="Rörlig avgift", typ="belopp")]
            general = GeneralTable(namn="t", kolumner=columns, totalt=False,
                                   rader=[TableRow(oms=band, avgift=1) for band in bands])  # type: ignore[call-arg]
            return [c.header for c in general_spec(general, ("tabeller", 0))[0].columns]

        assert headers("0–25 000", "25 001–125 000", "Över 5 000 000") == [
            "Omsättning alkohol (kr)", "Rörlig avgift (kr)"]
        assert headers("Servering", "0–25 000") == [
            "Omsättning alkohol (kr)", "Rörlig avgift"]
        assert headers("2024", "2025") == ["Omsättning alkohol (kr)", "Rörlig avgift"]


class DescribeDerivedColumns:
    def it_computes_allocated_minus_used_and_checks_a_stated_value(self) -> None:
        columns = [TableColumn(namn="namn"), TableColumn(namn="till", typ="belopp"),
                   TableColumn(namn="anv", typ="belopp"),
                   TableColumn(namn="kvar", typ="belopp", formel="till - anv")]
        general = GeneralTable(namn="t", kolumner=columns, rader=[
            TableRow(namn="a", till=10, anv=4, kvar=8), TableRow(namn="b", till=5, anv=5)])  # type: ignore[call-arg]
        result, [mismatch] = compute_table(general_spec(general, ("tabeller", 0))[0])
        assert [r.amounts["kvar"] for r in result.rows] == [6, 0]
        assert result.totals == {"till": 15, "anv": 9, "kvar": 6}
        assert mismatch_text(mismatch) == (
            f"angivet belopp 8{NBSP}kr för raden 'a', kolumnen 'Kvar (kr)' stämmer inte med "
            f"uträkningen Till − Anv = 6{NBSP}kr (det angivna är 2{NBSP}kr för högt); rätta "
            "beloppet eller ta bort det så räknas det ut")


amounts = st.integers(min_value=0, max_value=10**9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(amounts, min_size=0, max_size=4), min_size=1, max_size=5))
def test_every_group_and_the_total_are_the_sums_of_their_rows(groups: list[list[int]]) -> None:
    rows = [row(f"g{i}", None, *(row(f"r{j}", a) for j, a in enumerate(g)))
            for i, g in enumerate(groups)]
    result, mismatches = compute_table(general_spec(table(*rows), ("tabeller", 0))[0])
    assert mismatches == []
    for group, amounts_ in zip(result.rows, groups, strict=True):
        assert group.amounts.get("belopp", 0) == sum(amounts_)
    assert result.total == sum(map(sum, groups))


TWO_YEARS = [TableColumn(namn="namn"), TableColumn(namn="b2025", typ="belopp"),
             TableColumn(namn="p2026", typ="belopp")]


def two_years(summa: object) -> GeneralTable:
    """A table in mnkr with two amount columns, 1,5 + 2,5 (= 4,0) and 1,7 + 2,7 (= 4,4)."""
    rows = [TableRow(namn="a", b2025="1,5", p2026="1,7"),  # type: ignore[call-arg]
            TableRow(namn="b", b2025="2,5", p2026="2,7")]  # type: ignore[call-arg]
    return GeneralTable(namn="t", enhet="mnkr", kolumner=TWO_YEARS, rader=rows,
                        summa=summa)  # type: ignore[arg-type]


class DescribeASingleTotalOfSeveralAmountColumns:
    """A single `summa` is the first amount column's; when it differs, the message shows how a
    total per column is written, with the column whose total comes nearest it."""

    def it_shows_how_a_total_per_column_is_written(self) -> None:
        _, [mismatch] = compute_table(general_spec(two_years("4,5"), ("tabeller", 0))[0])
        assert mismatch_text(mismatch) == (
            f"angiven summa 4,5{NBSP}mnkr för totalen i tabellen 't', kolumnen 'B2025 (mnkr)' "
            f"stämmer inte med summan av delarna 4,0{NBSP}mnkr (den angivna är 0,5{NBSP}mnkr för "
            "hög); rätta summan eller ta bort den så räknas den ut; en ensam 'summa' "
            "kontrolleras mot den första beloppskolumnen, en summa per kolumn skrivs "
            'summa: {p2026: "4,4", …}')

    def it_says_nothing_of_columns_for_a_total_per_column(self) -> None:
        _, [mismatch] = compute_table(
            general_spec(two_years({"p2026": "4,5"}), ("tabeller", 0))[0])
        assert mismatch.per_column is None
        assert "en ensam" not in mismatch_text(mismatch)

    def it_says_nothing_of_columns_in_a_table_of_one(self) -> None:
        spec, _ = general_spec(table(row("a", 1), row("b", 2), summa=4), ("tabeller", 0))
        _, [mismatch] = compute_table(spec)
        assert mismatch.per_column is None

    def it_accepts_a_single_total_that_is_right(self) -> None:
        assert compute_table(general_spec(two_years("4,0"), ("tabeller", 0))[0])[1] == []


CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: mnkr
    summa: "4,5"
    kolumner:
      - {namn: namn}
      - {namn: b2025, typ: belopp}
      - {namn: p2026, typ: belopp}
    rader:
      - {namn: a, b2025: "1,5", p2026: "1,7"}
      - {namn: b, b2025: "2,5", p2026: "2,7"}
"""


def test_a_single_total_of_several_columns_is_reported_at_its_line(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] == [
        f"x.yaml:10:12: angiven summa 4,5{NBSP}mnkr för totalen i tabellen 't', kolumnen "
        f"'B2025 (mnkr)' stämmer inte med summan av delarna 4,0{NBSP}mnkr (den angivna är "
        f"0,5{NBSP}mnkr för hög); rätta summan eller ta bort den så räknas den ut; en ensam "
        "'summa' kontrolleras mot den första beloppskolumnen, en summa per kolumn skrivs "
        'summa: {p2026: "4,4", …}']


LAN = """\
dokumenttyp: beslutsunderlag
datum: 2016-04-13
dnr: nej
titel: Fördelning
avsnitt:
  - tabell: blekinge
tabeller:
  - namn: blekinge
    totalt: Totalt länet
    kolumner:
      - {namn: mottagare, rubrik: Kommun/landsting}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - mottagare: Blekinge län
        delsumma: Summa kommuner
        belopp: 100 010
        rader:
          - {mottagare: Karlshamn, belopp: 40 000}
          - {mottagare: Karlskrona, belopp: 60 000}
      - {mottagare: Blekinge läns landsting, belopp: 50 000}
    summa: 150 020
"""


NESTED = LAN.split("    rader:\n")[0] + """\
    rader:
      - mottagare: Blekinge län
        delsumma: Totalt länet
        rader:
          - mottagare: ""
            delsumma: Summa kommuner
            belopp: 100 010
            rader:
              - {mottagare: Karlshamn, belopp: 40 000}
              - {mottagare: Karlskrona, belopp: 60 000}
          - {mottagare: Blekinge läns landsting, belopp: 50 000}
"""
"""A län's kommuner as a group without a label of its own inside the län's group: the
original's Län → kommuner → "Summa kommuner" → landsting → "Totalt länet" in one table."""


def problems(tmp_path: Path, source: str) -> list[str]:
    """The problems of a case file as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(source, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def kr(text: str) -> str:
    """A message with its figures' spaces written as '_' (no-break spaces when printed)."""
    return text.replace("_", NBSP)


class DescribeMessagesNameTheRowTheReaderSees:
    """A group's stated figures print on its subtotal row (`delsumma`), a table's total on
    its total row (`totalt`): where those labels differ from the group's own and from
    "Totalt", the message names them, so that three län each with "Summa kommuner" and
    "Totalt länet" are told apart by more than the line."""

    def it_names_a_labelled_subtotal_and_total_row(self, tmp_path: Path) -> None:
        assert problems(tmp_path, LAN) == [kr(
            "x.yaml:16:17: angiven summa 100_010_kr för delsumman 'Summa kommuner' under "
            "'Blekinge län' stämmer inte med summan av delarna 100_000_kr (den angivna är "
            "10_kr för hög); rätta summan eller ta bort den så räknas den ut"), kr(
            "x.yaml:21:12: angiven summa 150_020_kr för totalraden 'Totalt länet' i tabellen "
            "'blekinge' stämmer inte med summan av delarna 150_000_kr (den angivna är 20_kr "
            "för hög); med delarnas angivna belopp blir summan 150_010_kr (den angivna är "
            "10_kr för hög), så även en del är fel; rätta summan eller ta bort den så räknas "
            "den ut")]

    def it_names_a_group_without_a_label_of_its_own_by_the_group_above(
            self, tmp_path: Path) -> None:
        assert problems(tmp_path, NESTED) == [kr(
            "x.yaml:19:21: angiven summa 100_010_kr för delsumman 'Summa kommuner' under "
            "'Blekinge län' stämmer inte med summan av delarna 100_000_kr (den angivna är "
            "10_kr för hög); rätta summan eller ta bort den så räknas den ut")]

    def it_keeps_naming_the_row_and_table_where_the_labels_say_nothing_more(
            self, tmp_path: Path) -> None:
        plain = LAN.replace("    totalt: Totalt länet\n", "").replace(
            "        delsumma: Summa kommuner\n", "        delsumma: Blekinge län\n")
        assert problems(tmp_path, plain) == [kr(
            "x.yaml:15:17: angiven summa 100_010_kr för raden 'Blekinge län' stämmer inte med "
            "summan av delarna 100_000_kr (den angivna är 10_kr för hög); rätta summan eller "
            "ta bort den så räknas den ut"), kr(
            "x.yaml:20:12: angiven summa 150_020_kr för totalen i tabellen 'blekinge' stämmer "
            "inte med summan av delarna 150_000_kr (den angivna är 20_kr för hög); med "
            "delarnas angivna belopp blir summan 150_010_kr (den angivna är 10_kr för hög), så "
            "även en del är fel; rätta summan eller ta bort den så räknas den ut")]
        varav = LAN.replace("        delsumma: Summa kommuner\n", "").replace(
            "    totalt: Totalt länet\n", "    totalt: Totalt\n")
        assert [p.split(" stämmer")[0] for p in problems(tmp_path, varav)] == [kr(
            "x.yaml:15:17: angiven summa 100_010_kr för raden 'Blekinge län'"), kr(
            "x.yaml:20:12: angiven summa 150_020_kr för totalen i tabellen 'blekinge'")]
        unprinted = LAN.replace("    totalt: Totalt länet\n", "    totalt: false\n")
        found = problems(tmp_path, unprinted)  # (and the stated total nobody sees: trial 69)
        assert found[0].startswith("x.yaml:9:13: 'totalt' tar bort tabellens totalrad")
        assert found[2].startswith(kr(
            "x.yaml:21:12: angiven summa 150_020_kr för totalen i tabellen 'blekinge' "))


@pytest.mark.parametrize(("summa", "message"), [
    ("hej", "x.yaml:10:12: 'hej' är inte ett belopp, skriv beloppet i mnkr, t.ex. 1250 eller "
            "\"1 250,5\""),
    ("{b2025: hej}", "x.yaml:10:20: 'hej' är inte ett belopp, skriv beloppet i mnkr, t.ex. "
                     "1250 eller \"1 250,5\""),
    ("tabeller.andra.summa", "x.yaml:10:12: 'tabeller.andra.summa' är inte ett belopp; en "
                             "tabells summa som hämtas ur ett annat belopp skrivs med {{ }}, "
                             "\"{{ tabeller.andra.summa }}\", så kontrolleras tabellens summa "
                             "mot det")])
def test_a_stated_total_that_is_no_amount_is_an_error(tmp_path: Path, summa: str,
                                                      message: str) -> None:
    # (trial 95, F11: 'hej' and a name without {{ }} were passed over and nothing was checked)
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace('summa: "4,5"', f"summa: {summa}"), encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] == [
        message]
