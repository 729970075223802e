"""An amount per year in text beside a table of one row a year (trial 91, F4).

Visit Karlstad AB's driftstöd, 3 000 000 kr a year for 2017–2020, with the text "driftstöd
på 3,5 mnkr per år" gave no warning: 3,5 mnkr lies 17 % from 3 000 000 kr, too far for a
wrong rounding, and the column "Driftstöd" names no unit per year, so it was no price per
unit either. The words "per år" beside a table whose rows are years say which figure it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.literal_amounts import find_amounts
from generator.checks.literal_amounts_per_row import per_unit

NBSP = "\u00a0"

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2016-11-24
dnr: nej
titel: Driftstöd till Visit Karlstad AB
{stated}avsnitt:
  - rubrik: Driftstöd
    text: "{text}"
    tabell: driftstod
tabeller:
  - namn: driftstod
    kolumner:
      - {{namn: ar, rubrik: {first}, typ: text}}
      - {{namn: belopp, rubrik: Driftstöd, typ: belopp{formula}}}
{more}    rader:
      - {{ar: "2017"{amount}}}
      - {{ar: "2018"{amount}}}
      - {{ar: "2019"{amount}}}
      - {{ar: "2020"{last}}}
"""
"""The driftstöd of trial 91 under a text of one sentence."""

TYPED = ", belopp: 3 000 000"


def problems(tmp_path: Path, text: str, *, first: str = "År", amount: str = TYPED,
             last: str = TYPED, formula: str = "", stated: str = "", more: str = "") -> list[str]:
    """What `beslut kontrollera` prints for the driftstöd table under text."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(text=text, first=first, amount=amount, last=last,
                                formula=formula, stated=stated, more=more), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_an_amount_per_year_beside_rows_of_one_amount_is_that_amount(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommunen lämnar ett driftstöd på 3,5 mnkr per år.") == [
        "x.yaml:7:45: varning: beloppet '3,5 mnkr per år' i texten stämmer inte med kolumnen "
        f"'Driftstöd (kr)' i tabellen 'driftstod', som har 3{NBSP}000{NBSP}000{NBSP}kr på "
        f"varje rad, alltså 3,0{NBSP}mnkr; menar texten det beloppet, skriv "
        "{{ tabeller.driftstod.rader[0].belopp | mnkr }} så följer texten tabellen"]


def test_a_column_of_one_of_the_cases_amounts_offers_it_by_its_name(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommunen lämnar ett driftstöd på 3,5 miljoner kronor om året.",
                    amount="", last="", formula=", formel: belopp.driftstod_per_ar",
                    stated="belopp:\n  driftstod_per_ar: 3000000\n") == [
        "x.yaml:9:45: varning: beloppet '3,5 miljoner kronor om året' i texten stämmer inte "
        f"med kolumnen 'Driftstöd (kr)' i tabellen 'driftstod', som har "
        f"3{NBSP}000{NBSP}000{NBSP}kr på varje rad, alltså 3,0{NBSP}miljoner kronor; menar "
        "texten det beloppet, skriv {{ belopp.driftstod_per_ar | mnkr }} så följer texten "
        "tabellen"]


def test_a_yearly_word_before_the_amount_makes_it_per_year(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommunen lämnar ett årligt driftstöd till bolaget om ca 4 mnkr.",
                    first="Period") == [
        "x.yaml:7:68: varning: beloppet 'ca 4 mnkr' i texten stämmer inte med kolumnen "
        f"'Driftstöd (kr)' i tabellen 'driftstod', som har 3{NBSP}000{NBSP}000{NBSP}kr på "
        f"varje rad, alltså ca 3{NBSP}mnkr; menar texten det beloppet, skriv "
        "{{ tabeller.driftstod.rader[0].belopp | mnkr(0) }} så följer texten tabellen"]


@pytest.mark.parametrize("text", [
    "Kommunen lämnar ett driftstöd på 3,0 mnkr per år.",
    "Kommunen lämnar ett driftstöd på 3 mnkr per år.",
    "Kommunen lämnar ett driftstöd på 3 000 000 kr per år.",
    "Kommunen lämnar ett driftstöd på ca 3 mnkr per år.",
    "Kommunen lämnar ett driftstöd på drygt 2,9 mnkr per år.",
    "Bolaget har intäkter på 12 mnkr per år.",  # (another amount per year)
    "Kommunen lämnar 3,5 mnkr.",  # (no amount per year)
])
def test_the_amount_a_row_shows_or_another_passes(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


def test_rows_of_different_amounts_leave_the_year_unsure(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommunen lämnar ett driftstöd på 3,5 mnkr per år.",
                    last=", belopp: 2 500 000") == []


def test_two_amount_columns_leave_the_column_unsure(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommunen lämnar ett driftstöd på 3,5 mnkr per år.",
                    amount=TYPED + ", hyra: 3 000 000", last=TYPED + ", hyra: 3 000 000",
                    more="      - {namn: hyra, rubrik: Hyra, typ: belopp}\n") == []


def test_rows_that_are_no_years_are_no_amount_per_year(tmp_path: Path) -> None:
    case = CASE.replace('"2017"', "Falun").replace('"2018"', "Borlänge")
    path = tmp_path / "x.yaml"
    path.write_text(case.format(text="Kommunen lämnar 3,5 mnkr per år.", first="Ort",
                                amount=TYPED, last=TYPED, formula="", stated="", more=""),
                    encoding="utf-8")
    assert Pipeline().build(path).problems == []


@pytest.mark.parametrize(("text", "said"), [
    ("driftstöd på 3,5 mnkr per år fram till 2020", ("år", "3,5 mnkr per år")),
    ("driftstöd på 3,5 mnkr/år", ("år", "3,5 mnkr/år")),
    ("driftstöd på 3,5 mnkr årligen", ("år", "3,5 mnkr årligen")),
    ("ett årligt driftstöd till bolaget om 3,5 mnkr", ("år", "3,5 mnkr")),
    ("ett årligt driftstöd på en gång för 2017 och 3,5 mnkr", None),  # (a figure between)
    ("3,5 mnkr per kvadratmeter", ("m²", "3,5 mnkr per kvadratmeter")),
    ("driftstöd på 3,5 mnkr", None),
])
def test_the_unit_an_amount_is_per(text: str, said: tuple[str, str] | None) -> None:
    [literal] = find_amounts(text)
    found = per_unit(text, literal)
    assert (None if found is None else
            (found[0], text[literal.offset : found[1]].replace(NBSP, " "))) == said
