"""Soft hyphens in words too long for their table column.

Swedish compounds ("suicidpreventionssamordnare") can be longer than a narrow column is
wide; without a hyphenation point Word and LibreOffice cut them anywhere. Such words get
soft hyphens at the points of Pyphen's Swedish patterns (the LibreOffice/Hunspell ones),
which show as a hyphen only where a line actually breaks. Shorter words are left alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

import pyphen

if TYPE_CHECKING:
    from generator.word.span import Span

SOFT_HYPHEN: Final = "\u00ad"
LANGUAGE: Final = "sv_SE"
_TOKEN: Final = re.compile(r"[^\s\u00a0]+")  # what a line cannot break inside
_LETTERS: Final = re.compile(r"[^\W\d_]{6,}")


@functools.cache
def _dictionary() -> Any:
    return pyphen.Pyphen(lang=LANGUAGE, left=3, right=3)


def hyphenate_long_words(spans: Sequence[Span], capacity: int) -> list[Span]:
    """Put soft hyphens into the words of `spans` longer than `capacity` characters."""
    def hyphenate(match: re.Match[str]) -> str:
        token = match.group()
        if len(token) <= capacity:
            return token
        return _LETTERS.sub(lambda word: str(_dictionary().inserted(
            word.group(), hyphen=SOFT_HYPHEN)), token)

    return [span if span.href or span.line_break
            else replace(span, text=_TOKEN.sub(hyphenate, span.text)) for span in spans]
