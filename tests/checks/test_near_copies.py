"""Specification: a typed amount of a small table (a norm's räkneexempel) that is, but for a
slip (two neighbouring digits swapped, one digit changed), the figure of another table its
row's label clearly names, is a warning at the cell offering the reference that takes the
figure (trial 46, F5: 3 101 typed for the norm's 3 110). An unclear label, an equal figure
or another amount altogether gives none."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.near_copies import words
from generator.digit_swaps import is_slip as slip

NBSP = "\u00a0"

NORM = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-27
dnr: nej
titel: Norm för ekonomiskt bistånd
avsnitt:
  - rubrik: Personliga kostnader
    tabell: personliga
  - rubrik: Hushållskostnader
    tabell: hushall
  - rubrik: Räkneexempel
    tabell: exempel
tabeller:
  - namn: personliga
    totalt: Summa
    kolumner:
      - {namn: post, rubrik: Personliga kostnader}
      - {namn: a7_10, rubrik: "7–10 år*", typ: belopp}
      - {namn: sambo, rubrik: Sambo, typ: belopp}
    rader:
      - {post: "Livsmedel, alla måltider", a7_10: 1505, sambo: 3020}
      - {post: Kläder/skor, a7_10: 635, sambo: 1205}
      - {post: Barn- och ungdomsförsäkring, a7_10: 970, sambo: 1575}
  - namn: hushall
    kolumner:
      - {namn: post, rubrik: Hushållskostnader}
      - {namn: p4, rubrik: 4 personer, typ: belopp}
    rader:
      - {post: Förbrukningsvaror, p4: 305}
      - {post: "Dagstidningar, telefon", p4: 1335}
  - namn: exempel
    enhet: ENHET
    kolumner:
      - {namn: del, rubrik: Del}
      - {namn: belopp, rubrik: Per månad, typ: belopp}
    rader:
      - {del: "LABEL", belopp: FIGURE}
"""
CELL = "x.yaml:36:CELL: varning: "
"""Where a warning about the räkneexempel's cell stands (its column depends on the label)."""


def problems(tmp_path: Path, label: str, figure: str, unit: str = "kr",
             text: str = NORM) -> list[str]:
    """The problems of the case, the räkneexempel's row holding `label` and `figure`, but
    for the warnings about ranges written with a hyphen (a label may hold one, as typed)."""
    case = tmp_path / "x.yaml"
    written = text.replace("LABEL", label).replace("FIGURE", figure).replace("ENHET", unit)
    case.write_text(written, encoding="utf-8")
    line = written.splitlines()[35]
    column = str(line.index(figure) + 1) if figure in line else "?"
    return [p.format().replace(f"{tmp_path}/", "").replace(f"x.yaml:36:{column}:", CELL[:-10])
            for p in Pipeline().build(case, documents=False).problems
            if "bindestreck" not in p.message]


def test_a_swap_of_a_columns_total_the_label_names_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "Personliga kostnader, barn 7–10 år", "3101") == [
        f"{CELL}beloppet 3{NBSP}101{NBSP}kr för raden 'Personliga kostnader, barn 7–10 år' är "
        f"summan 3{NBSP}110{NBSP}kr i kolumnen '7–10 år*' i tabellen 'personliga' med två "
        "siffror bytta; är det samma belopp, skriv \"{{ tabeller.personliga.a7_10 }}\" så "
        "hämtas det därifrån"]


def test_one_digit_changed_in_a_rows_figure_is_a_warning_naming_the_row(tmp_path: Path) -> None:
    assert problems(tmp_path, "Livsmedel, barn 7-10 år", "1515") == [
        f"{CELL}beloppet 1{NBSP}515{NBSP}kr för raden 'Livsmedel, barn 7-10 år' är "
        f"1{NBSP}505{NBSP}kr på raden 'Livsmedel, alla måltider' i kolumnen '7–10 år*' i "
        "tabellen 'personliga' med en siffra ändrad; är det samma belopp, skriv "
        "\"{{ tabeller.personliga.rader[0].a7_10 }}\" så hämtas det därifrån"]


def test_a_table_of_one_amount_column_is_named_by_its_header_or_a_whole_row(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Gemensamma hushållskostnader, 4 personer", "1460") == [
        f"{CELL}beloppet 1{NBSP}460{NBSP}kr för raden 'Gemensamma hushållskostnader, 4 "
        f"personer' är summan 1{NBSP}640{NBSP}kr i kolumnen '4 personer' i tabellen 'hushall' "
        "med två siffror bytta; är det samma belopp, skriv \"{{ tabeller.hushall.p4 }}\" så "
        "hämtas det därifrån"]
    assert problems(tmp_path, "Dagstidningar, telefon för en familj", "1353") == [
        f"{CELL}beloppet 1{NBSP}353{NBSP}kr för raden 'Dagstidningar, telefon för en familj' "
        f"är 1{NBSP}335{NBSP}kr på raden 'Dagstidningar, telefon' i tabellen 'hushall' med två "
        "siffror bytta; är det samma belopp, skriv \"{{ tabeller.hushall.rader[1].p4 }}\" så "
        "hämtas det därifrån"]


def test_figures_are_compared_in_kronor_and_shown_in_their_tables_units(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Personliga kostnader, sambo", '"5,08"', "tkr") == [
        f"{CELL}beloppet 5,08{NBSP}tkr för raden 'Personliga kostnader, sambo' är summan "
        f"5{NBSP}800{NBSP}kr i kolumnen 'Sambo' i tabellen 'personliga' med två siffror "
        "bytta; är det samma belopp, skriv \"{{ tabeller.personliga.sambo }}\" så hämtas det "
        "därifrån"]


