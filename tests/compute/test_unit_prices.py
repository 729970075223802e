"""Specification of prices per unit typed into amount cells (trial 47, F3): "85 kr/h" is
refused once per column, at its first such cell, with how many more there are, the figure to
write alone and the heading that says the unit ("Ungdomsförening (kr/h)"), printed as written;
an amount stated by name so ("68 400 kr/mån" under `belopp:`, trial 52, F7) is refused with
the figure to write and where the unit goes. Prices per different units in one column (kr/kvm,
kr/dag, kr/mån: trial 84, F6) are told to have each row's unit in a "Per" column, and Luleå's
"1,65 kr kvm/dygn" is a price per unit too (F7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.case.unit_prices import UnitPrice, per_unit, unit_price

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2025-01-01
dnr: nej
titel: Uthyrningsavgift idrottshall
avsnitt:
  - rubrik: Avgifter
    tabell: hall
tabeller:
  - namn: hall
    totalt: false
    kolumner:
      - {namn: hall, rubrik: Idrottshall}
      - {namn: ungdom, rubrik: "Ungdomsförening*", typ: belopp}
      - {namn: foretag, rubrik: Företag, typ: belopp}
    rader:
      - {hall: Mindre än 600 m2, ungdom: 85 kr/h, foretag: 335}
      - {hall: Större än 600 m2, ungdom: 125 kr/h, foretag: "500 kr per timme"}
      - {hall: Badmintonbana, ungdom: 50 kr/h, foretag: 100}
"""


