"""Parse decision Markdown into an ElementTree for the Word writer.

Python-Markdown (with the `tables` and `sane_lists` extensions) does the parsing; the
Word writer walks the element tree it builds instead of its HTML output. Raw HTML is
switched off: `<b>` in the Markdown stays literal text. Character references such as
`&amp;` stand for their character, as in any Markdown renderer.

Pandoc-style fenced divs are understood as well. A line `::: name` opens a div and a
line `:::` closes it; they become `<div class="name">` elements around the blocks in
between. The fence lines must start in the first column and are kept apart from their
neighbours, so `::: signaturer` may sit directly above a table.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from typing import Final

import markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import AUTOMAIL_RE, ENTITY_RE, InlineProcessor
from markdown.preprocessors import Preprocessor

from generator.problems import BeslutError
from generator.word import markdown_fast

DIV_TAG: Final = "div"
_FENCE: Final = re.compile(
    r"^:{3,}[ \t]*(?:\{\.?(?P<braced>[^\W\d][\w-]*)\}|(?P<name>[^\W\d][\w-]*))?[ \t]*:*[ \t]*$"
)


class MarkdownStructureError(BeslutError):
    """The Markdown uses a construct the Word writer cannot render faithfully."""


def parse_markdown(text: str) -> etree.Element:
    """Return the root element (a `div`) of the parsed Markdown `text`."""
    if not text.strip():
        return etree.Element(DIV_TAG)
    md = _parser()
    md.reset()
    try:
        return element_tree(md, text)
    except BaseException:
        _PARSERS.md = None  # a parse broken off may leave state behind: start afresh
        raise


def element_tree(md: markdown.Markdown, text: str) -> etree.Element:
    """What `md.convert(text)` does before it writes HTML: the finished element tree."""
    lines = text.split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    assert root is not None
    for treeprocessor in md.treeprocessors:
        root = treeprocessor.run(root) or root
    return root


_PARSERS: Final = threading.local()


def _parser() -> markdown.Markdown:
    """This thread's configured Markdown instance (making one costs more than resetting)."""
    md: markdown.Markdown | None = getattr(_PARSERS, "md", None)
    if md is None:
        md = stock_parser()
        markdown_fast.install(md)
        _PARSERS.md = md
    return md


def fence_name(line: str) -> str | None:
    """The div name of an opening fence line, "" for a closing one, None otherwise."""
    if not line.startswith(":::"):  # as `_FENCE` demands; most lines are passed at once
        return None
    match = _FENCE.match(line)
    if match is None:
        return None
    return match.group("braced") or match.group("name") or ""


def stock_parser() -> markdown.Markdown:
    """Python-Markdown set up for decisions, with its own processors: tables and sane
    lists, raw HTML and prettifying off, entities and automail as plain text, fenced divs."""
    md = markdown.Markdown(extensions=[TableExtension(), SaneListExtension()],
                           output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.register(_EntityText(ENTITY_RE, md), "entity", 80)
    md.inlinePatterns.register(_PlainAutomail(AUTOMAIL_RE, md), "automail", 110)
    md.treeprocessors.deregister("prettify")
    md.preprocessors.register(_FenceIsolator(md), "fenced_div_lines", 25)
    md.parser.blockprocessors.register(_FencedDivProcessor(md.parser), "fenced_div", 105)
    return md


class _PlainAutomail(InlineProcessor):
    """`<namn@example.se>` as a plain mailto link (the default obfuscates it with entities)."""

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        address = m.group(1).removeprefix("mailto:")
        link = etree.Element("a", {"href": f"mailto:{address}"})
        link.text = address
        return link, m.start(0), m.end(0)


class _EntityText(InlineProcessor):
    """`&amp;`, `&#8211;` ... as the characters they stand for (plain text, not HTML).

    A `<` from a reference stands in a text node of its own, so that case text such as
    `&lt;br>` can never join the template's literal `<br>` line breaks of layout tables.
    """

    def handleMatch(  # type: ignore[override]
        self, m: re.Match[str], data: str
    ) -> tuple[str | etree.Element, int, int]:
        character = html.unescape(m.group(1))
        if character != "<":
            return character, m.start(0), m.end(0)
        alone = etree.Element("span")
        alone.text = character
        return alone, m.start(0), m.end(0)


class _FenceIsolator(Preprocessor):
    """Surround fence lines with blank lines so each one is a block of its own."""

    def run(self, lines: list[str]) -> list[str]:
        result: list[str] = []
        for line in lines:
            if fence_name(line) is None:
                result.append(line)
                continue
            if result and result[-1].strip():
                result.append("")
            result.extend([line.strip(), ""])
        return result


class _FencedDivProcessor(BlockProcessor):
    """Turn `::: name` ... `:::` into `<div class="name">` holding the inner blocks."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return fence_name(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        name = fence_name(blocks.pop(0))
        if not name:
            raise MarkdownStructureError("Avslutande ':::' utan inledande '::: namn'.")
        inner = _take_div_body(blocks, name)
        div = etree.SubElement(parent, DIV_TAG, {"class": name})
        self.parser.parseBlocks(div, inner)


def _take_div_body(blocks: list[str], name: str) -> list[str]:
    """Remove and return the blocks up to the fence closing `name` (nesting allowed)."""
    depth = 0
    for index, block in enumerate(blocks):
        fence = fence_name(block)
        if fence:
            depth += 1
        elif fence == "" and depth:
            depth -= 1
        elif fence == "":
            inner = blocks[:index]
            del blocks[: index + 1]
            return inner
    raise MarkdownStructureError(f"'::: {name}' saknar avslutande ':::'.")
