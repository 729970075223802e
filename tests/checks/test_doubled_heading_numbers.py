"""Numbered headings that number what the heading says already (trial 73, F9).

Degerfors' maxtaxa has the headings "Taxa 1", "Taxa 2" and "Taxa 3"; under the profile's
`numrerade_rubriker: ja` they printed "1. Taxa 1", "2. Taxa 2", "3. Taxa 3", and nothing
hinted at `numrerade_rubriker: nej`.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Avgifter för förskola och fritidshem
avsnitt:
  - rubrik: {first}
    text: Avgift för barn i förskola 1–3 år.
  - rubrik: {second}
    text: Avgift för barn i förskoleklass.
  - rubrik: {third}
    text: Avgift för barn i fritidshem.
"""


def _problems(tmp_path: Path, first: str, second: str, third: str,
              extra: str = "") -> list[str]:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(first=first, second=second, third=third) + extra,
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_headings_ending_with_their_own_numbers_are_told_of_the_key(tmp_path: Path) -> None:
    assert _problems(tmp_path, "Taxa 1", "Taxa 2", "Taxa 3") == [
        "fall.yaml:6:13: varning: rubrikerna 'Taxa 1', 'Taxa 2' och 'Taxa 3' slutar redan med "
        "sina nummer och numreras ändå, så dokumentet skriver '1. Taxa 1'; skriv "
        "'numrerade_rubriker: nej' i ärendet, eller ta bort numren ur rubrikerna"]


def test_numrerade_rubriker_nej_takes_the_warning_away(tmp_path: Path) -> None:
    assert _problems(tmp_path, "Taxa 1", "Taxa 2", "Taxa 3",
                     "numrerade_rubriker: nej\n") == []


def test_one_heading_ending_with_a_number_is_no_doubling(tmp_path: Path) -> None:
    assert _problems(tmp_path, "Bakgrund", "Taxa 2", "Budget 2025") == []


def test_a_heading_starting_with_its_number_is_told_of_the_key(tmp_path: Path) -> None:
    assert _problems(tmp_path, "Bakgrund", "2. Förskola", "2025 års avgifter") == [
        "fall.yaml:8:13: varning: rubriken '2. Förskola' börjar redan med sitt nummer och "
        "numreras ändå, så dokumentet skriver '2. 2. Förskola'; skriv 'numrerade_rubriker: "
        "nej' i ärendet, eller ta bort numret ur rubriken"]
