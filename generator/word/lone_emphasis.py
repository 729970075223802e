"""Lone emphasis of plain words, made without Python-Markdown's emphasis processor.

Table cells of totals are `**Summa**` and `**164 602 958**`, sub-items `*varav* Insats`.
For such a text Python-Markdown's inline step runs its delimiter processor (stateful, some
dozen calls and expressions) to make one `strong` or `em`. `markdown_fast.QuickInline`
makes it here instead: before the stock step, in place, for the text of an element without
children (most are table cells; the stock step then has nothing left to do there), else
within the stock step, stashed just as it does.

A text is taken here only when that processor is the stock one for `*` and `_` and no
pattern can match anything but the delimiters: the text is `*` or `**`, words, the same
mark, then nothing or a space and more words, and no needle of any pattern (see
`markdown_fast`) is in the words or in the rest. Then the stock rules leave no choice: the
first run opens (nothing before it, no space after it), the second closes (no space or
`*` before it, a space or the end after it), one mark makes `em` and two `strong`, and
the rest is plain text after the element (the processor's state is as clean after it as
before). Before the stock step, the rest may also hold line breaks (two spaces before a
line end) when the line break processor is the stock one: those are made by
`markdown_fast`, as that processor makes them. tests/word/test_markdown_same_tree.py
compares the trees with those of the stock processors.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Sequence
from typing import Any

from markdown import inlinepatterns

_TAGS = {"*": "em", "**": "strong"}


class LoneEmphasis:
    """Tells the element, words and rest of a lone emphasis; see the module."""

    def __init__(self, needles: tuple[str, ...]) -> None:
        self.needles = needles

    @classmethod
    def of(cls, plan: Sequence[tuple[Any, tuple[str, ...] | None]],
           needles: tuple[str, ...] | None) -> tuple[int, LoneEmphasis] | None:
        """The shortcut with the emphasis processor's place among the patterns, if the
        patterns are all known and that processor is the stock one."""
        if needles is None or "*" not in needles or "_" not in needles:
            return None
        stock = getattr(inlinepatterns, "DelimiterProcessor", None)
        for index, (pattern, own) in enumerate(plan):
            if own == ("*", "_"):
                found = stock is not None and _stock(pattern, stock)
                return (index, cls(needles)) if found else None
        return None

    @staticmethod
    def node(parts: tuple[str, str, str]) -> etree.Element:
        """The element the stock processor makes of a lone emphasis: tag and words."""
        made = etree.Element(parts[0])
        made.text = parts[1]
        return made

    def parts(self, text: str, rest_may_hold: str = "") -> tuple[str, str, str] | None:
        """The tag, the words and the rest of `text`, if it is a lone emphasis (whose rest
        may hold the needle `rest_may_hold`, if one is given)."""
        mark = text[:2] if text.startswith("**") else text[:1]
        if mark not in _TAGS:
            return None
        end = text.find(mark, len(mark))
        if end < 0:
            return None
        words, rest = text[len(mark):end], text[end + len(mark):]
        if not words or words[0].isspace() or words[-1].isspace():
            return None
        if rest and rest[0] != " ":
            return None
        for needle in self.needles:
            if needle in words or (needle in rest and needle != rest_may_hold):
                return None
        return _TAGS[mark], words, rest


def _stock(pattern: Any, stock: type) -> bool:
    """Whether `pattern` is Python-Markdown's own delimiter processor, as registered by
    default: `*` and `_` as `strong` and `em`, no smart emphasis, nothing excluded."""
    if type(pattern) is not stock or getattr(pattern, "ANCESTOR_EXCLUDES", None):
        return False
    delimiters = getattr(pattern, "delimiters", {})
    if set(delimiters) != {"*", "_"}:
        return False
    star = delimiters["*"]
    return bool(star.tags == ("strong", "em") and star.tag_count == 2 and not star.smart
                and not star.double)
