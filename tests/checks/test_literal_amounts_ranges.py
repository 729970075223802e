"""Specification: a range of amounts that writes its money unit once shares it (trial 73, F5).

The first number of "från 2,5 till 3,1 mnkr", "mellan 45 000 och 52 000 kronor" and
"2,5–3,1 mnkr" is read in the unit after the second, and the second number of "från 1 200
kr till 1 350 per månad" in the unit of the first, so that a slip in either is warned about
as in an amount written with its unit; a number that the text gives another unit, or that a
word after it may give one ("12 föreningar"), is no amount."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.literal_amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("höjs från 1 200 kr till 1 350 per månad.",
         [("1 200 kr", "1200", "kr"), ("1 350", "1350", "kr")]),
        ("ökar från 2,5 till 3,1 mnkr.",
         [("2,5", "2.5E+6", "mnkr"), ("3,1 mnkr", "3.1E+6", "mnkr")]),
        ("höjs från 45 000 till 52 000 kronor",
         [("45 000", "45000", "kr"), ("52 000 kronor", "52000", "kr")]),
        ("kostar mellan 2 och 3 mnkr",
         [("2", "2000000", "mnkr"), ("3 mnkr", "3000000", "mnkr")]),
        ("kostar 2,5–3,1 mnkr", [("2,5", "2.5E+6", "mnkr"), ("3,1 mnkr", "3.1E+6", "mnkr")]),
        ("från 1 200 kr per månad till 1 350 per månad",
         [("1 200 kr", "1200", "kr"), ("1 350", "1350", "kr")]),
        ("från −2,5 till 3,1 mnkr", [("−2,5", "-2.5E+6", "mnkr"), ("3,1 mnkr", "3.1E+6", "mnkr")]),
        ("höjs från 1 200 kr till 1 350\nper månad",
         [("1 200 kr", "1200", "kr"), ("1 350", "1350", "kr")]),
    ],
)
def test_a_number_of_a_range_is_read_in_the_unit_the_range_writes(
        text: str, read: list[tuple[str, str, str]]) -> None:
    found = find_amounts(text)
    assert [(a.text, a.value, a.unit) for a in found] == [
        (written, Decimal(value), unit) for written, value, unit in read]
    for literal in found:
        assert text[literal.offset : literal.offset + len(literal.text)] == literal.text


def test_an_approximation_word_before_the_first_number_is_its_own() -> None:
    first, second = find_amounts("från ca 2,5 till 3,1 mnkr")
    assert (first.text, first.approximate, second.approximate) == ("2,5", True, False)


@pytest.mark.parametrize(
    "text",
    [
        "från 500 kr till 12 föreningar",  # (a count: the word after it is its unit)
        "från 100 kr till 2025 års nivå",
        "höjs från 1 200 kr till 1 350\nelever",  # (the word on the next line counts)
        "år 2025 – 3,1 mnkr",  # (a dash between spaces is a parenthesis)
        "till 1 350 per månad från 1 200 kr",  # (no "från" before the amount)
        "höjs med 2 till 3 mnkr",  # (no "från": "med 2" is no amount of the range)
    ],
)
def test_a_number_the_range_does_not_give_the_unit_is_no_amount(text: str) -> None:
    assert [a.text for a in find_amounts(text)] == [
        a for a in ("500 kr", "100 kr", "1 200 kr", "3,1 mnkr", "3 mnkr") if a in text]


def test_a_number_with_its_own_unit_keeps_it() -> None:
    found = find_amounts("från 1 200 kr till 1,4 tkr")
    assert [(a.text, a.unit) for a in found] == [("1 200 kr", "kr"), ("1,4 tkr", "tkr")]


CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-20
dnr: SN 2026/12
titel: Nya avgifter inom äldreomsorgen
avsnitt:
  - rubrik: Ärendebeskrivning
    text: |
      {text}
    tabell: avgifter
  - rubrik: Kostnader
    tabell: kostnader
tabeller:
  - namn: avgifter
    totalt: false
    kolumner:
      - {{namn: tjanst, rubrik: Tjänst}}
      - {{namn: nu, rubrik: Nuvarande avgift, typ: belopp}}
      - {{namn: ny, rubrik: Ny avgift, typ: belopp}}
    rader:
      - {{tjanst: Trygghetslarm, nu: 1 200, ny: 1 350}}
      - {{tjanst: Matdistribution, nu: 45 000, ny: 52 000}}
  - namn: kostnader
    enhet: tkr
    totalt: false
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: t2025, rubrik: "2025", typ: belopp}}
      - {{namn: t2026, rubrik: "2026", typ: belopp}}
    rader:
      - {{post: Larmcentral, t2025: 2 543, t2026: 3 104}}
"""


