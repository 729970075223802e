"""A title or a heading is written by the documents' wording rules as a text is, and checked
by them (trial 35, F6: "50 kkr" in the title was printed as written, unwarned, while the body
said "tkr"): another spelling of a unit is written the documents' way (`kkr` as tkr, `mkr`
as mnkr) and a year range with a hyphen with an en dash, each with the text's warning at its
place; and the .md and Word print the same."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2008-11-25
dnr: KFN 2008/310
titel: Investeringsstöd överstigande 50 kkr 2025-2027
avsnitt:
  - rubrik: "Stöd över 50 Tkr"
    text: Stödet är 50 kkr.
forslag:
  rubrik: Förslag om 5 mkr
  punkter:
    - bevilja stödet
"""
UNIT = "varning: enheten '{0}' används inte, skriv {1} (dokumentet skriver {2})"


def test_the_title_and_the_headings_are_warned_about_and_written_as_the_text_is(
        tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format().replace(f"{tmp_path}/", "") for p in result.problems] == [
        "fall.yaml:4:41: " + UNIT.format("kkr", "tkr", "tkr")  # (the text's "kkr" with it)
        + "; det gäller 2 ställen på rad 4–7",
        "fall.yaml:4:45: varning: '2025-2027' är skrivet med bindestreck, skriv 2025–2027 med "
        "tankstreck och utan mellanslag (dokumentet skriver det så)",
        "fall.yaml:6:27: " + UNIT.format("Tkr", "tkr", "tkr"),
        "fall.yaml:9:24: " + UNIT.format(
            "mkr", "mnkr ('mkr' är tvetydigt) eller, om organisationen skriver mkr, "
            "ange 'miljoner: mkr' i ärendet "
            "eller under 'husstil' i profilen", "mnkr")]
    markdown = result.files["fall.md"].decode("utf-8").splitlines()
    assert [line for line in markdown if line.startswith("#")] == [
        "# Investeringsstöd överstigande 50 tkr 2025–2027", "## Stöd över 50 tkr",
        "## Förslag om 5 mnkr"]
    word = dump_docx(result.files["fall.docx"]).splitlines()
    assert [line for line in word if line.startswith("[Heading")] == [  # (Word's own spaces)
        "[Heading 1] Investeringsstöd överstigande 50\xa0tkr 2025\u2060–\u20602027 ↓",
        "[Heading 2] Stöd över 50\xa0tkr ↓", "[Heading 2] Förslag om 5\xa0mnkr ↓"]


def test_a_title_in_the_documents_wording_is_left_as_written(tmp_path: Path) -> None:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.replace("50 kkr 2025-2027", "50 tkr 2025–2027"), encoding="utf-8")
    result = Pipeline().build(case)
    assert not [p for p in result.problems if p.position.line == 4]
    assert "\n# Investeringsstöd överstigande 50 tkr 2025–2027\n" in \
        result.files["fall.md"].decode("utf-8")
