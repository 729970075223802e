"""Specification of a number column's formula (`typ: tal`, `formel: s * k`): an
internkontrollplan's risk value is sannolikhet × konsekvens, exact and shown as a number, and
a typed one is checked (trial 57, F1)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2017-11-20
dnr: ON 2017/1234
titel: Intern kontrollplan 2018
avsnitt:
  - rubrik: Riskanalys
    tabell: risker
tabeller:
  - namn: risker
    kolumner:
      - {namn: process, rubrik: Process}
      - {namn: s, rubrik: Sannolikhet, typ: tal}
      - {namn: k, rubrik: Konsekvens, typ: tal}
      - {namn: rv, rubrik: Risktal, typ: tal, formel: s * k}
    rader:
      - {process: Ta fram statistik, s: 3, k: 4, rv: 12}
      - {process: Ta fram budget, s: 3, k: 4}
      - {process: Omvärldsbevakning, s: "1,5", k: 3}
"""


def built(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> list[str]:
    """The Markdown table's lines, "~" for a no-break space, of a case without problems."""
    result = built(tmp_path, text)
    assert result.problems == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_the_risk_value_is_the_product_shown_as_the_column_shows_numbers(
        tmp_path: Path) -> None:
    assert table_lines(tmp_path) == [
        "| Process | Sannolikhet | Konsekvens | Risktal |",
        "|:--|--:|--:|--:|",
        "| Ta fram statistik | 3,0 | 4 | 12,0 |",
        "| Ta fram budget | 3,0 | 4 | 12,0 |",
        "| Omvärldsbevakning | 1,5 | 3 | 4,5 |"]


def test_a_typed_risk_value_that_is_not_the_product_is_an_error_naming_the_formula(
        tmp_path: Path) -> None:
    text = CASE.replace("s: 3, k: 4}", "s: 3, k: 4, rv: 16}")
    assert problems(tmp_path, text) == [
        "fall.yaml:17:51: angivet tal 16 för raden 'Ta fram budget', kolumnen 'Risktal' "
        "stämmer inte med uträkningen Sannolikhet × Konsekvens (3 × 4) = 12 (det angivna är 4 "
        "för högt); rätta talet eller ta bort det så räknas det ut"]


def test_a_sum_and_a_plain_factor_are_exact(tmp_path: Path) -> None:
    text = CASE.replace("formel: s * k}", "formel: s * k * 2 + s}").replace(", rv: 12", "")
    assert [line.split(" | ")[-1] for line in table_lines(tmp_path, text)[2:]] == [
        "27,0 |", "27,0 |", "10,5 |"]


def test_a_percentage_times_numbers_is_a_percentage(tmp_path: Path) -> None:
    text = CASE.replace("s: 3, k: 4, rv: 12}", 's: "12,5 %", k: 2}').replace(
        "s: 3, k: 4}", 's: "1 %", k: 3}').replace('s: "1,5", k: 3}', 's: "2,5 %", k: 3}')
    assert [line.split(" | ")[-1] for line in table_lines(tmp_path, text)[2:]] == [
        "25,0~% |", "3~% |", "7,5~% |"]


def test_an_amount_column_in_a_number_formula_says_which_type_computes_from_amounts(
        tmp_path: Path) -> None:
    text = CASE.replace("      - {namn: rv,", "      - {namn: b, typ: belopp}\n      - {namn: rv,"
                        ).replace("formel: s * k}", "formel: s * b}")
    assert problems(tmp_path, text) == [
        "fall.yaml:15:55: 'b' i formeln är en beloppskolumn, men en kolumn med 'typ: tal' "
        "räknas ut ur tabellens tal- och antalskolumner och tal, multiplicerade med * och lagda "
        "ihop med + och −, t.ex. 's * k' eller 's + k'; ska kolumnen räknas ut ur belopp, skriv "
        "'typ: belopp' i den"]


def test_a_product_of_numbers_in_an_amount_column_points_to_a_number_column_that_takes_it(
        tmp_path: Path) -> None:
    text = CASE.replace("rv, rubrik: Risktal, typ: tal,", "rv, rubrik: Risktal, typ: belopp,")
    assert problems(tmp_path, text) == [
        "fall.yaml:14:58: 's * k' i formeln multiplicerar två tal- eller antalskolumner, och "
        "produkten är ett tal och inget belopp: skriv 'typ: tal' i kolumnen 'rv' (utan "
        "'summeras'), så räknas talet ut exakt och visas som ett tal, t.ex. {namn: rv, typ: tal, "
        "formel: s * k}"]
    fixed = text.replace("typ: belopp,", "typ: tal,")
    assert problems(tmp_path, fixed) == []


def test_a_division_in_a_number_formula_is_refused_saying_what_works(tmp_path: Path) -> None:
    text = CASE.replace("formel: s * k}", "formel: s / k}")
    assert problems(tmp_path, text) == [
        "fall.yaml:14:55: 's / k' i formeln är ingen produkt: en kolumn med 'typ: tal' räknas "
        "ut ur tabellens tal- och antalskolumner och tal, multiplicerade med * och lagda ihop "
        "med + och −, t.ex. 's * k' eller 's + k'"]


ROADS = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-28
dnr: nej
titel: Räkneexempel
avsnitt:
  - rubrik: Räkneexempel
    tabell: vagar
tabeller:
  - namn: vagar
    totalt: false
    kolumner:
      - {namn: vag, rubrik: Väg}
      - {namn: langd, rubrik: Längd (m), typ: antal}
      - {namn: over, rubrik: Del över 200 m, typ: tal, formel: langd - 200}
    rader:
      - {vag: Väg A, langd: 150}
      - {vag: Väg B, langd: 500}
      - {vag: Väg C, langd: 1 200}
"""


def test_a_count_minus_a_whole_number_is_a_whole_number(tmp_path: Path) -> None:
    # trial 72, F2: "300,000" and "1 000,000" for 500 − 200 and 1 200 − 200
    assert table_lines(tmp_path, ROADS)[2:] == [
        "| Väg A | 150 | −50 |", "| Väg B | 500 | 300 |", "| Väg C | 1~200 | 1~000 |"]


def test_a_count_minus_a_whole_number_shown_as_written_is_a_whole_number(
        tmp_path: Path) -> None:
    text = ROADS.replace("formel: langd - 200}", "formel: langd - 200, decimaler: som skrivet}")
    assert table_lines(tmp_path, text)[2:] == [
        "| Väg A | 150 | −50 |", "| Väg B | 500 | 300 |", "| Väg C | 1~200 | 1~000 |"]


def test_a_count_with_decimals_keeps_them(tmp_path: Path) -> None:
    text = ROADS.replace("langd: 150}", 'langd: "150,5"}')
    assert table_lines(tmp_path, text)[2:] == [
        "| Väg A | 150,5 | −49,5 |", "| Väg B | 500,0 | 300,0 |", "| Väg C | 1~200,0 | 1~000,0 |"]


TRIPS = """\
dokumenttyp: tjansteskrivelse
datum: 2018-03-20
dnr: nej
titel: Nya turer
avsnitt:
  - rubrik: Turer
    tabell: turer
tabeller:
  - namn: turer
    kolumner:
      - {namn: linje, rubrik: Linje}
      - {namn: turer, rubrik: Nya turer per dag, typ: antal}
      - {namn: km, rubrik: Km per tur, typ: tal}
      - {namn: km_ar, rubrik: Km per år, typ: tal, formel: turer * km * 250}
    rader:
      - {linje: 50 Kramfors–Ullånger, turer: 4, km: 38}
      - {linje: 52 Kramfors–Docksta, turer: 2, km: "54,5"}
"""


def test_a_product_shows_the_decimals_its_figures_need_not_its_factors(
        tmp_path: Path) -> None:
    # (trial 93, F3: "38 000,0" and "27 250,0" km per år for whole kilometres; the column
    # of km as typed shows its decimal as documented)
    assert table_lines(tmp_path, TRIPS)[2:] == [
        "| 50 Kramfors–Ullånger | 4 | 38,0 | 38~000 |",
        "| 52 Kramfors–Docksta | 2 | 54,5 | 27~250 |",
        "| **Totalt** | **6** | | |"]
