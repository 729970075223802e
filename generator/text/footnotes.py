"""Footnote stars in case text: "* LS 15 maj samt 23 okt, startar kl. 8.30" under a table
whose cells say "15*" (trial 59).

Markdown reads "* " first on a line as a bullet, so the star the cells point at would be lost.
When the case marks a word or a figure with a star elsewhere ("15*", "Jurist*", in a cell or a
text; an amount cell's "1061*" counts as 1061 and prints its star), such a line is a
footnote: its star is kept as written (escaped, `\\*`). Otherwise the
line stays a bullet and the secretary is told how to write a star (`beslut kontrollera`).

A star closing emphasis (`*kursiv*`) marks nothing, nor does a line of stars alone (`* * *`, a
thematic break).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, Final


@cache
def _emphasis() -> re.Pattern[str]:
    """A span in single-star emphasis, `*kursiv*`."""
    return re.compile(r"(?<![\w*\\])\*(?=[^\s*])[^*\n]*?(?<=[^\s*\\])\*(?![\w*])")


_MARK: Final = re.compile(r"(?<=[\w)])\*(?![\w*])")
"""A star right after a word or a figure: `15*`, `Jurist*`."""
STAR_ITEM: Final = re.compile(r"^(?P<indent>[ ]{0,3})\*[ \t]+(?=\S)(?![* \t]*$)", re.MULTILINE)
"""A line starting "* " with text after it: a bullet in Markdown."""


def marks_footnotes(text: str) -> bool:
    """Whether the text marks a word or a figure with a footnote star."""
    return "*" in text and _MARK.search(_emphasis().sub("", text)) is not None


def case_marks_footnotes(data: Any) -> bool:
    """Whether any text of the case data (cells and texts alike) marks a footnote."""
    return any(marks_footnotes(text) for text in nested_strings(data))


def without_footnote_star(text: str) -> str | None:
    """An amount cell's figure without the footnote star that ends it ("1061*" is 1061, its
    star printed after it: trial 64, F3), by the rule of a star after a figure in text; None
    when no star marks it."""
    stripped = text.rstrip()
    if stripped.endswith("*") and _MARK.match(stripped, len(stripped) - 1):
        return stripped[:-1]
    return None


def literal_stars(text: str) -> str:
    """The text with the star of each line starting "* " escaped, so it prints as written."""
    return STAR_ITEM.sub(lambda match: f"{match['indent']}\\* ", text)


def nested_strings(data: Any) -> Iterator[str]:
    """Every string in nested mappings and lists."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from nested_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from nested_strings(value)
