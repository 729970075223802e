"""The letterhead of an extract of minutes shows the meeting's date as "Sammanträdesdatum",
and the decision's § under it, in place of the document's "Datum", as paper minutes do
(trial 38, F3): in the .md and in Word alike. A decision without a date, and a document
that is no extract ("Meddelande om beslut"), keep "Datum". Minutes themselves
("Sammanträdesprotokoll", "Protokoll") show the meeting as an extract does (trial 45, F5).
The body whose minutes they are stands above the date, unless the sender lines name it
(trial 83, F6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: {kind}
etikett: {label}
avsandare:
  - Region Exempel
  - Regionstyrelsen
datum: 2022-04-06
dnr: RS 2022/118
titel: Årsredovisning 2021
beslut:
  beslutande: Regionstyrelsen
{decision}  punkter:
    - godkänna årsredovisningen.
justering:
  datum: 2022-04-06
  justerare: Anna Andersson
"""
DATED = "  datum: 2022-03-30\n"
PARAGRAPH = "  paragraf: RS § 58\n"


def letterhead(tmp_path: Path, decision: str, label: str = "Protokollsutdrag",
               kind: str = "beslut") -> tuple[str, str]:
    """The .md letterhead's `uppgifter` part and the Word letterhead row of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind=kind, label=label, decision=decision), encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems if p.is_error] == []
    markdown = result.files["fall.md"].decode("utf-8")
    start = markdown.index("::: uppgifter\n") + len("::: uppgifter\n")
    word = dump_docx(result.files["fall.docx"]).replace("\u2011", "-").splitlines()
    row = word[word.index("[tabell stil=Normal Table rubrikrad=nej kantlinjer=nej]") + 1]
    return markdown[start:markdown.index(":::", start)], row


def test_an_extract_shows_the_meeting_date_and_the_paragraph_in_place_of_datum(
        tmp_path: Path) -> None:
    assert letterhead(tmp_path, DATED + PARAGRAPH) == (
        "**Protokollsutdrag**  \nSammanträdesdatum: 2022-03-30  \nRS § 58  \n"
        "Dnr: RS 2022/118\n",
        "  | Region Exempel ⏎ Regionstyrelsen | **Protokollsutdrag** ⏎ Sammanträdesdatum: "
        "2022-03-30 ⏎ RS §\u00a058 ⏎ Dnr: RS 2022/118 |")  # (Word keeps § with its number)


def test_a_paragraph_written_as_a_number_is_shown_as_the_decision_shows_it(
        tmp_path: Path) -> None:
    markdown, _ = letterhead(tmp_path, DATED + "  paragraf: 58\n")
    assert "Sammanträdesdatum: 2022-03-30  \n§ 58  \nDnr: RS 2022/118\n" in markdown


def test_an_extract_without_a_paragraph_shows_the_meeting_date_alone(tmp_path: Path) -> None:
    assert letterhead(tmp_path, DATED)[0] == (
        "**Protokollsutdrag**  \nSammanträdesdatum: 2022-03-30  \nDnr: RS 2022/118\n")


def test_an_extract_whose_decision_has_no_date_keeps_the_documents_date(
        tmp_path: Path) -> None:
    assert letterhead(tmp_path, PARAGRAPH)[0] == (
        "**Protokollsutdrag**  \nDatum: 2022-04-06  \nDnr: RS 2022/118\n")


def test_a_label_naming_an_extract_in_other_words_is_an_extract_too(tmp_path: Path) -> None:
    markdown, _ = letterhead(tmp_path, DATED + PARAGRAPH,
                             label="Utdrag ur sammanträdesprotokoll")
    assert "\nSammanträdesdatum: 2022-03-30  \nRS § 58  \n" in markdown


@pytest.mark.parametrize("label", [
    "Sammanträdesprotokoll", "Protokoll", "PROTOKOLL", "Styrelseprotokoll",
    "Protokoll från sammanträde", "Utdrag ur protokoll", "Justerat protokollsutdrag"])
def test_minutes_under_any_label_a_secretary_uses_show_the_meeting_too(
        tmp_path: Path, label: str) -> None:
    # (trial 45, F5: "Sammanträdesprotokoll" kept "Datum" and left the § out)
    markdown, _ = letterhead(tmp_path, DATED + PARAGRAPH, label=label)
    assert markdown == (f"**{label}**  \nSammanträdesdatum: 2022-03-30  \nRS § 58  \n"
                        "Dnr: RS 2022/118\n")


@pytest.mark.parametrize("label", [
    "Meddelande om beslut", "Bilaga till protokoll", "Protokollsanteckning", "Utdrag"])
def test_a_label_that_names_no_minutes_keeps_the_documents_date(
        tmp_path: Path, label: str) -> None:
    assert letterhead(tmp_path, DATED + PARAGRAPH, label=label)[0] == (
        f"**{label}**  \nDatum: 2022-04-06  \nDnr: RS 2022/118\n")


def test_a_notice_of_a_decision_keeps_the_documents_date(tmp_path: Path) -> None:
    assert letterhead(tmp_path, DATED + PARAGRAPH, label="Meddelande om beslut")[0] == (
        "**Meddelande om beslut**  \nDatum: 2022-04-06  \nDnr: RS 2022/118\n")


def test_the_arbetsutskotts_paragraph_stands_under_the_decisions_and_other_numbers_after_dnr(
        tmp_path: Path) -> None:
    # (trial 76, F8: "AU § 245" stood under the Dnr, away from "KS § 266" it belongs with)
    decision = DATED + PARAGRAPH
    path = tmp_path / "referenser.yaml"
    path.write_text(CASE.format(kind="beslut", label="Protokollsutdrag", decision=decision)
                    + "referenser:\n  - nummer: RSAU § 31\n  - etikett: Ert dnr\n"
                      "    nummer: HSN 2022/7\n", encoding="utf-8")
    result = Pipeline().build(path)
    assert list(result.problems) == []
    markdown = result.files["referenser.md"].decode("utf-8")
    assert ("Sammanträdesdatum: 2022-03-30  \nRS § 58  \nRSAU § 31  \nDnr: RS 2022/118  \n"
            "Ert dnr: HSN 2022/7\n") in markdown
    assert ("Sammanträdesdatum: 2022-03-30 ⏎ RS §\u00a058 ⏎ RSAU §\u00a031 ⏎ Dnr: RS 2022/118 "
            "⏎ Ert dnr: HSN 2022/7 |") in dump_docx(result.files["referenser.docx"]).replace(
                "\u2011", "-")


def test_an_extract_names_its_body_where_the_sender_lines_do_not(tmp_path: Path) -> None:
    """Trial 83, F6: a Kommunfullmäktige extract under a kommun's letterhead never named
    Kommunfullmäktige in its letterhead; `beslutsorgan` naming the same body is not
    printed again below."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind="beslut", label="Protokollsutdrag", decision=DATED)
                    .replace("  - Regionstyrelsen\n", "  - Regionkansliet\n")
                    .replace("titel:", "beslutsorgan: Regionstyrelsen\ntitel:"),
                    encoding="utf-8")
    markdown = Pipeline().build(path).files["fall.md"].decode("utf-8")
    assert "**Protokollsutdrag**  \nRegionstyrelsen  \nSammanträdesdatum: 2022-03-30  \n" \
        "Dnr: RS 2022/118\n:::" in markdown
    assert markdown.count("Regionstyrelsen") == 2  # (the letterhead, "… beslutade")


