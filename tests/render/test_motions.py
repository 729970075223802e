"""Motions and the course of a decision (yrkanden, beslutsgång): printed before the decision,
after the proposal, as minutes set them, each under a heading of the decision's rank
("Yrkande", "Yrkanden" when there are several; "Beslutsgång"), in Markdown and Word alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: {kind}
etikett: Protokollsutdrag
datum: 2022-12-22
dnr: KS 2022/412
titel: Ombyggnation av kommunhusets entréplan
beslut_forst: {first}
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Entréplanet byggs om.
forslag:
  rubrik: Kommunstyrelsens förslag
  punkter:
    - bevilja ombyggnationen.
beslut:
  beslutande: Kommunfullmäktige
  datum: 2022-12-19
  paragraf: KF § 130
{extra}  punkter:
    - bevilja ombyggnationen.
justering:
  datum: 2022-12-22
  justerare:
    - Bertil Exempel (C)
"""
ONE = "  yrkanden:\n    - Anna Andersson (S) yrkar bifall till kommunstyrelsens förslag.\n"
TWO = ONE + "    - Peter Nyström (SD) yrkar *avslag*.\n"
COURSE = ("  beslutsgang: |\n"
          "    Ordföranden ställer proposition på bifall mot avslag och finner bifall.\n\n"
          "    Omröstning begärs. Med 31 ja-röster mot 8 nej-röster bifalls förslaget.\n")
PROPOSAL = "## Kommunstyrelsens förslag\n\natt bevilja ombyggnationen.\n\n"
DECISION = "## Beslut\n\nKommunfullmäktige beslutade den 19 december 2022, KF § 130,\n\n"


