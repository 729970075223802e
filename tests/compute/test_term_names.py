"""Specification: a formula written out in a message names a column by its header, with the
heading of its group where another column has the same header (trial 88, F7: "Per år" under
both "Kommunal skola" and "Fristående skola")."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2016-01-18
dnr: GSN-2016/27
titel: Bidragsbelopp 2016
avsnitt: [{rubrik: Belopp, tabell: b}]
tabeller:
  - namn: b
    totalt: false
    kolumner:
      - {namn: bidrag, rubrik: Bidrag}
      - {namn: ar_k, rubrik: Per år, typ: belopp}
      - {namn: ar_f, rubrik: Per år, typ: belopp}
      - {namn: man_f, rubrik: Per månad, typ: belopp, formel: ar_f / 12, avrunda: krona}
    kolumngrupper:
      - {rubrik: Kommunal skola, kolumner: [ar_k]}
      - {rubrik: Fristående skola, kolumner: [ar_f, man_f]}
    rader:
      - {bidrag: Grundbelopp, ar_k: 70 432, ar_f: 77 329, man_f: 6 455}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems, without the folder, " " for a no-break space."""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_a_header_two_groups_share_is_named_with_its_group(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "x.yaml:18:66: angivet belopp 6 455 kr för raden 'Grundbelopp', kolumnen 'Fristående "
        "skola Per månad (kr)' stämmer inte med uträkningen Fristående skola Per år / 12 "
        "(77 329 kr / 12), avrundat till hela kronor = 6 444 kr (det angivna är 11 kr för "
        "högt); rätta beloppet eller ta bort det så räknas det ut"]


def test_a_header_of_its_own_is_named_alone(tmp_path: Path) -> None:
    text = CASE.replace("{namn: ar_k, rubrik: Per år,", "{namn: ar_k, rubrik: Årsbelopp,")
    assert "uträkningen Per år / 12 (77 329 kr / 12)" in problems(tmp_path, text)[0]
