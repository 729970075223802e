"""Year ranges as the documents write them: with an en dash and no spaces (CONVENTIONS).

Case text often has `2019-2022` or `2019 - 2022` with a hyphen, as typed on a keyboard. The
documents write such a range `2019–2022`; the check warns so that the case file is set
right too. Only a range of two years in order, 1900–2099 and no more than a century
apart, counts: `2019-09-27` (a date) and `2022-2019` are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

EN_DASH: Final = "\u2013"
_YEARS: Final = re.compile(
    r"(?<![\w\-/])(?<!\d[.,])((?:19|20)\d\d)(?: ?- ?)((?:19|20)\d\d)(?![\w\-/]|[.,]\d)")


_DASH_YEAR: Final = re.compile(r"- ?(?:19|20)\d\d")
"""The end of a range: it starts with the hyphen, so the engine skips ahead to the hyphens,
where `_YEARS` tries its look-behinds at every character."""


def _may_hold_range(text: str) -> bool:
    """Whether text may hold a year range with a hyphen (False: it holds none)."""
    return "-" in text and _DASH_YEAR.search(text) is not None


def hyphenated_ranges(text: str) -> Iterator[re.Match[str]]:
    """Every year range written with a hyphen, in text order (groups: the two years)."""
    if not _may_hold_range(text):
        return iter(())
    return (m for m in _YEARS.finditer(text) if int(m.group(1)) < int(m.group(2)))


def dash_ranges(text: str) -> str:
    """The text with every year range written with an en dash: 2019–2022."""
    if not _may_hold_range(text):
        return text
    return _YEARS.sub(lambda m: f"{m.group(1)}{EN_DASH}{m.group(2)}"
                      if int(m.group(1)) < int(m.group(2)) else m.group(0), text)
