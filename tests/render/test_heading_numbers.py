"""Section headings are numbered 1, 2, 2.1 … (unless the house style says not), from the
top as soon as two headings stand side by side at some level: a single top-level heading
over two is "1." over "1.1" and "1.2" (trial 40, F5). A document whose headings each stand
alone leaves them unnumbered, since a lone "1." numbers nothing, and so does one with a
proposal or a decision, whose headings are not numbered: "Beslut" beside "1. Bakgrund"
numbers some headings and not others (trial 17). The closing lists do not count. A case
chooses for itself with `numrerade_rubriker` (ja/nej), over its organisation profile's
`husstil.numrerade_rubriker` (trial 34, finding 7: a remissyttrande is unnumbered), in the
.md and in Word alike."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

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


def test_a_single_top_level_section_over_several_is_numbered_1_and_they_1_1_on(
    tmp_path: Path,
) -> None:
    # (trial 40, F5: the source's 2, 2.1, 2.1.1 printed an unnumbered heading over "1." …
    # "4.", as if the parent's number were missing)
    assert headings(tmp_path, """\
  - rubrik: Bakgrund
    avsnitt:
      - {rubrik: Uppdraget, text: A.}
      - {rubrik: Medlen, text: B.}
""") == ["## 1. Bakgrund", "### 1.1 Uppdraget", "### 1.2 Medlen"]


def test_word_numbers_a_lone_top_level_section_as_the_md_does(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD + """\
avsnitt:
  - rubrik: Ekonomisk uppföljning
    avsnitt:
      - {rubrik: Prognos BUN, text: A.}
      - {rubrik: Investeringar, text: B.}
""", encoding="utf-8")
    result = Pipeline().build(case)
    word = dump_docx(result.files["fall.docx"]).splitlines()
    assert [line for line in word if line.startswith("[Heading") and "Medel" not in line] == [
        "[Heading 2] 1. Ekonomisk uppföljning ↓", "[Heading 3] 1.1 Prognos BUN ↓",
        "[Heading 3] 1.2 Investeringar ↓"]


def test_headings_side_by_side_deeper_down_number_the_lone_ones_above_them(
    tmp_path: Path,
) -> None:
    assert headings(tmp_path, """\
  - rubrik: Uppföljning
    avsnitt:
      - rubrik: Barn- och ungdomsnämnden
        avsnitt:
          - {rubrik: Prognos, text: A.}
          - {rubrik: Helårsprognos, text: B.}
""") == ["## 1. Uppföljning", "### 1.1 Barn- och ungdomsnämnden", "#### 1.1.1 Prognos",
         "#### 1.1.2 Helårsprognos"]


def test_a_single_top_level_section_alone_is_not_numbered(tmp_path: Path) -> None:
    assert headings(tmp_path, "  - {rubrik: Bakgrund, text: A.}\n") == ["## Bakgrund"]


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


NUMBERED_PROFILE = "organisation: region-dalarna\ndnr: HSN 2024/17\n"
UNNUMBERED_PROFILE = "organisation: norrbottens-kommuner\ndnr: KS 2024/17\n"
"""Two built-in profiles: region-dalarna numbers headings, norrbottens-kommuner does not."""
SECTIONS = """\
dokumenttyp: beslutsunderlag
datum: 2024-10-08
titel: Medel
avsnitt:
  - {rubrik: Bakgrund, text: A.}
  - rubrik: Insatser
    avsnitt:
      - {rubrik: Under 2024, text: B.}
