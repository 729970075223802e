"""Case text is light Markdown: no raw HTML, safe links, bounded nesting and paragraphs.

Raw HTML is escaped, so the Markdown file shows `<b>` as text just as the Word file does.
Link targets must be https, http or mailto addresses: a `javascript:`, `file:` or UNC
(`\\\\server\\share`) target in a Word file is a way to run code or leak credentials.
Deep nesting and very long paragraphs are refused because Markdown parsers spend time
that grows faster than the text on them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from functools import cache
from typing import Final, NamedTuple

from generator.case.text_safety import code, forbidden_in, referenced_forbidden

MAX_NESTING: Final = 10
"""List and quote levels in case text (4 columns of indentation count as one level)."""

MAX_PARAGRAPH: Final = 20_000
"""Characters in one paragraph (lines without a blank line between them)."""

MAX_BRACKET_SCAN: Final = 200_000
"""Characters a Markdown parser reads to match the `[` of one paragraph with their `]`."""

MAX_LIST_START: Final = 32_767
"""The largest number a numbered list may start at (Word's limit)."""

ALLOWED_SCHEMES: Final = ("https://", "http://", "mailto:")

_INLINE_LINK = re.compile(r"\]\(\s*<?(?P<target>[^\s)>]*)")


@cache
def _definition() -> re.Pattern[str]:
    return re.compile(r"^[ ]{0,3}\[[^\]]+\]:\s*<?(?P<target>\S*?)>?(?:\s|$)", re.MULTILINE)


@cache
def _autolink() -> re.Pattern[str]:
    return re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")


_CONTAINER = re.compile(r"(?:[ \t]|>|[-*+](?=[ \t])|[0-9]+[.)](?=[ \t]))*")
_LIST_NUMBER = re.compile(r"^(?:[ \t]|>|[-*+](?=[ \t]))*(?P<number>[0-9]+)[.)](?=[ \t]|$)")
_LIST_NUMBER_START = frozenset(" \t>-*+0123456789")
"""How every line `_LIST_NUMBER` matches starts."""
_LAYOUT_START = _LIST_NUMBER_START | {":"}
"""How every line with nesting, a list item, a list number or a fence starts."""
_LINK_MARKS: Final = ((_INLINE_LINK, "]("), (_definition(), "]:"), (_autolink(), "<"))
"""Each link pattern with what every match of it holds."""
_IMAGE = re.compile(r"!\[[^\]]*\]\(")
_FENCE = re.compile(r"^[ \t>]*:{3}")
_LIST_ITEM = re.compile(r"^[ \t>]*(?:[-*+]|[0-9]+[.)])(?=[ \t]|$)")


@functools.cache
def _code_or_tag() -> re.Pattern[str]:
    """A code span or the `<` of raw HTML (compiled for the first text with a `<`)."""
    return re.compile(
        r"(?P<code>(?P<ticks>`+).*?(?P=ticks))"
        r"|(?P<tag><(?=/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|!|\?))",
        re.DOTALL,
    )


class TextFault(NamedTuple):
    """Something in a case text that cannot be rendered safely: where, what, message."""

    offset: int
    snippet: str
    message: str


def escape_html(text: str) -> str:
    """Escape every `<` that would start raw HTML, outside code spans (as `&lt;`)."""
    def replace(match: re.Match[str]) -> str:
        return match.group() if match.group("code") else "&lt;"

    return _code_or_tag().sub(replace, text) if "<" in text else text


def text_faults(text: str) -> list[TextFault]:
    """Every unsafe link, image, layout fence, too deep nesting, too long paragraph, list start."""
    return [*_link_faults(text), *_image_faults(text), *_line_faults(text)]


def document_fault(markdown: str) -> str | None:
    """What in a whole document's Markdown the Word writer cannot hold (from a template)."""
    char = forbidden_in(markdown)
    reference = referenced_forbidden(markdown)
    if char is None and reference is not None:
        char = reference[1]
    if char is not None:
        return f"mallen skriver ett tecken som inte kan stå i ett dokument ({code(char)})"
    for line in markdown.split("\n"):
        match = _LIST_NUMBER.match(line) if line[:1] in _LIST_NUMBER_START else None
        message = _list_start_message(match.group("number")) if match else None
        if message is not None:
            return "mallen " + message
    return None


def link_allowed(target: str) -> bool:
    """Tell whether a link target is an https, http or mailto address."""
    return target.lower().startswith(ALLOWED_SCHEMES)


def _link_faults(text: str) -> Iterator[TextFault]:
    """Link targets other than https, http and mailto."""
    for pattern, mark in _LINK_MARKS:
        if mark not in text:  # (a plain search first: most texts have no link)
            continue
        for match in pattern.finditer(text):
            target = match.group("target")
            if not link_allowed(target):
                if target:
                    yield TextFault(match.start("target"), target, _link_message(target))
                else:
                    yield TextFault(match.start(), match.group(), _link_message(target))


def _image_faults(text: str) -> Iterator[TextFault]:
    """Images, which the documents do not show."""
    for match in _IMAGE.finditer(text):
        message = "bilder kan inte stå i ärendets text, ta bort ![…](…) eller gör den till en länk"
        yield TextFault(match.start(), match.group(), message)


def _link_message(target: str) -> str:
    """Swedish message for a link target that is not allowed."""
    if not target:
        return "länken saknar adress, skriv en adress som börjar med https://"
    shown = target if len(target) <= 60 else target[:60] + "…"
    return (
        f"länkadressen '{shown}' är inte tillåten, en länk får bara gå till "
        "https://, http:// eller mailto:"
    )


def _line_faults(text: str) -> Iterator[TextFault]:
    """Nesting, list starts, fences, line by line; length and brackets, paragraph by paragraph."""
    offset = start = 0
    brackets = _BracketBudget(text)
    for line in text.split("\n"):
        item = None
        if line[:1] in _LAYOUT_START:  # a line of running text skips the three patterns
            yield from _nesting_fault(line, offset)
            yield from _list_start_fault(line, offset)
            if _FENCE.match(line):
                yield TextFault(offset, line.strip(), _FENCE_LINE)
            item = _LIST_ITEM.match(line)
        if not line.strip() or item:
            yield from _paragraph_faults(text, start, offset, brackets)
            start = offset
        offset += len(line) + 1
    yield from _paragraph_faults(text, start, len(text), brackets)


def _paragraph_faults(
    text: str, start: int, end: int, brackets: _BracketBudget
) -> Iterator[TextFault]:
    """A paragraph too long, or brackets that would take a parser too long to match."""
    if end - start > MAX_PARAGRAPH:
        yield TextFault(start, text[start:start + 40].split("\n")[0], _LONG_PARAGRAPH)
        return
    unmatched = brackets.spend(start, end)
    if unmatched is not None:
        yield TextFault(unmatched, "[", _BRACKETS)


class _BracketBudget:
    """The work a Markdown parser may spend matching `[` with `]` in one text.

    A parser reads from each `[` to its `]` (or to the paragraph's end when there is none),
    so unmatched brackets cost time that grows with their number times the paragraph's
    length. The budget grows with the text, so a text with ordinary links never meets it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.left = MAX_BRACKET_SCAN + 20 * len(text)
        self.reported = False

    def spend(self, start: int, end: int) -> int | None:
        """Count a paragraph's cost; the first unclosed `[` once the budget is spent."""
        count = self.text.count("[", start, end)
        if self.reported or not count:
            return None
        if count * (end - start) <= MAX_BRACKET_SCAN // 10:
            self.left -= count * (end - start)  # an upper bound, cheaper than the exact cost
        else:
            self.left -= self._cost(start, end)
        if self.left >= 0:
            return None
        self.reported = True
        return self.text.find("[", start, end)

    def _cost(self, start: int, end: int) -> int:
        """Characters read to match every `[` of text[start:end] with its `]`."""
        text, open_at, cost = self.text, [], 0
        for index in range(start, end):
            char = text[index]
            if char == "[" and text[index - 1 : index] != "\\":
                open_at.append(index)
            elif char == "]" and open_at:
                cost += index - open_at.pop()
        return cost + sum(end - index for index in open_at)


_BRACKETS: Final = (
    "stycket har för många hakparenteser [ ] som inte hör ihop, "
    "skriv \\[ för en hakparentes som ska synas"
)
_FENCE_LINE: Final = (
    "rader som börjar med ':::' styr dokumentets layout och kan inte stå i ärendets text, "
    "ta bort raden"
)
_LONG_PARAGRAPH: Final = (
    f"stycket är längre än {MAX_PARAGRAPH} tecken, dela upp det med tomma rader"
)


def _nesting_fault(line: str, offset: int) -> Iterator[TextFault]:
    """A line nested deeper than MAX_NESTING lists or quotes."""
    prefix = _CONTAINER.match(line)
    width = len(prefix.group().expandtabs(4)) if prefix else 0
    if width > 4 * MAX_NESTING:
        message = (
            f"texten är nästlad eller indragen för djupt (högst {MAX_NESTING} nivåer "
            "listor eller citat), minska indraget"
        )
        yield TextFault(offset + len(line) - len(line.lstrip()), line.strip()[:40], message)


def _list_start_fault(line: str, offset: int) -> Iterator[TextFault]:
    """A numbered list item whose number Word cannot show."""
    match = _LIST_NUMBER.match(line)
    if match is None:
        return
    number = match.group("number")
    message = _list_start_message(number)
    if message is not None:
        yield TextFault(offset + match.start("number"), number, message)


def _list_start_message(number: str) -> str | None:
    """Swedish message when a list cannot start at number (Word's limit), else None."""
    if len(number) <= 5 and int(number) <= MAX_LIST_START:
        return None
    return (
        f"en numrerad lista kan inte börja på {number[:20]} (högst {MAX_LIST_START}), "
        "börja listan på 1 eller skriv talet utan punkt efter"
    )
