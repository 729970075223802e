"""Specification: a percentage typed in text is checked against the percentages a table writes
in a number column (`typ: tal`), in cells with "%" or under a header that names percent
("Andel (%)"), as against those it computes (trial 73, F6): one that agrees is fine, one
step of its last decimal off is a warning naming the table's figure ("tabellens", not "den
uträknade förändringen"), and so is one with two neighbouring digits swapped, where only
one of the table's percentages is that swap."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-20
dnr: KS 2026/40
titel: Fördelning av budget till nämnderna
avsnitt:
  - rubrik: Ärendebeskrivning
    text: |
      {text}
    tabell: budget
tabeller:
  - namn: budget
    kolumner:
      - {{namn: namnd, rubrik: Nämnd}}
      - {{namn: belopp, rubrik: Budget, typ: belopp}}
      - {{namn: andel, rubrik: {header}, typ: tal}}
    rader:
      - {{namnd: Kultur- och fritidsnämnden, belopp: 14 000, andel: "12,5{percent}"}}
      - {{namnd: Socialnämnden, belopp: 61 000, andel: "62,5{percent}"}}
      - {{namnd: Tekniska nämnden, belopp: 25 000, andel: "25,0{percent}"}}
"""
HEADER = ("Andel (%)", "")
CELLS = ("Ägarandel", " %")


def warnings(tmp_path: Path, text: str, column: tuple[str, str] = HEADER) -> list[str]:
    """The problems of the case with the section's text and the number column's header and
    cells' unit, as printed, without the folder."""
    header, percent = column
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(text=text, header=header, percent=percent), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize("column", [HEADER, CELLS])
@pytest.mark.parametrize("text", [
    "Kultur- och fritidsnämnden får 12,5 procent av budgeten.",
    "Kultur- och fritidsnämnden får 12,5 % av budgeten och socialnämnden 62,5 %.",
    "Kultur- och fritidsnämnden får 12,50 % av budgeten.",  # (more decimals, the same)
    "Kultur- och fritidsnämnden får 13 % av budgeten.",  # (no decimals: never read)
    "Räntan är 3,5 % och inflationen 2,1 %.",  # (no figure of the column)
])
def test_a_percentage_the_column_writes_or_another_figure_is_fine(
        tmp_path: Path, text: str, column: tuple[str, str]) -> None:
    assert warnings(tmp_path, text, column) == []


def test_a_percentage_one_step_off_a_column_under_a_percent_header(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Kultur- och fritidsnämnden får 12,6 procent av budgeten.") == [
        "x.yaml:8:38: varning: procentsatsen '12,6 procent' i texten stämmer inte med "
        "tabellens 12,5 % på raden 'Kultur- och fritidsnämnden' "
        "(tabeller.budget.rader[0].andel); menar texten den, skriv "
        "{{ tabeller.budget.rader[0].andel }} procent så följer texten tabellen"]


def test_a_percentage_one_step_off_a_column_of_percentages(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Kultur- och fritidsnämnden får 12,4 % av budgeten.", CELLS) == [
        "x.yaml:8:38: varning: procentsatsen '12,4 %' i texten stämmer inte med tabellens "
        "12,5 % på raden 'Kultur- och fritidsnämnden' (tabeller.budget.rader[0].andel); menar "
        "texten den, skriv {{ tabeller.budget.rader[0].andel }} så följer texten tabellen"]


def test_a_percentage_with_two_digits_swapped_under_a_percent_header(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Socialnämnden får 65,2 % av budgeten.") == [
        "x.yaml:8:25: varning: procentsatsen '65,2 %' i texten finns inte i tabellerna, men med "
        "två siffror omkastade stämmer den med tabellens 62,5 % på raden 'Socialnämnden' "
        "(tabeller.budget.rader[1].andel); menar texten den, skriv "
        "{{ tabeller.budget.rader[1].andel }} % så följer texten tabellen"]


def test_a_percentage_with_two_digits_swapped_in_a_column_of_percentages(
        tmp_path: Path) -> None:
    assert warnings(tmp_path, "Socialnämnden får 65,2 procent av budgeten.", CELLS) == [
        "x.yaml:8:25: varning: procentsatsen '65,2 procent' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer den med tabellens 62,5 % på raden "
        "'Socialnämnden' (tabeller.budget.rader[1].andel); menar texten den, skriv "
        "{{ tabeller.budget.rader[1].andel }} så följer texten tabellen"]


def test_a_swap_the_text_types_as_it_is_as_well_is_a_change_from_it(tmp_path: Path) -> None:
    assert warnings(tmp_path, "Andelen höjs från 62,5 % till 65,2 %.") == []


def test_a_header_of_percentage_points_is_no_percent(tmp_path: Path) -> None:
    text = "Kultur- och fritidsnämnden får 12,6 procent av budgeten."
    assert warnings(tmp_path, text, ("Förändring (procentenheter)", "")) == []
