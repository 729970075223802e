"""Specification, by exact Markdown, Word and terminal output, of line breaks in a table cell
and of a group's label row in a text table (trial 59, F5 and F11: a delegationsordning lists
"a) Direktör" / "b) Avdelningschef" on lines of their own in one cell, and its group rows
"1.1 | ORGANISATION" are labels in every text).

A cell breaks its lines where the case breaks them: at a newline (YAML "\\n" or a block
scalar) and at a backslash ending a line, the rule of text. The .md writes `<br>` between the
lines (GFM's line break in a cell), Word a line break in the cell's paragraph, `beslut visa`
a new line; a `<br>` typed in a cell is text, as every other `<` is."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

from click.testing import CliRunner

from generator.build import CaseResult, Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-03-14
dnr: nej
titel: Delegationsordning
avsnitt:
  - rubrik: Administration
    tabell: administration
tabeller:
  - namn: administration
    kolumner:
      - {namn: avsnitt, rubrik: Avsnitt}
      - {namn: arende, rubrik: Ärende}
      - {namn: niva, rubrik: Lägsta beslutsnivå}
    rader:
      - avsnitt: "1.1"
        arende: ORGANISATION
        delsumma: nej
        rader:
          - avsnitt: 1.1.1
            arende: Beslut om organisatoriska förändringar
            niva: NIVA
          - {avsnitt: 1.1.2, arende: Beslut om krisledningsorganisation., niva: Direktör}
"""
NEWLINES = '"a) Direktör\\nb) Avdelningschef\\nc) Enhetschef"'
BLOCK = "|\n              a) Direktör\n              b) Avdelningschef\n              c) Enhetschef"
BACKSLASHES = '"a) Direktör\\\\\\nb) Avdelningschef\\\\\\nc) Enhetschef"'
LINES_MD = ("| 1.1.1 | Beslut om organisatoriska förändringar | "
            "a) Direktör<br>b) Avdelningschef<br>c) Enhetschef |\n")
LINES_WORD = ("  | →1.1.1 | Beslut om organisatoriska förändringar | "
              "a) Direktör ⏎ b) Avdelningschef ⏎ c) Enhetschef | ↓")


def built(tmp_path: Path, niva: str) -> CaseResult:
    """The case built with this value (as YAML) for the first row's level."""
    path = tmp_path / "delegation.yaml"
    path.write_text(CASE.replace("NIVA", niva), encoding="utf-8")
    return Pipeline().build(path)


def markdown(result: CaseResult) -> str:
    return result.files["delegation.md"].decode("utf-8").replace("\u00a0", " ")


def word(result: CaseResult) -> str:
    return dump_docx(result.files["delegation.docx"]).replace("\u00a0", " ")


def document_xml(result: CaseResult) -> str:
    with zipfile.ZipFile(BytesIO(result.files["delegation.docx"])) as package:
        return package.read("word/document.xml").decode("utf-8")


def widths(result: CaseResult) -> list[int]:
    """The column widths (twips) of the document's data table."""
    grids = re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", document_xml(result))
    return [int(width) for width in re.findall(r'w:w="(\d+)"', grids[-1])]


def test_a_newline_in_a_cell_is_a_line_break_in_the_markdown_and_in_word(tmp_path: Path) -> None:
    result = built(tmp_path, NEWLINES)
    assert [problem.format() for problem in result.problems] == []
    assert LINES_MD in markdown(result)
    assert LINES_WORD in word(result).splitlines()
    assert ('<w:t xml:space="preserve">a) Direktör</w:t></w:r><w:r><w:br/></w:r><w:r>'
            '<w:t xml:space="preserve">b) Avdelningschef</w:t></w:r><w:r><w:br/></w:r>'
            in document_xml(result))


def test_a_block_scalar_breaks_a_cell_as_its_lines_do(tmp_path: Path) -> None:
    result = built(tmp_path, BLOCK)
    assert LINES_MD in markdown(result)
    assert LINES_WORD in word(result).splitlines()


def test_a_backslash_ending_a_line_breaks_a_cell_as_it_breaks_text(tmp_path: Path) -> None:
    """Trial 59: the handbook's `\\` printed a literal backslash in the Word cell."""
    result = built(tmp_path, BACKSLASHES)
    assert LINES_MD in markdown(result)
    assert LINES_WORD in word(result).splitlines()
    assert "\\" not in word(result)


def test_a_backslash_with_no_line_after_it_stays_as_written(tmp_path: Path) -> None:
    result = built(tmp_path, '"a) Direktör\\\\"')
    assert "| a) Direktör\\\\ |\n" in markdown(result)
    assert "| a) Direktör\\ | ↓" in word(result)


