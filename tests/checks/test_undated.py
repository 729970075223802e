"""Specification of a document left undated on purpose, `datum: nej` (trial 47, F7: an undated
price list needed an invented date, which Word printed): the checks that measure from the
document's date are not made, those that need no date are, and `{{ datum }}` says why it
has nothing to show."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: nej
dnr: nej
titel: Taxa
handelser:
  - datum: 2030-01-01
    text: Ett möte
beslut:
  beslutande: Tekniska nämnden
  datum: 2031-05-05
  punkter:
    - fastställa taxan.
undertecknare:
  - {namn: Anna Andersson, titel: ordförande, datum: 2001-01-01}
avsnitt:
  - text: |
      Efter mötet {{ handelser[0].datum | datum_text }} beslutades taxan den 1 juni 2031.
      Den gäller från tisdagen den 3 mars 2025. Möte 250303.
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems as `beslut kontrollera` prints them."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]


def test_no_date_is_measured_from_an_undated_document(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "fall.yaml:18:23: varning: den 3 mars 2025 är en måndag; rätta veckodagen eller datumet",
        "fall.yaml:18:54: varning: datumet '250303' har tvåsiffrigt år, skriv 2025-03-03 "
        "(eller 3 mars 2025 i löpande text)"]


def test_the_document_date_in_text_says_there_is_none(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE + "  - text: Daterat {{ datum }}.\n") == [
        "fall.yaml:18:23: varning: den 3 mars 2025 är en måndag; rätta veckodagen eller datumet",
        "fall.yaml:18:54: varning: datumet '250303' har tvåsiffrigt år, skriv 2025-03-03 "
        "(eller 3 mars 2025 i löpande text)",
        "fall.yaml:19:19: okänd uppgift 'datum' i texten, kända uppgifter är: handelser; "
        "dokumentet har inget datum (datum: nej), skriv dagen i texten eller ge dokumentet ett "
        "datum"]


def test_the_same_case_dated_is_measured_from_its_date(tmp_path: Path) -> None:
    dated = problems(tmp_path, CASE.replace("datum: nej", "datum: 2025-01-01"))
    assert [problem.split(":")[1] for problem in dated
            if "dokumentets datum 2025-01-01" in problem] == ["6", "10", "14", "17", "18"]
