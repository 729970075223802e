"""Specification, by exact Markdown and messages, of a formula that divides an amount column
by a number or count column of the same table, per row (new-user trial: Krokoms kommun's
interkommunal ersättning, price per day = annual price / the row's own days, 261 for förskola
and 178 for fritidshem): each row's quotient rounded half up, the total row the sum of the
rows, a typed figure checked with the row's figures, an empty or zero divisor an error at
its cell, and an amount divided by an amount, or a count by an amount, refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline

KROKOM = """\
dokumenttyp: tjansteskrivelse
avsandare: [Krokoms kommun, Barn- och utbildningsnämnden]
datum: 2023-01-12
dnr: nej
titel: Interkommunal ersättning (IKE) 2023
avsnitt:
  - rubrik: Ersättning per barn och elev 2023
    text: |
      Priset per dag är årspriset delat med verksamhetens dagar.
    tabell: ike
tabeller:
  - namn: ike
    kolumner:
      - {namn: verksamhet, rubrik: Verksamhet}
      - {namn: ar, rubrik: År, typ: belopp}
      - {namn: dagar, rubrik: Dagar, typ: tal}
      - {namn: dag, rubrik: Dag, typ: belopp, summeras: nej, formel: ar / dagar}
    rader:
      - {verksamhet: Förskola 1–5 år, ar: "139 499", dagar: 261}
      - {verksamhet: Fritidshem, ar: "44 512", dagar: 178}
"""


def built(tmp_path: Path, text: str) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = KROKOM) -> list[str]:
    """The Markdown table's lines, "~" for a no-break space, of a case without problems."""
    result = built(tmp_path, text)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_krokoms_list_divides_each_annual_price_by_the_rows_own_days(tmp_path: Path) -> None:
    # (139 499 / 261 = 534,47…: 534; 44 512 / 178 = 250,06…: 250; no sum of prices per day)
    assert table_lines(tmp_path) == [
        "| Verksamhet | År (kr) | Dagar | Dag (kr) |",
        "|:--|--:|--:|--:|",
        "| Förskola 1–5 år | 139~499 | 261 | 534 |",
        "| Fritidshem | 44~512 | 178 | 250 |",
        "| **Totalt** | **184~011** | | |"]


def test_a_typed_price_per_day_is_checked_with_the_rows_figures(tmp_path: Path) -> None:
    text = KROKOM.replace("dagar: 261}", "dagar: 261, dag: 535}")
    assert problems(tmp_path, text) == [
        "fall.yaml:19:71: angivet belopp 535~kr för raden 'Förskola 1–5 år' stämmer inte med "
        "uträkningen År / Dagar (139~499~kr / 261) = ca~534,48~kr, avrundat 534~kr (det angivna är "
        "1~kr för högt); rätta beloppet eller ta bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet"]


def test_typed_prices_per_day_that_are_right_pass(tmp_path: Path) -> None:
    text = KROKOM.replace("dagar: 261}", "dagar: 261, dag: 534}")
    assert table_lines(tmp_path, text) == table_lines(tmp_path)


def test_a_row_without_its_days_is_an_error_at_the_row_saying_what_to_write(
        tmp_path: Path) -> None:
    text = KROKOM.replace(', dagar: 178}', '}')
    assert problems(tmp_path, text) == [
        "fall.yaml:20:9: raden 'Fritidshem' saknar värde i kolumnen 'Dagar', som formeln för "
        "'Dag (kr)' delar med (År / Dagar); skriv radens tal i cellen, större än noll, eller "
        "\"–\" där om raden inte har något tal (då står \"–\" också i 'Dag (kr)')"]


@pytest.mark.parametrize("days", ["0", '"0,0"', '""'])
def test_zero_or_empty_days_are_an_error_at_the_cell(tmp_path: Path, days: str) -> None:
    text = KROKOM.replace("dagar: 178}", f"dagar: {days}}}")
    shown = "0" if days == "0" else "0,0"
    expected = (f"har {shown} i kolumnen 'Dagar', som formeln för 'Dag (kr)' delar med (År / "
                "Dagar), men det går bara att dela med ett tal större än noll; skriv radens tal i "
                "cellen") if days in ("0", '"0,0"') else (
                "saknar värde i kolumnen 'Dagar', som formeln för 'Dag (kr)' delar med (År / "
                "Dagar); skriv radens tal i cellen, större än noll, eller \"–\" där om raden "
                "inte har något tal (då står \"–\" också i 'Dag (kr)')")
    assert problems(tmp_path, text) == [f"fall.yaml:20:55: raden 'Fritidshem' {expected}"]


def test_a_count_column_may_divide_too_and_a_row_without_a_price_needs_no_days(
        tmp_path: Path) -> None:
    text = KROKOM.replace("typ: tal}", "typ: antal}").replace(
        '{verksamhet: Fritidshem, ar: "44 512", dagar: 178}', "{verksamhet: Fritidshem}")
    assert table_lines(tmp_path, text)[2:] == [
        "| Förskola 1–5 år | 139~499 | 261 | 534 |",
        "| Fritidshem | | | |",
        "| **Totalt** | **139~499** | **261** | |"]


RULE = ("en beloppskolumn delas med ett tal större än noll eller med en tal- eller antalskolumn, "
        "radens eget antal, t.ex. 'ar / 12' eller 'ar / dagar'")
INSTEAD = "annars skriv beloppen i kolumnen och ta bort 'formel'"


