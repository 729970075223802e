"""PDF/A-2 for the archive, made from the written .docx files by LibreOffice headless.

One converter process handles every document of a run (LibreOffice converts a list of
files in one start), never one per document; only documents of one name from different
folders (a tree rendered by `beslut skapa`) take one more process each, since LibreOffice
names each PDF by its document in one output folder. The export is tagged PDF/A-2b; language
and title come from the .docx. LibreOffice stamps the time of conversion into the PDF
(document dates, XMP dates, the date inside the sRGB output-intent profile and a
checksum); those are replaced by the document's date (its `created` core property) and
the cross-reference table is rebuilt, so identical inputs give identical PDF bytes.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Final, Protocol

from generator.output.writer import WriteRefused, write_files
from generator.problems import START, Problem

SOFFICE_NAMES: Final = ("soffice", "libreoffice")
TIMEOUT_PER_DOCUMENT: Final = 60
_EXPORT: Final = {
    "SelectPdfVersion": {"type": "long", "value": "2"},
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
}
_PDF_DATE: Final = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})")
_XMP_DATE: Final = re.compile(
    rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)"
)
_ICC: Final = re.compile(
    rb"<</N 3/Length (\d+) 0 R/Filter/FlateDecode>>\s*stream\n(.*?)\nendstream", re.S
)
_ICC_DATE: Final = slice(24, 36)  # dateTimeNumber in the profile header
_CHECKSUM: Final = re.compile(rb"(/DocChecksum /)([0-9A-F]{32})")
_ID: Final = re.compile(rb"(<)([0-9A-F]{32})(?=>)")
_XREF: Final = re.compile(rb"\nxref\n0 (\d+)\n(?:\d{10} \d{5} [nf] ?\r?\n)+")
_OBJECT: Final = re.compile(rb"(?m)^(\d+) 0 obj\b")
_CREATED: Final = re.compile(rb"<dcterms:created[^>]*>(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)")


class PdfUnavailable(Exception):
    """LibreOffice is missing or failed; the message says what to do, in Swedish."""

    @classmethod
    def missing(cls) -> PdfUnavailable:
        """The error for a machine without LibreOffice."""
        return cls(
            "--pdf kräver LibreOffice (kommandot soffice), som inte hittades. Installera det, "
            "till exempel med 'sudo apt-get install libreoffice-writer-nogui', eller kör utan --pdf"
        )


def find_soffice() -> str | None:
    """The LibreOffice command on PATH, if any."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_soffice() -> str:
    """The LibreOffice command, or PdfUnavailable saying how to install it."""
    found = find_soffice()
    if found is None:
        raise PdfUnavailable.missing()
    return found


def convert_to_pdfa(documents: Sequence[Path]) -> dict[Path, bytes]:
    """PDF/A-2 bytes for each .docx in `documents`, from one LibreOffice process (one per
    `_rounds`)."""
    if not documents:
        return {}
    soffice = require_soffice()
    result = {}
    for documents_of_round in _rounds(documents):
        result.update(_converted(soffice, documents_of_round))
    return result


def _rounds(documents: Sequence[Path]) -> list[list[Path]]:
    """The documents in rounds in which no two share a name (in any letter case): the first
    of each name in the first round, the second in the next, and so on."""
    rounds: list[list[Path]] = []
    seen: Counter[str] = Counter()
    for document in documents:
        index = seen[document.stem.casefold()]
        seen[document.stem.casefold()] += 1
        if index == len(rounds):
            rounds.append([])
        rounds[index].append(document)
    return rounds


def _converted(soffice: str, documents: Sequence[Path]) -> dict[Path, bytes]:
    """PDF/A-2 bytes for documents of different names, from one LibreOffice process."""
    with tempfile.TemporaryDirectory(prefix="beslut-pdf-") as work:
        folder = Path(work)
        _run(soffice, documents, folder)
        result = {}
        for document in documents:
            produced = folder / f"{document.stem}.pdf"
            if not produced.is_file():
                raise PdfUnavailable(
                    f"{document}: LibreOffice gjorde ingen PDF av dokumentet, "
                    "öppna det i LibreOffice för att se vad som är fel"
                )
            result[document] = fixed_dates(produced.read_bytes(), document_stamp(document))
    return result


def _run(soffice: str, documents: Sequence[Path], folder: Path) -> None:
    """Convert all documents into `folder` with a private LibreOffice profile."""
    profile = (folder / "profil").as_uri()
    command = [
        soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
        "--convert-to", "pdf:writer_pdf_Export:" + json.dumps(_EXPORT),
        "--outdir", str(folder), *(str(document) for document in documents),
    ]
    try:
        subprocess.run(command, check=True, capture_output=True,
                       timeout=TIMEOUT_PER_DOCUMENT * (len(documents) + 1))
    except (OSError, subprocess.SubprocessError) as exc:
        raise PdfUnavailable(
            f"LibreOffice kunde inte göra PDF ({type(exc).__name__}), "
            "kontrollera att 'soffice --headless' fungerar"
        ) from exc


