"""Custom document properties in the package: `docProps/custom.xml` and what points to it.

A document made by `beslut bygg` carries its provenance as custom properties (their names and
XML: `output.provenance`). The part is written with the rest of the package in its one zip
write: the part itself, its override in `[Content_Types].xml` (from its content type) and a
package relationship pointing to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.output.provenance import CONTENT_TYPE, PART, RELTYPE, Properties, custom_xml
from generator.word.opc import Part, Rel


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
