"""A piece of inline text with one formatting: what the Word writer turns into one run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A piece of text with one formatting, or a line break (`text` is then "")."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    line_break: bool = False
