"""Quotations in running text: within quotation marks ("…", ”…”, „…“, «…») or a Markdown
quote line starting with ">". A quoted source keeps its own words, so the checks of the
house style's words ("kronor", "procent") leave what stands within a quotation alone.

Swedish typography sets ” on both sides of a quotation (”Förnybar energi”; Svenska
skrivregler), and a typewriter's pair of straight quotes is printed so (trial 64, F9): in
the Markdown, so in the .docx as well (`swedish_quotes`), also where the quotation wraps
over lines of its paragraph (trial 72, F3), never across a blank line. A lone straight
quote (an inch, 24") and the quotes of a code span (`"x"`) or of a link's address and title
stand as written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Final

_WRAPPED: Final = r"\n(?![ \t]*(?:\n|[-*+#>|]|\d+[.)][ \t]))"
"""A line break within a paragraph: not before a blank line, a list item, a heading, a quote
line or a table's row. A quotation typed under `text: |` wraps with its paragraph (trial 72,
F3), and stays one across such a break."""
_STRAIGHT: Final = rf'"(?<![\w"]")(?=[^\s"])((?:[^"\n]|{_WRAPPED})*?[^\s"])"(?!\w)'
"""A pair of straight quotes (see `_straight_pair`). Like every branch of `_quoted`, it starts
with its quotation mark and looks behind it only then ("(?<![\\w"])"" is '"(?<![\\w"]")'), so
that the regex engine skips to the marks instead of trying every character."""


@cache
def _straight_pair() -> re.Pattern[str]:
    """A pair of straight quotes around text of one paragraph, the first after a space or the
    start, the last before a space, a sign or the end."""
    return re.compile(_STRAIGHT)


@cache
def _code_or_link() -> re.Pattern[str]:
    """A code span, or a link's address and title: written for the machine, left alone."""
    return re.compile(r"(`+).*?\1|\]\([^)\n]*\)", re.DOTALL)


RIGHT_QUOTE: Final = "\u201d"


_HIDDEN: Final = 0xE000
"""The first of the private-use characters that stand for a text's quotations while the
house style's rules are applied around them (`outside_quotations`)."""
_HIDDEN_LAST: Final = 0xF8FF


@cache
def _quoted() -> re.Pattern[str]:
    """A quotation: a pair of straight quotes as `swedish_quotes` sets them, a typographic
    pair, or a Markdown quote line."""
    return re.compile(rf'{_STRAIGHT}|“(?:[^“”\n]|{_WRAPPED})*”|”(?:[^“”\n]|{_WRAPPED})*”'
                      rf'|„(?:[^“”\n]|{_WRAPPED})*[“”]|«(?:[^»\n]|{_WRAPPED})*»|>(?<![^\n]>).*$',
                      re.MULTILINE)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's quotations are (none where it has no quotation mark)."""
    if not any(mark in text for mark in _MARKS):
        return []
    return [found.span() for found in _quoted().finditer(text)]


_MARKS: Final = ('"', "”", "“", "„", "«", ">")
"""What every quotation holds, looked for first."""


def outside_quotations(rule: Callable[[str], str], text: str) -> str:
    """The text with `rule` applied to all but its quotations, which stand as written: a
    quoted source keeps its own "40%" (trial 72, F7), as it keeps "kronor"."""
    spans = quoted_spans(text)
    if not spans or len(spans) > _HIDDEN_LAST - _HIDDEN or _holds_hidden(text):
        return rule(text)
    kept = [text[start:end] for start, end in spans]
    hidden, last = [], 0
    for index, (start, end) in enumerate(spans):
        hidden += [text[last:start], chr(_HIDDEN + index)]
        last = end
    ruled = rule("".join([*hidden, text[last:]]))
    return ruled.translate({_HIDDEN + index: quotation for index, quotation in enumerate(kept)})


def _holds_hidden(text: str) -> bool:
    """Whether the text holds a character of the range that stands for quotations
    (`_HIDDEN` to `_HIDDEN_LAST`): most texts hold no character that high at all."""
    return max(text) >= chr(_HIDDEN) and any(_HIDDEN <= ord(char) <= _HIDDEN_LAST
                                              for char in text)


def unquoted(matches: Iterable[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches in `text` that start outside every quotation."""
    quoted: list[tuple[int, int]] | None = None
    for match in matches:
        if quoted is None:  # (found once, and only for a text with a match)
            quoted = quoted_spans(text)
        if not any(start <= match.start() < end for start, end in quoted):
            yield match


def swedish_quotes(text: str) -> str:
    """The text with each pair of straight quotes outside code spans and links set as
    Swedish quotation marks: "Förnybar energi" → ”Förnybar energi”."""
    if '"' not in text:
        return text
    machine = "`" in text or "](" in text
    kept = [found.span() for found in _code_or_link().finditer(text)] if machine else []

    def typeset(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in kept):
            return match.group()
        return f"{RIGHT_QUOTE}{match.group(1)}{RIGHT_QUOTE}"

    return _straight_pair().sub(typeset, text)
