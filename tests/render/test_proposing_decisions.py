"""A decision that proposes to another body ('beslut: foreslar: kommunfullmäktige'), as a
kommunstyrelse's minutes have it (trial 37, F8, Strömstad Ks 90: "Kommunstyrelsen beslutar
föreslå kommunfullmäktige besluta" and the att-satser under it). The opening says so, in the
tense and with the paragraph of any decision; the points are what is proposed, in Markdown
and in Word alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
etikett: Beslut
datum: 2015-05-20
dnr: KS/2015
titel: Kvartalsrapport januari–mars 2015
beslut:
  beslutande: Kommunstyrelsen
{when}  foreslar: kommunfullmäktige
{style}  punkter:
{points}"""
TAKEN = "  datum: 2015-05-20\n  paragraf: Ks 90\n"
ATT_POINTS = ("    - godkänna Kvartalsrapport januari–mars 2015\n"
              "    - åtgärder ska vidtagas för att nå en budget i balans\n")
SENTENCES = ("    - Kvartalsrapport januari–mars 2015 godkänns.\n"
             "    - Åtgärder ska vidtagas för att nå en budget i balans.\n")
PRINTED_ATT = ("att godkänna Kvartalsrapport januari–mars 2015\n\n"
               "att åtgärder ska vidtagas för att nå en budget i balans\n")


def build(tmp_path: Path, when: str = TAKEN, style: str = "",
          points: str = ATT_POINTS) -> tuple[str, list[str]]:
    """The Markdown and the Word dump's lines of the case (failing on any problem), no-break
    spaces as spaces."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(when=when, style=style, points=points), encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    return (result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]).replace("\u00a0", " ").splitlines())


def test_a_decision_taken_on_a_date_proposes_after_its_paragraph(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path)
    assert markdown.endswith(
        "## Beslut\n\nKommunstyrelsen beslutade den 20 maj 2015, Ks 90, att föreslå "
        "kommunfullmäktige besluta\n\n" + PRINTED_ATT)


def test_without_a_paragraph_att_follows_the_date(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, when="  datum: 2015-05-20\n")
    assert ("Kommunstyrelsen beslutade den 20 maj 2015 att föreslå kommunfullmäktige "
            "besluta\n\n" + PRINTED_ATT) in markdown


@pytest.mark.parametrize(("when", "opening"), [
    ("", "Kommunstyrelsen föreslår kommunfullmäktige besluta"),
    ("  paragraf: Ks 90\n", "Kommunstyrelsen föreslår (Ks 90) kommunfullmäktige besluta"),
])
def test_a_decision_without_a_date_reads_as_the_minutes_do(
        tmp_path: Path, when: str, opening: str) -> None:
    markdown, _ = build(tmp_path, when=when)
    assert f"## Beslut\n\n{opening}\n\n{PRINTED_ATT}" in markdown


def test_word_prints_the_opening_and_the_att_satser_kept_together(tmp_path: Path) -> None:
    _, lines = build(tmp_path)
    decision = lines[lines.index("[Heading 2] Beslut ↓"):]
    assert decision[1:4] == [
        "[Normal] Kommunstyrelsen beslutade den 20 maj 2015, Ks 90, att föreslå "
        "kommunfullmäktige besluta ↓",
        "[Normal] att godkänna Kvartalsrapport januari–mars 2015 ↓",
        "[Normal] att åtgärder ska vidtagas för att nå en budget i balans"]


def test_numbered_sentences_follow_a_colon(tmp_path: Path) -> None:
    markdown, lines = build(tmp_path, style="  stil: numrerad\n", points=SENTENCES)
    assert markdown.endswith(
        "Kommunstyrelsen beslutade den 20 maj 2015, Ks 90, att föreslå kommunfullmäktige "
        "besluta:\n\n1. Kvartalsrapport januari–mars 2015 godkänns.\n"
        "2. Åtgärder ska vidtagas för att nå en budget i balans.\n")
    assert [line.split(") ", 1)[1] for line in lines if line.startswith("[List Number]")] == [
        "Kvartalsrapport januari–mars 2015 godkänns. ↓",
        "Åtgärder ska vidtagas för att nå en budget i balans."]


def test_a_lone_sentence_is_a_paragraph_after_the_colon(tmp_path: Path) -> None:
    markdown, lines = build(tmp_path, when="", style="  stil: numrerad\n",
                            points=SENTENCES.splitlines(keepends=True)[0])
    assert markdown.endswith("Kommunstyrelsen föreslår kommunfullmäktige besluta:\n\n"
                             "Kvartalsrapport januari–mars 2015 godkänns.\n")
    assert lines[-2:] == ["[Normal] Kommunstyrelsen föreslår kommunfullmäktige besluta: ↓",
                          "[Normal] Kvartalsrapport januari–mars 2015 godkänns."]


def test_the_body_is_printed_as_written(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(when="", style="", points=ATT_POINTS).replace(
        "foreslar: kommunfullmäktige", "foreslar: '*regionfullmäktige*'"), encoding="utf-8")
    markdown = Pipeline().build(path).files["fall.md"].decode("utf-8")
    assert "Kommunstyrelsen föreslår \\*regionfullmäktige\\* besluta\n" in markdown


def test_a_body_given_with_a_capital_is_written_as_it_stands_mid_sentence(
        tmp_path: Path) -> None:
    # (trial 71, F9: 'foreslar: Kommunfullmäktige' is a common noun inside the sentence)
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(when=TAKEN, style="", points=ATT_POINTS).replace(
        "foreslar: kommunfullmäktige", "foreslar: Kommunfullmäktige"), encoding="utf-8")
    markdown = Pipeline().build(path).files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    assert "Ks 90, att föreslå kommunfullmäktige besluta" in markdown
