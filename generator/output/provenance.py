"""Provenance in a .docx: which case made it, from which templates, by which beslut.

The facts are written as custom document properties (`docProps/custom.xml`, shown by Word
under File → Properties → Custom) by rewriting the finished zip: the part is added, with
its content type and its package relationship. Members keep their order and fixed times,
so the result is as reproducible as its input.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Mapping
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

CUSTOM_PART = "docProps/custom.xml"
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # the zip format's local file header

CASE = "Beslut ärende"
CASE_HASH = "Beslut ärendets SHA-256"
TEMPLATES_HASH = "Beslut mallarnas SHA-256"
VERSION = "Beslut version"


class NotADocx(ValueError):
    """The file is not a Word document beslut can read."""


def with_properties(docx: bytes, properties: Mapping[str, str]) -> bytes:
    """Return the .docx with these custom properties (replacing any it had).

    Members that do not change are copied still compressed, so the cost does not grow with
    the document.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "[Content_Types].xml":
                _write(target, info.filename, _with_content_type(source.read(info)))
            elif info.filename == "_rels/.rels":
                _write(target, info.filename, _with_relationship(source.read(info)))
            elif info.filename != CUSTOM_PART:
                _copy_compressed(source, info, target)
        _write(target, CUSTOM_PART, _custom_xml(properties))
    return out.getvalue()


def _copy_compressed(source: zipfile.ZipFile, info: zipfile.ZipInfo,
                     target: zipfile.ZipFile) -> None:
    """Copy one member's compressed bytes as they are, with fixed time and attributes.

    zipfile has no public call for this; it uses the member header it documents
    (`ZipInfo.FileHeader`) and the archive's list of members, as `ZipFile.write` does.
    """
    assert source.fp is not None and target.fp is not None
    source.fp.seek(info.header_offset)
    header = source.fp.read(_LOCAL_HEADER.size)
    fields = _LOCAL_HEADER.unpack(header)
    source.fp.seek(fields[-2] + fields[-1], io.SEEK_CUR)
    raw = source.fp.read(info.compress_size)
    copy = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
    copy.compress_type = info.compress_type
    copy.create_system = 0
    copy.external_attr = 0
    copy.CRC, copy.compress_size, copy.file_size = info.CRC, info.compress_size, info.file_size
    copy.header_offset = target.fp.tell()
    target.fp.write(copy.FileHeader())
    target.fp.write(raw)
    target.filelist.append(copy)
    target.NameToInfo[copy.filename] = copy
    target.start_dir = target.fp.tell()
    target._didModify = True  # type: ignore[attr-defined]


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


def _write(target: zipfile.ZipFile, name: str, data: bytes) -> None:
    """Add a member with fixed time and attributes."""
    info = zipfile.ZipInfo(name, date_time=ZIP_TIMESTAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 0
    info.external_attr = 0
    target.writestr(info, data)


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
