"""Rows that are parts of a figure ("- varav kostnader"): what an amount in text means only
where its sentence names them (trial 40, F4).

"Barn- och ungdomsnämnden prognostiserar ett underskott på 7,9 mnkr" is about the nämnd's
netto, −7 843 tkr, not about the row "- varav kostnader", −7 917 tkr, that 7,9 mnkr happens
to round right: a row whose text begins with "varav" or "därav" is a part of the figure
above it, and a sentence that means it names it ("kostnaderna ökar med 7,9 mnkr"). The
amount checks (`literal_amounts.misses_among`) look at such a row's figures only after the
other figures near the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from generator.compute.prose_figures import row_label

if TYPE_CHECKING:
    from generator.checks.literal_amount import Aside, LiteralAmount


@cache
def _part() -> re.Pattern[str]:
    """A row's text that makes it a part: "- varav kostnader", with what it is a part of."""
    return re.compile(r"\W*(?:varav|därav)\s+(?P<rest>\w.*)", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
"""Where a sentence ends: . ! ? before a space, or a blank line."""


def unnamed_parts(text: str, tree: dict[str, Any]) -> Aside:
    """Whether a named figure is on a part row that the sentence of a literal in text does
    not name (tree: the figures by name, for the rows' texts)."""
    def aside(literal: LiteralAmount, name: str) -> bool:
        label = row_label(tree, name)
        part = _part().match(label) if label else None
        return part is not None and part["rest"].strip().lower() not in sentence_of(
            text, literal.offset).lower()
    return aside


def sentence_of(text: str, at: int) -> str:
    """The sentence of text that the place at is in."""
    start = sentence_start(text, at)
    end = SENTENCE_END.search(text, at)
    return text[start : end.start() if end else len(text)]


def sentence_start(text: str, at: int, ends: re.Pattern[str] = SENTENCE_END) -> int:
    """Where the sentence of text that the place at is in starts: after the last end of a
    sentence (`ends`) before it, looked for from the last of the whole text's ends before it
    (found once a text; a search that stops at `at` finds it too), so as little work for
    each of a text's many amounts or dates as the spaces before it, not the text."""
    found = _ends(ends, text)
    known = found[bisect_right(found, at) - 1] if found and found[0] <= at else 0
    back = at  # (a search that stops at `at` may end one more sentence in the spaces before)
    while back > known and text[back - 1].isspace():
        back -= 1
    return max((end.end() for end in ends.finditer(text, max(known, back - 1), at)),
               default=known)


@lru_cache(maxsize=16)
def _ends(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where the sentences of text end (by pattern), found once for the text."""
    return tuple(end.end() for end in pattern.finditer(text))
