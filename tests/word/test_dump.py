"""The Word dump (`word/dump.py`) shows a table row kept with the next (`↓`) only when Word
keeps it so: every paragraph in the row kept with the next (see `kept_rows`)."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.dump import dump_docx

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
META = DocxMeta(title="Bidrag", dnr="KFN 2025/14", date=datetime.date(2025, 3, 20),
                header_lines=("Lysekils kommun",))
KEPT = "<w:keepNext/>"
NOTED = ("| Förening | Ort |\n|:--|:--|\n| Lysekils IF | Lysekil |\n\n"
         "Reservation för eventuella felaktigheter.\n")  # (a note: the last row kept with it)


def _with_document(data: bytes, change: str, into: str) -> bytes:
    """The package `data` with the last `change` in its document.xml made `into`."""
    source = io.BytesIO(data)
    target = io.BytesIO()
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as copy:
        for item in package.infolist():
            content = package.read(item.filename)
            if item.filename == "word/document.xml":
                text = content.decode("utf-8")
                at = text.rindex(change)
                content = (text[:at] + into + text[at + len(change):]).encode("utf-8")
            copy.writestr(item, content)
    return target.getvalue()


def test_a_row_whose_every_paragraph_is_kept_is_kept() -> None:
    lines = dump_docx(markdown_to_docx(NOTED, META, REFERENCE)).splitlines()
    assert lines[-2:] == ["  | Lysekils IF | Lysekil | ↓",
                          "[Normal] Reservation för eventuella felaktigheter."]


def test_a_row_with_one_paragraph_not_kept_is_not() -> None:
    """Word keeps a row with the next only when all its paragraphs are: one kept is not
    enough (a heading kept with its list in one cell, the list's last item not kept)."""
    data = _with_document(markdown_to_docx(NOTED, META, REFERENCE), KEPT, "")
    assert dump_docx(data).splitlines()[-2] == "  | Lysekils IF | Lysekil |"
