"""A counted vote under a decision (`omrostning`, trial 51, F7): printed after the
beslutsgång in a protocol's wording, its counts held to each other, to a voteringslista and
to the number of ledamöter, and a tie decided by the chair's casting vote."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
etikett: Protokoll
datum: 2012-01-24
dnr: 941-2011
titel: Motion om badplats
beslut:
  beslutande: Kommunstyrelsen
  datum: 2012-01-24
  paragraf: 25
  beslutsgang: |
{course}
  omrostning:
    ja_betyder: bifall till AnnSofie Anderssons yrkande
    nej_betyder: bifall till Pär Löfstrands yrkande
{vote}  stil: numrerad
  punkter:
    - Motionen avslås.
justering:
  signaturrader: ja
"""
COURSE = ("    Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen "
          "bifaller AnnSofie Anderssons yrkande.")
PUT = "    Ordföranden ställer proposition på yrkandena."
"""A beslutsgång that finds for neither side (one that finds for the loser is a warning,
tests/checks/test_vote_findings.py)."""
COUNTS = "    ja: 11\n    nej: 2\n    avstar: 2\n"
LIST = ("    voteringslista:\n      Anna Berg (S): ja\n      Bo Ek (M): nej\n"
        "      Cilla Ahl (S): ja\n      Dan Alm (C): avstar\n      Eva Ås (V): frånvarande\n")


