"""Open the reference .docx whose styles a document takes; a broken one is a clear error."""

from __future__ import annotations

import pathlib
import zipfile
from typing import Any

from docx import Document

from generator.problems import BeslutError


class ReferenceDocxError(BeslutError):
    """A reference .docx (Word styles) that cannot be opened."""


def open_reference(reference: pathlib.Path) -> Any:
    """The python-docx Document of the reference file, or ReferenceDocxError naming it."""
    try:
        return Document(str(reference))
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReferenceDocxError(
            f"Word-mallen {reference} går inte att läsa ({_reason(exc)}); ersätt den med en "
            "giltig .docx-fil, t.ex. en kopia av templates/reference.docx"
        ) from exc
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken file
        raise ReferenceDocxError(
            f"Word-mallen {reference} är inte en giltig .docx-fil ({_reason(exc)}); ersätt den"
        ) from exc


def _reason(exc: Exception) -> str:
    """A short reason in Swedish for a file that cannot be opened."""
    if isinstance(exc, zipfile.BadZipFile):
        return "inte en zip-fil"
    if isinstance(exc, FileNotFoundError):
        return "filen finns inte"
    if isinstance(exc, PermissionError):
        return "behörighet saknas"
    if isinstance(exc, KeyError):
        return "en del av dokumentet saknas"
    return "filen är skadad"
