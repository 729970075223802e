"""Provenance in a .docx: which case made it, from which templates, by which beslut.

The facts are custom document properties (`docProps/custom.xml`, shown by Word under
File → Properties → Custom). This module names them, makes their part and reads them back
for `beslut ursprung`; the Word writer puts the part in its one zip write (see
`word.custom`; `beslut bygg` passes the facts in `DocxMeta.properties`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Final

from lxml import etree  # type: ignore[import-untyped]

APPLICATION: Final = "beslut"
"""The application every Word file beslut writes names in docProps/app.xml."""
PART: Final = "/docProps/custom.xml"
CONTENT_TYPE: Final = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
RELTYPE: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_APP_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_FMTID: Final = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

Properties = tuple[tuple[str, str], ...]
"""Text properties as (name, value), in the order they are written."""

CASE = "Beslut ärende"
CASE_HASH = "Beslut ärendets SHA-256"
TEMPLATES_HASH = "Beslut mallarnas SHA-256"
VERSION = "Beslut version"


def custom_xml(properties: Properties) -> bytes:
    """The custom-properties part: one text property each, in the given order."""
    root = etree.Element(f"{{{NS}}}Properties", nsmap={None: NS, "vt": _VT_NS})
    for pid, (name, value) in enumerate(properties, start=2):
        prop = etree.SubElement(root, f"{{{NS}}}property", fmtid=_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    return bytes(etree.tostring(root, encoding="UTF-8", standalone=True))


class NotADocx(ValueError):
    """The file is not a Word document beslut can read."""


def made_by_beslut(path: Path) -> bool:
    """Whether a readable .docx names beslut as its application (docProps/app.xml), as every
    Word file beslut writes does, with or without provenance."""
    try:
        with zipfile.ZipFile(path) as package:
            root = etree.fromstring(package.read("docProps/app.xml"))
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError):
        return False
    names = [element.text or "" for element in root.iter(f"{{{_APP_NS}}}Application")]
    return any(name.split(" ")[0] == APPLICATION for name in names)


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