@pytest.mark.parametrize(("label", "figure"), [
    ("Personliga kostnader, barn 7–10 år", "3110"),  # (the figure itself)
    ("Personliga kostnader, barn 7–10 år", "3000"),  # (another amount, not a slip)
    ("Personliga kostnader, barn 11–14 år", "3101"),  # (no column of that header)
    ("Barn 7–10 år, sambo", "3101"),  # (two columns: unclear)
    ("Barn- och ungdomsförsäkring, livsmedel, 7–10 år", "917"),  # (two rows: unclear)
    ("Summa", "1460"),  # (a word any table may have)
])
def test_an_unclear_label_an_equal_figure_or_another_amount_gives_no_warning(
        tmp_path: Path, label: str, figure: str) -> None:
    assert problems(tmp_path, label, figure) == []


def test_a_large_table_is_no_copy_of_another(tmp_path: Path) -> None:
    rows = "".join(f'      - {{del: "Rad {i}", belopp: {i}}}\n' for i in range(12))
    assert problems(tmp_path, "Personliga kostnader, barn 7–10 år", "3101",
                    text=NORM + rows) == []


def test_a_label_that_names_a_column_in_two_tables_takes_the_one_whose_first_column_it_names(
        tmp_path: Path) -> None:
    text = NORM.replace("{namn: p4, rubrik: 4 personer, typ: belopp}",
                        "{namn: p4, rubrik: Sambo, typ: belopp}")
    assert problems(tmp_path, "Personliga kostnader, sambo", "5080", text=text) == [
        f"{CELL}beloppet 5{NBSP}080{NBSP}kr för raden 'Personliga kostnader, sambo' är summan "
        f"5{NBSP}800{NBSP}kr i kolumnen 'Sambo' i tabellen 'personliga' med två siffror bytta; "
        "är det samma belopp, skriv \"{{ tabeller.personliga.sambo }}\" så hämtas det "
        "därifrån"]
    assert problems(tmp_path, "Sambo", "5080", text=text) == []


@pytest.mark.parametrize(("typed", "meant", "expected"), [
    (3101, 3110, True), (3120, 3110, True), (3110, 3110, False), (3011, 3110, False),
    (31100, 3110, False), (-3101, 3110, False), ("8.04", "8.40", True), ("8.41", "8.40", True),
])
def test_a_slip_is_a_swap_of_neighbours_or_one_digit_changed(
        typed: int | str, meant: int | str, expected: bool) -> None:
    from decimal import Decimal

    assert slip(Decimal(typed), Decimal(meant)) is expected


def test_label_words_read_a_range_with_any_dash_and_leave_out_units_and_stars() -> None:
    assert words("7-10 år* (kr)") == ("7–10", "år")
    assert words("Kläder/skor, barn 7—10 år") == ("kläder", "skor", "barn", "7–10", "år")


def test_a_row_of_the_same_label_as_one_row_of_another_table_is_still_compared(
        tmp_path: Path) -> None:
    assert (f"{CELL}beloppet 1{NBSP}353{NBSP}kr för raden 'Dagstidningar, telefon' är "
            f"1{NBSP}335{NBSP}kr på raden 'Dagstidningar, telefon' i tabellen 'hushall' med två "
            "siffror bytta; är det samma belopp, skriv \"{{ tabeller.hushall.rader[1].p4 }}\" "
            "så hämtas det därifrån") in problems(tmp_path, "Dagstidningar, telefon", "1353")


YEARS = """\
dokumenttyp: tjansteskrivelse
datum: 2025-03-14
dnr: nej
titel: Fördelning av medel
avsnitt:
  - {rubrik: År 2024, tabell: t1}
  - {rubrik: År 2025, tabell: t2}
tabeller:
  - namn: t1
    enhet: tkr
    kolumner:
      - {namn: mottagare, rubrik: Mottagare}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {mottagare: Luleå kommun, belopp: 1 200}
      - {mottagare: Piteå kommun, belopp: 800}
      - {mottagare: Region Norrbotten, belopp: 1 500}
  - namn: t2
    enhet: tkr
    kolumner:
      - {namn: mottagare, rubrik: Mottagare}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {mottagare: Luleå kommun, belopp: 1 300}
      - {mottagare: Piteå kommun, belopp: 900}
      - {mottagare: Region Norrbotten, belopp: 1 600}
"""


@pytest.mark.parametrize("change", [
    ("", ""),
    ("      - {mottagare: Luleå kommun, belopp: 1 200}\n",  # (one table with a row more)
     "      - {mottagare: Luleå kommun, belopp: 1 200}\n      - {mottagare: Kiruna, belopp: 7}\n"),
    ("      - {mottagare: Piteå kommun, belopp: 800}\n      - {mottagare: Region Norrbotten, "
     "belopp: 1 500}\n", "")])  # (a table of one row each, with the same row)
def test_two_years_of_the_same_rows_are_parallel_tables_not_copies(
        tmp_path: Path, change: tuple[str, str]) -> None:
    """Trial 93, F16: last year's and this year's grants to the same recipients."""
    case = tmp_path / "x.yaml"
    text = YEARS.replace(*change, 1) if change[0] else YEARS
    if "belopp: 800" not in text:
        text = text.replace("      - {mottagare: Piteå kommun, belopp: 900}\n      - {mottagare: "
                            "Region Norrbotten, belopp: 1 600}\n", "")
    case.write_text(text, encoding="utf-8")
    assert [p.format() for p in Pipeline().build(case, documents=False).problems] == []
