"""Specification of numbers typed with their unit into number and count cells (trial 53, F3):
"3 h" and "1,5 h" under 'Timmar' are refused once per column, at the first such cell, with
how many more there are, the number to write alone and where the unit goes: a heading that
names it ("Timmar", "Tid (h)") says it already, another gets it in parentheses."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.case.unit_numbers import UnitNumber, unit_number

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2019-04-05
dnr: nej
titel: Vanligaste avgifterna
belopp:
  timtaxa: 1006
avsnitt:
  - rubrik: Avgifter
    tabell: avgifter
tabeller:
  - namn: avgifter
    totalt: false
    kolumner:
      - {namn: arende, rubrik: Ärende}
      - {namn: timmar, rubrik: Timmar, typ: tal}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: timmar * belopp.timtaxa}
    rader:
      - {arende: Vattentoalett med sluten tank, timmar: 3 h}
      - {arende: Värmepump, timmar: 2}
      - {arende: "Befrielse från hämtning: Bifall", timmar: "1,5 h"}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems as `beslut kontrollera` prints them."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]


def test_hours_under_a_heading_that_names_them_are_one_error_that_says_so(
        tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "fall.yaml:18:57: '3 h' och 1 cell till i kolumnen är tal med enhet; skriv talen "
        "ensamma i cellerna, t.ex. 3: rubriken 'Timmar' säger redan enheten"]


def test_a_count_column_whose_heading_lacks_the_unit_is_told_the_heading_to_write(
        tmp_path: Path) -> None:
    count = CASE.replace("rubrik: Timmar, typ: tal", "rubrik: Tid, typ: antal")
    assert problems(tmp_path, count) == [
        "fall.yaml:18:57: '3 h' och 1 cell till i kolumnen är tal med enhet; skriv talen "
        'ensamma i cellerna, t.ex. 3, och enheten i kolumnens rubrik: rubrik: "Tid (h)"']


def test_a_single_cell_is_told_its_own_number(tmp_path: Path) -> None:
    single = CASE.replace("timmar: 3 h}", "timmar: 3}").replace("rubrik: Timmar,",
                                                               "rubrik: Tid (h),")
    assert problems(tmp_path, single) == [
        "fall.yaml:20:61: '1,5 h' är ett tal med enhet; skriv talet ensamt i cellen, \"1,5\": "
        "rubriken 'Tid (h)' säger redan enheten"]


def test_the_numbers_alone_compute_the_fees(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace(" h}", "}").replace(' h"', '"')) == []


@pytest.mark.parametrize(("value", "number"), [
    ("3 h", UnitNumber("3 h", "3", "h")),
    ("1,5 h", UnitNumber("1,5 h", "1,5", "h")),
    ("3h", UnitNumber("3h", "3", "h")),
    ("12 m²", UnitNumber("12 m²", "12", "m²")),
    ("1 250 st.", UnitNumber("1 250 st.", "1 250", "st")),
    ("40 timmar/vecka", UnitNumber("40 timmar/vecka", "40", "timmar/vecka")),
])
def test_a_number_with_a_unit_is_its_figure_and_unit(value: str, number: UnitNumber) -> None:
    assert unit_number(value) == number


@pytest.mark.parametrize("value", ["3", "12,5 %", "12 procent", "ca 3 h", "h", "3,5,5 h", 3,
                                   "1 " * 40 + "h"])
def test_other_cells_are_no_number_with_a_unit(value: object) -> None:
    assert unit_number(value) is None
