"""Accessibility and archive checks of a PDF: tagged, language, title, PDF/A declaration."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Final

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from generator.inspect.findings import Finding

_PDFA_PART: Final = re.compile(r"pdfaid:part(?:>|=\")\s*(\d)")


def check_pdf(path: Path, shown: str) -> list[Finding]:
    """Every finding in the PDF at `path`, reported under the name `shown`."""
    try:
        reader = PdfReader(path)
        root: Any = reader.trailer["/Root"]
        metadata = reader.metadata
        xmp = reader.xmp_metadata
        xmp_text = xmp.stream.get_data().decode("utf-8", "replace") if xmp else ""
    except (PdfReadError, OSError, KeyError, ValueError):
        return [Finding(shown, "filen", "går inte att läsa som PDF, skapa den på nytt")]
    found = []
    mark_info = root.get("/MarkInfo")
    tagged = mark_info is not None and bool(mark_info.get("/Marked")) and "/StructTreeRoot" in root
    if not tagged:
        found.append(Finding(shown, "dokumentet",
                             "PDF-filen är inte taggad, exportera den med taggar (taggad PDF)"))
    if not str(root.get("/Lang", "")).strip():
        found.append(Finding(shown, "dokumentet",
                             "PDF-filen saknar språk, ange svenska (sv-SE) i källdokumentet"))
    if not (metadata is not None and (metadata.title or "").strip()):
        found.append(Finding(shown, "dokumentegenskaper",
                             "PDF-filen saknar titel, ange en i källdokumentets egenskaper"))
    part = _PDFA_PART.search(xmp_text)
    if part is None:
        found.append(Finding(shown, "metadata",
                             "PDF-filen är inte deklarerad som PDF/A, exportera som PDF/A-2"))
    return found
