"""Small WordprocessingML helpers on plain lxml elements.

`XmlNode` describes the part of the lxml element API this project uses, so the rest of
the Word code is type-checked even though lxml ships no type information. Elements are
built directly with lxml, qualified names computed once, which is many times faster
than going through python-docx's element classes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final, Protocol

from lxml import etree  # type: ignore[import-untyped]

SOFT_HYPHEN = "\u00ad"  # written as `w:softHyphen`
NO_BREAK_HYPHEN = "\u2011"  # written as `w:noBreakHyphen`
NAMESPACES: Final = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "xml": "http://www.w3.org/XML/1998/namespace",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
PARSER: Final = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
"""Parses parts as python-docx does, so that they serialize to the same bytes."""


class XmlNode(Protocol):
    """The subset of `lxml.etree._Element` used here."""

    text: str | None

    @property
    def tag(self) -> str: ...

    def __iter__(self) -> Iterator[XmlNode]: ...

    def __len__(self) -> int: ...

    def append(self, element: XmlNode, /) -> None: ...

    def insert(self, index: int, element: XmlNode, /) -> None: ...

    def remove(self, element: XmlNode, /) -> None: ...

    def index(self, element: XmlNode, /) -> int: ...

    def get(self, key: str, default: None = None, /) -> str | None: ...

    def set(self, key: str, value: str, /) -> None: ...

    def find(self, path: str, /) -> XmlNode | None: ...

    def findall(self, path: str, /) -> list[XmlNode]: ...

    def iter(self, tag: str = ..., /) -> Iterator[XmlNode]: ...


class Relations(Protocol):
    """The relationships of the part (document or header) a paragraph belongs to."""

    def hyperlink(self, href: str) -> str:
        """The relationship id of an external hyperlink to `href`."""
        ...


_EMU_PER_UNIT: Final = {"mm": 36000, "cm": 360000, "in": 914400, "pt": 12700, "pc": 152400,
                        "pi": 152400}


def universal_measure(value: str) -> int:
    """A measure with its unit ("2.5cm", "11pt") in EMU, as python-docx reads one."""
    return round(float(value[:-2]) * _EMU_PER_UNIT[value[-2:]])


@functools.cache
def qn(tag: str) -> str:
    """Clark notation for a prefixed name, e.g. `w:p` -> `{http://...}p`."""
    prefix, _, local = tag.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"




def make(tag: str, attributes: Mapping[str, str] | None = None) -> XmlNode:
    """A new element `tag` with prefixed `attributes` (e.g. {"w:val": "sv-SE"}).

    A copy of the one empty element made for each tag (see `_prototype`): lxml copies an
    element without checking its name or reading a namespace map, for a third of the
    instructions of a new one.
    """
    element: Any = _prototype(tag).__copy__()
    for key, value in (attributes or {}).items():
        element.set(qn(key), value)
    node: XmlNode = element
    return node


def add(parent: XmlNode, tag: str, attributes: Mapping[str, str] | None = None) -> XmlNode:
    """A new element `tag` appended to `parent`, with prefixed `attributes`.

    As `make`, a copy; its `attributes` are set once it is appended, in the scope of the
    parent's namespaces, as `etree.SubElement` sets them (and where the parent's scope
    declares the tag's prefix, the copy's own declaration of it is dropped).
    """
    node: Any = _prototype(tag).__copy__()
    parent.append(node)
    for key, value in (attributes or {}).items():
        node.set(qn(key), value)
    element: XmlNode = node
    return element


def add_copy(parent: XmlNode, element: XmlNode) -> XmlNode:
    """A copy of `element` (made by `make`, with what it holds) appended to `parent`, as
    `add` appends its copies."""
    node: Any = cast_element(element).__copy__()
    parent.append(node)
    copied: XmlNode = node
    return copied


@functools.cache
def _prototype(tag: str) -> Any:
    """An empty element `tag` that declares its prefix, copied by `make` and `add`."""
    prefix = tag.partition(":")[0]
    return etree.Element(qn(tag), nsmap={prefix: NAMESPACES[prefix]})


def cast_element(node: XmlNode) -> Any:
    """The lxml element behind `node` (for lxml functions outside the protocol)."""
    return node


def child(parent: XmlNode, tag: str, successors: Sequence[str] = (),
          *, first: bool = False) -> XmlNode:
    """The `tag` child of `parent`, created in schema order when missing.

    A new child goes before the first existing child named in `successors`, at the
    front when `first` is set, and at the end otherwise.
    """
    existing: XmlNode | None = next(cast_element(parent).iterchildren(qn(tag)), None)
    if existing is not None:  # (a walk of the children: `find` parses its path first)
        return existing
    element = make(tag)
    later = _clark_names(tuple(successors))
    for index, sibling in enumerate(parent):
        if sibling.tag in later:
            parent.insert(index, element)
            return element
    if first:
        parent.insert(0, element)
    else:
        parent.append(element)
    return element


@functools.lru_cache(maxsize=64)
def _clark_names(names: tuple[str, ...]) -> frozenset[str]:
    """The prefixed `names` in Clark notation (made once for each of the few lists of
    successors there are: a paragraph's properties number some thirty)."""
    return frozenset(map(qn, names))


def clear(parent: XmlNode, keep: Sequence[str] = ()) -> None:
    """Remove every child of `parent` except those named in `keep`."""
    kept = {qn(name) for name in keep}
    for element in list(parent):
        if element.tag not in kept:
            parent.remove(element)


_PARAGRAPH_PROPERTIES: Final = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)


def paragraph_property(paragraph: XmlNode, tag: str) -> XmlNode:
    """The `tag` child of the paragraph's `w:pPr`, both created in schema order if missing."""
    properties = child(paragraph, "w:pPr", first=True)
    return child(properties, tag, _properties_after(tag))


@functools.lru_cache(maxsize=64)
def _properties_after(tag: str) -> tuple[str, ...]:
    """The paragraph properties that come after `tag` in schema order."""
    return _PARAGRAPH_PROPERTIES[_PARAGRAPH_PROPERTIES.index(tag) + 1:]
