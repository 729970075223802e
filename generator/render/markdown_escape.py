"""Escape text from a case file so that it is shown literally in Markdown and in tables.

A one-line value (a name, a title, a header line, a table cell) can never start
structure: no heading, rule, list, quote, fenced div (`::: sidbrytning`) or raw HTML.
Characters Python-Markdown cannot backslash-escape are written as character references,
which every Markdown reader shows as the character itself.
"""

from __future__ import annotations

import re
from functools import cache

_REFERENCES = {":": "&#58;", "=": "&#61;", "~": "&#126;"}
_MARKDOWN = re.compile(r"[\\`*_\[\]{}|>!#<]")
_STRUCTURE_START = frozenset("-+:=~ ")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Inline syntax, a list marker at the start, a rule: compiled for the first text with
    something to escape (most texts have nothing), not at every start."""
    return (re.compile(r"([\\`*_\[\]{}|>!#])"), re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s|$)"),
            re.compile(r"-[-=\s]*"))


def escape(text: str) -> str:
    """Escape Markdown syntax in one line of plain text (names, titles, table cells)."""
    if _unchanged(text):
        return text
    flat = " ".join(text.split())
    inline, line_start, rule = _patterns()
    escaped = inline.sub(_backslashed, flat).replace("<", "&lt;")
    escaped = line_start.sub(_escape_marker, escaped)
    if escaped[:1] in _REFERENCES:
        return _REFERENCES[escaped[0]] + escaped[1:]
    if rule.fullmatch(escaped):
        return "\\" + escaped
    return escaped


def _backslashed(match: re.Match[str]) -> str:
    """A Markdown character with a backslash before it (a function: faster than r"\\\1")."""
    return "\\" + match.group(1)


def _escape_marker(match: re.Match[str]) -> str:
    """Keep a leading '-', '+' or '1.' from starting a list."""
    marker = match.group(2)
    if marker[-1] in ".)":
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def _unchanged(text: str) -> bool:
    """Tell whether `escape` leaves text as it is, as most names and cells are: no Markdown
    character, no whitespace but single spaces between words (a printable text has no other
    whitespace) and nothing at the start that could begin structure. Faster than escaping."""
    return (text.isprintable() and "  " not in text and not text.endswith(" ")
            and text[:1] not in _STRUCTURE_START and not text[:1].isdecimal()
            and _MARKDOWN.search(text) is None)