def document_stamp(document: Path) -> datetime.datetime:
    """The `created` time in a .docx's core properties (the document's date)."""
    with zipfile.ZipFile(document) as package:
        core = package.read("docProps/core.xml")
    match = _CREATED.search(core)
    if match is None:
        return datetime.datetime(2000, 1, 1)
    return datetime.datetime.fromisoformat(match.group(1).decode())


def fixed_dates(pdf: bytes, stamp: datetime.datetime) -> bytes:
    """Replace LibreOffice's conversion time with `stamp`, keeping every byte offset."""
    pdf_date = stamp.strftime("%Y%m%d%H%M%S").encode()
    xmp_date = stamp.strftime("%Y-%m-%dT%H:%M:%S").encode()
    pdf = _PDF_DATE.sub(lambda match: match.group(1) + pdf_date, pdf)
    pdf = _XMP_DATE.sub(lambda match: match.group(1) + xmp_date, pdf)
    pdf = _rebuild_xref(_fixed_profile_date(pdf, stamp))
    return _with_trailer_ids(pdf)


def _with_trailer_ids(pdf: bytes) -> bytes:
    """Derive the trailer's /ID and /DocChecksum from the content instead of the clock."""
    cut = pdf.rfind(b"trailer")
    if cut < 0:
        return pdf
    body, trailer = pdf[:cut], pdf[cut:]
    blank = _CHECKSUM.sub(lambda match: match.group(1) + b"0" * 32,
                          _ID.sub(lambda match: match.group(1) + b"0" * 32, trailer))
    digest = hashlib.md5(body + blank).hexdigest().upper().encode()
    trailer = _ID.sub(lambda match: match.group(1) + digest, blank)
    return body + _CHECKSUM.sub(lambda match: match.group(1) + digest, trailer)


def _fixed_profile_date(pdf: bytes, stamp: datetime.datetime) -> bytes:
    """Set the creation date inside the embedded ICC profile and fix its /Length."""
    match = _ICC.search(pdf)
    if match is None:
        return pdf
    profile = bytearray(zlib.decompress(match.group(2)))
    profile[_ICC_DATE] = struct.pack(">6H", stamp.year, stamp.month, stamp.day,
                                     stamp.hour, stamp.minute, stamp.second)
    packed = zlib.compress(bytes(profile), 9)
    pdf = pdf[:match.start(2)] + packed + pdf[match.end(2):]
    length = re.compile(rb"(?m)^(" + match.group(1) + rb" 0 obj\s*)\d+")
    return length.sub(lambda found: found.group(1) + str(len(packed)).encode(), pdf, count=1)


def _rebuild_xref(pdf: bytes) -> bytes:
    """Rewrite the cross-reference table and startxref for the objects' current offsets."""
    table = _XREF.search(pdf)
    if table is None:
        return pdf
    offsets = {int(found.group(1)): found.start() for found in _OBJECT.finditer(pdf)}
    size = int(table.group(1))
    rows = ["0000000000 65535 f \n"] + [
        f"{offsets[number]:010d} 00000 n \n" if number in offsets else "0000000000 65535 f \n"
        for number in range(1, size)
    ]
    start = table.start() + 1
    pdf = pdf[:start] + f"xref\n0 {size}\n{''.join(rows)}".encode() + pdf[table.end():]
    return re.sub(rb"startxref\n\d+", f"startxref\n{start}".encode(), pdf)


class _RenderResult(Protocol):
    """What the PDF step needs of a case's result in a run."""

    path: str
    problems: list[Problem]
    written: list[Path]


def add_pdfs(results: Sequence[_RenderResult], force: bool = False) -> None:
    """Convert every .docx written in the run to PDF/A in one process and write each PDF
    next to its .docx."""
    documents = [(result, path) for result in results for path in result.written
                 if path.suffix == ".docx"]
    try:
        pdfs = convert_to_pdfa([path for _, path in documents])
    except PdfUnavailable as exc:
        for result, _ in documents:
            result.problems.append(Problem(result.path, START, str(exc)))
        return
    for result, path in documents:
        try:
            result.written += write_files(path.parent, {f"{path.stem}.pdf": pdfs[path]}, force)
        except WriteRefused as exc:
            result.problems.append(Problem(result.path, START, str(exc)))
