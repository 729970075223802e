"""Specification: a count in a point or a sentence that takes a figure from a row with
`{{ }}`, followed by a word of a count column's header, is warned about where the row's count
says otherwise (trial 94, F5: "… med 8 platser …, vilket medför en ökad kostnad om {{
tabeller.utokning.rader.entreprenor.kostnad }}" where the row says 7 platser), in digits or
in letters; the row's own count, another count of the column, a sum or difference of the
row's counts, and a sentence about several rows pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2021-03-22
dnr: nej
titel: Utökning av antalet feriearbetsplatser
beslut:
  beslutande: Kommunstyrelsen
  punkter:
    - POINT
avsnitt:
  - rubrik: Ärendet
    text: TEXT
    tabell: utokning
tabeller:
  - namn: utokning
    kolumner:
      - {namn: insats, rubrik: Insats}
      - {namn: fore, rubrik: Före utökning, typ: antal}
      - {namn: platser, rubrik: Antal platser, typ: antal}
      - {namn: kostnad, rubrik: Ökad kostnad, typ: belopp}
    rader:
      - {rad_namn: feriearbete, insats: Feriearbete, fore: 10, platser: 24, kostnad: 150 000}
      - {rad_namn: entreprenor, insats: Ferieentreprenör, fore: 5, platser: 7, kostnad: 60 000}
"""

COST = "{{ tabeller.utokning.rader.entreprenor.kostnad }}"


def problems(tmp_path: Path, point: str, text: str = "Tabellen visar utökningen.") -> list[str]:
    """The problems of the case with the given decision point and section text."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("POINT", point).replace("TEXT", text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_a_count_in_digits_that_the_row_says_otherwise_is_warned_about(
        tmp_path: Path) -> None:
    point = f"utöka med 8 platser år 2021, vilket medför en ökad kostnad om {COST}."
    assert problems(tmp_path, point) == [
        "fall.yaml:8:17: varning: punkten hänvisar till raden 'Ferieentreprenör' (7 platser), "
        "men skriver '8 platser'; skriv '{{ tabeller.utokning.rader.entreprenor.platser }} "
        "platser' så följer punkten tabellen, eller rätta raden om punkten har rätt"]


def test_a_count_in_letters_is_offered_the_filter_that_writes_letters(
        tmp_path: Path) -> None:
    point = f"utöka med åtta platser år 2021, vilket medför en ökad kostnad om {COST}."
    assert problems(tmp_path, point) == [
        "fall.yaml:8:17: varning: punkten hänvisar till raden 'Ferieentreprenör' (7 platser), "
        "men skriver 'åtta platser'; skriv '{{ tabeller.utokning.rader.entreprenor.platser | "
        "i_ord }} platser' så följer punkten tabellen, eller rätta raden om punkten har rätt"]


def test_a_sentence_of_a_text_is_read_as_a_point_is(tmp_path: Path) -> None:
    text = f"Tabellen visar utökningen. Ökningen med 8 platser kostar {COST}. Mer senare."
    assert problems(tmp_path, "godkänna utökningen.", text) == [
        "fall.yaml:11:51: varning: meningen hänvisar till raden 'Ferieentreprenör' "
        "(7 platser), men skriver '8 platser'; skriv '{{ tabeller.utokning.rader.entreprenor."
        "platser }} platser' så följer meningen tabellen, eller rätta raden om meningen har "
        "rätt"]


@pytest.mark.parametrize("point", [
    f"utöka med 7 platser år 2021, vilket medför en ökad kostnad om {COST}.",
    f"utöka med sju platser, vilket medför en ökad kostnad om {COST}.",
    f"utöka med 2 platser till 7 platser, vilket medför en ökad kostnad om {COST}.",
    f"utöka med 12 platser, vilket medför en ökad kostnad om {COST}.",
    f"utöka till 31 platser, varav {COST} för ferieentreprenörer.",
    f"utöka med 8 platser för {COST} och {{{{ tabeller.utokning.rader.feriearbete.kostnad }}}}.",
    f"utöka med 8 platser, {{{{ tabeller.utokning.rader.entreprenor.platser }}}} nya, för {COST}.",
    f"utöka med 8 veckor, vilket medför en ökad kostnad om {COST}.",
    "utöka med 8 platser, vilket medför en ökad kostnad om {{ tabeller.utokning.summa }}.",
])
def test_counts_the_row_or_the_table_explains_pass(tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, point) == []
