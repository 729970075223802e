"""Specification: a named amount that multiplies an amount column, small enough to be a
percentage typed without its sign (`index: 3.6` for "3,6 %"), is an error at the amount,
not at the formula, saying how to write the percentage with the number as typed (trial 77,
F2: the error at the formula said it multiplied two amounts, with an example that
multiplied by the index as an amount). A larger amount ('belopp.riksdagsarvode') keeps
the formula's own message (tests/render/test_product_columns.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-09-19
dnr: SN 2024/12
titel: Färdtjänsttaxa 2025
avsnitt:
  - rubrik: Taxa
    text: Taxan räknas upp med index.
    tabell: taxa
belopp:
  index: INDEX
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Avgift}
      - {namn: gammal, rubrik: "2024 (kr)", typ: belopp}
      - {namn: ny, rubrik: "2025 (kr)", typ: belopp, formel: FORMULA}
    rader:
      - {avgift: "Enkel resa, kortare än 25 km", gammal: 26}
      - {avgift: "Periodkort", gammal: 650}
"""


def problems(tmp_path: Path, index: str, formula: str = "gammal + gammal * belopp.index"
             ) -> list[str]:
    """The problems of the case, as printed, without the folder."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.replace("INDEX", index).replace("FORMULA", formula), "utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


@pytest.mark.parametrize(("index", "shown", "percent"), [
    ("3.6", "3,60 kr", "3,6 %"), ('"3,6"', "3,60 kr", "3,6 %"), ("4", "4 kr", "4 %"),
    ("0.05", "0,05 kr", "5 %"),
])
def test_an_index_typed_without_its_sign_is_an_error_at_the_index(
        tmp_path: Path, index: str, shown: str, percent: str) -> None:
    assert problems(tmp_path, index) == [
        f"x.yaml:10:10: belopp.index är {shown}, ett belopp, men 'gammal * belopp.index' i "
        "formeln för kolumnen 'ny' multiplicerar en beloppskolumn med det, och två belopp kan "
        f'inte multipliceras; är det en procentsats, skriv index: "{percent}" (med '
        "procenttecken), och är det ett belopp, multiplicera en tal- eller antalskolumn med "
        "det i stället"]


def test_the_same_index_written_with_its_sign_is_read(tmp_path: Path) -> None:
    assert problems(tmp_path, '"3,6 %"') == []


def test_an_amount_larger_than_a_percentage_keeps_the_formulas_message(tmp_path: Path) -> None:
    found = problems(tmp_path, "650", "gammal * belopp.index")
    assert [message.partition(": en beloppskolumn")[0] for message in found] == [
        "x.yaml:17:62: 'gammal * belopp.index' i formeln multiplicerar två belopp"]
