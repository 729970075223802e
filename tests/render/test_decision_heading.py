"""The decision's heading: "Beslut" unless the case writes its own (`beslut: rubrik:`), as
minutes do ("Kultur- och fritidsnämndens beslut"; trial 35, F11), the way the proposal's
`rubrik` is written: by the documents' wording rules, in .md and Word alike."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
etikett: Beslut
datum: 2025-03-20
dnr: KFN 2025/14
titel: Föreningsbidrag 2025
beslut:
  beslutande: Kultur- och fritidsnämnden
{heading}  datum: 2025-03-18
  paragraf: 12
  punkter:
    - fördela föreningsbidragen enligt förvaltningens förslag.
"""
OPENING = "Kultur- och fritidsnämnden beslutade den 18 mars 2025, § 12,\n\natt fördela"


def build(tmp_path: Path, heading: str = "") -> tuple[list[str], str, str]:
    """The problems, the Markdown (no-break spaces as spaces) and the Word dump."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(heading=heading), encoding="utf-8")
    result = Pipeline().build(path)
    return ([p.format().replace(f"{tmp_path}/", "") for p in result.problems],
            result.files["fall.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["fall.docx"]))


def test_without_a_heading_of_its_own_the_decision_is_headed_beslut(tmp_path: Path) -> None:
    problems, markdown, dump = build(tmp_path)
    assert problems == []
    assert f"\n## Beslut\n\n{OPENING}" in markdown
    assert "\n[Heading 2] Beslut ↓\n" in dump


def test_the_case_may_write_the_heading_as_the_minutes_do(tmp_path: Path) -> None:
    problems, markdown, dump = build(
        tmp_path, "  rubrik: Kultur- och fritidsnämndens beslut\n")
    assert problems == []
    assert f"\n## Kultur- och fritidsnämndens beslut\n\n{OPENING}" in markdown
    assert "## Beslut\n" not in markdown
    assert "\n[Heading 2] Kultur- och fritidsnämndens beslut ↓\n" in dump


def test_the_heading_is_written_and_warned_about_as_a_text_is(tmp_path: Path) -> None:
    problems, markdown, _ = build(tmp_path, "  rubrik: Beslut om 50 kkr\n")
    assert problems == ["fall.yaml:8:24: varning: enheten 'kkr' används inte, skriv tkr "
                        "(dokumentet skriver tkr)"]
    assert "\n## Beslut om 50 tkr\n" in markdown
