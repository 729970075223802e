"""Escape text from a case file so that it is shown literally in Markdown and in tables.

A one-line value (a name, a title, a header line, a table cell) can never start
structure: no heading, rule, list, quote, fenced div (`::: sidbrytning`) or raw HTML.
Characters Python-Markdown cannot backslash-escape are written as character references,
which every Markdown reader shows as the character itself, but only where a reader would
take them for structure: a `<` that may open a tag, a comment or an autolink (`<b>`,
`<!--`, `<a@b.se>`), a `:` or `~` that may open a fence or a definition (`:::`, `: x`,
`~~`) and a line of `=` (a heading's underline). Elsewhere they stay as written, so that the
.md file reads as the document does: `<1 år`, `~5 %` (trial 46, F9: a header "<1 år" was
`&lt;1 år` in the .md). A `>` is a quote only at the start of a line, and is escaped there
alone: "Investeringsobjekt >3 mnkr" stays so (trial 71, F8: it had a backslash in the .md).

A table cell's lines (`text.breaks.cell_lines`) are escaped one by one and joined by `<br>`,
GFM's line break in a cell, which the Word writer reads as one: every `<` of the text that
could open a tag (`<br>` typed in a cell too) stays a character reference, so that only the
partial's own `<br>` breaks (trial 59, F5).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

_REFERENCES = {":": "&#58;", "=": "&#61;", "~": "&#126;"}
_MARKDOWN = re.compile(r"[\\`*_\[\]{}|>!#<]")
_STRUCTURE_START = frozenset("-+:=~ ")
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"  # Latin-1 letters (no × or ÷)
_WORD = _LETTER + r"0-9,.;:()/%'&+=?–\-"  # printable, none of Markdown's characters
PLAIN_WORDS = rf"[{_LETTER}][{_WORD} ]*"
"""Texts that `escape` leaves as they are, most names and cells, if they have no two
spaces in a row and none at the end: a letter first, then letters, digits, spaces and
harmless punctuation."""


class _Patterns(NamedTuple):
    """What `escape` looks for in a text with something to escape."""

    inline: re.Pattern[str]
    line_start: re.Pattern[str]
    rule: re.Pattern[str]
    tag: re.Pattern[str]
    """A `<` that may open raw HTML or an autolink: before a letter, `/`, `!` or `?`, or
    before a `>` with no space or `<` between (an e-mail autolink may start with a digit)."""
    structure: re.Pattern[str]
    """A start that may open a fence (`:::`, `~~~`), a definition (`: x`), strikethrough
    (`~~`) or be a heading's underline (`===`)."""
    spaces: re.Pattern[str]
    """A run of white space that is not a no-break space: "10 kr" filled into a cell from
    a figure keeps its unit on the line of its number (trial 85, F1)."""


@cache
def _patterns() -> _Patterns:
    """Compiled for the first text with something to escape (most texts have nothing), not
    at every start."""
    return _Patterns(re.compile(r"([\\`*_\[\]{}|!#])"),
                     re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s|$)"), re.compile(r"-[-=\s]*"),
                     re.compile(r"<(?=[A-Za-z/!?]|[^\s<>]*>)"), re.compile(r":(?:[:\s]|$)|~~|=+$"),
                     re.compile(r"[^\S\u00a0]+"))


def escape(text: str) -> str:
    """Escape Markdown syntax in one line of plain text (names, titles, table cells)."""
    if _plain_words(text) is not None and "  " not in text and text[-1] != " ":
        return text
    if _unchanged(text):
        return text
    patterns = _patterns()
    flat = patterns.spaces.sub(" ", text).strip()
    if "<" in flat:  # (before the backslashes, so that `<!--` is seen as written)
        flat = patterns.tag.sub("&lt;", flat)
    escaped = patterns.inline.sub(_backslashed, flat)
    escaped = patterns.line_start.sub(_escape_marker, escaped)
    if escaped[:1] == ">":  # (a quote only at the start: ">3 mnkr" inside stays, trial 71, F8)
        escaped = "\\" + escaped
    if escaped[:1] in _REFERENCES and patterns.structure.match(escaped):
        return _REFERENCES[escaped[0]] + escaped[1:]
    if patterns.rule.fullmatch(escaped):
        return "\\" + escaped
    return escaped


def escape_cell(text: str) -> str:
    """Escape a table cell's text (see `escape`), its lines joined by `<br>`."""
    if "\n" not in text:
        return escape(text)
    return "<br>".join(map(escape, text.split("\n")))


def _backslashed(match: re.Match[str]) -> str:
    """A Markdown character with a backslash before it (a function: faster than r"\\\1")."""
    return "\\" + match.group(1)


def _escape_marker(match: re.Match[str]) -> str:
    """Keep a leading '-', '+' or '1.' from starting a list."""
    marker = match.group(2)
    if marker[-1] in ".)":
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def _first_plain_words(text: str) -> re.Match[str] | None:
    """Compile `PLAIN_WORDS` at the first text (some 0.7 ms, not at every start) and put
    its matcher in the place of this function; match `text` with it."""
    global _plain_words
    _plain_words = re.compile(PLAIN_WORDS).fullmatch
    return _plain_words(text)


_plain_words: Callable[[str], re.Match[str] | None] = _first_plain_words
"""Whether a text is plain words (see `PLAIN_WORDS`): one expression and two plain
searches do what `_unchanged` does in six steps, each a call."""


def _unchanged(text: str) -> bool:
    """Tell whether `escape` leaves text as it is, as most names and cells are: no Markdown
    character, no whitespace but single spaces between words (a printable text has no other
    whitespace) and nothing at the start that could begin structure. Faster than escaping."""
    return (text.isprintable() and "  " not in text and not text.endswith(" ")
            and text[:1] not in _STRUCTURE_START and not text[:1].isdecimal()
            and _MARKDOWN.search(text) is None)
