"""A `reference.docx` from a template folder is checked before Word styles are read from it.

Template folders are shared, so their Word file is untrusted like their templates: it must
be a Word package of reasonable size, not a damaged file or a zip bomb.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Final

from generator.render.template_sandbox import TemplateProblem

MAX_UNPACKED: Final = 50 * 1024 * 1024
"""Bytes a reference.docx may hold when unpacked."""

MAX_PARTS: Final = 2_000
"""Files a reference.docx may hold."""


def checked_reference(path: Path) -> Path:
    """Return path if it is a usable Word package; raise TemplateProblem saying why not."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
            names = {part.filename for part in parts}
    except (OSError, zipfile.BadZipFile) as exc:
        raise TemplateProblem(_message(path, "är ingen Word-fil (.docx)")) from exc
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise TemplateProblem(_message(path, "är ingen Word-fil (.docx)"))
    if len(parts) > MAX_PARTS or sum(part.file_size for part in parts) > MAX_UNPACKED:
        raise TemplateProblem(_message(path, "är orimligt stor uppackad (över 50 MB)"))
    return path


def _message(path: Path, what: str) -> str:
    """Swedish message naming the Word file and what is wrong with it."""
    return f"formatmallen {path} {what}, spara om den i Word eller ta bort den ur mallmappen"
