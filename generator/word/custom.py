"""Custom document properties: `docProps/custom.xml`, shown by Word under File → Properties.

A document made by `beslut bygg` carries its provenance here (see `output.provenance`). The
part is written with the rest of the package in its one zip write: the part itself, its
override in `[Content_Types].xml` and a package relationship pointing to it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from lxml import etree  # type: ignore[import-untyped]

from generator.word.opc import Part, Rel, serialize

PART: Final = "/docProps/custom.xml"
CONTENT_TYPE: Final = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
RELTYPE: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID: Final = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

Properties = tuple[tuple[str, str], ...]
"""Text properties as (name, value), in the order they are written."""


def custom_xml(properties: Properties) -> bytes:
    """The custom-properties part: one text property each, in the given order."""
    root = etree.Element(f"{{{NS}}}Properties", nsmap={None: NS, "vt": _VT_NS})
    for pid, (name, value) in enumerate(properties, start=2):
        prop = etree.SubElement(root, f"{{{NS}}}property", fmtid=_FMTID, pid=str(pid), name=name)
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    return serialize(root)


def with_custom_part(package_rels: Sequence[Rel], parts: dict[str, Part],
                     properties: Properties) -> tuple[tuple[Rel, ...], dict[str, Part]]:
    """The package's relationships and the parts that carry these properties.

    A reference that has custom properties of its own has them replaced; otherwise the part
    is added under its usual name with a relationship of the first free id.
    """
    rels = tuple(package_rels)
    if not properties:
        return rels, {}
    existing = next((rel.part for rel in rels if rel.reltype == RELTYPE and rel.part), None)
    if existing is not None:
        old = parts[existing]
        return rels, {existing: Part(existing, old.content_type, custom_xml(properties),
                                     old.rels)}
    ids = {rel.rid for rel in rels}
    rid = next(f"rId{n}" for n in range(1, len(ids) + 2) if f"rId{n}" not in ids)
    rel = Rel(rid, RELTYPE, PART[1:], PART)
    return (*rels, rel), {PART: Part(PART, CONTENT_TYPE, custom_xml(properties))}