def warnings(tmp_path: Path, text: str) -> list[str]:
    """The problems of the case with the section's text, as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize(
    "text",
    [
        "Avgiften för trygghetslarm höjs från 1 200 kr till 1 350 per månad.",
        "Avgiften för matdistribution höjs från 45 000 till 52 000 kronor.",
        "Kostnaden för larmcentralen ökar från 2,5 till 3,1 mnkr.",
        "Kostnaden för larmcentralen blir 2,5–3,1 mnkr.",
    ],
)
def test_a_range_that_states_the_tables_figures_is_fine(tmp_path: Path, text: str) -> None:
    assert warnings(tmp_path, text) == []


def test_a_slip_in_the_number_after_till_is_read_in_the_unit_before(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Avgiften för trygghetslarm höjs från 1 200 kr till 1 305 per "
                              "månad.") == [
        "x.yaml:8:58: varning: beloppet '1 305' i texten finns inte i tabellerna, men med två "
        "siffror omkastade stämmer det med tabellens 1\u00a0350\u00a0kr på raden "
        "'Trygghetslarm'; menar "
        "texten det beloppet, skriv {{ tabeller.avgifter.rader[0].ny }} så följer texten "
        "tabellen"]


def test_a_slip_in_the_number_before_till_is_read_in_the_unit_after(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Kostnaden för larmcentralen ökar från 5,2 till 3,1 mnkr.") == [
        "x.yaml:8:45: varning: beloppet '5,2' i texten finns inte i tabellerna, men med två "
        "siffror omkastade stämmer det med tabellens 2\u00a0543\u00a0tkr på raden "
        "'Larmcentral' under rubriken 'Kostnader'; menar texten det beloppet, skriv "
        "{{ tabeller.kostnader.rader[0].t2025 }} eller "
        "{{ tabeller.kostnader.rader[0].t2025 | mnkr }} så följer texten tabellen"]


def test_a_slip_in_the_first_number_of_a_range_in_tkr(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Kostnaden ökar från 2 534 till 3 104 tkr.") == [
        "x.yaml:8:27: varning: beloppet '2 534' i texten finns inte i tabellerna, men med två "
        "siffror omkastade stämmer det med tabellens 2\u00a0543\u00a0tkr på raden "
        "'Larmcentral' under rubriken 'Kostnader'; menar texten det beloppet, skriv "
        "{{ tabeller.kostnader.rader[0].t2025 }} eller "
        "{{ tabeller.kostnader.rader[0].t2025 | tkr }} så följer texten tabellen"]


@pytest.mark.parametrize("text", [
    "ÖKAR FRÅN 2,5 TILL 3,1 MNKR.", "Kostar Mellan 2 Och 3 mnkr", "kostar 2,5-3,1 mnkr",
    "höjs FRÅN 1 200 kr TILL 1 350 per månad.", "kostar 2,5–3,1 MNKR",
])
def test_the_plain_tests_before_the_patterns_hide_no_range_in_another_case(text: str) -> None:
    # (the words are looked for in lower case before the patterns, which ignore case)
    read = [(amount.text, amount.unit) for amount in find_amounts(text)]
    assert len(read) == 2
    assert read[0][1] == read[1][1]
