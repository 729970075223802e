"""Open the reference .docx whose styles a document takes; a broken one is a clear error.

Template folders and profiles are shared, so their Word file is untrusted like their
templates: it must be a Word package of reasonable size, not a damaged file or a zip bomb.
"""

from __future__ import annotations

import pathlib
import zipfile
from typing import Any, Final

from docx import Document

from generator.problems import BeslutError

MAX_UNPACKED: Final = 50 * 1024 * 1024
"""Bytes a reference.docx may hold when unpacked."""

MAX_PARTS: Final = 2_000
"""Files a reference.docx may hold."""


class ReferenceDocxError(BeslutError):
    """A reference .docx (Word styles) that cannot be used."""


def open_reference(reference: pathlib.Path) -> Any:
    """The python-docx Document of a checked reference file, or ReferenceDocxError naming it."""
    _check_package(reference)
    try:
        return Document(str(reference))
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken part
        raise ReferenceDocxError(_message(reference, "är ingen Word-fil (.docx)")) from exc


def _check_package(path: pathlib.Path) -> None:
    """Refuse a file that is no Word package, or one too large when unpacked."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise ReferenceDocxError(_message(path, "är ingen Word-fil (.docx)")) from exc
    names = {part.filename for part in parts}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise ReferenceDocxError(_message(path, "är ingen Word-fil (.docx)"))
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED:
        raise ReferenceDocxError(_message(path, "är orimligt stor uppackad (över 50 MB)"))


def _message(path: pathlib.Path, what: str) -> str:
    """Swedish message naming the Word file and what is wrong with it."""
    return f"formatmallen {path} {what}, spara om den i Word eller ta bort den ur mallmappen"