def running_header(tmp_path: Path, decision: str, label: str = "Protokollsutdrag") -> str:
    """The Word running header of pages 2 and on of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(kind="beslut", label=label, decision=decision), encoding="utf-8")
    dump = dump_docx(Pipeline().build(path).files["fall.docx"]).replace("\u2011", "-")
    [header] = [line for line in dump.splitlines() if line.startswith("header: ")]
    return header


def test_the_running_header_of_an_extract_shows_the_meeting_date_as_page_1_does(
        tmp_path: Path) -> None:
    """Trial 83, F7: page 2 showed "Protokollsutdrag · Dnr KS 2020/818 · 2021-04-06", a date
    page 1 never showed (it has "Sammanträdesdatum: 2021-03-29"); trial 90, F2: it also
    lacked the § that page 1 shows under that date. Without a decision date, or in a
    document that is no extract, the header has the document's date as page 1's "Datum" has
    it, and no § (page 1 has none either)."""
    assert running_header(tmp_path, DATED + PARAGRAPH) == (
        "header: Protokollsutdrag · Dnr RS 2022/118 · Sammanträdesdatum 2022-03-30 · RS § 58")
    assert running_header(tmp_path, DATED) == (
        "header: Protokollsutdrag · Dnr RS 2022/118 · Sammanträdesdatum 2022-03-30")
    assert running_header(tmp_path, PARAGRAPH) == (
        "header: Protokollsutdrag · Dnr RS 2022/118 · 2022-04-06")
    assert running_header(tmp_path, DATED + PARAGRAPH, label="Meddelande om beslut") == (
        "header: Meddelande om beslut · Dnr RS 2022/118 · 2022-04-06")
