"""Lists in a case's texts as secretaries write them are lists in the Markdown and in Word:
a list straight under its lead-in line, and bullets pasted from a web page or a PDF ("•").
Trial 34 (findings 1 and 2, Digg's remissvar on SOU 2020:8) got every point run together
into one paragraph with " - " or " • " between them, and no warning."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

HEAD = """\
dokumenttyp: tjansteskrivelse
etikett: Remissvar
datum: 2020-09-30
dnr: nej
titel: Starkare kommuner (SOU 2020:8)
"""
UNDER_LEAD_IN = HEAD + """\
avsnitt:
  - rubrik: Sammanfattning
    text: |
      Digg tillstyrker förslagen att
      - Regeringen initierar en försöksverksamhet.
      - Staten bör ta ett långsiktigt ansvar
        för grunddata och informationsutbyte.

      Digg avstyrker förslaget att
      - Digg bör ges i uppdrag att stödja kommunernas digitaliseringsarbete.
"""
PASTED = HEAD + """\
avsnitt:
  - rubrik: Sammanfattning
    text: |
      Digg avstyrker förslaget att

      • Digg bör ges i uppdrag att stödja kommunernas digitaliseringsarbete.
      • Andra raden.
"""
DECISION = """\
dokumenttyp: beslut
datum: 2024-03-01
dnr: KS 2024/1
titel: Uppdrag
beslut:
  beslutande: Kommunstyrelsen
  stil: {style}
  punkter:
    - |
      {give} förvaltningen i uppdrag att
      - utreda a,
      - utreda b.
    - {adopt} planen.
"""


def build(tmp_path: Path, case: str) -> tuple[str, list[str]]:
    """The Markdown from the first section heading on, and the Word dump's lines from the
    same heading on (failing on any problem)."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8")
    lines = dump_docx(result.files["fall.docx"]).splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("[Heading 2]"))
    return markdown[markdown.index("\n## ") + 1:], lines[heading:]


def test_a_list_straight_under_its_lead_in_line_is_a_list(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, UNDER_LEAD_IN)
    assert markdown == (
        "## Sammanfattning\n\n"
        "Digg tillstyrker förslagen att\n\n"
        "- Regeringen initierar en försöksverksamhet.\n"
        "- Staten bör ta ett långsiktigt ansvar\n"
        "  för grunddata och informationsutbyte.\n\n"
        "Digg avstyrker förslaget att\n\n"
        "- Digg bör ges i uppdrag att stödja kommunernas digitaliseringsarbete.\n"
    )
    assert word == [
        "[Heading 2] Sammanfattning ↓",
        "[Normal] Digg tillstyrker förslagen att ↓",
        "[List Bullet] Regeringen initierar en försöksverksamhet. ↓",
        "[List Bullet] Staten bör ta ett långsiktigt ansvar för grunddata och "
        "informationsutbyte.",
        "[Normal] Digg avstyrker förslaget att ↓",
        "[List Bullet] Digg bör ges i uppdrag att stödja kommunernas digitaliseringsarbete.",
    ]


def test_pasted_bullets_are_a_list_written_with_dashes(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, PASTED)
    assert markdown == (
        "## Sammanfattning\n\n"
        "Digg avstyrker förslaget att\n\n"
        "- Digg bör ges i uppdrag att stödja kommunernas digitaliseringsarbete.\n"
        "- Andra raden.\n"
    )
    assert word == [
        "[Heading 2] Sammanfattning ↓",
        "[Normal] Digg avstyrker förslaget att ↓",
        "[List Bullet] Digg bör ges i uppdrag att stödja kommunernas digitaliseringsarbete. ↓",
        "[List Bullet] Andra raden.",
    ]


def test_a_list_in_an_att_point_follows_the_point(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, DECISION.format(style="att", give="ge", adopt="anta"))
    assert markdown.endswith(
        "att ge förvaltningen i uppdrag att\n\n- utreda a,\n- utreda b.\n\natt anta planen.\n")
    assert word[-4:] == [
        "[Normal] att ge förvaltningen i uppdrag att ↓",
        "[List Bullet] utreda a, ↓",
        "[List Bullet] utreda b. ↓",
        "[Normal] att anta planen.",
    ]


def test_a_list_in_a_numbered_point_is_nested_in_it(tmp_path: Path) -> None:
    markdown, word = build(tmp_path, DECISION.format(style="numrerad", give="Ge", adopt="Anta"))
    assert markdown.endswith(
        "1. Ge förvaltningen i uppdrag att\n\n    - utreda a,\n    - utreda b.\n\n"
        "2. Anta planen.\n")
    numbers = {line.split(")")[0] for line in word if line.startswith("[List Number]")}
    assert len(numbers) == 1  # (one list, numbered on across the nested one)
    assert [line.split(") ")[-1] if "(num" in line else line for line in word[-4:]] == [
        "Ge förvaltningen i uppdrag att ↓",
        "[List Bullet 2] utreda a, ↓",
        "[List Bullet 2] utreda b. ↓",
        "Anta planen.",
    ]
