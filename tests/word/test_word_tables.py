"""Specification of data tables in Word: what trial 24's budget table (seven columns,
bold group labels, a portrait page) showed."""

from __future__ import annotations

import datetime
import re
import zipfile
from io import BytesIO
from pathlib import Path

from generator.word.document import DocxMeta, markdown_to_docx

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "templates" / "reference.docx"
META = DocxMeta(title="Beslut", dnr="KS 2024/312", date=datetime.date(2024, 10, 14),
                header_lines=("Sjöbo kommun",))
HEADER = ("| Nämnd och verksamhet | Bokslut 2023 (mnkr) | Budget 2024 (mnkr) | Budget 2025 (mnkr)"
          " | Förändring 2025 mot 2024 (mnkr) | Plan 2026 (mnkr) | Plan 2027 (mnkr) |\n"
          "|:--|--:|--:|--:|--:|--:|--:|\n")
ROWS = [("**Kommunstyrelse**", *[""] * 6),
        ("Kommunövergripande verksamhet", "70,5", "70,9", "81,7", "10,8", "84,5", "87,1"),
        ("Teknisk verksamhet - skattefinansierad", "0,5", "0,6", "0,2", "−0,4", "0,1", "0,1"),
        ("**Summa kommunstyrelse**", *(f"**{x}**" for x in ("97,7", "98,1", "108,6", "10,5",
                                                           "112,2", "116,0"))),
        ("**Samhällsbyggnadsnämnd**", *[""] * 6),
        ("Miljö- och hälsoskyddsverksamhet", "6,6", "6,6", "6,6", "0,0", "6,8", "7,1"),
        ("**Summa nämnder**", *(f"**{x}**" for x in ("1 274,2", "1 317,3", "1 360,8",
                                                     "43,5", "1 418,4", "1 470,8")))]
TABLE = HEADER + "".join("| " + " | ".join(row) + " |\n" for row in ROWS)


def _document() -> str:
    docx = markdown_to_docx(TABLE, META, REFERENCE)
    with zipfile.ZipFile(BytesIO(docx)) as package:
        return package.read("word/document.xml").decode("utf-8")


def test_a_compound_in_a_narrow_column_breaks_at_its_joints() -> None:
    """Trial 24: "häl-soskyddsverk-samhet"."""
    soft = '</w:t><w:softHyphen/><w:t xml:space="preserve">'
    assert f"hälso{soft}skydds{soft}verksamhet" in _document()


def test_amount_columns_alike_get_equal_widths_and_the_text_the_rest() -> None:
    """Trial 24: "Plan 2027" got the twips left over and a wider column than "Plan 2026"."""
    widths = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"/>', _document())]
    names, bokslut, budget24, budget25, change, plan26, plan27 = widths[-7:]
    assert budget24 == budget25 and plan26 == plan27
    assert names > max(bokslut, budget24, change, plan26)
