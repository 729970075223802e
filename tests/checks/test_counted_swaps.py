"""Specification: a short amount in text that two swapped digits would make a table's figure
is no slip of it where its sentence counts, in a word of a count column's header, a number
that is none of the table's counts (trial 94, F1: "… avsatta för 31 feriearbetsplatser,
vilket motsvarar 201 000 kr" was told to write the table's sum of 210 000 kr for 21 + 7
platser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2021-03-22
dnr: nej
titel: Feriearbetsplatser
avsnitt:
  - rubrik: Ärendet
    text: TEXT
    tabell: utokning
tabeller:
  - namn: utokning
    kolumner:
      - {namn: insats, rubrik: Insats}
      - {namn: platser, rubrik: Antal platser, typ: antal}
      - {namn: kostnad, rubrik: Ökad kostnad, typ: belopp}
    rader:
      - {rad_namn: feriearbete, insats: Feriearbete, platser: 21, kostnad: 150 000}
      - {rad_namn: entreprenor, insats: Ferieentreprenör, platser: 7, kostnad: 60 000}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems of the case with the given section text."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("TEXT", text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


@pytest.mark.parametrize("text", [
    "I budget 2021 finns medel avsatta för 31 feriearbetsplatser, vilket motsvarar 201 000 kr.",
    "Medel finns för 31 platser, vilket motsvarar 201 000 kr.",
])
def test_an_amount_of_a_count_that_is_not_the_tables_is_no_swap(
        tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "Utökningen motsvarar 201 000 kr.",
    "Utökningen med 28 platser motsvarar 201 000 kr.",
])
def test_an_amount_of_the_tables_count_or_of_none_is_still_a_swap(
        tmp_path: Path, text: str) -> None:
    column = text.index("201") + 11
    assert problems(tmp_path, text) == [
        f"fall.yaml:7:{column}: varning: beloppet '201 000 kr' i texten finns inte i "
        "tabellerna, men med två siffror omkastade stämmer det med det beräknade 210 000 kr "
        "(tabeller.utokning.summa); menar texten det beloppet, skriv "
        "{{ tabeller.utokning.summa }} så följer texten tabellen"]
