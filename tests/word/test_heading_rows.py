"""A group heading in a Word table (trial 73, F8): a label row holding only its heading
(`delsumma` group, `delsumma: nej`, `rader: []`) is one cell across every column
(`w:gridSpan`), bold and kept with the next row; its text widens no column. Rows with a
figure or a second text, and totals, keep their cells. The .md prints the row as before."""

from __future__ import annotations

import datetime
import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from generator.build import Pipeline
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.dump import dump_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
LONG = "Kommuner i Norrbottens län som tar emot medel för det suicidpreventiva arbetet"
CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-06-19
dnr: KS 2024/12
titel: Fördelning av medel
avsnitt:
  - rubrik: Fördelning
    tabell: fordelning
tabeller:
  - namn: fordelning
    kolumner:
      - {namn: post, rubrik: Mottagare}
      - {namn: b24, rubrik: Belopp 2024, typ: belopp}
      - {namn: b25, rubrik: Belopp 2025, typ: belopp}
    totalt: Totalt
    rader:
      - post: Regionens verksamheter
        delsumma: nej
        rader: []
      - post: HEADING
        delsumma: Summa kommuner
        rader:
          - {post: Luleå kommun, b24: 1 200, b25: 1 300}
          - {post: Piteå kommun, b24: 800, b25: 900}
      - post: Valnämnd
        delsumma: nej
        rader:
          - {post: Politisk verksamhet, b24: 500, b25: 500}
"""
DELEGATION = """\
dokumenttyp: beslutsunderlag
datum: 2024-06-19
dnr: KS 2024/12
titel: Delegationsordning
avsnitt:
  - rubrik: Administration
    tabell: delegation
tabeller:
  - namn: delegation
    kolumner:
      - {namn: avsnitt, rubrik: Avsnitt}
      - {namn: arende, rubrik: Ärende}
      - {namn: niva, rubrik: Lägsta beslutsnivå}
    rader:
      - avsnitt: "1.1"
        arende: ORGANISATION
        delsumma: nej
        rader:
          - {avsnitt: 1.1.1, arende: Beslut om krisledningsorganisation., niva: Direktör}
          - {avsnitt: 1.1.2, arende: Beslut om organisatoriska förändringar., niva: Direktör}
"""


def _built(tmp_path: Path, case: str) -> dict[str, bytes]:
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems if p.is_error] == []
    return result.files


def _table(docx: bytes) -> etree.Element:
    """The document's data table (the one with a header row)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    return next(table for table in body.iter(f"{{{W}}}tbl")
                if table.find("w:tr/w:trPr/w:tblHeader", NS) is not None)


def _grid(table: etree.Element) -> list[int]:
    return [int(column.get(f"{{{W}}}w", "")) for column in table.findall("w:tblGrid/w:gridCol",
                                                                         NS)]


def _rows(table: etree.Element) -> dict[str, etree.Element]:
    """The body rows by their first cell's text."""
    return {"".join(row.find("w:tc", NS).itertext()): row  # type: ignore[union-attr]
            for row in table.findall("w:tr", NS)[1:]}


def _span(row: etree.Element) -> tuple[int, str | None, int]:
    """A row's cells, its first cell's gridSpan and its first cell's width."""
    cells = row.findall("w:tc", NS)
    span = cells[0].find("w:tcPr/w:gridSpan", NS)
    width = cells[0].find("w:tcPr/w:tcW", NS)
    assert width is not None
    return (len(cells), None if span is None else span.get(f"{{{W}}}val"),
            int(width.get(f"{{{W}}}w", "")))


def test_a_group_heading_spans_the_table_bold_and_kept_with_the_next_row(
        tmp_path: Path) -> None:
    table = _table(_built(tmp_path, CASE.replace("HEADING", LONG))["fall.docx"])
    grid = _grid(table)
    rows = _rows(table)
    for heading in ("Regionens verksamheter", LONG, "Valnämnd"):
        row = rows[heading]
        assert _span(row) == (1, str(len(grid)), sum(grid)), heading
        paragraph = row.find("w:tc/w:p", NS)
        assert paragraph is not None
        assert paragraph.find("w:pPr/w:keepNext", NS) is not None, heading
        runs = paragraph.findall("w:r", NS)
        assert runs and all(run.find("w:rPr/w:b", NS) is not None for run in runs), heading


def test_rows_with_figures_and_totals_keep_their_cells(tmp_path: Path) -> None:
    table = _table(_built(tmp_path, CASE.replace("HEADING", LONG))["fall.docx"])
    rows = _rows(table)
    for text in ("Luleå kommun", "Summa kommuner", "Politisk verksamhet", "Totalt"):
        assert _span(rows[text])[:2] == (3, None), text


def test_a_long_heading_widens_no_column(tmp_path: Path) -> None:
    """The columns are as wide as under a heading of one letter, where the same text in a
    row of figures widens the name column: the heading wraps, if it must, over the table's
    width, not in the name column."""
    long = _grid(_table(_built(tmp_path, CASE.replace("HEADING", LONG))["fall.docx"]))
    short = _grid(_table(_built(tmp_path, CASE.replace("HEADING", "K"))["fall.docx"]))
    named = _grid(_table(_built(tmp_path, CASE.replace("HEADING", "K").replace(
        "Luleå kommun", LONG))["fall.docx"]))
    assert long == short
    assert named[0] > short[0]


def test_the_dump_shows_the_heading_across_the_table(tmp_path: Path) -> None:
    dump = dump_docx(_built(tmp_path, CASE.replace("HEADING", "Kommuner"))["fall.docx"])
    assert "  | ↔3 **Kommuner** | ↓\n  | →Luleå kommun | >1\xa0200 | >1\xa0300 | ↓\n" in dump
    assert "  | **Summa kommuner** | >**2\xa0000** | >**2\xa0200** |" in dump


def test_the_markdown_prints_the_heading_row_as_before(tmp_path: Path) -> None:
    markdown = _built(tmp_path, CASE.replace("HEADING", "Kommuner"))["fall.md"].decode()
    assert "| **Kommuner** | | |\n| Luleå kommun | 1\xa0200 | 1\xa0300 |\n" in markdown
    assert "| **Regionens verksamheter** | | |\n" in markdown


def test_a_label_row_with_a_second_text_keeps_its_cells(tmp_path: Path) -> None:
    """"1.1" and "ORGANISATION": a text in a second column, no heading across the table."""
    rows = _rows(_table(_built(tmp_path, DELEGATION)["fall.docx"]))
    assert _span(rows["1.1"])[:2] == (3, None)
    assert "".join(rows["1.1"].findall("w:tc", NS)[1].itertext()) == "ORGANISATION"


def test_a_label_row_read_from_the_markdown_spans_too() -> None:
    """A table no computed table matches (a template of one's own): its label row, read
    from the Markdown (`row_groups`), spans; a row of a text alone in plain type does not."""
    meta = DocxMeta(title="T", dnr="1", date=datetime.date(2024, 1, 2), header_lines=("X",))
    markdown = ("| Post | Belopp (kr) |\n|:--|--:|\n| **Grupp** | |\n| Hyra | 100 |\n"
                "| Övrigt | |\n| **Summa** | **100** |\n")
    rows = _rows(_table(markdown_to_docx(markdown, meta, Path(__file__).resolve().parents[2]
                                         / "templates" / "reference.docx")))
    assert [_span(row)[:2] for row in rows.values()] == [
        (1, "2"), (2, None), (2, None), (2, None)]
