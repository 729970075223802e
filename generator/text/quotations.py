"""Quotations in running text: within quotation marks ("…", ”…”, „…“, «…») or a Markdown
quote line starting with ">". A quoted source keeps its own words, so the checks of the
house style's words ("kronor", "procent") leave what stands within a quotation alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

_QUOTED: Final = re.compile(r'"[^"\n]*"|[“”][^“”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»|^>.*$',
                            re.MULTILINE)


def unquoted(matches: Iterable[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches in `text` that start outside every quotation."""
    quoted: list[tuple[int, int]] | None = None
    for match in matches:
        if quoted is None:  # (found once, and only for a text with a match)
            quoted = [found.span() for found in _QUOTED.finditer(text)]
        if not any(start <= match.start() < end for start, end in quoted):
            yield match
