"""A column no row fills is left out, unless the case asks to keep it (`visa_tom: ja`): the
two tables of one delegationsordning keep the same columns (trial 59, F6)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
etikett: Delegationsordning
datum: nej
dnr: nej
titel: Delegationsordning
avsnitt:
  - tabell: delegering
tabeller:
  - namn: delegering
    kolumner:
      - {namn: arende, rubrik: Ärende}
      - {namn: lagrum, rubrik: LagrumKEEP}
      - {namn: niva, rubrik: Lägsta beslutsnivå}
    rader:
      - {arende: Yttrande, niva: Direktör}
"""


def table(tmp_path: Path, keep: str) -> list[str]:
    """The Markdown table's lines of the case, the lagrum column with `keep` added."""
    path = tmp_path / "d.yaml"
    path.write_text(CASE.replace("KEEP", keep), encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["d.md"].decode("utf-8")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_a_column_no_row_fills_is_left_out(tmp_path: Path) -> None:
    assert table(tmp_path, "") == [
        "| Ärende | Lägsta beslutsnivå |", "|:--|:--|", "| Yttrande | Direktör |"]


def test_a_column_marked_visa_tom_keeps_its_place_empty(tmp_path: Path) -> None:
    assert table(tmp_path, ", visa_tom: ja") == [
        "| Ärende | Lagrum | Lägsta beslutsnivå |", "|:--|:--|:--|", "| Yttrande | | Direktör |"]
