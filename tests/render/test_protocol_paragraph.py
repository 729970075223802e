"""A protocol paragraph as a Gotland-style protocol writes it (trial 48, F3, F4): the
decision's points right under a heading that names the body ('inledning: nej'), its
paragraph in the letterhead, and the headings over the motions and the course of the
decision as the protocol names them ('yrkanden_rubrik', 'beslutsgang_rubrik').

Without the lead-in, att-satser are no sentence ("att motionen anses besvarad"), so the
att-style is refused with what to write; so is 'foreslar', which only the lead-in says; and
a lead-in left out where the letterhead does not show the decision's date and paragraph is
warned about, as they are then printed nowhere."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
etikett: {label}
datum: 2009-02-23
dnr: KS2007/011-10
titel: Motion. Lokal för kontakt med allmänheten
beslut:
  beslutande: Kommunfullmäktige
  rubrik: Kommunfullmäktiges beslut
{dated}  paragraf: KF § 13
{extra}  punkter:
{points}justering:
  signaturrader: ja
"""
NUMBERED = "  stil: numrerad\n"
WITHOUT = NUMBERED + "  inledning: nej\n"
MOTIONS = ("  yrkanden:\n"
           "    - Lilian Virgin (S) yrkade att motionen bifalls.\n"
           "    - Lena Celion (M) tillstyrkte kommunstyrelsens förslag.\n"
           "  beslutsgang: Ordföranden fann att kommunstyrelsens förslag vunnit majoritet.\n")
NAMED = "  yrkanden_rubrik: Yrkande\n  beslutsgang_rubrik: Proposition och omröstning\n"
WITHOUT_LEAD_IN = "'inledning: nej' tar bort meningen före punkterna"
ANSWERED = "    - Motionen anses besvarad med ledningskontorets utlåtande.\n"
DATED = "  datum: 2009-02-23\n"


