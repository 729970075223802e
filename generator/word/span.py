"""A piece of inline text with one formatting: what the Word writer turns into one run."""

from __future__ import annotations

from typing import Final, NamedTuple


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
        return _new_tuple(Span, (text, self.bold, self.italic, self.href, self.line_break))

    def in_bold(self) -> Span:
        """The same span in bold (made as a tuple: `_replace` costs several times more)."""
        return _new_tuple(Span, (self.text, True, self.italic, self.href, self.line_break))

    def form(self) -> tuple[bool, bool, str | None, bool]:
        """Everything but the text: spans of equal form can be joined."""
        return self.bold, self.italic, self.href, self.line_break


_new_tuple: Final = tuple.__new__


def text_span(text: str, bold: bool = False) -> Span:
    """A span of plain (or bold) text, made as a tuple of all fields: the named tuple's
    own constructor parses its arguments in Python and costs twice as much."""
    return _new_tuple(Span, (text, bold, False, None, False))
