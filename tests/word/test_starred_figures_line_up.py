"""Specification (trial 67, F6): in Word the digits of a column with a starred figure
("1 061*") line up: every other figure of that column is set in from the right by the
star's width, so that the star stands beside the digits; other columns, and a table without
a star, are set as before. The Markdown keeps the star as written."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree as etree

import pytest

from generator.build import Pipeline
from generator.resources import templates_dir
from generator.word.footnote_stars import _STARRED, _starred, star_width
from generator.word.reference import open_reference

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2026-11-16
dnr: nej
titel: Renhållningstaxa 2027
avsnitt:
  - rubrik: Taxa
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: tjanst, rubrik: Abonnemang}
      - {namn: t2027, rubrik: Årsavgift 2027, typ: belopp}
      - {namn: skillnad, rubrik: Förändring, typ: belopp}
    rader:
      - {tjanst: "Kärl 190 liter", t2027: 3 061, skillnad: 451}
      - {tjanst: "Kärl 370 liter", t2027: 5 261, skillnad: "STAR"}
      - {tjanst: "Kärl 190 liter, var fjärde vecka", t2027: 1 690, skillnad: 210}
"""


def body_indents(tmp_path: Path, figure: str) -> tuple[list[list[tuple[str, str]]], str]:
    """Each body row's cells, as (text, right indent), and the Markdown, for a case whose
    second change is `figure`."""
    case = tmp_path / "taxa.yaml"
    case.write_text(CASE.replace("STAR", figure), encoding="utf-8")
    built = Pipeline().build(case)
    assert [p.format() for p in built.problems] == []
    with zipfile.ZipFile(BytesIO(built.files["taxa.docx"])) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    rows = [row for row in body.iter(f"{W}tr") if row.find(f"{W}trPr/{W}tblHeader") is None
            and len(row.findall(f"{W}tc")) == 3]  # (the body rows of the data table)
    return [[("".join(cell.itertext()), _right(cell)) for cell in row.iter(f"{W}tc")]
            for row in rows], built.files["taxa.md"].decode("utf-8")


def _right(cell: etree.Element) -> str:
    """The right indent of a cell's paragraph ("" for none)."""
    indent = cell.find(f"{W}p/{W}pPr/{W}ind")
    return "" if indent is None else indent.get(f"{W}right", "")


def test_the_figures_beside_a_starred_one_are_set_in_by_the_star(tmp_path: Path) -> None:
    styles = open_reference(templates_dir() / "reference.docx").styles
    star = str(star_width(styles.table_glyphs(), styles.character_width))
    rows, markdown = body_indents(tmp_path, "1061*")
    assert [[right for _, right in row[1:]] for row in rows] == [
        ["", star], ["", ""], ["", star]]
    assert rows[1][2][0].replace("\u00a0", " ") == "1 061*"
    assert "| 1\u00a0061\\* |" in markdown


def test_a_column_without_a_star_is_set_as_before(tmp_path: Path) -> None:
    rows, _ = body_indents(tmp_path, "1061")
    assert {right for row in rows for _, right in row} == {""}


@pytest.mark.parametrize("text", ["1 200*", "1 200", "1 200*\n", "1 200*\n\n", "*", "a*", "٣*",
                                  "12* ", "", "5**"])
def test_the_plain_test_of_a_star_agrees_with_the_pattern(text: str) -> None:
    assert _starred(text) == (_STARRED.search(text) is not None)
