"""A reference .docx prepared once and shared by every document made from it.

The python-docx Document of the reference is changed only while preparing: the
Hyperlink style is added when missing, settings and core properties made to exist, the
first page given its own header and the top margin room for the running header (and,
per document language, every language in styles and settings set to it). Then its
package is taken as a snapshot of parts (`opc.Part`), and each document adds its own
body, relationships and parts to that snapshot (see `draft` and `document`).
"""

from __future__ import annotations

import copy
import functools
import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final

from lxml import etree  # type: ignore[import-untyped]

from generator.word.opc import Part, Rel, serialize
from generator.word.oxml import PARSER, XmlNode, clear, qn
from generator.word.package import clean_settings
from generator.word.section import prepare_section
from generator.word.styles import StyleBook, set_language

SETTINGS_TYPE: Final = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings")
SLOTS: Final = (("header", "first"), ("header", "default"),
                ("footer", "first"), ("footer", "default"))
"""The headers and footers a document fills, in the order python-docx made them."""


@dataclass(frozen=True)
class Slot:
    """A header or footer of the section and the reference part it already has, if any."""

    kind: str  # "header" or "footer"
    type: str  # "first" or "default"
    part: str | None


class Reference:
    """The prepared reference: package snapshot, styles, page frame and empty document."""

    def __init__(self, document: Any) -> None:
        had_settings = any(rel.reltype == SETTINGS_TYPE for rel in document.part.rels.values())
        self.styles = StyleBook(document)
        clean_settings(document)
        self.core: XmlNode = document.core_properties._element
        self._document = document
        self._variants: dict[str, dict[str, Part]] = {}
        self._lock = threading.Lock()
        self._take_page_frame(document)
        self._take_package(document.part.package, had_settings)

    def _take_page_frame(self, document: Any) -> None:
        """Headers and footers to fill, the prepared section and the emptied body."""
        self.slots = tuple(_slot(document, kind, type_) for kind, type_ in SLOTS)
        self.frames = {slot: header_template(slot.kind, _slot_element(document, slot))
                       for slot in self.slots}
        prepare_section(document.sections[-1])
        self.document_name = str(document.part.partname)
        self.empty_document = _empty_document(document)

    def _take_package(self, package: Any, had_settings: bool) -> None:
        """The parts and relationships as python-docx would save them."""
        self.part_names = {"styles": _name(self._document.part._styles_part),
                           "settings": _name(self._document.part._settings_part),
                           "core": _name(package._core_properties_part)}
        in_language = {self.part_names["styles"], self.part_names["settings"]}
        self.parts = {str(part.partname): _snapshot(part, str(part.partname) in in_language)
                      for part in package.iter_parts()}
        self.package_rels = _rels(package.rels)
        self.package_rels_xml: bytes = package.rels.xml
        self.rels_items: dict[str, bytes] = {str(part.partname): part.rels.xml
                                             for part in package.iter_parts() if len(part.rels)}
        self.default_types = _default_types()
        rels = self.parts[self.document_name].rels
        late = () if had_settings else tuple(r for r in rels if r.reltype == SETTINGS_TYPE)
        self.document_rels = tuple(rel for rel in rels if rel not in late)
        self.late_rels = late
        self.images = {part.sha1: (str(part.partname), part.image.filename)
                       for part in package.image_parts}

    @functools.cached_property
    def text_width(self) -> int:
        """The width between the page margins of the last section, in twips."""
        from docx.shared import Length

        section = self._document.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        return int(Length(width).twips)

    @property
    def numbering(self) -> XmlNode:
        """The reference's numbering element (python-docx's; copy it before changing)."""
        element: XmlNode = self._document.part.numbering_part.element
        return element

    @functools.cached_property
    def numbering_name(self) -> str:
        """The part name of the numbering definitions."""
        return str(self._document.part.numbering_part.partname)

    def in_language(self, language: str) -> dict[str, Part]:
        """The styles and settings parts with `language` as the language of all text.

        Setting the language is idempotent (it overwrites every language that is set), so
        the shared elements are changed in place, under a lock, instead of copied.
        """
        with self._lock:
            if language not in self._variants:
                styles = self._document.styles.element
                set_language(styles, language)
                settings = self._document.settings.element
                theme_lang = settings.find(qn("w:themeFontLang"))
                if theme_lang is not None:
                    theme_lang.set(qn("w:val"), language)
                self._variants[language] = {
                    part.name: Part(part.name, part.content_type, serialize(element), part.rels)
                    for part, element in ((self.parts[self.part_names["styles"]], styles),
                                          (self.parts[self.part_names["settings"]], settings))}
            return self._variants[language]


def _default_types() -> frozenset[tuple[str, str]]:
    """The (extension, content type) pairs python-docx writes as defaults."""
    from docx.opc.spec import default_content_types

    return frozenset(default_content_types)


def _name(part: Any) -> str:
    return str(part.partname)


def _slot(document: Any, kind: str, type_: str) -> Slot:
    """Which part the section's `kind` of `type_` uses in the reference, if any."""
    section = document.sections[-1]._sectPr
    found = section.findall(qn(f"w:{kind}Reference"))
    ref = next((node for node in found if node.get(qn("w:type")) == type_), None)
    if ref is None:
        return Slot(kind, type_, None)
    return Slot(kind, type_, str(document.part.related_parts[ref.get(qn("r:id"))].partname))


def _slot_element(document: Any, slot: Slot) -> XmlNode | None:
    """The reference's own header or footer element of `slot`, if it has one."""
    if slot.part is None:
        return None
    part = next(part for part in document.part.package.iter_parts()
                if str(part.partname) == slot.part)
    element: XmlNode = part.element
    return element


def _snapshot(part: Any, replaced: bool) -> Part:
    """A part as it would be saved (its bytes left out when every document replaces them)."""
    return Part(str(part.partname), part.content_type, b"" if replaced else part.blob,
                _rels(part.rels))


def _rels(rels: Any) -> tuple[Rel, ...]:
    return tuple(Rel(rel.rId, rel.reltype, rel.target_ref,
                     None if rel.is_external else str(rel.target_part.partname))
                 for rel in rels.values())


def _empty_document(document: Any) -> XmlNode:
    """The document element with an empty body (its section properties kept)."""
    root: XmlNode = etree.fromstring(document.part.blob, PARSER)
    body = root.find(qn("w:body"))
    if body is not None:
        clear(body, keep=("w:sectPr",))
    return root


def header_template(kind: str, existing: XmlNode | None) -> XmlNode:
    """An empty header or footer element: the reference's own, or python-docx's new one."""
    if existing is None:
        template = resources.files("docx") / "templates" / f"default-{kind}.xml"
        existing = etree.fromstring(template.read_bytes(), PARSER)
    root = copy.deepcopy(existing)
    clear(root)
    return root
