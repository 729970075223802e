"""Run the checks over files and folders."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Final

from generator.inspect.docx_checks import check_docx
from generator.inspect.findings import Finding
from generator.inspect.pdf_checks import check_pdf

SUFFIXES: Final = (".docx", ".pdf")


def files_to_check(paths: Iterable[Path]) -> list[Path]:
    """The .docx and .pdf files named, and those in the folders named, sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES
                                and not p.name.startswith("~$")))
        else:
            found.append(path)
    return found


def check_file(path: Path) -> list[Finding]:
    """The findings of one .docx or .pdf file."""
    if path.suffix.lower() == ".pdf":
        return check_pdf(path, str(path))
    return check_docx(path, str(path))