def build(tmp_path: Path, extra: str, first: bool = False,
          kind: str = "beslut") -> tuple[str, str, list[str]]:
    """The Markdown, the Word dump and the problems of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind=kind, first=str(first).lower(), extra=extra), "utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    word = dump_docx(result.files["fall.docx"]) if "fall.docx" in result.files else ""
    return (markdown, word.replace("\u00a0", " "),
            [p.format().removeprefix(f"{path}:").replace("\u00a0", " ") for p in result.problems])


def test_one_motion_stands_between_the_proposal_and_the_decision(tmp_path: Path) -> None:
    markdown, _, problems = build(tmp_path, ONE)
    assert problems == []
    assert (PROPOSAL + "## Yrkande\n\n"
            "Anna Andersson (S) yrkar bifall till kommunstyrelsens förslag.\n\n"
            + DECISION) in markdown


def test_several_motions_each_a_paragraph_then_the_course_in_its_paragraphs(
        tmp_path: Path) -> None:
    markdown, _, problems = build(tmp_path, TWO + COURSE)
    assert problems == []
    # (two to four yrkanden are kept on one page: trial 91, F5)
    assert (PROPOSAL + "## Yrkanden\n\n::: samman\n"
            "Anna Andersson (S) yrkar bifall till kommunstyrelsens förslag.\n\n"
            "Peter Nyström (SD) yrkar *avslag*.\n\n:::\n\n"
            "## Beslutsgång\n\n"
            "Ordföranden ställer proposition på bifall mot avslag och finner bifall.\n\n"
            "Omröstning begärs. Med 31 ja-röster mot 8 nej-röster bifalls förslaget.\n\n"
            + DECISION) in markdown


def test_a_course_without_motions_stands_alone(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, "  beslutsgang: Ordföranden finner bifall.\n")
    assert PROPOSAL + "## Beslutsgång\n\nOrdföranden finner bifall.\n\n" + DECISION in markdown
    assert "Yrkande" not in markdown


def test_a_decision_without_them_prints_neither_heading(tmp_path: Path) -> None:
    markdown, _, _ = build(tmp_path, "")
    assert PROPOSAL + DECISION in markdown


RESERVATION = ("  reservationer:\n"
               "    - Peter Nyström (SD) reserverar sig till förmån för eget yrkande.\n")


def headings(text: str) -> list[str]:
    """The headings of the Markdown (or of the Word dump), in order, without their marks."""
    return [line.split("] ", 1)[-1].removesuffix(" ↓").lstrip("# ")
            for line in text.splitlines()
            if line.startswith(("#", "[Heading"))]


@pytest.mark.parametrize("first, order", [
    (False, ["Ombyggnation av kommunhusets entréplan", "Ärendebeskrivning",
             "Kommunstyrelsens förslag", "Yrkanden", "Beslutsgång", "Beslut", "Reservation",
             "Justering"]),
    (True, ["Ombyggnation av kommunhusets entréplan", "Yrkanden", "Beslutsgång", "Beslut",
            "Reservation", "Ärendebeskrivning", "Kommunstyrelsens förslag", "Justering"]),
])
def test_they_travel_with_the_decision_before_its_reservation_in_either_order(
        tmp_path: Path, first: bool, order: list[str]) -> None:
    markdown, word, problems = build(tmp_path, TWO + COURSE + RESERVATION, first=first)
    assert problems == []
    assert headings(markdown) == order
    assert headings(word) == order


def test_in_word_they_are_headings_of_the_decisions_rank(tmp_path: Path) -> None:
    _, word, _ = build(tmp_path, TWO + COURSE)
    assert (
        "[Heading 2] Yrkanden ↓\n"
        "[Normal] [samman] Anna Andersson (S) yrkar bifall till kommunstyrelsens förslag. ⏎  ⏎ "
        "Peter Nyström (SD) yrkar *avslag*.\n"
        "[Heading 2] Beslutsgång ↓\n"
        "[Normal] Ordföranden ställer proposition på bifall mot avslag och finner bifall.\n"
        "[Normal] Omröstning begärs. Med 31 ja-röster mot 8 nej-röster bifalls förslaget.\n"
        "[samman rad]\n"  # (the heading held with the decision: tests/word/test_held_run.py)
        "[Heading 2] Beslut ↓\n") in word


def test_a_bold_sub_heading_in_the_course_is_kept_with_the_next_paragraph_in_word_only(
        tmp_path: Path) -> None:
    # (trial 51, F7: "**Omröstning**" typed in a beslutsgång could end a page alone)
    markdown, word, problems = build(tmp_path, ONE + (
        "  beslutsgang: |\n    Ordföranden finner bifall.\n\n    **Omröstning**\n\n"
        "    Med 31 ja-röster mot 8 nej-röster bifalls förslaget.\n"))
    assert problems == []
    assert ("## Beslutsgång\n\nOrdföranden finner bifall.\n\n**Omröstning**\n\n"
            "Med 31 ja-röster mot 8 nej-röster bifalls förslaget.\n\n") in markdown
    assert ("[Heading 2] Beslutsgång ↓\n[Normal] Ordföranden finner bifall.\n"
            "[Normal] **Omröstning** ↓\n"
            "[Normal] Med 31 ja-röster mot 8 nej-röster bifalls förslaget.\n") in word


def test_the_key_may_be_spelt_with_a_ring(tmp_path: Path) -> None:
    markdown, _, problems = build(tmp_path, "  beslutsgång: Ordföranden finner bifall.\n")
    assert problems == [] and "## Beslutsgång\n\nOrdföranden finner bifall.\n" in markdown


def test_an_amount_in_a_motion_is_prose_not_a_decision_point(tmp_path: Path) -> None:
    """No table computes 1,5 mnkr: in a point it is an amount stated as it stands (the case
    computes no figures), in a motion it is running text either way."""
    markdown, _, problems = build(
        tmp_path, "  yrkanden:\n    - SD yrkar att ombyggnationen kostar högst 1,5 mnkr.\n")
    assert problems == [] and "högst 1,5 mnkr." in markdown


@pytest.mark.parametrize(("extra", "message"), [
    ("  yrkanden:\n    -\n", "19:6: yrkandet är tomt, skriv texten eller ta bort raden"),
    ("  beslutsgang: ''\n", "18:16: 'beslutsgang': texten är tom, skriv texten eller ta bort "
                            "raden"),
])
def test_an_empty_one_stops_the_document(tmp_path: Path, extra: str, message: str) -> None:
    assert build(tmp_path, extra)[::2] == ("", [message])


@pytest.mark.parametrize(("extra", "key", "lacking"), [
    (ONE, "yrkanden", "några yrkanden"),
    ("  beslutsgang: Ordföranden finner bifall.\n", "beslutsgang", "någon beslutsgång"),
])
def test_a_per_capsulam_decision_refuses_them(tmp_path: Path, extra: str, key: str,
                                              lacking: str) -> None:
    markdown, _, problems = build(tmp_path, extra, kind="beslut_per_capsulam")
    assert markdown == ""
    assert f"18:3: '{key}' hör till ett beslut som fattas på ett sammanträde, men ett " \
        f"beslut per capsulam fattas utan sammanträde och kan inte ha {lacking}; ta bort " \
        f"'{key}', eller skriv 'dokumenttyp: beslut' om beslutet fattades på ett möte" \
        in problems


def test_end_to_end_the_command_checks_and_builds_them(tmp_path: Path) -> None:
    case = tmp_path / "utdrag.yaml"
    case.write_text(CASE.format(kind="beslut", first="false", extra=TWO + COURSE), "utf-8")
    runner = CliRunner()
    checked = runner.invoke(main, ["kontrollera", str(case)])
    assert (checked.exit_code, checked.output) == (0, "1 fil kontrollerad: inga fel.\n")
    built = runner.invoke(main, ["skapa", str(case), "-o", str(tmp_path / "ut")])
    assert built.exit_code == 0, built.output
    word = dump_docx((tmp_path / "ut" / "utdrag.docx").read_bytes())
    assert "[Heading 2] Yrkanden ↓\n" in word and "[Heading 2] Beslutsgång ↓\n" in word


def test_one_or_more_than_four_yrkanden_are_not_held_together(tmp_path: Path) -> None:
    # (a lone yrkande needs no hold; five or more may fill much of a page, and may break)
    markdown, _, _ = build(tmp_path, ONE + COURSE)
    assert "::: samman" not in markdown.split("## Beslut\n")[0].split("## Yrkande")[1]
    five = "  yrkanden:\n" + "".join(f"    - Ledamot {n} (S) yrkar bifall.\n" for n in range(5))
    markdown, _, _ = build(tmp_path, five + COURSE)
    assert "::: samman" not in markdown.split("## Beslut\n")[0].split("## Yrkanden")[1]
