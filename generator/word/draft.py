"""One document being written: its body, its relationships and the parts it adds.

Everything that stays as in the reference is shared (see `prepared`); a draft holds
only what this document changes: its own copy of the document element, the document
part's relationships (hyperlinks, logo, headers, with python-docx's ids), the parts it
adds or rewrites, and numbering once a list restarts it. `document` zips the result.
"""

from __future__ import annotations

import copy
import functools
from typing import Any, Final

from generator.word.deferred import DeferredMarkup
from generator.word.landscape import SectionBreaks
from generator.word.opc import Part, Rel, next_partname, relative_target, serialize
from generator.word.oxml import XmlNode, qn
from generator.word.prepared import Reference

_RT: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HYPERLINK_RELATIONSHIP: Final = _RT + "hyperlink"
# The same few targets ("header1.xml", "media/image1.png") recur in every document, and
# `posixpath.relpath` (which asks for the working directory) costs much more than a lookup.
_relative_target: Final = functools.lru_cache(maxsize=64)(relative_target)


class Draft:
    """The document being written from a prepared reference."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self.styles = reference.styles
        self.root: XmlNode = copy.deepcopy(reference.empty_document)
        body = self.root.find(qn("w:body"))
        assert body is not None
        self.body: XmlNode = body
        self.deferred = DeferredMarkup()  # kept as markup (data tables, paragraphs' runs)
        self.breaks = SectionBreaks()  # landscape pages (`::: liggande`)
        self.section = body.find(qn("w:sectPr"))
        if self.section is not None:
            body.remove(self.section)  # written after the blocks
        self.rels: list[Rel] = list(reference.document_rels)
        self.added: dict[str, Part] = {}  # new or rewritten parts by name
        self._numbering: Any = None
        self._links: dict[str, str] = {}
        for rel in reversed(self.rels):  # the first of equal ones wins, as in python-docx
            if rel.reltype == HYPERLINK_RELATIONSHIP and rel.part is None:
                self._links[rel.target] = rel.rid
        self._used = {rel.rid for rel in self.rels}
        self._free = 1  # no id below this one is free

    def hyperlink(self, href: str) -> str:
        """The id of the external relationship to `href`, reused when present."""
        if href not in self._links:
            self._links[href] = self._add(Rel(self._next_rid(), HYPERLINK_RELATIONSHIP, href))
        return self._links[href]

    def relate(self, kind: str, partname: str) -> str:
        """The id of a relationship of `kind` ("header", "image") to a part, reused if present."""
        reltype = _RT + kind
        for rel in self.rels:
            if rel.reltype == reltype and rel.part == partname:
                return rel.rid
        target = _relative_target(partname, self.reference.document_name)
        return self._add(Rel(self._next_rid(), reltype, target, partname))

    def _add(self, rel: Rel) -> str:
        self.rels.append(rel)
        self._used.add(rel.rid)
        return rel.rid

    def _next_rid(self) -> str:
        """The first free "rIdN" (ids are only ever added, so the search resumes)."""
        while f"rId{self._free}" in self._used:
            self._free += 1
        return f"rId{self._free}"

    def new_partname(self, template: str) -> str:
        """The first free name of `template` among all parts ("/word/header%d.xml")."""
        return next_partname(template, [*self.reference.parts, *self.added])

    def add_part(self, part: Part) -> None:
        """Add (or replace) a part of the package."""
        self.added[part.name] = part

    def add_image(self, image: Any) -> tuple[str, str]:
        """The part name and file name of a python-docx Image: the reference's copy if it
        has one (named as python-docx names a stored image), else a new part."""
        if image.sha1 in self.reference.images:
            return self.reference.images[image.sha1]
        media = [name for name in self.added if name.startswith("/word/media/")]
        used = {_image_number(name) for name, _ in self.reference.images.values()}
        used |= {_image_number(name) for name in media}
        number = next(n for n in range(1, len(used) + 2) if n not in used)
        name = f"/word/media/image{number}.{image.ext}"
        self.add_part(Part(name, image.content_type, image.blob))
        return name, image.filename

    @property
    def numbering(self) -> Any:
        """This document's copy of the numbering definitions."""
        if self._numbering is None:
            self._numbering = copy.deepcopy(self.reference.numbering)
        return self._numbering

    def finish(self) -> None:
        """Section properties (at the breaks, and after the blocks), late relationships,
        changed numbering."""
        if self.section is not None:
            self.breaks.close(self.body, self.section)
            self.body.append(self.section)
        for late in self.reference.late_rels:  # python-docx made these after the headers
            self._add(late._replace(rid=self._next_rid()))
        if self._numbering is not None:
            name = self.reference.numbering_name
            old = self.reference.parts[name]
            self.add_part(Part(name, old.content_type, serialize(self._numbering), old.rels))


    def serialized(self) -> bytes:
        """The document part's bytes, deferred elements spliced in."""
        return self.deferred.splice(serialize(self.root))


def _image_number(partname: str) -> int:
    """The number of an image part name ("/word/media/image3.png" -> 3)."""
    stem = partname.rsplit("/", 1)[-1].split(".", 1)[0]
    digits = "".join(character for character in stem if character.isdigit())
    return int(digits) if digits else 0
