"""Inline Markdown content (text, emphasis, links, line breaks) as flat formatted spans.

The Word writer turns each span into one run; keeping this step free of python-docx
makes the whitespace and formatting rules easy to test and reason about.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterable, Sequence
from typing import Final

from generator.text.markdown_safety import link_allowed
from generator.word.markdown import MarkdownStructureError
from generator.word.span import Span, text_span
from generator.word.typography import may_hold_address, no_break_spaces, typeset

BLOCK_TAGS: Final = frozenset(
    {"p", "ul", "ol", "li", "table", "pre", "blockquote", "div", "hr",
     "h1", "h2", "h3", "h4", "h5", "h6"}
)
BR_TEXT: Final = re.compile(r"<br\s*/?>", re.IGNORECASE)
"""A line break a table cell writes as `<br>` (Markdown cells hold no real line breaks)."""


def inline_spans(element: etree.Element, *, br_text: bool = False,
                 bold: bool = False) -> list[Span]:
    """The inline content of `element` (its text and inline children) as trimmed spans.

    With `br_text`, a literal `<br>` in the text is a line break too (used in layout
    tables, where Markdown cells cannot hold real line breaks).
    """
    if not len(element) and not (br_text and "<" in (element.text or "")):
        return _lone_text(element.text, bold)
    if _lone_strong(element, br_text):  # a bold total in a table ("**Summa**")
        return _lone_text(element[0].text, True)
    start = Span("", bold=bold)
    spans = list(_text(element.text, start, br_text))
    for child in element:
        spans.extend(_child_spans(child, start, br_text))
    if any(_PLACEHOLDER_END in span.text for span in spans):
        raise MarkdownStructureError(_unmatched_emphasis(plain_text(spans)))
    return typeset(_tidy(spans))


_PLACEHOLDER_END: Final = "\x03"
"""What ends Python-Markdown's placeholder for an inline element it put aside
('\x02klzzwxh:0\x03'); one is left in the text, its start eaten, where emphasis that does
not pair up encloses a link, code or an address in < > ('*a**b **c** d*<https://…>'), and
Word cannot hold the character."""


def _unmatched_emphasis(text: str) -> str:
    """The message for a paragraph in which Python-Markdown left a placeholder."""
    shown = re.sub("\x02?klzzwxh:[0-9]+\x03", "…", text)
    shown = shown if len(shown) <= 60 else shown[:60] + "…"
    return (f"asteriskerna för kursiv och fetstil i stycket '{shown}' går inte ihop runt en "
            "länk, en kod eller en webbadress; se till att varje * och ** har sin partner, "
            "eller skriv tecknet \\* för en asterisk som ska stå kvar")


def _lone_text(text: str | None, bold: bool) -> list[Span]:
    """`inline_spans` of an element holding only text: one span, tidied as `_tidy` would.

    Without a web address in it, the span is typeset here as `typeset` would (no-break
    spaces only), sparing a call and a loop for most table cells.
    """
    text = _single_spaced(text).strip(" ") if text else ""
    if not text:
        return []
    if _PLACEHOLDER_END in text:
        raise MarkdownStructureError(_unmatched_emphasis(text))
    if may_hold_address(text):
        return typeset([text_span(text, bold)])
    return [text_span(no_break_spaces(text), bold)]


def _lone_strong(element: etree.Element, br_text: bool) -> bool:
    """Whether `element` holds nothing but one strong (or b) element of text alone, whose
    spans are those `_lone_text` makes of its text in bold (without the end of a
    placeholder: the message about one quotes the text as the general way has it)."""
    if len(element) != 1 or element.text:
        return False
    child = element[0]
    text = child.text or ""
    return (child.tag in ("strong", "b") and not len(child) and not child.tail
            and _PLACEHOLDER_END not in text and not (br_text and "<" in text))


def code_block_spans(pre: etree.Element) -> list[Span]:
    """An indented code block, one line break per source line, whitespace kept."""
    code = pre.find("code")
    text = _unescape_code((code.text if code is not None else pre.text) or "").strip("\n")
    spans: list[Span] = []
    for number, line in enumerate(text.split("\n")):
        if number:
            spans.append(Span("", line_break=True))
        if line:
            spans.append(Span(line))
    return spans


def plain_text(spans: Sequence[Span]) -> str:
    """The visible text of spans, line breaks as newlines."""
    if len(spans) == 1:  # most table cells
        return "\n" if spans[0].line_break else spans[0].text
    return "".join("\n" if span.line_break else span.text for span in spans)


def _child_spans(child: etree.Element, outer: Span, br_text: bool) -> list[Span]:
    """Spans for one inline element followed by its tail text."""
    tag = child.tag
    if tag in BLOCK_TAGS:
        raise MarkdownStructureError(f"Blockelementet <{tag}> kan inte stå inuti text.")
    if tag == "img":
        raise MarkdownStructureError("Bilder i Markdown-texten stöds inte i Word-dokumentet.")
    spans: list[Span]
    if tag == "br":
        spans = [Span("", outer.bold, outer.italic, outer.href, line_break=True)]
    elif tag == "code":
        spans = [outer.with_text(_unescape_code(child.text or "").replace("\n", " "))]
    else:
        inner = _inner_format(child, outer)
        spans = list(_text(child.text, inner, br_text))
        for grandchild in child:
            spans.extend(_child_spans(grandchild, inner, br_text))
    spans.extend(_text(child.tail, outer, br_text))
    return spans


def _inner_format(child: etree.Element, outer: Span) -> Span:
    """The formatting inside an inline element (strong, em, a; others inherit)."""
    if child.tag in ("strong", "b"):
        return outer.in_bold()
    if child.tag in ("em", "i"):
        return outer._replace(italic=True)
    href = child.get("href") or ""
    if child.tag == "a" and link_allowed(href):  # the case checks reject other targets
        return outer._replace(href=href)
    return outer


def _text(text: str | None, form: Span, br_text: bool) -> Iterable[Span]:
    """Spans for a text node in formatting `form` (soft line breaks become spaces)."""
    if not text:
        return
    pieces = BR_TEXT.split(text) if br_text else [text]
    for number, piece in enumerate(pieces):
        if number:
            yield Span("", form.bold, form.italic, form.href, line_break=True)
        if piece:
            yield form.with_text(_single_spaced(piece))


def _single_spaced(text: str) -> str:
    """Soft line breaks, tabs and runs of spaces as one space each.

    Written with plain replacements: a regex search over a paragraph costs many times
    more. Every run of spaces, tabs and line ends becomes spaces, then halves until one.
    """
    if "\n" in text or "  " in text or "\t" in text or "\r" in text:
        text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
        while "  " in text:
            text = text.replace("  ", " ")
    return text


def _tidy(spans: list[Span]) -> list[Span]:
    """Trim spaces at paragraph ends and around line breaks; merge equal neighbours."""
    trimmed: list[Span] = []
    for index, span in enumerate(spans):
        if span.line_break:
            trimmed.append(span)
            continue
        text = span.text
        if index == 0 or spans[index - 1].line_break or _ends_with_space(trimmed):
            text = text.lstrip(" ")
        if index == len(spans) - 1 or spans[index + 1].line_break:
            text = text.rstrip(" ")
        if text:
            trimmed.append(span if text == span.text else span.with_text(text))
    return _merge(_strip_trailing(trimmed))


def _ends_with_space(spans: list[Span]) -> bool:
    """Whether the spans so far are empty or end in a space (so the next can lstrip)."""
    return not spans or spans[-1].line_break or spans[-1].text.endswith(" ")


def _strip_trailing(spans: list[Span]) -> list[Span]:
    """Remove trailing spaces left when the last spans were dropped as empty."""
    while spans and not spans[-1].line_break and not spans[-1].text.rstrip(" "):
        spans.pop()
    if spans and not spans[-1].line_break and spans[-1].text.endswith(" "):
        spans[-1] = spans[-1].with_text(spans[-1].text.rstrip(" "))
    return spans


def _merge(spans: list[Span]) -> list[Span]:
    """Join neighbouring text spans that share the same formatting."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if (last is not None and not last.line_break and not span.line_break
                and last.form() == span.form()):
            merged[-1] = last.with_text(last.text + span.text)
        else:
            merged.append(span)
    return merged


def _unescape_code(text: str) -> str:
    """Undo the `&`, `<`, `>` escaping Python-Markdown applies to code text."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
