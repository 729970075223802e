"""A reference .docx prepared once and shared by every document made from it.

The reference's parts (see `loaded`) are changed only while preparing: settings
cleaned, the first page given its own header and the top margin room for the running
header (and, per document language, every language in styles and settings set to it).
Then they are taken as a snapshot of parts (`opc.Part`), and each document adds its own
body, relationships and parts to that snapshot (see `draft` and `document`).
"""

from __future__ import annotations

import copy
import functools
import threading
from typing import Any, Final, NamedTuple

from lxml import etree  # type: ignore[import-untyped]

from generator.word.defaults import DEFAULT_TYPES, SETTINGS, template
from generator.word.landscape import oriented
from generator.word.loaded import Loaded, LoadedPart, MainParts
from generator.word.opc import Part, rels_xml, serialize
from generator.word.oxml import NAMESPACES, PARSER, XmlNode, clear, qn
from generator.word.package import clean_settings
from generator.word.section import prepare_section, text_height, text_width
from generator.word.styles import StyleBook, set_language

SLOTS: Final = (("header", "first"), ("header", "default"),
                ("footer", "first"), ("footer", "default"))
"""The headers and footers a document fills, in the order python-docx made them."""
_SECTIONS: Final = etree.XPath("./w:body/w:p/w:pPr/w:sectPr | ./w:body/w:sectPr",
                               namespaces=NAMESPACES)
"""The section properties, the last one python-docx's `sections[-1]`."""


class Slot(NamedTuple):
    """A header or footer of the section and the reference part it already has, if any."""

    kind: str  # "header" or "footer"
    type: str  # "first" or "default"
    part: str | None


class Reference:
    """The prepared reference: package snapshot, styles, page frame and empty document."""

    def __init__(self, loaded: Loaded, names: MainParts) -> None:
        self.part_names = {"styles": names.styles, "settings": names.settings,
                           "core": names.core}
        self._styles = _element(loaded, names.styles)
        self._settings = _element(loaded, names.settings)
        self.styles = StyleBook(self._styles)
        clean_settings(self._settings)
        self.core: XmlNode = _element(loaded, names.core)
        self._variants: dict[str, dict[str, Part]] = {}
        self._lock = threading.Lock()
        self._numbering_name = names.numbering
        self._numbering = None if names.numbering is None else _element(loaded, names.numbering)
        self._take_page_frame(loaded)
        self._take_package(loaded)

    def _take_page_frame(self, loaded: Loaded) -> None:
        """Headers and footers to fill, the prepared section and the emptied body."""
        self.document_name = loaded.document
        document = loaded.parts[loaded.document]
        root = document.element
        assert root is not None
        self._section: XmlNode = _SECTIONS(root)[-1]
        self.slots = tuple(self._slot(document, kind, type_) for kind, type_ in SLOTS)
        self.frames = {slot: header_template(slot.kind, _slot_element(loaded, slot))
                       for slot in self.slots}
        prepare_section(self._section)
        self.empty_document = _empty_document(root)

    def _slot(self, document: LoadedPart, kind: str, type_: str) -> Slot:
        """Which part the section's `kind` of `type_` uses in the reference, if any."""
        found = self._section.findall(qn(f"w:{kind}Reference"))
        ref = next((node for node in found if node.get(qn("w:type")) == type_), None)
        if ref is None:
            return Slot(kind, type_, None)
        rid = ref.get(qn("r:id"))
        if rid is None or rid not in document.rels:
            raise KeyError(rid)  # as python-docx's `related_parts`
        return Slot(kind, type_, document.rels[rid].part)

    def _take_package(self, loaded: Loaded) -> None:
        """The parts and relationships as python-docx would save them."""
        in_language = {self.part_names["styles"], self.part_names["settings"]}
        order = _part_order(loaded)
        self.parts = {part.name: _snapshot(part, part.name in in_language) for part in order}
        self.package_rels = tuple(loaded.package_rels.values())
        self.rels_items: dict[str, bytes] = {part.name: rels_xml(part.rels.values())
                                             for part in order if part.rels}
        self.default_types = DEFAULT_TYPES
        rels = self.parts[self.document_name].rels
        late = () if loaded.had_settings else tuple(r for r in rels if r.reltype == SETTINGS)
        self.document_rels = tuple(rel for rel in rels if rel not in late)
        self.late_rels = late
        self.images = loaded.images

    @functools.cached_property
    def text_width(self) -> int:
        """The width between the page margins of the last section, in twips."""
        return text_width(self._section)

    @functools.cached_property
    def landscape_width(self) -> int:
        """The same on a landscape page (the page turned, the margins kept), in twips."""
        return text_width(self._landscape_section)

    @functools.cached_property
    def text_height(self) -> int:
        """The height between the top and bottom margins of the last section, in twips."""
        return text_height(self._section)

    @functools.cached_property
    def landscape_height(self) -> int:
        """The same on a landscape page (lower: the page turned, the margins kept), in twips."""
        return text_height(self._landscape_section)

    @functools.cached_property
    def _landscape_section(self) -> XmlNode:
        """The section's properties with the page turned (a copy)."""
        return oriented(copy.deepcopy(self._section), landscape=True)

    @property
    def numbering(self) -> XmlNode:
        """The reference's numbering element (copy it before changing)."""
        if self._numbering is None:
            raise NotImplementedError  # as python-docx, which cannot make one
        return self._numbering

    @property
    def numbering_name(self) -> str:
        """The part name of the numbering definitions."""
        assert self._numbering_name is not None
        return self._numbering_name

    def in_language(self, language: str) -> dict[str, Part]:
        """The styles and settings parts with `language` as the language of all text.

        Setting the language is idempotent (it overwrites every language that is set), so
        the shared elements are changed in place, under a lock, instead of copied.
        """
        with self._lock:
            if language not in self._variants:
                set_language(self._styles, language)
                theme_lang = self._settings.find(qn("w:themeFontLang"))
                if theme_lang is not None:
                    theme_lang.set(qn("w:val"), language)
                self._variants[language] = {
                    part.name: Part(part.name, part.content_type, serialize(element), part.rels)
                    for part, element in (
                        (self.parts[self.part_names["styles"]], self._styles),
                        (self.parts[self.part_names["settings"]], self._settings))}
            return self._variants[language]


