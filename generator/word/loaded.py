"""A reference .docx read into its parts, as python-docx reads a package, without python-docx.

Parts are found by walking the relationships depth first from the package's, each part
once; a part's content type is its override, else the default of its extension. The
parts python-docx keeps as XML (document, styles, settings, numbering, headers, footers,
comments, core properties) are parsed with python-docx's parser, so they serialize to
the bytes its `save` wrote; the others keep their bytes. A package this reader does not
handle exactly like python-docx (duplicate ids, images, several sections, a style or
part missing that python-docx would add) is `Unusual`: python-docx then reads it (see
`docx_route`).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from lxml import etree  # type: ignore[import-untyped]

from generator.word.opc import Rel, relative_target, rels_name, serialize
from generator.word.oxml import PARSER, XmlNode

_CT: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_RT: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT: Final = _RT + "officeDocument"
IMAGE: Final = _RT + "image"
DOCUMENT_TYPE: Final = _CT + "document.main+xml"
XML_TYPES: Final = frozenset({
    "application/vnd.openxmlformats-package.core-properties+xml", _CT + "comments+xml",
    DOCUMENT_TYPE, _CT + "footer+xml", _CT + "header+xml", _CT + "numbering+xml",
    _CT + "settings+xml", _CT + "styles+xml"})
"""The content types python-docx parses (its custom part classes)."""

_TYPES_NS: Final = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELS_NS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class Unusual(Exception):
    """A package this reader does not read exactly as python-docx would."""


@dataclass
class LoadedPart:
    """One part: its XML element (parts python-docx parses) or its bytes, and its rels."""

    name: str
    content_type: str
    element: XmlNode | None
    raw: bytes
    rels: dict[str, Rel] = field(default_factory=dict)

    @property
    def blob(self) -> bytes:
        """The bytes python-docx would save for this part."""
        return serialize(self.element) if self.element is not None else self.raw


@dataclass
class Loaded:
    """The parts of a package in python-docx's order, its relationships and images."""

    parts: dict[str, LoadedPart]
    package_rels: dict[str, Rel]
    document: str = ""
    images: dict[str, tuple[str, str]] = field(default_factory=dict)
    had_settings: bool = True


class MainParts(NamedTuple):
    """The names of the parts a reference is prepared from (numbering may be missing)."""

    styles: str
    settings: str
    core: str
    numbering: str | None


def load_package(data: bytes) -> Loaded:
    """The package in `data`, or Unusual (or any error) when python-docx must read it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = _content_types(archive.read("[Content_Types].xml"))
        package_rels = _read_rels(archive, "/")
        parts: dict[str, LoadedPart] = {}
        _walk(archive, types, package_rels, parts)
    return Loaded(parts, package_rels, _document_name(package_rels, parts))


def _walk(archive: zipfile.ZipFile, types: dict[tuple[str, str], str],
          rels: dict[str, Rel], parts: dict[str, LoadedPart]) -> None:
    """Read the parts `rels` lead to, depth first, each part once."""
    for rel in rels.values():
        if rel.part is None or rel.part in parts:
            continue
        if rel.reltype == IMAGE:
            raise Unusual("image")  # python-docx names it from its header
        content_type = _content_type(types, rel.part)
        raw = archive.read(rel.part[1:])
        element = etree.fromstring(raw, PARSER) if content_type in XML_TYPES else None
        parts[rel.part] = part = LoadedPart(rel.part, content_type, element, raw)
        part.rels = _read_rels(archive, rel.part)
        _walk(archive, types, part.rels, parts)


def _content_types(xml: bytes) -> dict[tuple[str, str], str]:
    """("override", lowercased part name) and ("default", lowercased extension) to types."""
    root = etree.fromstring(xml, PARSER)
    found = {("default", node.get("Extension").lower()): node.get("ContentType")
             for node in root.findall(f"{_TYPES_NS}Default")}
    found.update({("override", node.get("PartName").lower()): node.get("ContentType")
                  for node in root.findall(f"{_TYPES_NS}Override")})
    if any(key[0] == "override" and not key[1].startswith("/") for key in found):
        raise Unusual("a part name without a leading slash")  # python-docx refuses it
    return found


def _content_type(types: dict[tuple[str, str], str], partname: str) -> str:
    extension = posixpath.splitext(partname)[1].removeprefix(".")
    found = types.get(("override", partname.lower())) or types.get(("default", extension.lower()))
    if found is None:
        raise Unusual(f"no content type for {partname}")
    return found


def _read_rels(archive: zipfile.ZipFile, source: str) -> dict[str, Rel]:
    """The relationships of part `source` ("/" for the package), targets as python-docx
    rewrites them (relative to the source's folder)."""
    name = "/_rels/.rels" if source == "/" else rels_name(source)
    try:
        xml = archive.read(name[1:])
    except KeyError:
        return {}
    base = posixpath.split(source)[0]
    rels: dict[str, Rel] = {}
    for node in etree.fromstring(xml, PARSER).findall(f"{_RELS_NS}Relationship"):
        rid, reltype, target = node.get("Id"), node.get("Type"), node.get("Target")
        if rid in rels:
            raise Unusual("duplicate relationship id")
        if node.get("TargetMode") == "External":
            rels[rid] = Rel(rid, reltype, target)
        else:
            partname = posixpath.abspath(posixpath.join(base, target))
            rels[rid] = Rel(rid, reltype, relative_target(partname, source), partname)
    return rels


def _document_name(package_rels: dict[str, Rel], parts: dict[str, LoadedPart]) -> str:
    """The main document part, which must be a Word document's."""
    found = [rel.part for rel in package_rels.values() if rel.reltype == OFFICE_DOCUMENT]
    if len(found) != 1 or found[0] is None or parts[found[0]].content_type != DOCUMENT_TYPE:
        raise Unusual("no Word document")
    return found[0]


def related(part_rels: dict[str, Rel], reltype: str) -> list[str]:
    """The names of the parts related by `reltype`."""
    return [rel.part for rel in part_rels.values()
            if rel.reltype == reltype and rel.part is not None]


def next_rid(rels: dict[str, Rel]) -> str:
    """The first "rIdN" not in `rels`, as python-docx numbers a new relationship."""
    return next(f"rId{n}" for n in range(1, len(rels) + 2) if f"rId{n}" not in rels)