def build(tmp_path: Path, extra: str, label: str = "Sammanträdesprotokoll",
          points: str = ANSWERED, dated: str = DATED, case: str = CASE
          ) -> tuple[str, str, list[str]]:
    """The Markdown, the Word dump and the problems (`line:col: message`) of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(case.format(label=label, extra=extra, points=points, dated=dated), "utf-8")
    result = Pipeline().build(path)
    markdown = result.files.get("fall.md", b"").decode("utf-8").replace("\u00a0", " ")
    word = dump_docx(result.files["fall.docx"]) if "fall.docx" in result.files else ""
    return (markdown, word.replace("\u00a0", " "),
            [p.format().removeprefix(f"{path}:").replace("\u00a0", " ") for p in result.problems])


class DescribeADecisionWithoutItsLeadIn:
    def it_prints_its_lone_sentence_right_under_its_heading(self, tmp_path: Path) -> None:
        markdown, word, problems = build(tmp_path, WITHOUT)
        assert problems == []
        assert ("## Kommunfullmäktiges beslut\n\n"
                "Motionen anses besvarad med ledningskontorets utlåtande.\n\n") in markdown
        assert "beslutade" not in markdown
        assert "beslutade" not in word
        assert "KF § 13" in word  # (the paragraph stands in the letterhead)

    def it_numbers_several_sentences_right_under_its_heading(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, WITHOUT, points=(
            "    - Avtalet godkänns.\n"
            "    - Byggnadsnämnden får i uppdrag att se över detaljplanen.\n"))
        assert problems == []
        assert ("## Kommunfullmäktiges beslut\n\n1. Avtalet godkänns.\n"
                "2. Byggnadsnämnden får i uppdrag att se över detaljplanen.\n") in markdown

    def it_keeps_the_lead_in_by_default(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, NUMBERED)
        assert problems == []
        assert ("## Kommunfullmäktiges beslut\n\n"
                "Kommunfullmäktige beslutade den 23 februari 2009, KF § 13:\n\n"
                "Motionen anses besvarad med ledningskontorets utlåtande.\n") in markdown

    def it_refuses_att_satser_which_are_no_sentence_without_it(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, "  inledning: nej\n")
        assert markdown == ""
        assert problems[0] == (
            # (trial 74, F3: both styles of whole sentences are named)
            f"11:3: {WITHOUT_LEAD_IN}, men punkterna är att-satser, som bara blir en mening "
            "efter den ('… beslutade den …, att …'); skriv 'stil: numrerad' eller 'stil: "
            "punktlista' under 'beslut' och punkterna som hela meningar ('Motionen anses "
            "besvarad.'), eller ta bort 'inledning: nej'")

    def it_refuses_a_proposal_to_another_body_which_only_the_lead_in_says(
            self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, WITHOUT + "  foreslar: kommunfullmäktige\n")
        assert f"12:3: {WITHOUT_LEAD_IN}, och bara den säger att beslutet är ett förslag till " \
               "kommunfullmäktige ('… att föreslå kommunfullmäktige besluta'); ta bort " \
               "'inledning: nej' eller 'foreslar', eller låt rubriken säga det ('rubrik: " \
               "Förslag till kommunfullmäktige')" in problems

    def it_lets_a_proposal_go_without_it_when_the_heading_says_so(
            self, tmp_path: Path) -> None:
        """Trial 55, F9: Gotland's KS § 297, "Kommunstyrelsens förslag till
        kommunfullmäktige" and the points under it."""
        case = CASE.replace(
            "  beslutande: Kommunfullmäktige\n  rubrik: Kommunfullmäktiges beslut\n",
            "  beslutande: Kommunstyrelsen\n"
            "  rubrik: Kommunstyrelsens förslag till kommunfullmäktige\n")
        markdown, _, problems = build(tmp_path, WITHOUT + "  foreslar: kommunfullmäktige\n",
                                      case=case)
        assert problems == []
        assert ("## Kommunstyrelsens förslag till kommunfullmäktige\n\n"
                "Motionen anses besvarad med ledningskontorets utlåtande.\n") in markdown

    def it_warns_outside_minutes_that_the_date_and_paragraph_are_printed_nowhere(
            self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, WITHOUT, label="Beslut")
        assert problems == [
            f"12:3: varning: {WITHOUT_LEAD_IN}, och med den beslutets datum och paragraf, som "
            "då inte skrivs någonstans i dokumentet; skriv 'inledning: nej' bara i ett "
            "protokoll eller protokollsutdrag (t.ex. 'etikett: Sammanträdesprotokoll') med "
            "beslutets datum, eller ta bort raden"]
        assert "KF § 13" not in markdown

    def it_warns_in_minutes_without_a_date_that_the_paragraph_is_printed_nowhere(
            self, tmp_path: Path) -> None:
        # (the letterhead of minutes shows the paragraph beside the meeting's date only)
        _, _, problems = build(tmp_path, WITHOUT, dated="")
        assert (f"11:3: varning: {WITHOUT_LEAD_IN}, och med den beslutets paragraf, som då "
                "inte skrivs någonstans i dokumentet; skriv 'inledning: nej' bara i ett "
                "protokoll eller protokollsutdrag (t.ex. 'etikett: Sammanträdesprotokoll') med "
                "beslutets datum, eller ta bort raden") in problems

    def it_does_not_say_a_point_names_the_body_again(self, tmp_path: Path) -> None:
        # (with the lead-in, 'Kommunfullmäktige beslutar …' is warned about: trial 45, F6)
        point = "    - Kommunfullmäktige beslutar att motionen anses besvarad.\n"
        assert build(tmp_path, WITHOUT, points=point)[2] == []
        assert build(tmp_path, NUMBERED, points=point)[2] == [
            "13:7: varning: punkten börjar med 'Kommunfullmäktige beslutar', men inledningen "
            "före punkterna namnger redan Kommunfullmäktige; börja punkten med det som "
            "beslutas, här 'att motionen anses besvarad.'; vill du behålla källans "
            "ordalydelse, skriv 'inledning: nej' under 'beslut', så skrivs ingen inledning "
            "före punkterna"]


class DescribeTheHeadingsOfTheMotionsAndTheCourse:
    def it_prints_them_as_the_protocol_names_them(self, tmp_path: Path) -> None:
        markdown, word, problems = build(tmp_path, WITHOUT + MOTIONS + NAMED)
        assert problems == []
        assert ("## Yrkande\n\n::: samman\nLilian Virgin (S) yrkade att motionen bifalls.\n\n"
                "Lena Celion (M) tillstyrkte kommunstyrelsens förslag.\n\n:::\n\n"
                "## Proposition och omröstning\n\n"
                "Ordföranden fann att kommunstyrelsens förslag vunnit majoritet.\n\n"
                "## Kommunfullmäktiges beslut\n\n") in markdown
        assert "Proposition och omröstning" in word

    def it_names_them_by_default_after_the_number_of_motions(self, tmp_path: Path) -> None:
        markdown, _, problems = build(tmp_path, WITHOUT + MOTIONS)
        assert problems == []
        assert "## Yrkanden\n\n" in markdown
        assert "## Beslutsgång\n\n" in markdown

    def it_warns_about_a_heading_over_nothing(self, tmp_path: Path) -> None:
        _, _, problems = build(tmp_path, WITHOUT + NAMED)
        assert problems == [
            "13:3: varning: 'yrkanden_rubrik' är rubriken över yrkandena, men beslutet har "
            "inga 'yrkanden'; ta bort raden",
            "14:3: varning: 'beslutsgang_rubrik' är rubriken över beslutsgången, men beslutet "
            "har ingen 'beslutsgang'; ta bort raden"]
