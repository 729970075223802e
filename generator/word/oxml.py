"""Small WordprocessingML helpers on top of python-docx's (untyped) lxml elements.

`XmlNode` describes the part of the lxml element API this project uses, so the rest of
the Word code is type-checked even though python-docx ships no type information.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn as _qn

from generator.word.span import Span

SOFT_HYPHEN = "\u00ad"  # written as `w:softHyphen`


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


class DocxPart(Protocol):
    """The part (document or header) that owns relationships such as hyperlinks."""

    def relate_to(self, target: str, reltype: str, is_external: bool = False) -> str: ...


def qn(tag: str) -> str:
    """Clark notation for a prefixed name, e.g. `w:p` -> `{http://...}p`."""
    return str(_qn(tag))


def make(tag: str, attributes: Mapping[str, str] | None = None) -> XmlNode:
    """A new element `tag` with prefixed `attributes` (e.g. {"w:val": "sv-SE"})."""
    element: Any = OxmlElement(tag)
    for key, value in (attributes or {}).items():
        element.set(qn(key), value)
    node: XmlNode = element
    return node


def child(parent: XmlNode, tag: str, successors: Sequence[str] = (),
          *, first: bool = False) -> XmlNode:
    """The `tag` child of `parent`, created in schema order when missing.

    A new child goes before the first existing child named in `successors`, at the
    front when `first` is set, and at the end otherwise.
    """
    existing = parent.find(qn(tag))
    if existing is not None:
        return existing
    element = make(tag)
    later = {qn(name) for name in successors}
    for index, sibling in enumerate(parent):
        if sibling.tag in later:
            parent.insert(index, element)
            return element
    if first:
        parent.insert(0, element)
    else:
        parent.append(element)
    return element


def clear(parent: XmlNode, keep: Sequence[str] = ()) -> None:
    """Remove every child of `parent` except those named in `keep`."""
    kept = {qn(name) for name in keep}
    for element in list(parent):
        if element.tag not in kept:
            parent.remove(element)


def append_spans(paragraph: XmlNode, spans: Sequence[Span], part: DocxPart,
                 link_style: str | None) -> None:
    """Append runs for `spans` to a `w:p`; spans with an href go into `w:hyperlink`."""
    link: XmlNode | None = None
    link_href: str | None = None
    for span in spans:
        if span.href is None:
            link, link_href = None, None
            paragraph.append(text_run(span))
            continue
        if link is None or link_href != span.href:
            link, link_href = _hyperlink(span.href, part), span.href
            paragraph.append(link)
        link.append(text_run(span, style_id=link_style))


def text_run(span: Span, *, style_id: str | None = None) -> XmlNode:
    """A `w:r` holding the span's text (or a line break) with its formatting."""
    run = make("w:r")
    if style_id or span.bold or span.italic:
        properties = make("w:rPr")
        if style_id:
            properties.append(make("w:rStyle", {"w:val": style_id}))
        if span.bold:
            properties.append(make("w:b"))
        if span.italic:
            properties.append(make("w:i"))
        run.append(properties)
    if span.line_break:
        run.append(make("w:br"))
        return run
    for number, piece in enumerate(span.text.split(SOFT_HYPHEN)):
        if number:
            run.append(make("w:softHyphen"))
        if piece:
            text = make("w:t", {"xml:space": "preserve"})
            text.text = piece
            run.append(text)
    return run


def _hyperlink(href: str, part: DocxPart) -> XmlNode:
    """A `w:hyperlink` to an external address (or a bookmark for `#anchor`)."""
    if href.startswith("#"):
        return make("w:hyperlink", {"w:anchor": href[1:], "w:history": "1"})
    rid = part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    return make("w:hyperlink", {"r:id": rid, "w:history": "1"})
