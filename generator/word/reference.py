"""Open the reference .docx whose styles a document takes; a broken one is a clear error.

Template folders and profiles are shared, so their Word file is untrusted like their
templates: it must be a Word package of reasonable size, not a damaged file or a zip bomb.

A reference is read once per process and content (the cache is keyed by the file's
bytes themselves, so an edited file is read again; comparing them costs a small part of
what hashing them with SHA-256 for every document did) as python-docx reads it (see `loaded`, and
`docx_route` for the rare package that needs python-docx itself), prepared for use
(body emptied, Hyperlink style, cleaned settings, page frame settings) and kept as a
`Reference`: the package snapshot and style answers every document made from it shares.
"""

from __future__ import annotations

import io
import pathlib
import zipfile
from typing import Final

from generator.problems import BeslutError
from generator.word.defaults import complete
from generator.word.docx_route import load_with_python_docx
from generator.word.loaded import Loaded, MainParts, load_package
from generator.word.prepared import Reference

MAX_UNPACKED: Final = 50 * 1024 * 1024
"""Bytes a reference.docx may hold when unpacked."""

MAX_PARTS: Final = 2_000
"""Files a reference.docx may hold."""

CACHED: Final = 8
"""References kept in memory (a process rarely uses more than one or two)."""

_CACHE: dict[bytes, Reference] = {}  # keyed by the file's bytes


class ReferenceDocxError(BeslutError):
    """A reference .docx (Word styles) that cannot be used."""


def open_reference(reference: pathlib.Path) -> Reference:
    """The prepared reference for a checked file, or ReferenceDocxError naming it.

    A file already prepared (the same bytes) is not checked again; a file larger than any
    reference may unpack to has its zip directory checked before it is read at all.
    """
    try:
        size = reference.stat().st_size
    except OSError as exc:
        raise ReferenceDocxError(_message(reference, "är ingen Word-fil (.docx)")) from exc
    if size > MAX_UNPACKED:
        _check_package(reference, reference)  # reads only the zip directory
    try:
        data = reference.read_bytes()
    except OSError as exc:
        raise ReferenceDocxError(_message(reference, "är ingen Word-fil (.docx)")) from exc
    prepared = _CACHE.get(data)
    if prepared is None:
        _check_package(reference, io.BytesIO(data))  # the bytes read, should the file change
        if len(_CACHE) >= CACHED:
            _CACHE.pop(next(iter(_CACHE)))
        prepared = _CACHE[data] = Reference(*_load(reference, data))
    return prepared


def _load(reference: pathlib.Path, data: bytes) -> tuple[Loaded, MainParts]:
    """The file's parts read as python-docx reads them, with the names of its main parts.

    Read with lxml; a package that reader does not handle exactly like python-docx, and
    any it cannot read, is read by python-docx, which refuses a broken one.
    """
    try:
        loaded = load_package(data)
        return loaded, complete(loaded)
    except Exception:  # python-docx has the last word
        pass
    try:
        return load_with_python_docx(data)
    except Exception as exc:  # python-docx and lxml raise many kinds on a broken part
        raise ReferenceDocxError(_message(reference, "är ingen Word-fil (.docx)")) from exc


def _check_package(path: pathlib.Path, source: pathlib.Path | io.BytesIO) -> None:
    """Refuse a file that is no Word package, or one too large when unpacked."""
    try:
        with zipfile.ZipFile(source) as package:
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
