"""Provenance in a .docx: which case made it, from which templates, by which beslut.

The facts are written as custom document properties (`docProps/custom.xml`, shown by Word
under File → Properties → Custom) by rewriting the finished zip: the part is added, with
its content type and its package relationship. Members keep their order and fixed times,
so the result is as reproducible as its input. (The Word writer could add the part in its
own single zip write and spare this second pass, which costs about 0.15 ms a document.)
"""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from generator.output.zipparts import Member, deflated, read_members, zip_members

CUSTOM_PART = "docProps/custom.xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

CASE = "Beslut ärende"
CASE_HASH = "Beslut ärendets SHA-256"
TEMPLATES_HASH = "Beslut mallarnas SHA-256"
VERSION = "Beslut version"


class NotADocx(ValueError):
    """The file is not a Word document beslut can read."""


def with_properties(docx: bytes, properties: Mapping[str, str]) -> bytes:
    """Return the .docx with these custom properties (replacing any it had).

    Members that do not change are copied still compressed, so the cost does not grow with
    the document; the two package parts that declare the new part are the same for every
    document made from one reference, so each is rewritten once per process.
    """
    members = [
        _declaring(member.name, member.method, member.crc, member.packed)
        if member.name in _DECLARING else member
        for member in read_members(docx) if member.name != CUSTOM_PART
    ]
    members.append(deflated(CUSTOM_PART, _custom_xml(properties)))
    return zip_members(members)


@functools.lru_cache(maxsize=64)
def _declaring(name: str, method: int, crc: int, packed: bytes) -> Member:
    """`[Content_Types].xml` or `_rels/.rels` rewritten to declare the custom part."""
    data = Member(name, method, crc, 0, packed).content()
    return deflated(name, _DECLARING[name](data))


def read_properties(path: Path) -> dict[str, str]:
    """Read a .docx's custom properties; raise NotADocx if it is not a readable .docx."""
    try:
        with zipfile.ZipFile(path) as package:
            if CUSTOM_PART not in package.namelist():
                return {}
            root = etree.fromstring(package.read(CUSTOM_PART))
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError, KeyError) as exc:
        raise NotADocx(str(path)) from exc
    return {
        str(prop.get("name")): "".join(prop.itertext())
        for prop in root.iter(f"{{{_CUSTOM_NS}}}property")
    }


def _custom_xml(properties: Mapping[str, str]) -> bytes:
    """The custom-properties part, one text property each, in the given order."""
    root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    for pid, (name, value) in enumerate(properties.items(), start=2):
        prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property",
                                fmtid=_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _with_content_type(data: bytes) -> bytes:
    """Declare the custom-properties part in `[Content_Types].xml`."""
    root = etree.fromstring(data)
    part = "/" + CUSTOM_PART
    if not any(o.get("PartName") == part for o in root.iter(f"{{{_CT_NS}}}Override")):
        etree.SubElement(root, f"{{{_CT_NS}}}Override", PartName=part, ContentType=_CUSTOM_TYPE)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _with_relationship(data: bytes) -> bytes:
    """Point the package at the custom-properties part in `_rels/.rels`."""
    root = etree.fromstring(data)
    rels = list(root.iter(f"{{{_REL_NS}}}Relationship"))
    if not any(r.get("Type") == _CUSTOM_REL for r in rels):
        ids = {r.get("Id") for r in rels}
        number = next(n for n in range(len(ids) + 1, 2 * len(ids) + 2) if f"rId{n}" not in ids)
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id=f"rId{number}",
                         Type=_CUSTOM_REL, Target=CUSTOM_PART)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


_DECLARING: dict[str, Callable[[bytes], bytes]] = {
    "[Content_Types].xml": _with_content_type,
    "_rels/.rels": _with_relationship,
}
