"""Specification of a formula's messages about names: one of the case's amounts written
without `belopp.` (trial 93, F1: 'grund_pbb * prisbasbelopp / 12') is named as such, with
the formula as it should read, not answered with the table's other columns."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2020-12-02
dnr: nej
titel: Ersättningar till familjehem 2021
belopp:
  prisbasbelopp: 47600
avsnitt:
  - {rubrik: Omkostnadsersättning, tabell: omkostnad}
tabeller:
  - namn: omkostnad
    totalt: false
    kolumner:
      - {namn: alder, rubrik: Ålder}
      - {namn: grund_pbb, rubrik: Grundkostnad (% av prisbasbeloppet), typ: tal}
      - {namn: grund, rubrik: Grundkostnad, typ: belopp, formel: FORMEL}
      - {namn: hogsta_pbb, rubrik: Högsta (% av prisbasbeloppet), typ: tal}
      - {namn: hogsta, rubrik: Högsta, typ: belopp, formel: hogsta_pbb * belopp.prisbasbelopp}
    rader:
      - {alder: 0–12 år, grund_pbb: 110 %, hogsta_pbb: 155 %}
"""


def problems(tmp_path: Path, formula: str) -> list[str]:
    """The case's problems with the column's formula, without the folder."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.replace("FORMEL", formula), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "")
            for p in Pipeline().build(path, documents=False).problems]


def test_a_case_amount_without_belopp_is_named_as_one_with_the_formula_to_write(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "grund_pbb * prisbasbelopp / 12") == [
        "x.yaml:15:66: 'prisbasbelopp' är ett av ärendets belopp; skriv belopp.prisbasbelopp: "
        "'formel: grund_pbb * belopp.prisbasbelopp / 12'"]


def test_a_name_that_is_neither_offers_the_columns_as_before(tmp_path: Path) -> None:
    assert problems(tmp_path, "grund_pbb * basbelopp / 12") == [
        "x.yaml:15:66: 'basbelopp' i formeln är ingen kolumn i tabellen; formeln kan räkna "
        "med beloppskolumnerna: hogsta (inte 'grund', som är kolumnen själv och inte kan "
        "räknas ut ur sig själv)"]


PAY = """\
dokumenttyp: tjansteskrivelse
datum: 2024-05-08
dnr: KS 2024/215
titel: Löneöversyn 2024
avsnitt:
  - {rubrik: Ärendet, tabell: utrymme}
tabeller:
  - namn: utrymme
    kolumner:
      - {namn: omrade, rubrik: Förhandlingsområde}
      - {namn: anstallda, rubrik: Antal anställda, typ: antal}
      - {namn: sats, rubrik: Sats, typ: tal}
      - {namn: utrymme, rubrik: Utrymme, typ: belopp}
      - {namn: snitt, rubrik: Per anställd och månad, typ: belopp, summeras: nej, formel: FORMEL}
    rader:
      - {omrade: Kommunal, anstallda: 1 412, sats: "3,3 %", utrymme: 17 040 936SNITT}
      - {omrade: Vision, anstallda: 486, sats: "3,3 %", utrymme: 7 395 894}
"""


def pay(tmp_path: Path, formula: str, typed: str = "") -> tuple[list[str], list[str]]:
    """The löneöversyn's problems with the column's formula (a figure `typed` on Kommunal's
    row), without the folder, and its table's rows in the .md."""
    path = tmp_path / "x.yaml"
    path.write_text(PAY.replace("FORMEL", formula).replace("SNITT", typed), encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["x.md"].decode("utf-8") if "x.md" in result.files else ""
    return ([p.format().replace(f"{tmp_path}/", "") for p in result.problems],
            [line for line in markdown.splitlines() if line.startswith("| ")])


def test_an_amount_divided_by_a_count_column_and_a_number_is_one_exact_division(
        tmp_path: Path) -> None:
    # (trial 96, F4: 17 040 936 / 1 412 / 12 = 1 005,71 is 1 006 kr, rounded once; two
    # columns, per year and then per month, rounded twice to 12 069 and 1 006)
    problems, rows = pay(tmp_path, "utrymme / anstallda / 12")
    assert problems == []
    assert rows[1:] == ["| Kommunal | 1\xa0412 | 3,3\xa0% | 17\xa0040\xa0936 | 1\xa0006 |",
                        "| Vision | 486 | 3,3\xa0% | 7\xa0395\xa0894 | 1\xa0268 |",
                        "| **Totalt** | **1\xa0898** | | **24\xa0436\xa0830** | |"]
    assert pay(tmp_path, "utrymme / 12 / anstallda")[1] == rows


def test_a_typed_figure_names_both_divisors(tmp_path: Path) -> None:
    assert pay(tmp_path, "utrymme / anstallda / 12", ", snitt: 1 005")[0] == [
        "x.yaml:16:89: angivet belopp 1\xa0005\xa0kr för raden 'Kommunal', kolumnen 'Per "
        "anställd och månad (kr)' stämmer inte med uträkningen Utrymme / Antal anställda / 12 "
        "(17\xa0040\xa0936\xa0kr / 1\xa0412 / 12) = ca\xa01\xa0005,72\xa0kr, avrundat "
        "1\xa0006\xa0kr (det angivna är 1\xa0kr för lågt); rätta beloppet eller ta bort det så "
        "räknas det ut; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på "
        "raden, så står det som det är skrivet"]


def test_two_columns_to_divide_by_are_refused_naming_what_works(tmp_path: Path) -> None:
    assert pay(tmp_path, "utrymme / anstallda / sats")[0] == [
        "x.yaml:14:91: 'utrymme / anstallda / sats' i formeln delar med två kolumner, men en "
        "kvot delas med en kolumn och ett tal högst, t.ex. 'utrymme / anstallda / 12': en "
        "beloppskolumn delas med ett tal större än noll eller med en tal- eller antalskolumn, "
        "radens eget antal, t.ex. 'utrymme / 12' eller 'utrymme / anstallda'; annars skriv "
        "beloppen i kolumnen och ta bort 'formel'"]


def test_an_amount_divided_by_two_numbers_is_divided_by_their_product(tmp_path: Path) -> None:
    assert pay(tmp_path, "utrymme / 6 / 2") == pay(tmp_path, "utrymme / 12")
