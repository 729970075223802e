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

    def with_text(self, text: str) -> Span:
        """The same formatting with other text (`dataclasses.replace` is many times slower)."""
        return Span(text, self.bold, self.italic, self.href, self.line_break)

    def form(self) -> tuple[bool, bool, str | None, bool]:
        """Everything but the text: spans of equal form can be joined."""
        return self.bold, self.italic, self.href, self.line_break
