"""Specification: a case chooses "kronor" in running text for itself with
`kronor_i_lopande_text` (ja/nej), over its organisation profile's `husstil` (trial 42, F9: a
text copied from the source says "34 241 000 kronor" beside a generated att-sats in "kr").
Text, att-satser and Word alike; the table keeps "kr" in its headers."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-15
titel: Stöd till studieförbund 2024
forslag:
  punkter:
    - fördela stöd till studieförbunden 2024 om {{ tabeller.stod.totalt }} enligt tabellen.
avsnitt:
  - rubrik: Fördelning
    text: Varje studieförbund får ett grundstöd på {{ tabeller.stod.rader[0].grund }}.
    tabell: stod
tabeller:
  - namn: stod
    kolumner:
      - {namn: sf, rubrik: Studieförbund}
      - {namn: grund, rubrik: Grundstöd, typ: belopp}
      - {namn: rorligt, rubrik: Rörligt stöd, typ: belopp}
      - {namn: totalt, rubrik: Totalt, typ: belopp, formel: grund + rorligt}
    rader:
      - {sf: ABF, grund: 150000, rorligt: 33941000}
      - {sf: Bilda, grund: 150000, rorligt: 0}
"""
PROFILE_WITH_KRONOR = "organisation: region-jamtland-harjedalen\ndnr: RS/12/2024\n"
WITHOUT_PROFILE = "dnr: nej\n"


def point_and_text(tmp_path: Path, head: str, setting: str = "") -> list[str]:
    """The att-sats, the sentence with an amount and the table's header row in the .md of
    the case under `head` (a profile or none) with the case's own setting (a line) or none."""
    case = tmp_path / "fall.yaml"
    case.write_text(head + setting + CASE, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems] == []
    lines = result.files["fall.md"].decode("utf-8").replace(NBSP, " ").splitlines()
    return [next(line for line in lines if marker in line)
            for marker in ("om 34", "grundstöd på", "(kr)")]


def test_a_case_that_says_ja_writes_kronor_in_the_att_sats_and_the_text(tmp_path: Path) -> None:
    assert point_and_text(tmp_path, WITHOUT_PROFILE, "kronor_i_lopande_text: ja\n") == [
        "att fördela stöd till studieförbunden 2024 om 34 241 000 kronor enligt tabellen.",
        "Varje studieförbund får ett grundstöd på 150 000 kronor.",
        "| Studieförbund | Grundstöd (kr) | Rörligt stöd (kr) | Totalt (kr) |"]


def test_a_case_that_says_nothing_writes_kr_as_its_profile_or_the_default(
        tmp_path: Path) -> None:
    [point, text, _] = point_and_text(tmp_path, WITHOUT_PROFILE)
    assert (point, text) == (
        "att fördela stöd till studieförbunden 2024 om 34 241 000 kr enligt tabellen.",
        "Varje studieförbund får ett grundstöd på 150 000 kr.")
    assert point_and_text(tmp_path, PROFILE_WITH_KRONOR)[0].endswith(
        "om 34 241 000 kronor enligt tabellen.")


def test_a_case_that_says_nej_writes_kr_under_a_profile_that_writes_kronor(
        tmp_path: Path) -> None:
    [point, text, _] = point_and_text(tmp_path, PROFILE_WITH_KRONOR,
                                      "kronor_i_lopande_text: nej\n")
    assert (point, text) == (  # (the profile numbers its points: no 'att')
        "fördela stöd till studieförbunden 2024 om 34 241 000 kr enligt tabellen.",
        "Varje studieförbund får ett grundstöd på 150 000 kr.")


def test_the_word_document_writes_kronor_as_the_markdown_does(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(WITHOUT_PROFILE + "kronor_i_lopande_text: ja\n" + CASE, encoding="utf-8")
    word = dump_docx(Pipeline().build(case).files["fall.docx"]).replace(NBSP, " ")
    assert "om 34 241 000 kronor enligt tabellen." in word
    assert "grundstöd på 150 000 kronor." in word