@pytest.mark.parametrize(("formula", "message"), [
    ("ar / ar", f"'ar / ar' i formeln delar ett belopp med ett belopp ('ar' är en "
     f"beloppskolumn): {RULE}; {INSTEAD}"),
    ("dagar / ar",
     f"'dagar / ar' i formeln delar en talkolumn (typ: tal): {RULE}; en sådan kolumn "
     "multipliceras med en beloppskolumn (radens pris eller taxa), ett av ärendets belopp "
     "eller ett belopp i tabellens enhet, t.ex. 'dagar * ar' eller 'dagar * 1 250' (procent "
     "räknas som andel: 4 % är 0,04)"),
    ("ar / verksamhet", "'ar / verksamhet' i formeln delar med 'verksamhet', som är ingen tal- "
     f"eller antalskolumn: {RULE}; {INSTEAD}"),
    ("ar / dag", f"'ar / dag' i formeln delar med 'dag', som är kolumnen själv: {RULE}; {INSTEAD}"),
    ("ar / dgr", "'dgr' i formeln är ingen kolumn i tabellen, menade du 'dagar'?"),
    ("ar / veckor", f"'ar / veckor' i formeln delar med 'veckor', som är ingen kolumn i "
     f"tabellen: {RULE}; {INSTEAD}"),
])
def test_what_a_formula_cannot_divide_by_says_what_works(tmp_path: Path, formula: str,
                                                         message: str) -> None:
    text = KROKOM.replace("formel: ar / dagar", f'formel: "{formula}"')
    assert problems(tmp_path, text) == [f"fall.yaml:17:70: {message}"]


def test_a_summed_price_per_day_is_warned_about_at_its_type(tmp_path: Path) -> None:
    # (a sum of prices per day, 784 kr, means nothing: the column is a rate on each row)
    text = KROKOM.replace("typ: belopp, summeras: nej, formel: ar / dagar",
                          "typ: belopp, formel: ar / dagar")
    assert problems(tmp_path, text) == [
        "fall.yaml:17:39: varning: 'dag' är 'ar' delat med radens 'dagar', ett pris per rad, men "
        "summeras, så tabellen visar en summa av dag som inte säger något; skriv "
        "'summeras: nej' i kolumnen"]


def test_a_summed_share_of_a_fixed_number_is_left_alone(tmp_path: Path) -> None:
    # ('ar / 12', a month of each row's year, adds up to a month of the total: no warning)
    text = KROKOM.replace("typ: belopp, summeras: nej, formel: ar / dagar",
                          "typ: belopp, formel: ar / 12")
    assert problems(tmp_path, text) == []


HYROR = """\
dokumenttyp: tjansteskrivelse
datum: 2026-03-01
dnr: nej
titel: Hyror per månad
avsnitt:
  - rubrik: Hyror
    text: Årshyran är ytan gånger priset, delad på tolv månader.
    tabell: hyror
tabeller:
  - namn: hyror
    kolumner:
      - {namn: lokal, rubrik: Lokal}
      - {namn: yta, rubrik: Yta (m²), typ: antal}
      - {namn: pris, rubrik: Pris per m² och år, typ: belopp, summeras: nej}
      - {namn: manad, rubrik: Per månad, typ: belopp, formel: yta * pris / 12}
    rader:
      - {lokal: Skolan, yta: 1200, pris: 1 100}
      - {lokal: Biblioteket, yta: 455, pris: 1 350}
"""


def test_a_product_is_divided_last_and_rounded_once(tmp_path: Path) -> None:
    # (a yearly rent per m² over twelve months: 455 × 1 350 / 12 = 51 187,5, rounded up once)
    assert table_lines(tmp_path, HYROR)[2:] == [
        "| Skolan | 1~200 | 1~100 | 110~000 |",
        "| Biblioteket | 455 | 1~350 | 51~188 |",
        "| **Totalt** | **1~655** | | **161~188** |"]


def test_a_typed_figure_of_a_divided_product_is_checked_with_the_rows_figures(
        tmp_path: Path) -> None:
    text = HYROR.replace("pris: 1 350}", "pris: 1 350, manad: 51 000}")
    assert problems(tmp_path, text) == [
        "fall.yaml:18:60: angivet belopp 51~000~kr för raden 'Biblioteket', kolumnen 'Per månad "
        "(kr)' stämmer inte med uträkningen Yta (m²) × Pris per m² och år / 12 (455 × 1~350~kr / "
        "12) = 51~188~kr (det angivna är 188~kr för lågt); rätta beloppet eller ta bort det så "
        "räknas det ut"]


@pytest.mark.parametrize(("formula", "message"), [
    ("yta / 12 * pris", "'yta / 12 * pris' i formeln delar och multiplicerar i samma led, men "
     "en produkt delas sist och en gång, t.ex. 'yta * pris / 12'"),
    ("yta * pris / pris", "'yta * pris / pris' i formeln delar ett belopp med ett belopp ('pris' "
     "är en beloppskolumn)"),
    ("yta * pris / 0", "'yta * pris / 0' i formeln delar med noll"),
])
def test_a_product_divided_otherwise_says_what_works(tmp_path: Path, formula: str,
                                                     message: str) -> None:
    text = HYROR.replace("formel: yta * pris / 12", f'formel: "{formula}"')
    [problem] = problems(tmp_path, text)
    assert problem.startswith(f"fall.yaml:15:63: {message}")
