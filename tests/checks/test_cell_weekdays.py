"""Specification of weekdays in the tables' text cells (trial 44, F3): in a cell that writes
a weekday and its date, and in a weekday column beside a date column."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.checks.cell_weekdays import cell_weekday_problems
from generator.checks.report import Reporter
from generator.problems import sort_problems

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-11-20
dnr: KS 2024/412
titel: Sammanträdestider 2025
tabeller:
  - namn: tider
    kolumner:
{columns}
    rader:
{rows}
"""
DAY_AND_DATE = "      - {namn: dag, rubrik: Dag}\n      - {namn: datum, rubrik: Datum}"


def weekdays(rows: str, columns: str = DAY_AND_DATE) -> list[str]:
    """The weekday warnings of a table with the given columns and rows (from line 11)."""
    source = CASE.format(columns=columns, rows=rows)
    loaded = load_yaml_bytes(source.encode(), "x.yaml")
    case, problems = validate_model(Case, loaded, "x.yaml")
    assert case is not None, problems
    found = cell_weekday_problems(case, Reporter(loaded, "x.yaml"))
    return [problem.format() for problem in sort_problems(found)]


def test_the_trials_weekday_column_beside_its_date_is_warned_about_at_the_weekday() -> None:
    # (trial 44, F3: "1 fil kontrollerad: inga fel.")
    assert weekdays("      - {dag: måndag, datum: 2025-10-14}") == [
        "x.yaml:11:15: varning: den 14 oktober 2025 är en tisdag; rätta veckodagen eller datumet"]


def test_the_trials_weekday_and_date_in_one_cell_is_warned_about_as_in_text() -> None:
    assert weekdays('      - {dag: "måndagen den 9 december 2025"}') == [
        "x.yaml:11:16: varning: den 9 december 2025 är en tisdag; rätta veckodagen eller datumet"]


@pytest.mark.parametrize("date", ["2025-10-14", '"2025-10-14"', '"14 oktober 2025"'],
                         ids=["read as a date", "quoted", "in words"])
def test_a_date_cell_in_any_form_is_read_beside_the_weekday(date: str) -> None:
    assert weekdays(f"      - {{dag: Måndagen, datum: {date}}}") == [
        "x.yaml:11:15: varning: den 14 oktober 2025 är en tisdag; rätta veckodagen eller datumet"]


def test_a_date_column_before_the_weekday_column_is_read_too() -> None:
    columns = "      - {namn: datum, rubrik: Datum}\n      - {namn: dag, rubrik: Dag}"
    assert weekdays("      - {datum: 2025-10-14, dag: måndag}", columns) == [
        "x.yaml:11:34: varning: den 14 oktober 2025 är en tisdag; rätta veckodagen eller datumet"]


@pytest.mark.parametrize("rows", [
    "      - {dag: tisdag, datum: 2025-10-14}",
    '      - {dag: "tisdagen den 9 december 2025"}',
    "      - {dag: måndag, datum: oktober}",
    '      - {dag: "måndag eller tisdag", datum: 2025-10-14}',
    "      - {dag: måndag}",
    '      - {dag: "Tisdagen den 14 oktober 2025", datum: "den 14 oktober 2025"}',
], ids=["right weekday", "right weekday in the cell", "no date beside", "not a weekday alone",
        "no date column", "a date among other words"])
def test_a_right_weekday_or_none_beside_a_date_is_fine(rows: str) -> None:
    assert weekdays(rows) == []


def test_a_weekday_beside_a_column_two_places_off_is_not_read() -> None:
    columns = (DAY_AND_DATE.replace("namn: datum, rubrik: Datum", "namn: lokal, rubrik: Lokal")
               + "\n      - {namn: datum, rubrik: Datum}")
    assert weekdays("      - {dag: måndag, lokal: Kommunhuset, datum: 2025-10-14}", columns) == []


PLAN = """\
dokumenttyp: tjansteskrivelse
datum: 2024-11-20
dnr: KS 2024/412
titel: Sammanträdestider 2025
avsnitt:
  - rubrik: Sammanträdestider
    text: Kommunfullmäktige sammanträder tisdagen den 1 april 2025 och tisdagen den 10 juni 2025.
    tabell: tider
tabeller:
  - namn: tider
    kolumner:
      - {namn: dag, rubrik: Dag}
      - {namn: datum, rubrik: Datum}
    rader:
      - {dag: tisdag, datum: 2025-04-01}
      - {dag: "tisdagen den 10 juni 2025"}
"""


def test_a_plan_of_the_coming_year_with_right_weekdays_passes_the_whole_check(
        tmp_path: Path) -> None:
    # (a plan's table holds the coming year: only its weekdays are checked, and its text
    # looks ahead, trial 44, F1)
    case = tmp_path / "plan.yaml"
    case.write_text(PLAN, encoding="utf-8")
    assert [problem.format() for problem in Pipeline().build(case).problems] == []


@pytest.mark.parametrize("date", ["2025-10-14", '"2025-10-14"'], ids=["read as a date", "quoted"])
def test_a_date_column_typed_datum_is_read_beside_the_weekday_by_the_same_rule(date: str) -> None:
    # (trial 59, F8: a sammanträdesplan's meeting days in a column with 'typ: datum')
    columns = "      - {namn: dag, rubrik: Dag}\n      - {namn: datum, typ: datum}"
    assert weekdays(f"      - {{dag: måndag, datum: {date}}}", columns) == [
        "x.yaml:11:15: varning: den 14 oktober 2025 är en tisdag; rätta veckodagen eller datumet"]
    assert weekdays(f"      - {{dag: tisdag, datum: {date}}}", columns) == []