"""
NUMBERED_MD = ["## 1. Bakgrund", "## 2. Insatser", "### 2.1 Under 2024"]
NUMBERED_WORD = ["[Heading 2] 1. Bakgrund ↓", "[Heading 2] 2. Insatser ↓",
                 "[Heading 3] 2.1 Under 2024 ↓"]
UNNUMBERED_MD = ["## Bakgrund", "## Insatser", "### Under 2024"]
UNNUMBERED_WORD = ["[Heading 2] Bakgrund ↓", "[Heading 2] Insatser ↓",
                   "[Heading 3] Under 2024 ↓"]


def both(tmp_path: Path, profile: str, setting: str = "") -> tuple[list[str], list[str]]:
    """The .md headings and the Word heading paragraphs (style, text) below the title of the
    sections' case under a profile, with the case's own setting (a line) or none."""
    case = tmp_path / "fall.yaml"
    case.write_text(profile + setting + SECTIONS, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems] == []
    lines = result.files["fall.md"].decode("utf-8").splitlines()
    word = dump_docx(result.files["fall.docx"]).splitlines()
    return ([line for line in lines if line.startswith("##")],
            [line for line in word if line.startswith("[Heading") and "Medel" not in line])


def test_a_case_that_says_nej_is_unnumbered_under_a_profile_that_numbers(
        tmp_path: Path) -> None:
    assert both(tmp_path, NUMBERED_PROFILE, "numrerade_rubriker: nej\n") == (
        UNNUMBERED_MD, UNNUMBERED_WORD)


def test_a_case_that_says_ja_is_numbered_under_a_profile_that_does_not_number(
        tmp_path: Path) -> None:
    assert both(tmp_path, UNNUMBERED_PROFILE, "numrerade_rubriker: ja\n") == (
        NUMBERED_MD, NUMBERED_WORD)


def test_a_case_that_says_nothing_follows_its_profile(tmp_path: Path) -> None:
    assert both(tmp_path, NUMBERED_PROFILE) == (NUMBERED_MD, NUMBERED_WORD)
    assert both(tmp_path, UNNUMBERED_PROFILE) == (UNNUMBERED_MD, UNNUMBERED_WORD)


def test_without_a_profile_a_case_that_says_nej_is_unnumbered(tmp_path: Path) -> None:
    assert both(tmp_path, "dnr: KS 2024/17\n", "numrerade_rubriker: nej\n") == (
        UNNUMBERED_MD, UNNUMBERED_WORD)


def test_ja_beside_a_proposal_numbers_nothing_and_is_warned_about(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    proposal = "forslag:\n  punkter:\n    - fördela medlen\n"
    case.write_text(UNNUMBERED_PROFILE + "numrerade_rubriker: ja\n" + SECTIONS + proposal,
                    encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format().replace(f"{tmp_path}/", "") for p in result.problems] == [
        "fall.yaml:3:1: varning: 'numrerade_rubriker' numrerar inga rubriker här: ett dokument "
        "med förslag till beslut har onumrerade rubriker (punkterna är numrerade); ta bort "
        "raden"]
    markdown = result.files["fall.md"].decode("utf-8")
    assert "\n## Bakgrund\n" in markdown and "\n## Förslag till beslut\n" in markdown


def test_anything_but_yes_or_no_is_an_error(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(UNNUMBERED_PROFILE + "numrerade_rubriker: kanske\n" + SECTIONS, "utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == ["fall.yaml:3:21: 'numrerade_rubriker' ska vara ja eller nej"]


def warnings_of(tmp_path: Path, sections: str, more: str = "") -> tuple[list[str], list[str]]:
    """The problems of a case with `numrerade_rubriker: ja` and these sections, and the
    headings of its .md below the title."""
    case = tmp_path / "fall.yaml"
    case.write_text(HEAD + "numrerade_rubriker: ja\n" + more + "avsnitt:\n" + sections,
                    encoding="utf-8")
    result = Pipeline().build(case)
    lines = result.files["fall.md"].decode("utf-8").splitlines()
    return ([p.format().replace(f"{tmp_path}/", "") for p in result.problems],
            [line for line in lines if line.startswith("##")])


NUMBERS_NOTHING = "fall.yaml:5:1: varning: 'numrerade_rubriker' numrerar inga rubriker här: "


def test_ja_with_a_single_heading_numbers_nothing_and_is_warned_about(tmp_path: Path) -> None:
    """Trial 35, F9: a lone "1." numbers nothing, so the setting did nothing, unsaid."""
    assert warnings_of(tmp_path, "  - {rubrik: Driftbudget per nämnd, text: A.}\n") == (
        [NUMBERS_NOTHING + "dokumentet har bara en rubrik, och en ensam rubrik numreras inte; "
         "ta bort raden"], ["## Driftbudget per nämnd"])


def test_ja_with_headings_each_alone_at_its_level_is_warned_about(tmp_path: Path) -> None:
    sections = "  - rubrik: Bakgrund\n    avsnitt:\n      - {rubrik: Uppdraget, text: A.}\n"
    assert warnings_of(tmp_path, sections) == (
        [NUMBERS_NOTHING + "dokumentets rubriker står ensamma på sin nivå, och en ensam rubrik "
         "numreras inte; ta bort raden"], ["## Bakgrund", "### Uppdraget"])


def test_ja_without_headings_is_warned_about(tmp_path: Path) -> None:
    assert warnings_of(tmp_path, "  - {text: Bara text.}\n") == (
        [NUMBERS_NOTHING + "dokumentet har inga rubriker; ta bort raden"], [])


def test_ja_that_numbers_some_heading_is_not_warned_about(tmp_path: Path) -> None:
    sections = ("  - rubrik: Bakgrund\n    avsnitt:\n      - {rubrik: Uppdraget, text: A.}\n"
                "      - {rubrik: Medlen, text: B.}\n")
    assert warnings_of(tmp_path, sections) == (
        [], ["## 1. Bakgrund", "### 1.1 Uppdraget", "### 1.2 Medlen"])