def built(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The problems as `beslut kontrollera` prints them, and the .md when it is written."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["fall.md"].decode("utf-8") if "fall.md" in result.files else ""
    return [p.format().removeprefix(f"{tmp_path}/") for p in result.problems], markdown


def test_prices_per_hour_are_one_error_per_column_that_says_where_the_unit_goes(
        tmp_path: Path) -> None:
    problems, _ = built(tmp_path, CASE)
    assert problems == [
        "fall.yaml:16:42: '85 kr/h' och 2 celler till i kolumnen är priser per enhet, inga "
        "belopp; skriv talen ensamma i cellerna, t.ex. 85, och enheten i kolumnens rubrik: "
        'rubrik: "Ungdomsförening* (kr/h)"',
        "fall.yaml:17:61: '500 kr per timme' är ett pris per enhet, inget belopp; skriv talet "
        'ensamt i cellen, 500, och enheten i kolumnens rubrik: rubrik: "Företag (kr per timme)"']


def test_a_heading_that_says_the_unit_already_is_named(tmp_path: Path) -> None:
    problems, _ = built(tmp_path, CASE.replace('rubrik: "Ungdomsförening*"',
                                               'rubrik: "Ungdomsförening* (kr/h)"'))
    assert problems[0] == (
        "fall.yaml:16:42: '85 kr/h' och 2 celler till i kolumnen är priser per enhet, inga "
        "belopp; skriv talen ensamma i cellerna, t.ex. 85: rubriken 'Ungdomsförening* (kr/h)' "
        "säger redan enheten")


def test_the_figures_alone_under_a_heading_per_hour_print_it_as_written(
        tmp_path: Path) -> None:
    fixed = (CASE.replace('rubrik: "Ungdomsförening*"', 'rubrik: "Ungdomsförening* (kr/h)"')
             .replace("rubrik: Företag,", "rubrik: Företag (kr/h),")
             .replace(" kr/h", "").replace('"500 kr per timme"', "500"))
    problems, markdown = built(tmp_path, fixed)
    assert problems == []
    assert "| Idrottshall | Ungdomsförening\\* (kr/h) | Företag (kr/h) |" in markdown


NAMED = """\
dokumenttyp: tjansteskrivelse
datum: 2025-01-01
dnr: nej
titel: Arvoden
belopp:
  riksdagsarvode: {value}
avsnitt:
  - rubrik: Arvoden
    text: Riksdagsarvodet är {{{{ belopp.riksdagsarvode }}}}.
"""


@pytest.mark.parametrize(("value", "advice"), [
    ('"68 400 kr/mån"', '68400 eller "68 400", och enheten i namnet eller i texten, t.ex. '
                        "{{ belopp.riksdagsarvode }}/mån"),
    ('"1 200 kronor per månad"', '1200 eller "1 200", och enheten i namnet eller i texten, '
                                 "t.ex. {{ belopp.riksdagsarvode }} per månad"),
    ("8,40 kr/m3", '"8,40", och enheten i namnet eller i texten, t.ex. '
                   "{{ belopp.riksdagsarvode }}/m3"),
])
def test_a_named_amount_with_its_unit_per_month_says_to_write_the_figure_alone(
        tmp_path: Path, value: str, advice: str) -> None:
    problems, _ = built(tmp_path, NAMED.format(value=value))
    written = value.strip('"')
    assert problems == [f"fall.yaml:6:19: 'riksdagsarvode': '{written}' är ett pris per enhet, "
                        f"inget belopp; skriv talet ensamt, {advice}"]


def test_a_named_amount_in_another_unit_keeps_its_message(tmp_path: Path) -> None:
    problems, _ = built(tmp_path, NAMED.format(value='"68 tkr/år"'))
    assert problems == ["fall.yaml:6:19: 'riksdagsarvode': '68 tkr/år' är inte ett belopp i "
                        'kronor, skriv beloppet i kronor, t.ex. 2330883, "2 330 883" eller med '
                        'ören "8,40"']


@pytest.mark.parametrize(("value", "unit", "price"), [
    ("85 kr/h", "kr", UnitPrice("85 kr/h", "85", "kr/h", "/h")),
    ("12,50 kr/m²", "kr", UnitPrice("12,50 kr/m²", "12,50", "kr/m²", "/m²")),
    ("1 200 kronor per  månad", "kr", UnitPrice("1 200 kronor per  månad", "1 200",
                                                "kronor per månad", " per månad")),
    ("85:-/tim", "kr", UnitPrice("85:-/tim", "85", ":-/tim", "/tim")),
    ("4,5 tkr/år", "tkr", UnitPrice("4,5 tkr/år", "4,5", "tkr/år", "/år")),
])
def test_a_price_per_unit_is_its_figure_and_unit(value: str, unit: str,
                                                 price: UnitPrice) -> None:
    assert unit_price(value, unit) == price


@pytest.mark.parametrize(("value", "unit"), [
    ("85 kr", "kr"), ("85", "kr"), ("1/2", "kr"), ("per timme", "kr"),
    ("85 kr/h", "tkr"),  # (another unit than the table's: the usual message says so)
    ("85 kronor perfekt", "kr"),
])
def test_other_cells_are_no_price_per_unit(value: str, unit: str) -> None:
    assert unit_price(value, unit) is None


@pytest.mark.parametrize(("value", "price"), [
    ("1,65 kr kvm/dygn", UnitPrice("1,65 kr kvm/dygn", "1,65", "kr kvm/dygn", " kvm/dygn")),
    ("1,65 kr/kvm och dygn", UnitPrice("1,65 kr/kvm och dygn", "1,65", "kr/kvm och dygn",
                                       "/kvm och dygn")),
    ("1,65 kr per kvm och dygn", UnitPrice("1,65 kr per kvm och dygn", "1,65",
                                           "kr per kvm och dygn", " per kvm och dygn")),
    ("1,65 kr/kvm/dygn", UnitPrice("1,65 kr/kvm/dygn", "1,65", "kr/kvm/dygn", "/kvm/dygn")),
])
def test_a_price_per_two_units_in_luleås_spellings_is_one(value: str,
                                                          price: UnitPrice) -> None:
    # (trial 84, F7: "1,65 kr kvm/dygn" got the message for a text that is no amount)
    assert unit_price(value, "kr") == price


@pytest.mark.parametrize(("price", "unit"), [
    (UnitPrice("1,65 kr kvm/dygn", "1,65", "kr kvm/dygn", " kvm/dygn"), "kvm/dygn"),
    (UnitPrice("2 kr per kvm och dygn", "2", "kr per kvm och dygn", " per kvm och dygn"),
     "kvm och dygn"),
    (UnitPrice("100 kr/dag", "100", "kr/dag", "/dag"), "dag"),
])
def test_what_a_price_is_per_is_what_a_row_of_a_per_column_says(price: UnitPrice,
                                                                 unit: str) -> None:
    assert per_unit(price) == unit


TAXA = """\
dokumenttyp: beslutsunderlag
datum: 2022-09-12
dnr: nej
titel: Taxa för upplåtelse av offentlig plats
avsnitt:
  - rubrik: Förslag till taxa
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: upplatelse, rubrik: Upplåtelse}
      - {namn: zon1, rubrik: Zon 1, typ: belopp}
    rader:
      - {upplatelse: Arealavgift 0–50 kvm, zon1: "1,65 kr kvm/dygn"}
      - {upplatelse: Försäljning från kiosk, zon1: 100 kr/dag}
      - {upplatelse: Affischyta under 5 kvm, zon1: 1 000 kr/mån}
"""


def test_prices_per_different_units_are_told_to_have_their_unit_in_a_per_column(
        tmp_path: Path) -> None:
    # (trial 84, F6: one heading "Zon 1 (kr/kvm)" would label the kiosk's kr/dag as kr/kvm)
    problems, _ = built(tmp_path, TAXA)
    assert problems == [
        "fall.yaml:15:50: '1,65 kr kvm/dygn' och 2 celler till i kolumnen är priser per olika "
        'enheter (kvm/dygn, dag och mån), inga belopp; skriv talen ensamma i cellerna, t.ex. '
        '"1,65", och varje rads enhet i en kolumn med text, {namn: per, rubrik: Per} i '
        "'kolumner' och 'per: kvm/dygn' på raden, eftersom en rubrik bara kan säga en enhet"]


def test_a_per_column_of_the_table_is_named_for_the_units(tmp_path: Path) -> None:
    text = TAXA.replace("      - {namn: zon1,", "      - {namn: enhet, rubrik: Per}\n"
                                                "      - {namn: zon1,")
    problems, _ = built(tmp_path, text)
    assert problems == [
        "fall.yaml:16:50: '1,65 kr kvm/dygn' och 2 celler till i kolumnen är priser per olika "
        'enheter (kvm/dygn, dag och mån), inga belopp; skriv talen ensamma i cellerna, t.ex. '
        "\"1,65\", och varje rads enhet i kolumnen 'Per', t.ex. 'enhet: kvm/dygn' på raden"]


def test_the_same_unit_spelt_two_ways_is_one_unit_for_the_heading(tmp_path: Path) -> None:
    text = TAXA.replace("100 kr/dag", "100 kr per kvm och dygn").replace(
        '"1,65 kr kvm/dygn"', '"1,65 kr/kvm och dygn"').replace(
        "      - {upplatelse: Affischyta under 5 kvm, zon1: 1 000 kr/mån}\n", "")
    problems, _ = built(tmp_path, text)
    assert problems == [
        "fall.yaml:15:50: '1,65 kr/kvm och dygn' och 1 cell till i kolumnen är priser per "
        'enhet, inga belopp; skriv talen ensamma i cellerna, t.ex. "1,65", och enheten i '
        'kolumnens rubrik: rubrik: "Zon 1 (kr/kvm och dygn)"']


def test_the_figures_alone_with_a_per_column_print_as_written(tmp_path: Path) -> None:
    text = (TAXA.replace("      - {namn: zon1,", "      - {namn: per, rubrik: Per}\n"
                                                  "      - {namn: zon1,")
            .replace('zon1: "1,65 kr kvm/dygn"', 'per: kvm och dygn, zon1: "1,65"')
            .replace("zon1: 100 kr/dag", "per: dag, zon1: 100")
            .replace("zon1: 1 000 kr/mån", "per: månad, zon1: 1 000"))
    problems, markdown = built(tmp_path, text)
    assert problems == []
    assert [line for line in markdown.replace("\u00a0", "~").splitlines()
            if line.startswith("|")][2:] == [
        "| Arealavgift 0–50 kvm | kvm och dygn | 1,65 |",
        "| Försäljning från kiosk | dag | 100,00 |",
        "| Affischyta under 5 kvm | månad | 1~000,00 |"]