def _element(loaded: Loaded, name: str) -> XmlNode:
    """The XML element of part `name` (one python-docx parses)."""
    element = loaded.parts[name].element
    assert element is not None
    return element


def _slot_element(loaded: Loaded, slot: Slot) -> XmlNode | None:
    """The reference's own header or footer element of `slot`, if it has one."""
    if slot.part is None:
        return None
    element = loaded.parts[slot.part].element
    if element is None:  # python-docx's part of another type has no element
        raise AttributeError(f"{slot.part} is no header or footer")
    return element


def _part_order(loaded: Loaded) -> list[LoadedPart]:
    """The parts in python-docx's order: depth first along the relationships."""
    order: dict[str, LoadedPart] = {}

    def walk(rels: Any) -> None:
        for rel in rels:
            if rel.part is not None and rel.part not in order:
                order[rel.part] = loaded.parts[rel.part]
                walk(order[rel.part].rels.values())

    walk(loaded.package_rels.values())
    return list(order.values())


def _snapshot(part: LoadedPart, replaced: bool) -> Part:
    """A part as it would be saved (its bytes left out when every document replaces them)."""
    return Part(part.name, part.content_type, b"" if replaced else part.blob,
                tuple(part.rels.values()))


def _empty_document(root: XmlNode) -> XmlNode:
    """The document element with an empty body (its section properties kept)."""
    empty: XmlNode = etree.fromstring(serialize(root), PARSER)
    body = empty.find(qn("w:body"))
    if body is not None:
        clear(body, keep=("w:sectPr",))
    return empty


def header_template(kind: str, existing: XmlNode | None) -> XmlNode:
    """An empty header or footer element: the reference's own, or python-docx's new one."""
    root = copy.deepcopy(existing if existing is not None else template(f"default-{kind}.xml"))
    clear(root)
    return root