def build(tmp_path: Path, vote: str, course: str = COURSE) -> tuple[str, str, list[str]]:
    """The Markdown, the Word dump and the problems (`line:col: message`) of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(vote=vote, course=course), "utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    word = dump_docx(result.files["fall.docx"]) if "fall.docx" in result.files else ""
    return (markdown, word,
            [p.format().removeprefix(f"{path}:").replace("\u00a0", " ") for p in result.problems])


class DescribeACountedVote:
    def it_is_printed_after_the_course_in_the_protocols_wording(self, tmp_path: Path) -> None:
        markdown, word, problems = build(tmp_path, COUNTS + "    ledamoter: 15\n")
        assert problems == []
        assert (f"## Beslutsgång\n\n{COURSE.strip()}\n\n"
                "Omröstning begärs och verkställs. Ja-röst betyder bifall till AnnSofie "
                "Anderssons yrkande och nej-röst bifall till Pär Löfstrands yrkande.\n\n"
                "Med 11 ja-röster mot 2 nej-röster, 2 avstår, beslutar kommunstyrelsen om bifall "
                "till AnnSofie Anderssons yrkande.\n\n## Beslut") in markdown
        assert "Med 11 ja-röster mot 2 nej-röster, 2 avstår, beslutar" in word

    def it_lowers_a_meaning_written_with_a_capital_mid_sentence(self, tmp_path: Path) -> None:
        path = tmp_path / "fall.yaml"
        path.write_text(CASE.format(vote=COUNTS, course=COURSE).replace(
            "ja_betyder: bifall till AnnSofie Anderssons yrkande",
            "ja_betyder: Bifall till kommunstyrelsens förslag").replace(
            "nej_betyder: bifall till Pär Löfstrands yrkande",
            "nej_betyder: Anna Bergs yrkande"), "utf-8")
        result = Pipeline().build(path)
        markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", " ")
        assert list(result.problems) == []
        assert ("Omröstning begärs och verkställs. Ja-röst betyder bifall till "
                "kommunstyrelsens förslag och nej-röst Anna Bergs yrkande.\n\n"
                "Med 11 ja-röster mot 2 nej-röster, 2 avstår, beslutar kommunstyrelsen om bifall "
                "till kommunstyrelsens förslag.") in markdown

    def it_lowers_an_utskott_named_by_its_nämnd_mid_sentence(self, tmp_path: Path) -> None:
        """Trial 93, F17: "beslutar Kommunstyrelsens arbetsutskott" kept its capital."""
        path = tmp_path / "fall.yaml"
        path.write_text(CASE.format(vote=COUNTS, course=COURSE).replace(
            "beslutande: Kommunstyrelsen", "beslutande: Kommunstyrelsens arbetsutskott"), "utf-8")
        markdown = Pipeline().build(path).files["fall.md"].decode("utf-8").replace("\u00a0", " ")
        assert ("Med 11 ja-röster mot 2 nej-röster, 2 avstår, beslutar kommunstyrelsens "
                "arbetsutskott om bifall till AnnSofie Anderssons yrkande.") in markdown

    def it_names_the_winning_side_and_leaves_out_nobody_abstaining(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, "    ja: 1\n    nej: 12\n", PUT)
        assert problems == []
        assert ("Med 1 ja-röst mot 12 nej-röster beslutar kommunstyrelsen om bifall till Pär "
                "Löfstrands yrkande.") in markdown

    def it_stands_under_the_course_heading_without_a_course(self, tmp_path: Path) -> None:
        case = CASE.replace("  beslutsgang: |\n{course}\n", "")
        path = tmp_path / "fall.yaml"
        path.write_text(case.format(vote=COUNTS), "utf-8")
        result = Pipeline().build(path)
        markdown = result.files["fall.md"].decode("utf-8")
        assert list(result.problems) == []
        assert "## Beslutsgång\n\nOmröstning begärs och verkställs." in markdown

    def it_counts_ledamoter_and_says_the_sums(self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, COUNTS + "    ledamoter: 17\n")
        assert problems == [
            "18:16: ja, nej och avstår blir 15 (11 + 2 + 2), men 'ledamoter' är 17; rätta "
            "antalen eller 'ledamoter', och skriv 'franvarande' för dem som inte deltog i "
            "omröstningen"]

    def it_counts_the_absent_too_when_given(self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, COUNTS + "    franvarande: 1\n    ledamoter: 17\n")
        assert problems == [
            "19:16: ja, nej, avstår och frånvarande blir 16 (11 + 2 + 2 + 1), men "
            "'ledamoter' är 17; rätta antalen eller 'ledamoter'"]

    def it_wants_its_counts(self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, "    nej: 2\n")
        assert problems == [
            "12:3: omröstningen saknar 'ja'; skriv antalet röster, t.ex. 'ja: 11' och 'nej: 2' "
            "under 'omrostning', eller en 'voteringslista' med hur var och en röstade"]


class DescribeATie:
    def it_is_an_error_without_the_casting_vote(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, "    ja: 7\n    nej: 7\n")
        assert markdown == ""
        assert problems == [
            "12:3: omröstningen slutar lika, 7 ja-röster mot 7 nej-röster, och vid lika "
            "röstetal avgör ordförandens utslagsröst; skriv 'utslagsrost: ja' eller "
            "'utslagsrost: nej' under 'omrostning'"]

    def it_is_decided_by_the_casting_vote(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, "    ja: 7\n    nej: 7\n    utslagsrost: nej\n",
                                      PUT)
        assert problems == []
        assert ("Med 7 ja-röster mot 7 nej-röster beslutar kommunstyrelsen genom "
                "ordförandens utslagsröst om bifall till Pär Löfstrands yrkande.") in markdown

    def it_warns_of_a_casting_vote_without_a_tie(self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, COUNTS + "    utslagsrost: ja\n")
        assert problems == [
            "18:18: varning: 'utslagsrost' gäller bara vid lika röstetal, men omröstningen "
            "slutar 11 ja-röster mot 2 nej-röster; ta bort raden"]


class DescribeAVoteringslista:
    def it_is_counted(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, LIST + "    ledamoter: 5\n")
        assert problems == []
        assert ("Med 2 ja-röster mot 1 nej-röst, 1 avstår, beslutar kommunstyrelsen om bifall "
                "till AnnSofie Anderssons yrkande.\n\nVoteringslista:\n\n"
                "| Ledamot | Ja | Nej | Avstår |\n|:--|:--|:--|:--|\n"
                "| Anna Berg (S) | X | | |\n| Bo Ek (M) | | X | |\n"
                "| Cilla Ahl (S) | X | | |\n| Dan Alm (C) | | | X |\n"
                "| **Summa** | **2** | **1** | **1** |\n\n## Beslut") in markdown

    def it_is_a_table_in_word_without_the_absent(self, tmp_path: Path) -> None:
        _, word, _ = build(tmp_path, LIST)
        assert "Voteringslista:" in word and "Cilla Ahl\u00a0(S)" in word
        assert "Eva Ås" not in word

    def it_holds_a_count_written_beside_it_to_it(self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, LIST + "    ja: 3\n")
        assert problems == [
            "21:9: 'ja' är 3, men voteringslistan har 2 som röstar ja; rätta antalet, eller "
            "ta bort 'ja' så räknas det från listan"]


class DescribeAResultTheCourseWrites:
    def it_is_a_warning_when_the_numbers_differ(self, tmp_path: Path) -> None:
        course = COURSE + "\n\n    Med 9 ja-röster mot 2 nej-röster beslutar kommunstyrelsen så."
        _, _, problems = build(tmp_path, COUNTS, course)
        assert problems == [
            "13:9: varning: beslutsgången skriver omröstningens resultat (9 ja-röster mot 2 "
            "nej-röster …), men 'omrostning' räknar 11 ja-röster mot 2 nej-röster; ta bort "
            "resultatet ur 'beslutsgang'"]

    def it_is_a_warning_when_they_agree_as_it_is_printed_twice(self, tmp_path: Path) -> None:
        course = COURSE + "\n\n    Med 11 ja-röster mot 2 nej-röster beslutar kommunstyrelsen."
        _, _, problems = build(tmp_path, COUNTS, course)
        assert problems == [
            "13:9: varning: beslutsgången skriver omröstningens resultat (11 ja-röster mot 2 "
            "nej-röster …), som skrivs också efter beslutsgången, av 'omrostning'; ta bort "
            "resultatet ur 'beslutsgang'"]


class DescribeAVotePerCapsulam:
    def it_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "fall.yaml"
        path.write_text(CASE.format(vote=COUNTS, course=COURSE).replace(
            "dokumenttyp: beslut\netikett: Protokoll\n", "dokumenttyp: beslut_per_capsulam\n"
        ).replace("justering:\n  signaturrader: ja\n", ""), "utf-8")
        messages = [p.message for p in Pipeline().build(path).problems]
        assert any("'omrostning' hör till ett beslut som fattas på ett sammanträde" in m
                   for m in messages)
