"""Specification: in a sentence that names one row of a table, an amount of the size of one
of the row's amounts that is none of the case's figures is warned about, round or not
(trial 91, F2: "höjas från 800 kr till 1 700 kr" where the row 'Slutet sällskap' says 800
→ 1 600 kr passed, as every fee of a taxa rounded to hundreds is round). The sentence
must give another of the row's amounts beside it ("från 900 kr till …"). The row's own
amounts, another figure, their difference, an amount of another size or alone, a sentence
naming no row or two, and a row named only by a year pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

TAXA = """\
dokumenttyp: beslutsunderlag
datum: 2020-11-27
dnr: nej
titel: Taxa för serveringstillstånd 2021
avsnitt:
  - rubrik: Ärendebeskrivning
    text: TEXT
  - rubrik: Tillfälliga serveringstillstånd
    tabell: tillfalliga
tabeller:
  - namn: tillfalliga
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Serveringstillstånd}
      - {namn: gammal, rubrik: Taxa 2020, typ: belopp}
      - {namn: ny, rubrik: Taxa 2021, typ: belopp}
    rader:
      - {avgift: "Allmänheten, extern ansökan", gammal: 10 300, ny: 10 500}
      - {avgift: Slutet sällskap, gammal: 900, ny: 1 600}
      - {avgift: "2022", gammal: 1 000, ny: 1 100}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems of the taxa with the given section text, without the folder."""
    case = tmp_path / "fall.yaml"
    case.write_text(TAXA.replace("TEXT", text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_round_amount_of_a_named_rows_size_is_compared(tmp_path: Path) -> None:
    text = "Avgiften för slutet sällskap föreslås höjas från 900 kr till 1 700 kr."
    assert problems(tmp_path, text) == [
        "fall.yaml:7:72: varning: meningen nämner raden 'Slutet sällskap', men beloppet "
        "'1 700 kr' finns inte på raden, vars belopp är 900\xa0kr och 1\xa0600\xa0kr; menar "
        "meningen radens belopp, skriv {{ tabeller.tillfalliga.rader[1].ny }}, så följer "
        "texten tabellen"]


@pytest.mark.parametrize("text", [
    "Avgiften för slutet sällskap föreslås höjas från 900 kr till 1 600 kr.",
    "Avgiften för slutet sällskap höjs med 700 kr.",
    "Avgiften för slutet sällskap blir 10 500 kr som för allmänheten.",
    "Avgiften för slutet sällskap täcker inte kostnaden på 50 kr per timme.",
    "Avgiften höjs till 1 700 kr.",
    "Avgiften för slutet sällskap föreslås höjas till 1 700 kr.",
    "Avgiften för slutet sällskap och allmänheten, extern ansökan, höjs till 1 700 kr.",
    "Avgiften för 2022 höjs till 1 700 kr.",
])
def test_the_rows_own_another_figure_or_size_or_no_single_row_passes(
        tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []
