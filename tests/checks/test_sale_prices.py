"""A land sale's sale price and price per m² in text, against its table (trial 48, F6).

Trial 48: Gotlands kommun, KS § 258 "Markanvisningsavtal Hällarna 1:7" (2006-09-21) says
"Köpeskillingen föreslås till ca 7 mnkr eller 1 500 kr per kvm". A secretary's experiment
with a table of area × price per m² wrote "ca 8 mnkr eller 1 550 kr per kvm" for a computed
7 000 500 kr and 1 500 kr per m², and neither was caught: "ca 8 mnkr" is more than 5 % off
(so no wrong rounding) and no total word led to it, and 1 550 kr is no slip of 1 500 kr.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.literal_amounts import find_amounts
from generator.checks.literal_amounts_totals import SaidTotal, said_totals

NBSP = "\u00a0"

MARK = """\
dokumenttyp: lagesbeskrivning
datum: 2006-09-21
dnr: nej
titel: Markanvisningsavtal Hällarna 1:7
avsnitt:
  - rubrik: Ärendet
    text: "{text}"
    tabell: mark
tabeller:
  - namn: mark
    kolumner:
      - {{namn: omrade, rubrik: Område}}
      - {{namn: areal, rubrik: Areal (m²), typ: antal}}
      - {{namn: pris, rubrik: {price_heading}, typ: belopp, summeras: nej}}
      - {{namn: {sum_key}, rubrik: {sum_heading}, typ: belopp, formel: areal * pris}}
    rader:
{rows}
"""
ONE_PLOT = "      - {omrade: Del av Visby Hällarna 1:7, areal: 4 667, pris: 1 500}"
"""One plot of 4 667 m² at 1 500 kr: 7 000 500 kr."""
THREE_PLOTS = """\
      - {omrade: Tomt 1, areal: 1 012, pris: 1 500}
      - {omrade: Tomt 2, areal: 987, pris: 1 500}
      - {omrade: Tomt 3, areal: 1 046, pris: 1 500}"""
"""Three plots at 1 500 kr per m², 4 567 500 kr in all."""
PRICED_APART = THREE_PLOTS.replace("Tomt 2, areal: 987, pris: 1 500",
                                   "Tomt 2, areal: 987, pris: 1 700")
"""Three plots, the second at 1 700 kr per m²."""


def problems(tmp_path: Path, text: str, rows: str = ONE_PLOT,
             price_heading: str = "Pris (kr/m²)", sum_key: str = "kopeskilling",
             sum_heading: str = "Köpeskilling") -> list[str]:
    """What `beslut kontrollera` prints for the sale with this text above its table."""
    case = tmp_path / "x.yaml"
    case.write_text(MARK.format(text=text, rows=rows, price_heading=price_heading,
                                sum_key=sum_key, sum_heading=sum_heading), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def not_the_sale_total(at: str, amount: str, suggestion: str) -> str:
    """The warning for a sale price said that is not the table's 7 000 500 kr."""
    return (f"x.yaml:{at}: varning: beloppet '{amount}' i texten står som en summa men är "
            "inte tabellens summa: totalen i tabellen 'mark', kolumnen 'Köpeskilling (kr)', "
            f"är 7{NBSP}000{NBSP}500{NBSP}kr (tabeller.mark.summa); menar texten den summan, "
            f"skriv {suggestion} så följer texten tabellen")


def test_a_sale_price_far_off_the_tables_is_warned_about_with_both_figures(
    tmp_path: Path,
) -> None:
    # trial 48, F6: "ca 8 mnkr" for 7 000 500 kr passed: 14 % off, no total word before it
    assert problems(tmp_path, "Köpeskillingen föreslås till ca 8 mnkr.") == [
        not_the_sale_total("7:44", "ca 8 mnkr",
                           f"ca 7{NBSP}mnkr eller ca {{{{ tabeller.mark.summa | mnkr(0) }}}}")]


def test_a_sale_price_below_a_single_plots_total_is_warned_about(tmp_path: Path) -> None:
    # the one row is the total, no part of it: an amount under it may be said to be it
    assert problems(tmp_path, "Marken säljs till en köpeskilling av 6 500 000 kr.") == [
        not_the_sale_total("7:49", "6 500 000 kr", "{{ tabeller.mark.summa }}")]


@pytest.mark.parametrize("text", [
    "Köpeskillingen föreslås till ca 7 mnkr.",
    "Köpeskillingen föreslås till 7 000 500 kr.",
    "Marken säljs till en köpeskilling av knappt 7,1 mnkr.",
    # twice the total and more is another sum
    "Köpeskillingen för hela kvarteret blir 15 mnkr.",
])
def test_a_sale_price_the_table_states_or_another_sum_is_no_warning(
    tmp_path: Path, text: str
) -> None:
    assert problems(tmp_path, text) == []


