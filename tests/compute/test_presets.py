"""The table specs read from a case's tables (`generator/compute/presets.py`)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

GRANTS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Föreningsbidrag
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: medlemmar, rubrik: Medlemmar, typ: antal}
      - {namn: beviljat, rubrik: Förslag, typ: belopp}
      - {namn: per_manad, rubrik: Per månad, typ: belopp, formel: beviljat / medlemar / 12,
         summeras: nej, avrunda: ore}
    rader:
      - {forening: Exempelby IF, medlemmar: 412, beviljat: 64 800}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_formula_error_adds_no_advice_to_remove_the_rounding(tmp_path: Path) -> None:
    # (the column divides once its formula is right: trial 99, F13)
    assert problems(tmp_path, GRANTS) == [
        "x.yaml:13:67: 'medlemar' i formeln är ingen kolumn i tabellen, menade du "
        "'medlemmar'?"]
