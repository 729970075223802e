"""Section headings are numbered 1, 2, 2.1 … (unless the house style says not); a document
with a single top-level heading leaves it unnumbered, since a lone "1." numbers nothing, and
so does one with a proposal or a decision, whose headings are not numbered: "Beslut" beside
"1. Bakgrund" numbers some headings and not others (trial 17). The closing lists do not
count."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = "dokumenttyp: beslutsunderlag\ndatum: 2024-10-08\ndnr: PHN 2024/17\ntitel: Medel\n"


def headings(tmp_path: Path, sections: str, more: str = "") -> list[str]:
    """The Markdown headings below the title of a case with these sections (and more)."""
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD + more + "avsnitt:\n" + sections, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems if p.is_error] == []
    lines = result.files["fall.md"].decode("utf-8").splitlines()
    return [line for line in lines if line.startswith("##")]


def test_two_top_level_sections_are_numbered_with_their_sub_sections(tmp_path: Path) -> None:
    assert headings(tmp_path, """\
  - {rubrik: Bakgrund, text: A.}
  - rubrik: Insatser
    avsnitt:
      - {rubrik: Under 2024, text: B.}
""") == ["## 1. Bakgrund", "## 2. Insatser", "### 2.1 Under 2024"]


def test_a_single_top_level_section_is_not_numbered_and_its_own_are_from_1(
    tmp_path: Path,
) -> None:
    assert headings(tmp_path, """\
  - rubrik: Bakgrund
    avsnitt:
      - {rubrik: Uppdraget, text: A.}
      - {rubrik: Medlen, text: B.}
""") == ["## Bakgrund", "### 1. Uppdraget", "### 2. Medlen"]


def test_a_section_without_a_heading_counts_for_nothing(tmp_path: Path) -> None:
    assert headings(tmp_path, """\
  - {text: Inledning utan rubrik.}
  - {rubrik: Bakgrund, text: A.}
""") == ["## Bakgrund"]


TWO = "  - {rubrik: Bakgrund, text: A.}\n  - {rubrik: Fördelning, text: B.}\n"


def test_beside_a_decision_or_a_proposal_no_heading_is_numbered(tmp_path: Path) -> None:
    decision = "beslut:\n  beslutande: Nämnden\n  punkter:\n    - fördela medlen\n"
    proposal = "forslag:\n  punkter:\n    - fördela medlen\n"
    assert headings(tmp_path, TWO, decision) == ["## Bakgrund", "## Fördelning", "## Beslut"]
    assert headings(tmp_path, TWO, proposal) == [
        "## Bakgrund", "## Fördelning", "## Förslag till beslut"]


def test_the_closing_list_does_not_count(tmp_path: Path) -> None:
    assert headings(tmp_path, TWO, "utdrag_till:\n  - Nämnden\n") == [
        "## 1. Bakgrund", "## 2. Fördelning", "## Utdrag till"]