def test_a_sale_word_means_only_a_sale_price_columns_total(tmp_path: Path) -> None:
    # a column of costs is no sale price: the sentence names some other sale
    assert problems(tmp_path, "Köpeskillingen föreslås till ca 8 mnkr.", sum_key="kostnad",
                    sum_heading="Kostnad") == []
    assert problems(tmp_path, "Kostnaden blir totalt ca 8 mnkr.", sum_key="kostnad",
                    sum_heading="Kostnad") == [
        "x.yaml:7:37: varning: beloppet 'ca 8 mnkr' i texten står som en summa men är inte "
        "tabellens summa: totalen i tabellen 'mark', kolumnen 'Kostnad (kr)', är "
        f"7{NBSP}000{NBSP}500{NBSP}kr (tabeller.mark.summa); menar texten den summan, skriv "
        f"ca 7{NBSP}mnkr eller ca {{{{ tabeller.mark.summa | mnkr(0) }}}} så följer texten "
        "tabellen"]


@pytest.mark.parametrize(("text", "said"), [
    ("Köpeskillingen föreslås till ca 7 mnkr.", [("7 mnkr", True)]),
    ("Marken säljs till en köpeskilling av 7 000 500 kr.", [("7 000 500 kr", True)]),
    ("Köpeskillingen blir totalt 7 mnkr.", [("7 mnkr", False)]),
    ("Köpeskillingen är fastställd. Nämnden får 5 mnkr.", []),
])
def test_the_amount_a_sale_word_leads_to(text: str, said: list[tuple[str, bool]]) -> None:
    assert [(found.literal.text.replace(NBSP, " "), found.sale)
            for found in said_totals(text, find_amounts(text))] == said
    assert all(isinstance(found, SaidTotal) for found in said_totals(text, find_amounts(text)))


def other_price(at: str, written: str, rows: str, price: str, name: str) -> str:
    """The warning for a price per m² in text that is not the column 'Pris (kr/m²)'s."""
    return (f"x.yaml:{at}: varning: priset '{written}' i texten stämmer inte med kolumnen "
            f"'Pris (kr/m²)' i tabellen 'mark', där {rows} {price}{NBSP}kr; menar texten det "
            f"priset, skriv {{{{ tabeller.mark.{name}.pris }}}} så följer texten tabellen")


@pytest.mark.parametrize(("text", "at", "written"), [
    ("Tomterna säljs för 1 550 kr per kvm.", "7:31", "1 550 kr per kvm"),
    ("Tomterna säljs för 1 550 kr/m².", "7:31", "1 550 kr/m²"),
    ("Tomterna säljs för 1 550 kronor per kvadratmeter.", "7:31",
     "1 550 kronor per kvadratmeter"),
    ("Tomterna säljs för ca 1 600 kr per kvm.", "7:34", "ca 1 600 kr per kvm"),
])
def test_a_price_per_m2_that_is_not_every_rows_price_is_warned_about(
    tmp_path: Path, text: str, at: str, written: str
) -> None:
    # trial 48, F6: "1 550 kr per kvm" beside a price of 1 500 on every row passed
    assert problems(tmp_path, text, THREE_PLOTS) == [
        other_price(at, written, "varje rad har", f"1{NBSP}500", "rader[0]")]


@pytest.mark.parametrize("text", [
    "Tomterna säljs för 1 500 kr per kvm.",
    "Tomterna säljs för 1 500 kr/m2.",
    "Tomterna säljs för ca 1 500 kr per kvadratmeter.",
    # another unit than the column's is another price
    "Tomterna städas för 1 550 kr per timme.",
])
def test_a_price_per_m2_the_column_states_or_of_another_unit_is_no_warning(
    tmp_path: Path, text: str
) -> None:
    assert problems(tmp_path, text, THREE_PLOTS) == []


def test_a_named_rows_price_is_compared_where_the_rows_differ(tmp_path: Path) -> None:
    assert problems(tmp_path, "Tomt 2 säljs för 1 600 kr per kvm.", PRICED_APART) == [
        other_price("7:29", "1 600 kr per kvm", "raden 'Tomt 2' har", f"1{NBSP}700",
                    "rader[1]")]
    # which row a price without a row's name means is unsure
    assert problems(tmp_path, "Tomterna säljs för 1 600 kr per kvm.", PRICED_APART) == []
    assert problems(tmp_path, "Tomt 2 säljs för 1 700 kr per kvm.", PRICED_APART) == []


