"""Dates in words that do not exist are reported as a date value that does not exist is
(trial 59, F4: "den 30 februari 2025", "31 juni 2025" passed while 2025-02-30 was an error),
in a text and in a text cell, read as the weekday check reads dates in words."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.checks.dates import impossible_dates

CASE = """\
dokumenttyp: tjansteskrivelse
etikett: Sammanträdesplan
datum: nej
dnr: nej
titel: Sammanträden 2025
avsnitt:
  - rubrik: Tider
    text: Fullmäktige sammanträder den 30 februari 2025, den 31 april och den 31 juni 2025.
    tabell: tider
tabeller:
  - namn: tider
    kolumner:
      - {namn: dag, rubrik: Dag}
    rader:
      - {dag: 31 juni 2025}
      - {dag: "2025-02-30 kl. 13"}
      - {dag: 29 februari 2024}
"""


def test_the_trials_impossible_dates_are_errors_in_text_and_cells(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(CASE, encoding="utf-8")
    problems = [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]
    assert problems == [
        "plan.yaml:8:40: ogiltigt datum '30 februari 2025', februari 2025 har 28 dagar, skriv "
        "en dag mellan 01 och 28",
        "plan.yaml:8:62: ogiltigt datum '31 april', april har 30 dagar, skriv en dag mellan "
        "01 och 30",
        "plan.yaml:8:79: ogiltigt datum '31 juni 2025', juni 2025 har 30 dagar, skriv en dag "
        "mellan 01 och 30",
        "plan.yaml:15:15: ogiltigt datum '31 juni 2025', juni 2025 har 30 dagar, skriv en dag "
        "mellan 01 och 30",
        "plan.yaml:16:16: ogiltigt datum '2025-02-30', februari 2025 har 28 dagar, skriv en "
        "dag mellan 01 och 28",
    ]


def test_dates_that_exist_and_words_that_are_no_dates_are_not_reported() -> None:
    text = "den 29 februari, den 29 februari 2024, 31 december 2025, 1,31 maj, sidan 31.juni"
    assert list(impossible_dates(text)) == []
