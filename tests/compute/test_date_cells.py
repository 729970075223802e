"""Specification of a table's date column (`typ: datum`, trial 59, F8): each cell holds a
date, ÅÅÅÅ-MM-DD, or nothing; the dates are checked, printed as the document prints dates in
tables (or, with `datumform: text`, as in running text), left-aligned and never summed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

HEAD = """\
dokumenttyp: tjansteskrivelse
datum: 2025-01-10
dnr: nej
titel: Sammanträdesplan
avsnitt:
  - tabell: plan
tabeller:
  - namn: plan
    kolumner:
      - {namn: organ, rubrik: Organ}
      - {namn: mote, rubrik: Sammanträde, typ: datum}
    rader:
"""
"""A plan whose rows start on line 13."""


def build(folder: Path, text: str) -> tuple[list[str], str]:
    """The case's problems as printed (without the folder) and its Markdown."""
    case = folder / "x.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    problems = [p.format().replace(f"{folder}/", "") for p in result.problems]
    return problems, result.files.get("x.md", b"").decode("utf-8")


def table_lines(markdown: str) -> list[str]:
    """The lines of the document's table."""
    return [line for line in markdown.splitlines() if line.startswith("|")]


@pytest.mark.parametrize("cell", ["2025-03-18", '"2025-03-18"', '" 2025-03-18 "'],
                         ids=["read as a date", "quoted", "with spaces"])
def test_a_date_as_yaml_reads_it_or_quoted_is_printed_as_a_table_date(
        tmp_path: Path, cell: str) -> None:
    problems, markdown = build(tmp_path, HEAD + f"      - {{organ: KS, mote: {cell}}}\n")
    assert problems == []
    assert table_lines(markdown) == [
        "| Organ | Sammanträde |", "|:--|:--|", "| KS | 2025-03-18 |"]


def test_datumform_text_prints_the_date_as_running_text_does(tmp_path: Path) -> None:
    text = HEAD.replace("typ: datum}", "typ: datum, datumform: text}")
    problems, markdown = build(tmp_path, text + "      - {organ: KS, mote: 2025-03-18}\n")
    assert problems == []
    assert table_lines(markdown)[-1] == "| KS | 18 mars 2025 |"


def test_an_empty_cell_stays_empty_and_a_date_column_has_no_total_row(tmp_path: Path) -> None:
    problems, markdown = build(tmp_path, HEAD + "      - {organ: KS, mote: 2025-03-18}\n"
                                                "      - {organ: KF, mote: \"\"}\n"
                                                "      - {organ: VON}\n")
    assert problems == []
    assert table_lines(markdown)[2:] == [
        "| KS | 2025-03-18 |", "| KF | |", "| VON | |"]


def test_a_date_that_does_not_exist_is_an_error_at_its_cell_as_in_the_case_file(
        tmp_path: Path) -> None:
    problems, _ = build(tmp_path, HEAD + '      - {organ: KS, mote: "2025-02-30"}\n')
    assert problems == [
        "x.yaml:13:27: ogiltigt datum '2025-02-30', februari 2025 har 28 dagar, skriv en dag "
        "mellan 01 och 28"]
    unquoted, _ = build(tmp_path, HEAD + "      - {organ: KS, mote: 2025-02-30}\n")
    assert unquoted == problems


@pytest.mark.parametrize("cell", ["tisdag 2025-04-01", "18 mars 2025", "2025-3-18", "150",
                                  '"2025-03-18 10:00"'])
def test_anything_else_in_a_date_cell_is_an_error_saying_what_to_write(
        tmp_path: Path, cell: str) -> None:
    problems, _ = build(tmp_path, HEAD + f"      - {{organ: KS, mote: {cell}}}\n")
    assert problems == [
        f"x.yaml:13:27: '{cell.strip(chr(34))}' är inget datum, och kolumnen 'mote' har 'typ: "
        "datum'; skriv bara datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-18, eller lämna cellen tom "
        "(en veckodag eller ett klockslag skrivs i en egen kolumn med 'typ: text')"]


def test_a_day_without_its_year_is_told_the_date_in_the_year_of_the_other_dates(
        tmp_path: Path) -> None:
    # (trial 84, F15: "17 januari" in a sammanträdesplan whose other dates are 2022)
    problems, _ = build(tmp_path, HEAD + "      - {organ: KS, mote: 17 januari}\n"
                                         "      - {organ: KF, mote: 2022-01-31}\n"
                                         "      - {organ: KS, mote: den 14 feb.}\n"
                                         "      - {organ: KF, mote: 2022-02-28}\n")
    assert problems == [
        "x.yaml:13:27: '17 januari' saknar år, och kolumnen 'mote' har 'typ: datum'; skriv "
        "2022-01-17, med året som tabellens andra datum har",
        "x.yaml:15:27: 'den 14 feb.' saknar år, och kolumnen 'mote' har 'typ: datum'; skriv "
        "2022-02-14, med året som tabellens andra datum har"]


def test_a_day_in_figures_that_reads_two_ways_is_told_both(tmp_path: Path) -> None:
    problems, _ = build(tmp_path, HEAD + '      - {organ: KS, mote: "3/4"}\n'
                                         "      - {organ: KF, mote: 2022-01-31}\n")
    assert problems == [
        "x.yaml:13:27: '3/4' saknar år, och kolumnen 'mote' har 'typ: datum'; skriv "
        "2022-04-03 eller 2022-03-04, med året som tabellens andra datum har"]


@pytest.mark.parametrize("others", ["", "      - {organ: KF, mote: 2022-01-31}\n"
                                        "      - {organ: KF, mote: 2023-01-30}\n"],
                         ids=["no other dates", "other dates in two years"])
def test_a_day_without_its_year_and_no_one_year_to_take_is_told_to_write_its_year(
        tmp_path: Path, others: str) -> None:
    problems, _ = build(tmp_path, HEAD + "      - {organ: KS, mote: 17 januari}\n" + others)
    assert problems == [
        "x.yaml:13:27: '17 januari' saknar år, och kolumnen 'mote' har 'typ: datum'; skriv "
        "datumet med sitt år, ÅÅÅÅ-01-17"]


def test_a_day_without_its_year_that_year_lacks_is_told_to_write_its_year(
        tmp_path: Path) -> None:
    problems, _ = build(tmp_path, HEAD + "      - {organ: KS, mote: 29 februari}\n"
                                         "      - {organ: KF, mote: 2022-01-31}\n")
    assert problems == [
        "x.yaml:13:27: '29 februari' saknar år, och kolumnen 'mote' har 'typ: datum'; skriv "
        "datumet med sitt år, ÅÅÅÅ-02-29"]
