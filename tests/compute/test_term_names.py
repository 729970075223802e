"""Specification: a formula written out in a message names a column by its header, with the
heading of its group where it stands under one, as the message names the column it computes
(trial 88, F7: "Per år" under both "Kommunal skola" and "Fristående skola"; trial 91, F9:
"Taxa 2020 + Taxa 2020 × 2 %" for a target named 'Taxa 2021 (kr)')."""

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


def test_a_header_of_its_own_is_named_with_its_group_as_the_target_is(
        tmp_path: Path) -> None:
    text = CASE.replace("{namn: ar_k, rubrik: Per år,", "{namn: ar_k, rubrik: Årsbelopp,")
    assert "kolumnen 'Fristående skola Per månad (kr)' stämmer inte med uträkningen " \
        "Fristående skola Per år / 12 (77 329 kr / 12)" in problems(tmp_path, text)[0]


def test_a_column_under_no_group_is_named_by_its_header(tmp_path: Path) -> None:
    text = CASE.replace("      - {rubrik: Fristående skola, kolumner: [ar_f, man_f]}\n", "") \
        .replace("rubrik: Per år, typ: belopp}\n      - {namn: man_f", "rubrik: Belopp, typ: "
                 "belopp}\n      - {namn: man_f")
    assert "kolumnen 'Per månad (kr)' stämmer inte med uträkningen Belopp / 12 (77 329 kr / " \
        "12)" in problems(tmp_path, text)[0]


TAXA = """\
dokumenttyp: tjansteskrivelse
datum: 2020-11-02
dnr: nej
titel: Taxa
belopp:
  index: "2 %"
avsnitt: [{rubrik: Taxa, tabell: provning}]
tabeller:
  - namn: provning
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Avgift}
      - {namn: gammal, rubrik: "2020", typ: belopp}
      - {namn: ny, rubrik: "2021", typ: belopp, formel: gammal + gammal * belopp.index, \
avrunda: hundratal}
    kolumngrupper:
      - {rubrik: Taxa, kolumner: [gammal, ny]}
    rader:
      - {avgift: Tillstånd för provsmakning, gammal: 2 300, ny: 2 400}
"""
"""Trial 91, F9: years under the group "Taxa", a formula of the old year and an index."""


def test_years_under_a_group_are_named_with_it_not_quoted_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, TAXA) == [
        "x.yaml:18:65: angivet belopp 2 400 kr för raden 'Tillstånd för provsmakning', "
        "kolumnen 'Taxa 2021 (kr)' stämmer inte med uträkningen Taxa 2020 + Taxa 2020 × 2 % "
        "(2 300 kr + 2 300 kr × 2 %), avrundat till närmaste hundratal kronor = 2 300 kr (det "
        "angivna är 100 kr för högt); rätta beloppet eller ta bort det så räknas det ut"]
