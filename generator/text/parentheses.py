"""Parentheses that a paragraph opens and never closes, or closes and never opens.

"NBV (Nykterhetsrörelsens bildningsverksamhet" with no ")" is a slip the document prints as
written (trial 39). Each paragraph of a text (or a title, a heading, a table cell) is read
on its own: a parenthesis opened in one paragraph and closed in the next is a slip too.
Nested parentheses are fine. Not parentheses: a list marker ("1)", "a)", "iv)"), which
closes an open parenthesis mid-line ("(se bilaga 1)") but never at the start of a line, and
a smiley (":)", ";-(").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

_PARENTHESIS_OR_BREAK: Final = re.compile(r"[()]|\n[ \t]*\n")
"""A parenthesis or a blank line, which ends a paragraph."""
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")
_SHOWN_CHARS: Final = 50
"""How much of the text a warning shows: some words after "(" or before ")"."""
_SMILEY_EYES: Final = (":", ";", "=", ":-", ";-")
_MARKER: Final = re.compile(r"(?:\d+(?:\.\d+)*[a-z]?|[a-zA-Z]|[ivx]+|[IVX]+)\.?")
"""A list marker before its ")": "1", "2.1", "3b", "a", "iv"."""
_MARKER_CHARS: Final = 6


class Unbalanced(NamedTuple):
    """A parenthesis without its other half: where it is and which it is."""

    offset: int
    opening: bool


def unbalanced_parentheses(text: str) -> Iterator[Unbalanced]:
    """The first unbalanced parenthesis of each paragraph of text, in text order."""
    if "(" not in text and ")" not in text:
        return
    opened: list[int] = []
    stray: int | None = None
    for mark in _PARENTHESIS_OR_BREAK.finditer(text):
        at = mark.start()
        if mark[0] == "(" and not _is_smiley(text, at):
            opened.append(at)
        elif mark[0] == ")" and not _is_smiley(text, at):
            marker = _marker_start(text, at)
            if marker is not None and _starts_line(text, marker):
                continue
            if opened:
                opened.pop()
            elif marker is None and stray is None:
                stray = at
        elif mark[0] not in "()":
            yield from _first(opened, stray)
            opened, stray = [], None
    yield from _first(opened, stray)


def _first(opened: list[int], stray: int | None) -> Iterator[Unbalanced]:
    """The first of a paragraph's unclosed and unopened parentheses, if it has any."""
    if opened and (stray is None or opened[0] < stray):
        yield Unbalanced(opened[0], True)
    elif stray is not None:
        yield Unbalanced(stray, False)


def _is_smiley(text: str, at: int) -> bool:
    """Whether the parenthesis at `at` is the mouth of a smiley (":)", ";-(")."""
    return text.endswith(_SMILEY_EYES, max(0, at - 2), at)


def _marker_start(text: str, at: int) -> int | None:
    """Where the list marker ending with the ")" at `at` starts ("1)", "a)", "2.1)", "iv)")
    after a blank or at the start, or None."""
    start = at
    while start > 0 and at - start < _MARKER_CHARS and (
            text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    if (start > 0 and not text[start - 1].isspace()) or not _MARKER.fullmatch(text, start, at):
        return None
    return start


def _starts_line(text: str, at: int) -> bool:
    """Whether only blanks stand before `at` on its line."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip()


def surrounding_words(text: str, unbalanced: Unbalanced) -> str:
    """Some words of the paragraph after an unclosed "(" or before an unopened ")", with it,
    on one line and without a word cut short."""
    at = unbalanced.offset
    if unbalanced.opening:
        piece = _PARAGRAPH_BREAK.split(text[at:at + _SHOWN_CHARS])[0]
    else:
        piece = _PARAGRAPH_BREAK.split(text[max(0, at + 1 - _SHOWN_CHARS):at + 1])[-1]
    words = piece.split()
    if len(piece) == _SHOWN_CHARS and len(words) > 1:  # (cut: the far word may be cut too)
        words = words[:-1] if unbalanced.opening else words[1:]
    return " ".join(words)
