"""A row of a table that shares an amount out by typed shares (`andel * belopp.ram`) with
nothing but its name is a warning at the row (trial 75: a fördelning row with only a
municipality's name printed empty, outside the sum, and nothing said so). A row that says it
has no amount ("–", a condition such as "Enligt kvitto") is meant and gets none; so is a row
of a table that shares nothing out, and a row without an amount among computed shares
(`typ: andel`, pinned in test_rendered_tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-03-20
dnr: KS 2025/31
titel: Fördelning av medel
belopp:
  ram: 1000000
avsnitt:
  - rubrik: Fördelning
    tabell: fordelning
tabeller:
  - namn: fordelning
    kolumner:
      - {namn: kommun, rubrik: Kommun}
      - {namn: villkor, rubrik: Villkor, typ: text}
      - {namn: andel, rubrik: Andel, typ: tal}
      - {namn: belopp, rubrik: Belopp, typ: belopp, formel: andel * belopp.ram}
    rader:
      - {kommun: Leksand, andel: "60 %"}
      - {kommun: Mora, andel: "40 %"}
      - {kommun: Orsa}
"""
ORSA = ("fall.yaml:20:9: varning: raden 'Orsa' har varken andel eller belopp, så den står tom "
        "i tabellen och räknas inte i summan; fyll i radens andel i kolumnen 'Andel' (eller "
        "beloppet i kolumnen 'Belopp (kr)'), skriv \"–\" i kolumnen 'Belopp (kr)' om raden ska "
        "stå utan belopp, eller ta bort raden")


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_a_row_with_only_its_name_is_a_warning_at_the_row(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [ORSA]


def test_shares_are_known_by_the_header_too(tmp_path: Path) -> None:
    text = CASE.replace('"60 %"', '"0,6"').replace('"40 %"', '"0,4"')
    assert problems(tmp_path, text) == [ORSA]


def test_a_sub_row_is_warned_about_at_its_own_line(tmp_path: Path) -> None:
    text = CASE.replace("      - {kommun: Orsa}\n", "      - kommun: Övriga\n        rader:\n"
                        "          - {kommun: Orsa}\n")
    assert problems(tmp_path, text) == [
        ORSA.replace("20:9", "22:13")]


@pytest.mark.parametrize("row", ['{kommun: Orsa, belopp: "–"}',
                                 "{kommun: Parkering, villkor: Enligt kvitto}",
                                 "{kommun: Enligt avtal}",
                                 '{kommun: Orsa, andel: "0 %"}'])
def test_a_row_that_says_it_has_no_amount_is_meant(tmp_path: Path, row: str) -> None:
    assert problems(tmp_path, CASE.replace("{kommun: Orsa}", row)) == []


def test_a_table_that_shares_nothing_out_leaves_an_empty_row_alone(tmp_path: Path) -> None:
    text = CASE.replace("andel * belopp.ram", "andel * 12").replace(
        "rubrik: Andel, typ: tal", "rubrik: Timmar, typ: tal").replace(
        '"60 %"', "3").replace('"40 %"', "4")
    assert problems(tmp_path, text) == []
