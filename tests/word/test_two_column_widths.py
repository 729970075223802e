"""Specification of a two-column data table's widths: trial 35's list of grants (F14),
names and one amount column, on the reference's A4 page (9 072 twips, Calibri 11).

The table spans the text width. The amount column is as wide as its header needs on one
line, here wider than its figures, and the names take the rest. A header wraps only when
the page needs its width for the body (see `widths`), so a table with room, of two columns
or more, keeps it whole: wrapping "Investeringsstöd (kr)" would leave "(kr)" alone on a
second line and move the column's edge about a centimetre, the gap between the names and
the figures no smaller."""

from __future__ import annotations

import datetime
import re
import zipfile
from io import BytesIO
from pathlib import Path

from generator.word.document import DocxMeta, markdown_to_docx

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "templates" / "reference.docx"
META = DocxMeta(title="Investeringsstöd", dnr="KFN 2008/310-72",
                date=datetime.date(2008, 11, 25), header_lines=("Gotlands kommun",))
NBSP = "\u00a0"
GRANTS = (("Burs bygdegårdsförening", f"200{NBSP}000"),
          ("Havdhem bygdegårdsförening", f"82{NBSP}000"),
          ("Levide bygdegårdsförening", f"14{NBSP}500"),
          ("När bygdegårdsförening", f"73{NBSP}000"),
          ("Stenkumla bygdegårdsförening", f"83{NBSP}000"),
          ("Öja bygdegårdsförening", f"9{NBSP}000"),
          ("**Totalt**", f"**461{NBSP}500**"))


def _widths(amount_header: str) -> list[int]:
    """The column widths (twips) of the grants table with this amount header."""
    table = f"| Förening | {amount_header} |\n|:--|--:|\n" + "".join(
        f"| {name} | {figure} |\n" for name, figure in GRANTS)
    with zipfile.ZipFile(BytesIO(markdown_to_docx(table, META, REFERENCE))) as package:
        document = package.read("word/document.xml").decode("utf-8")
    return [int(width) for width in re.findall(r'<w:gridCol w:w="(\d+)"/>', document)]


def test_the_amount_column_is_as_wide_as_its_header_on_one_line_and_the_names_take_the_rest(
) -> None:
    """21 bold characters: 2 847 twips, 31 % of the width, for figures that need 1 030."""
    assert _widths("Investeringsstöd (kr)") == [6225, 2847]


def test_a_longer_amount_header_stays_on_one_line_while_the_names_have_room() -> None:
    """26 bold characters: 3 463 twips, 38 % of the width; the longest name still fits."""
    assert _widths("Investeringsstöd 2025 (kr)") == [5609, 3463]
