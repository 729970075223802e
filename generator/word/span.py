"""A piece of inline text with one formatting: what the Word writer turns into one run."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    """A piece of text with one formatting, or a line break (`text` is then "").

    A named tuple rather than a frozen dataclass: a table makes hundreds of spans, and a
    tuple is made several times faster.
    """

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    line_break: bool = False

    def with_text(self, text: str) -> Span:
        """The same formatting with other text."""
        return Span(text, self.bold, self.italic, self.href, self.line_break)

    def form(self) -> tuple[bool, bool, str | None, bool]:
        """Everything but the text: spans of equal form can be joined."""
        return self.bold, self.italic, self.href, self.line_break
