"""Specification: an exact amount typed in a decision point that equals a single figure, a
row's the point does not name, is warned about, saying which row it was taken to be (trial
39, F6: "reservera 7 000 kr vardera till Svartå Folkets hus" passed as the row 'Brokyrkans
Unga', a coincidence). A point that names the row, or an amount several rows have, passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2021-05-07
dnr: nej
titel: Verksamhetsbidrag till föreningar 2021
beslut:
  beslutande: Kultur- och utbildningsnämnden
  punkter:
    - fördela verksamhetsbidrag 2021 om {{ tabeller.bidrag.summa }} enligt listan.
    - POINT
avsnitt:
  - rubrik: Verksamhetsbidrag 2021
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
    rader:
      - {forening: Rädda Barnen, belopp: 2 250}
      - {forening: Brokyrkans Unga (Nys-Rud SMU), belopp: 7 000}
      - {forening: Korpen, belopp: 15 000}
      - {forening: Degerfors musikkår, belopp: 15 000}
"""


def problems(tmp_path: Path, point: str) -> list[str]:
    """The problems of the case with the given second point, without the folder."""
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.replace("POINT", point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_an_amount_equal_to_one_unnamed_row_is_warned_about(tmp_path: Path) -> None:
    point = "reservera 7 000 kr vardera till Svartå Folkets hus."
    assert problems(tmp_path, point) == [
        "fall.yaml:9:17: varning: beloppet '7 000 kr' i beslutet finns i tabellerna bara på "
        "raden 'Brokyrkans Unga (Nys-Rud SMU)', som punkten inte nämner; menar punkten det "
        "beloppet, hänvisa till det med {{ tabeller.bidrag.rader[1].belopp }}, och är det ett "
        "annat belopp som bara råkar vara lika, lägg till 'belopp:' och under den en rad med "
        "ett namn du väljer, t.ex. 'ram: 7000', och i punkten {{ belopp.ram }}"]


@pytest.mark.parametrize("point", [
    "bevilja Brokyrkans Unga 7 000 kr.",
    "bevilja 15 000 kr till Svartå Folkets hus.",
    "bevilja 39 250 kr till föreningarna.",
])
def test_a_named_row_a_total_or_an_amount_of_several_rows_passes(
        tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, point) == []
