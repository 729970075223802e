"""Escape text from a case file so that it is shown literally in Markdown and in tables."""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]{}|>!#])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s|$)")


def escape(text: str) -> str:
    """Escape Markdown syntax in one line of plain text (names, titles, table cells)."""
    flat = " ".join(text.split())
    escaped = _INLINE.sub(r"\\\1", flat)
    return _LINE_START.sub(_escape_marker, escaped)


def _escape_marker(match: re.Match[str]) -> str:
    """Keep a leading '-', '+' or '1.' from starting a list."""
    marker = match.group(2)
    if marker[-1] in ".)":
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"
