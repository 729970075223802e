"""Specification of a base fee and a price per unit typed together into one amount cell
("950 kr + 10 kr/längdmeter", trial 85, F6: a gästhamn's taxa): refused once per column, at its
first such cell, with the two amount columns to write the figures in."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.case.base_fees import BaseFee, base_fee
from generator.case.unit_prices import UnitPrice

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2025-01-01
dnr: nej
titel: Taxa för gästhamnen
avsnitt:
  - rubrik: Avgifter per dygn
    tabell: hamn
tabeller:
  - namn: hamn
    totalt: false
    kolumner:
      - {namn: batlangd, rubrik: Båtlängd}
      - {namn: hog, rubrik: Högsäsong, typ: belopp}
      - {namn: lag, rubrik: Lågsäsong, typ: belopp}
    rader:
      - {batlangd: Upp till 12 m, hog: 300, lag: 250}
      - {batlangd: Större än 20 m, hog: "950 kr + 10 kr/längdmeter", lag: "800 + 10 kr/längdmeter"}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems as `beslut kontrollera` prints them."""
    path = tmp_path / "hamn.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]


def test_a_base_fee_plus_a_price_per_unit_is_told_to_be_two_columns(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "hamn.yaml:17:41: '950 kr + 10 kr/längdmeter' är en grundavgift och ett pris per "
        "enhet, inget belopp; skriv dem i två kolumner med 'typ: belopp', t.ex. {namn: "
        "grundavgift, rubrik: Grundavgift} och {namn: per_langdmeter, rubrik: Per längdmeter}, "
        "med 'grundavgift: 950, per_langdmeter: 10' på raden; avgiften för en viss mängd kan "
        "sedan räknas ut i en kolumn med formel",
        "hamn.yaml:17:75: '800 + 10 kr/längdmeter' är en grundavgift och ett pris per enhet, "
        "inget belopp; skriv dem i två kolumner med 'typ: belopp', t.ex. {namn: grundavgift, "
        "rubrik: Grundavgift} och {namn: per_langdmeter, rubrik: Per längdmeter}, med "
        "'grundavgift: 800, per_langdmeter: 10' på raden; avgiften för en viss mängd kan sedan "
        "räknas ut i en kolumn med formel"]


def test_several_in_a_column_are_one_error_at_the_first(tmp_path: Path) -> None:
    text = CASE.replace('lag: "800 + 10 kr/längdmeter"', "lag: 600") + (
        '      - {batlangd: Större än 30 m, hog: "1 250 kronor plus 12,50 kr per meter", '
        "lag: 900}\n")
    assert problems(tmp_path, text) == [
        "hamn.yaml:17:41: '950 kr + 10 kr/längdmeter' och 1 cell till i kolumnen är "
        "grundavgifter och priser per enhet, inga belopp; skriv dem i två kolumner med 'typ: "
        "belopp', t.ex. {namn: grundavgift, rubrik: Grundavgift} och {namn: per_langdmeter, "
        "rubrik: Per längdmeter}, med 'grundavgift: 950, per_langdmeter: 10' på raden; "
        "avgiften för en viss mängd kan sedan räknas ut i en kolumn med formel"]


@pytest.mark.parametrize(("value", "fee"), [
    ("950 kr + 10 kr/längdmeter", BaseFee("950 kr + 10 kr/längdmeter", "950", UnitPrice(
        "10 kr/längdmeter", "10", "kr/längdmeter", "/längdmeter"))),
    ("1 250 plus 12,50 kr per m", BaseFee("1 250 plus 12,50 kr per m", "1 250", UnitPrice(
        "12,50 kr per m", "12,50", "kr per m", " per m"))),
])
def test_a_base_fee_and_a_price_per_unit_are_read_apart(value: str, fee: BaseFee) -> None:
    assert base_fee(value, "kr") == fee


@pytest.mark.parametrize(("value", "unit"), [
    ("+451", "kr"), ("950 + 10", "kr"), ("950 kr + 10 kr", "kr"), ("10 kr/m", "kr"),
    ("950 tkr + 10 tkr/m", "kr"),  # (another unit than the table's: the usual message says so)
])
def test_other_cells_are_no_base_fee(value: str, unit: str) -> None:
    assert base_fee(value, unit) is None
