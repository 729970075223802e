"""Provenance in a .docx: which case made it, from which templates, by which beslut.

The facts are custom document properties (`docProps/custom.xml`, shown by Word under
File → Properties → Custom), written by the Word writer in its one zip write (see
`word.custom`; `beslut bygg` passes them in `DocxMeta.properties`). This module names
them and reads them back for `beslut ursprung`.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from generator.word.custom import NS, PART

CASE = "Beslut ärende"
CASE_HASH = "Beslut ärendets SHA-256"
TEMPLATES_HASH = "Beslut mallarnas SHA-256"
VERSION = "Beslut version"


class NotADocx(ValueError):
    """The file is not a Word document beslut can read."""


def read_properties(path: Path) -> dict[str, str]:
    """Read a .docx's custom properties; raise NotADocx if it is not a readable .docx."""
    try:
        with zipfile.ZipFile(path) as package:
            if PART[1:] not in package.namelist():
                return {}
            root = etree.fromstring(package.read(PART[1:]))
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError) as exc:
        raise NotADocx(str(path)) from exc
    return {
        str(prop.get("name")): "".join(prop.itertext())
        for prop in root.iter(f"{{{NS}}}property")
    }
