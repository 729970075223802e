"""Specification: data tables of one shape in a document (as many columns, of the same kinds,
on pages of the same orientation) get the same column widths, those of one table holding
all their rows (trial 76, F9: two split tables one after the other had their inner borders a
few points apart); a table of another shape keeps its own."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from generator.build import Pipeline
from generator.word.blocks import data_tables
from generator.word.shared_widths import joined
from generator.word.widths import ColumnText

PARTIES = """\
      - {{namn: ABF, vikt: {0}}}
      - {{namn: Bilda, vikt: {1}}}
      - {{namn: Folkuniversitetet, vikt: {2}}}
      - {{namn: Studiefrämjandet, vikt: {3}}}
      - {{namn: Vuxenskolan, vikt: {4}}}
"""
CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-14
dnr: KFN 2024/112
titel: Fördelning av bidrag till studieförbund 2024
avsnitt:
  - rubrik: Grundbidrag
    tabell: uppdelning
    uppdelning: grund
  - rubrik: Volymbidrag
    tabell: uppdelning
    uppdelning: volym
  - rubrik: Kontaktpersoner
    tabell: kontakter
uppdelningar:
  - namn: grund
    metod: vikter
    summa: 2 400 000
    rubrik_part: Studieförbund
    rubrik_vikt: Deltagare
    parter:
{grund}  - namn: volym
    metod: vikter
    summa: 7 250 000
    rubrik_part: Studieförbund
    rubrik_vikt: Studietimmar
    parter:
{volym}tabeller:
  - namn: kontakter
    kolumner:
      - {{namn: sf, rubrik: Studieförbund}}
      - {{namn: namn, rubrik: Kontaktperson}}
    rader:
      - {{sf: ABF, namn: Anna Berg}}
      - {{sf: Bilda, namn: Erik Lund}}
"""


def grids(tmp_path: Path) -> list[list[int]]:
    """The column widths of each table of the case's Word file, in order."""
    path = tmp_path / "bidrag.yaml"
    path.write_text(CASE.format(
        grund=PARTIES.format(4120, 1873, 1439, 2649, 2986),
        volym=PARTIES.format(125430, 64280, 48810, 103240, 112190)), encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    body = zipfile.ZipFile(io.BytesIO(result.files["bidrag.docx"])).read(
        "word/document.xml").decode("utf-8")
    return [[int(width) for width in re.findall(r'<w:gridCol w:w="(\d+)"/>', grid)]
            for grid in re.findall("<w:tblGrid>(.*?)</w:tblGrid>", body)]


def test_two_split_tables_of_one_shape_get_the_same_widths(tmp_path: Path) -> None:
    """Alone, "Deltagare" over "4 120" left the names 6 088 twips and "Studietimmar" over
    "125 430" 5 719: together both get the room the wider header and figures need."""
    _letterhead, grund, volym, contacts = grids(tmp_path)
    assert grund == volym == [5719, 1738, 1615]
    assert len(contacts) == 2  # (another shape: its own widths)


def test_one_table_of_the_rows_of_them_all_gets_the_widest_need_of_each_column() -> None:
    first = [ColumnText(("ABF",), ("Studieförbund",), cells=("ABF",)),
             ColumnText(("4 120",), ("Deltagare",), fixed=True, cells=("4 120",))]
    second = [ColumnText(("Studiefrämjandet", "Bilda"), ("Förbund",),
                         cells=("Studiefrämjandet", "Bilda")),
              ColumnText(("125 430",), ("Studietimmar",), fixed=True,
                         bold_lines=("635 200",), cells=("125 430", "635 200"))]
    names, figures = joined([first, second])
    assert names == ColumnText(("ABF", "Studiefrämjandet", "Bilda"), ("Studieförbund",),
                               cells=("ABF", "Studiefrämjandet", "Bilda"))
    assert figures == ColumnText(("4 120", "125 430"), ("Studietimmar",), fixed=True,
                                 bold_lines=("635 200",),
                                 cells=("4 120", "125 430", "635 200"))


def test_the_tables_written_are_found_with_their_pages_orientation() -> None:
    """A table in the top-level landscape div is on a landscape page (a shape of its own
    beside a portrait one); the letterhead's and the signatures' tables are no data
    tables."""
    root = etree.fromstring(
        '<div><div class="brevhuvud"><table/></div><table id="a"/>'
        '<div class="liggande"><h2/><table id="b"/></div>'
        '<div class="samman"><table id="c"/></div>'
        '<div class="signaturer"><table/></div></div>')
    assert [(table.get("id"), landscape) for table, landscape in data_tables(root)] == [
        ("a", False), ("b", True), ("c", False)]
