"""Runs of formatted text written as WordprocessingML text, parsed once per paragraph or table.

Building a run element by element costs an lxml call per element; a table of a hundred
cells has well over a thousand. Written as text and parsed in one go by libxml2, the
same elements come out several times faster. The text is that of the elements the
writer would have built one by one, so the document's bytes are the same: the
fragment declares the `w` and `r` namespaces, which lxml drops again when the elements
move into the document (whose root declares both).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

from lxml import etree  # type: ignore[import-untyped]

from generator.word.oxml import NAMESPACES, NO_BREAK_HYPHEN, SOFT_HYPHEN, XmlNode
from generator.word.spans import plain_text

if TYPE_CHECKING:
    from generator.word.oxml import Relations
    from generator.word.span import Span

DECLARATIONS: Final = f'xmlns:w="{NAMESPACES["w"]}" xmlns:r="{NAMESPACES["r"]}"'
_PARSER: Final = etree.XMLParser(huge_tree=True, collect_ids=False)  # no entities: only escapes
_T: Final = '<w:t xml:space="preserve">'
_EMPTY_T: Final = f"{_T}</w:t>"
# A hyphen ends the `w:t` before it and starts the one after it (see `_text_xml`).
_HYPHEN_XML: Final = ((SOFT_HYPHEN, f"</w:t><w:softHyphen/>{_T}"),
                      (NO_BREAK_HYPHEN, f"</w:t><w:noBreakHyphen/>{_T}"))
_ATTRIBUTE_SPECIAL: Final = re.compile('[&<>"\r\n\t]')
_TEXT_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE_ESCAPES: Final = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                           "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"})


def parse_fragment(tag: str, inner: str) -> XmlNode:
    """The element `<w:tag>` holding the markup `inner` (prefixes w and r)."""
    markup = f"<w:{tag} {DECLARATIONS}>{inner}</w:{tag}>"
    element: XmlNode = etree.fromstring(markup.encode(), _PARSER)  # bytes parse faster
    return element


def text(value: str) -> str:
    """`value` escaped as element text."""
    # (four plain searches cost a fraction of one regex search over the text)
    if "&" in value or "<" in value or ">" in value or "\r" in value:
        return value.translate(_TEXT_ESCAPES)
    return value


def attribute(value: str) -> str:
    """`value` escaped as an attribute value in double quotes."""
    return value.translate(_ATTRIBUTE_ESCAPES) if _ATTRIBUTE_SPECIAL.search(value) else value


def runs_xml(spans: Sequence[Span], relations: Relations | None, link_style: str | None) -> str:
    """The runs for `spans`; spans with an href go into `w:hyperlink` (one per address)."""
    if len(spans) == 1 and spans[0].href is None:  # most table cells: one plain run
        return run_xml(spans[0])
    parts: list[str] = []
    link_href: str | None = None
    for span in spans:
        if span.href is None or relations is None:
            if link_href is not None:
                parts.append("</w:hyperlink>")
                link_href = None
            parts.append(run_xml(span))
            continue
        if link_href != span.href:
            if link_href is not None:
                parts.append("</w:hyperlink>")
            parts.append(_hyperlink_start(span.href, relations))
            link_href = span.href
        parts.append(run_xml(span, link_style))
    if link_href is not None:
        parts.append("</w:hyperlink>")
    return "".join(parts)


def run_xml(span: Span, style_id: str | None = None) -> str:
    """A `w:r` holding the span's text (or a line break) with its formatting."""
    properties = ""
    if style_id or span.bold or span.italic:
        style = f'<w:rStyle w:val="{attribute(style_id)}"/>' if style_id else ""
        properties = (f"<w:rPr>{style}{'<w:b/>' if span.bold else ''}"
                      f"{'<w:i/>' if span.italic else ''}</w:rPr>")
    if span.line_break:
        return f"<w:r>{properties}<w:br/></w:r>"
    content = _text_xml(span.text)
    if not properties and not content:
        return "<w:r/>"  # as lxml writes an empty element (see `deferred`)
    return f"<w:r>{properties}{content}</w:r>"


def _text_xml(value: str) -> str:
    """`w:t` pieces of `value`; soft and non-breaking hyphens become their own elements.

    With hyphens, each one closes the text before it and opens the one after it, by
    plain replacements, and the empty texts this leaves (at an end, between two hyphens)
    go: escaped text holds no "<", so no text can look like an empty `w:t`.
    """
    if not value:
        return ""
    content = f"{_T}{text(value)}</w:t>"
    if SOFT_HYPHEN not in value and NO_BREAK_HYPHEN not in value:  # most runs: one piece
        return content
    for hyphen, markup in _HYPHEN_XML:
        content = content.replace(hyphen, markup)
    return content.replace(_EMPTY_T, "")


def runs_text(spans: Sequence[Span]) -> str:
    """The text that the runs of `runs_xml` hold, as python-docx reads a paragraph's: their
    `w:t` texts and a line break as a newline (so no soft or non-breaking hyphens, which
    are elements of their own)."""
    shown = plain_text(spans)
    if SOFT_HYPHEN in shown or NO_BREAK_HYPHEN in shown:
        return shown.replace(SOFT_HYPHEN, "").replace(NO_BREAK_HYPHEN, "")
    return shown


def _hyperlink_start(href: str, relations: Relations) -> str:
    """The start tag of a `w:hyperlink` to an external address (or `#anchor` bookmark)."""
    if href.startswith("#"):
        return f'<w:hyperlink w:anchor="{attribute(href[1:])}" w:history="1">'
    return f'<w:hyperlink r:id="{attribute(relations.hyperlink(href))}" w:history="1">'


def append_spans(paragraph: XmlNode, spans: Sequence[Span], relations: Relations | None,
                 link_style: str | None) -> None:
    """Append runs for `spans` to a `w:p` (see `runs_xml`)."""
    if not spans:
        return
    fragment: Any = parse_fragment("p", runs_xml(spans, relations, link_style))
    for node in list(fragment):
        paragraph.append(node)
