"""Specification of the preview's groups of columns (trial 93, F15): a table with
`kolumngrupper` shows, as Word does, a row of the groups' headings across their columns over
the column headers, which lose the group's heading; a column in no group fills both rows.
The Markdown keeps each header whole, the group's heading first."""

from __future__ import annotations

import re
from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.preview.page import document_html

CASE = (Path(__file__).parent / "data" / "grupper.yaml").read_text(encoding="utf-8")
LEFT = ' style="text-align: left;"'
RIGHT = ' style="text-align: right;"'
CENTRE = ' style="text-align: center;"'


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built in memory, without errors."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    assert not result.failed, [p.format() for p in result.problems]
    return result


def header_rows(document: str) -> list[str]:
    """The header rows of the document's first table, as HTML."""
    head = re.search(r"<thead>(.*?)</thead>", document, re.S)
    assert head is not None
    return re.findall(r"<tr>(.*?)</tr>", head.group(1), re.S)


def test_the_groups_headings_stand_over_their_columns_as_in_word(tmp_path: Path) -> None:
    result = built(tmp_path)
    document = document_html(result.files["x.md"].decode("utf-8"), result.tables)
    assert header_rows(document) == [
        f'<th{LEFT} rowspan="2">Ålder</th>'
        f'<th colspan="2"{CENTRE}>Grundkostnad</th>'
        f'<th colspan="2"{CENTRE}>Högsta skattefria</th>'
        f'<th{LEFT} rowspan="2">Anmärkning</th>',
        f"<th{RIGHT}>Kronor per månad</th><th{RIGHT}>% av prisbasbelopp</th>"
        f"<th{RIGHT}>Kronor per månad</th><th{RIGHT}>% av prisbasbelopp</th>"]


def test_the_markdown_keeps_each_header_whole(tmp_path: Path) -> None:
    markdown = built(tmp_path).files["x.md"].decode("utf-8")
    assert "| Ålder | Grundkostnad Kronor per månad | Grundkostnad % av prisbasbelopp | " \
        "Högsta skattefria Kronor per månad | Högsta skattefria % av prisbasbelopp | " \
        "Anmärkning |" in markdown


def test_a_table_without_groups_or_not_known_keeps_its_one_header_row(
        tmp_path: Path) -> None:
    result = built(tmp_path, CASE.split("    kolumngrupper:")[0]
                   + "    rader:" + CASE.split("    rader:")[1])
    document = document_html(result.files["x.md"].decode("utf-8"), result.tables)
    assert header_rows(document) == [
        f"<th{LEFT}>Ålder</th><th{RIGHT}>Kronor per månad</th>"
        f"<th{RIGHT}>% av prisbasbelopp</th><th{RIGHT}>Kronor per månad</th>"
        f"<th{RIGHT}>% av prisbasbelopp</th><th{LEFT}>Anmärkning</th>"]
    grouped = built(tmp_path)
    markdown = grouped.files["x.md"].decode("utf-8")
    assert header_rows(document_html(markdown))[0].startswith(
        f"<th{LEFT}>Ålder</th><th{RIGHT}>Grundkostnad Kronor per månad</th>")