@pytest.mark.parametrize("heading", [
    "Pris",
    # a heading that gives the price heads the amounts it makes (trial 43: a column "50 kr
    # per medlem" of `medlemmar * 50`), not prices
    "1 500 kr per kvm",
])
def test_a_column_whose_heading_names_no_unit_price_is_not_compared(
    tmp_path: Path, heading: str
) -> None:
    assert problems(tmp_path, "Tomterna säljs för 1 550 kr per kvm.", THREE_PLOTS,
                    price_heading=f'"{heading}"') == []


HALL = """\
dokumenttyp: lagesbeskrivning
datum: 2025-01-15
dnr: nej
titel: Uthyrningsavgift idrottshall
avsnitt:
  - rubrik: Avgifter
    text: Föreningar betalar 90 kr/h.
    tabell: hyra
tabeller:
  - namn: hyra
    totalt: false
    kolumner:
      - {{namn: hall, rubrik: "{label}"}}
{columns}
    rader:
      - {{hall: Mindre hall, {prices}}}
      - {{hall: Större hall, {prices}}}
"""
"""A price list of sports halls, under a text that gives 90 kr per hour."""


def hall_problems(tmp_path: Path, label: str, columns: str, prices: str) -> list[str]:
    """What `beslut kontrollera` prints for the price list with these columns and prices."""
    case = tmp_path / "x.yaml"
    case.write_text(HALL.format(label=label, columns=columns, prices=prices), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_unit_named_in_the_first_columns_heading_is_every_columns(tmp_path: Path) -> None:
    columns = "      - {namn: forening, rubrik: Förening, typ: belopp}"
    assert hall_problems(tmp_path, "Idrottshall, kr per timme", columns, "forening: 85") == [
        "x.yaml:7:30: varning: priset '90 kr/h' i texten stämmer inte med kolumnen 'Förening' "
        f"i tabellen 'hyra', där varje rad har 85{NBSP}kr; menar texten det priset, skriv "
        "{{ tabeller.hyra.rader[0].forening }} så följer texten tabellen"]


def test_two_columns_of_the_unit_leave_the_price_unsure(tmp_path: Path) -> None:
    columns = ("      - {namn: forening, rubrik: Förening (kr/h), typ: belopp}\n"
               "      - {namn: foretag, rubrik: Företag (kr/h), typ: belopp}")
    assert hall_problems(tmp_path, "Idrottshall", columns,
                         "forening: 85, foretag: 335") == []


HEBY = """\
dokumenttyp: lagesbeskrivning
datum: 2026-11-28
dnr: nej
titel: Försäljning av mark i Östervåla
avsnitt:
  - text: "{text}"
    tabell: kalkyl
tabeller:
  - namn: kalkyl
    totalt: {label}
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp}}
    rader:
      - {{post: Markvärde (omkring), belopp: 1 000 000}}
      - {{post: Miljösanering och bortforsling, belopp: -220 000}}
"""
"""Trial 74, F5 (UNT on Heby): a land value less the clean-up, 780 000 kr, under the total
row 'Köpeskilling', in a column named for no sale price."""


def heby_problems(tmp_path: Path, text: str, label: str = "Köpeskilling") -> list[str]:
    """What `beslut kontrollera` prints for the sale with this text above its table."""
    case = tmp_path / "x.yaml"
    case.write_text(HEBY.format(text=text, label=label), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_sale_price_that_misses_a_value_less_deductions_is_warned_about(
    tmp_path: Path,
) -> None:
    # trial 74, F5: "782 775 kronor" in the text beside a computed 780 000 kr, with no warning
    text = "Den exakta köpeskillingen är därför satt till 782 775 kronor."
    assert heby_problems(tmp_path, text) == [
        "x.yaml:6:58: varning: beloppet '782 775 kronor' i texten står som en summa men är "
        "inte tabellens summa: totalraden 'Köpeskilling' i tabellen 'kalkyl' är "
        f"780{NBSP}000{NBSP}kr (tabeller.kalkyl.summa); menar texten den summan, skriv "
        "{{ tabeller.kalkyl.summa }} så följer texten tabellen"]


@pytest.mark.parametrize(("text", "label"), [
    ("Den exakta köpeskillingen är därför satt till 780 000 kronor.", "Köpeskilling"),
    # the value itself, a row of the table, is no price said
    ("Köpeskillingen utgår från markvärdet 1 000 000 kronor.", "Köpeskilling"),
    # less than half the price is some other figure
    ("Köpeskillingen minskas med 220 000 kronor.", "Köpeskilling"),
    # a total row that names no sale price
    ("Den exakta köpeskillingen är därför satt till 782 775 kronor.", "Netto"),
], ids=["the price", "a row", "a deduction", "another total"])
def test_a_sale_price_beside_a_value_less_deductions_passes_where_it_may(
    tmp_path: Path, text: str, label: str
) -> None:
    assert heby_problems(tmp_path, text, label) == []
