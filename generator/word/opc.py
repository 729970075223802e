"""The package (OPC) around the Word parts: relationships, part order and content types.

A snapshot of the reference package is taken once (see `prepared`); each document
only adds relationships and parts to it (see `draft`). The rules are python-docx's, so
the bytes are the ones its `save` wrote: new part names take the first free number,
parts are written in depth-first order of the relationships, each followed by its own
relationships, and content types are defaults by extension or overrides by part name.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Sequence
from typing import Any, Final, NamedTuple

from lxml import etree  # type: ignore[import-untyped]

_RELATIONSHIPS_NS: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS: Final = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL: Final = f"{{{_RELATIONSHIPS_NS}}}Relationship"
_DEFAULT: Final = f"{{{_TYPES_NS}}}Default"
_OVERRIDE: Final = f"{{{_TYPES_NS}}}Override"
_ALWAYS_DEFAULT: Final = {
    "rels": "application/vnd.openxmlformats-package.relationships+xml",
    "xml": "application/xml",
}


class Rel(NamedTuple):
    """One relationship: to a part (`part` is its name) or to an external address."""

    rid: str
    reltype: str
    target: str  # as written in the .rels file
    part: str | None = None  # the target part's name, None when external


class Part(NamedTuple):
    """One part of the package: name ("/word/styles.xml"), content type, bytes, relationships."""

    name: str
    content_type: str
    blob: bytes
    rels: tuple[Rel, ...] = ()


def serialize(element: Any) -> bytes:
    """A part's XML as python-docx writes it (UTF-8, standalone declaration)."""
    data: bytes = etree.tostring(element, encoding="UTF-8", standalone=True)
    return data


def next_partname(template: str, names: Iterable[str]) -> str:
    """The first free part name of `template` ("/word/header%d.xml"), numbered from 1."""
    taken = set(names)
    return next(template % n for n in range(1, len(taken) + 2) if template % n not in taken)


def relative_target(partname: str, source: str) -> str:
    """A part's name relative to the folder of the part `source` that points to it."""
    base = posixpath.dirname(source)
    return partname[1:] if base == "/" else posixpath.relpath(partname, base)


def rels_name(partname: str) -> str:
    """The name of a part's relationships item, "/word/_rels/document.xml.rels"."""
    folder, filename = posixpath.split(partname)
    return posixpath.join(folder, "_rels", f"{filename}.rels")


def rels_xml(rels: Iterable[Rel]) -> bytes:
    """The .rels item for `rels`, in their order."""
    root = etree.Element(f"{{{_RELATIONSHIPS_NS}}}Relationships", nsmap={None: _RELATIONSHIPS_NS})
    for rel in rels:
        element = etree.SubElement(root, _REL)
        element.set("Id", rel.rid)
        element.set("Type", rel.reltype)
        element.set("Target", rel.target)
        if rel.part is None:
            element.set("TargetMode", "External")
    return serialize(root)


def part_order(package_rels: Sequence[Rel], parts: dict[str, Part]) -> list[Part]:
    """The parts reachable from the package, depth first in relationship order."""
    visited: set[str] = set()
    order: list[Part] = []

    def walk(rels: Sequence[Rel]) -> None:
        for rel in rels:
            if rel.part is None or rel.part in visited:
                continue
            visited.add(rel.part)
            part = parts[rel.part]
            order.append(part)
            walk(part.rels)

    walk(package_rels)
    return order


def content_types_xml(types: Iterable[tuple[str, str]],
                      defaults: frozenset[tuple[str, str]]) -> bytes:
    """[Content_Types].xml for parts' (name, content type): a default per known extension,
    an override for the rest."""
    by_extension = dict(_ALWAYS_DEFAULT)
    overrides: dict[str, str] = {}
    for name, content_type in types:
        extension = posixpath.splitext(name)[1].removeprefix(".")
        if (extension.lower(), content_type) in defaults:
            by_extension[extension.lower()] = content_type
        else:
            overrides[name] = content_type
    root = etree.Element(f"{{{_TYPES_NS}}}Types", nsmap={None: _TYPES_NS})
    for extension in sorted(by_extension):
        element = etree.SubElement(root, _DEFAULT)
        element.set("Extension", extension)
        element.set("ContentType", by_extension[extension])
    for name in sorted(overrides):
        element = etree.SubElement(root, _OVERRIDE)
        element.set("PartName", name)
        element.set("ContentType", overrides[name])
    return serialize(root)