def test_a_line_break_typed_as_html_in_a_cell_is_text(tmp_path: Path) -> None:
    """Only the partial writes `<br>`: a `<` of the case that could open a tag is escaped."""
    result = built(tmp_path, '"a) Direktör<br>b) <b>Jurist</b> <1 år"')
    assert "| a) Direktör&lt;br>b) &lt;b>Jurist&lt;/b> <1 år |\n" in markdown(result)
    assert "| a) Direktör<br>b) <b>Jurist</b> <1 år | ↓" in word(result)
    row = document_xml(result).split(">1.1.1<")[1].split(">1.1.2<")[0]
    assert "Jurist" in row and "<w:br/>" not in row


def test_a_cell_of_lines_is_as_wide_as_its_longest_line_needs(tmp_path: Path) -> None:
    """Its width is worked out from each line on its own, not from the joined text."""
    lines = widths(built(tmp_path, NEWLINES))
    joined = widths(built(tmp_path, '"a) Direktör b) Avdelningschef c) Enhetschef"'))
    assert lines[2] < joined[2]
    assert lines[1] > joined[1]


def test_a_group_label_is_bold_in_every_text_of_its_row(tmp_path: Path) -> None:
    """Trial 59, F11: "1.1" was bold, "ORGANISATION" in the next column plain."""
    result = built(tmp_path, "Direktör")
    assert "| **1.1** | **ORGANISATION** | |\n" in markdown(result)
    assert "  | **1.1** | **ORGANISATION** |  | ↓" in word(result).splitlines()


def test_beslut_visa_shows_the_lines_of_a_cell_on_lines_of_their_own(tmp_path: Path) -> None:
    case = tmp_path / "delegation.yaml"
    case.write_text(CASE.replace("NIVA", NEWLINES).replace(
        "      - {namn: niva, rubrik: Lägsta beslutsnivå}\n",
        "      - {namn: niva, rubrik: Lägsta beslutsnivå}\n"
        "      - {namn: kostnad, rubrik: Kostnad, typ: belopp}\n").replace(
        "niva: Direktör}", "niva: Direktör, kostnad: 100}"), encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(case)], terminal_width=120,
                                env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "Direktör" in line
             or "Avdelningschef" in line or "Enhetschef" in line]
    cells = [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines]
    assert [row[2] for row in cells] == ["a) Direktör", "b) Avdelningschef", "c) Enhetschef",
                                         "Direktör"]


def _long_delegation(groups: int) -> str:
    """A text table of `groups` groups of six rows, each of two lines or more."""
    rows = "".join(
        f'      - avsnitt: "1.{group}"\n        arende: AVSNITT {group}\n'
        "        delsumma: nej\n        rader:\n" + "".join(
            f"          - {{avsnitt: 1.{group}.{row}, niva: Avdelningschef, arende: Beslut "
            "om förvaltningsspecifika tillämpningsanvisningar av kommungemensamma policies "
            "och riktlinjer.}\n" for row in range(1, 7))
        for group in range(1, groups + 1))
    return CASE.split("    rader:\n")[0] + "    rader:\n" + rows


def test_a_text_table_taller_than_a_page_keeps_breaks_between_its_groups(
        tmp_path: Path) -> None:
    """Trial 59, F11: a table no taller than half a page below its heading (20 lines of
    table text on A4) moves whole to the next page, as trial 34 asked; a taller one breaks
    across pages, its header row repeated, each group of 18 lines or fewer kept together and
    the rows of each group kept with the next (trial 82, F9: two such groups, 27 lines)."""
    path = tmp_path / "delegation.yaml"
    path.write_text(_long_delegation(4), encoding="utf-8")
    lines = dump_docx(Pipeline().build(path).files["delegation.docx"]).splitlines()
    assert "[tabell stil=Table Grid rubrikrad=upprepas]" in lines
    rows = _data_rows(lines)
    assert [row.endswith("↓") for row in rows] == [True, *([True] * 6 + [False]) * 4]
    path.write_text(_long_delegation(2), encoding="utf-8")
    lines = dump_docx(Pipeline().build(path).files["delegation.docx"]).splitlines()
    assert [row.endswith("↓") for row in _data_rows(lines)] == [
        True, *([True] * 6 + [False]) * 2]
    path.write_text(_long_delegation(1), encoding="utf-8")
    lines = dump_docx(Pipeline().build(path).files["delegation.docx"]).splitlines()
    assert [row.endswith("↓") for row in _data_rows(lines)] == [*[True] * 7, False]


def _data_rows(lines: list[str]) -> list[str]:
    """The rows of the data table of a dump's `lines` (after the letterhead's table)."""
    start = lines.index("[tabell stil=Table Grid rubrikrad=upprepas]")
    return [line for line in lines[start + 1:] if line.startswith("  | ")]
