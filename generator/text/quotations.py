"""Quotations in running text: within quotation marks ("…", ”…”, „…“, «…») or a Markdown
quote line starting with ">". A quoted source keeps its own words, so the checks of the
house style's words ("kronor", "procent") leave what stands within a quotation alone.

Swedish typography sets ” on both sides of a quotation (”Förnybar energi”; Svenska
skrivregler), and a typewriter's pair of straight quotes is printed so (trial 64, F9): in
the Markdown, so in the .docx as well (`swedish_quotes`), also where the quotation wraps
over lines of its paragraph (trial 72, F3), never across a blank line. A lone straight quote (an inch,
24") and the quotes of a code span (`"x"`) or of a link's address and title stand as
written."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Final

_WRAPPED: Final = r"\n(?![ \t]*(?:\n|[-*+#>|]|\d+[.)][ \t]))"
"""A line break within a paragraph: not before a blank line, a list item, a heading, a quote
line or a table's row. A quotation typed under `text: |` wraps with its paragraph (trial 72,
F3), and stays one across such a break."""
_STRAIGHT_PAIR: Final = re.compile(
    rf'(?<![\w"])"(?=[^\s"])((?:[^"\n]|{_WRAPPED})*?[^\s"])"(?!\w)')
"""A pair of straight quotes around text of one paragraph, the first after a space or the
start, the last before a space, a sign or the end."""
_CODE_OR_LINK: Final = re.compile(r"(`+).*?\1|\]\([^)\n]*\)", re.DOTALL)
"""A code span, or a link's address and title: written for the machine, left alone."""
RIGHT_QUOTE: Final = "\u201d"


@cache
def _quoted() -> re.Pattern[str]:
    return re.compile(rf'"(?:[^"\n]|{_WRAPPED})*"|[“”](?:[^“”\n]|{_WRAPPED})*”'
                      rf'|„(?:[^“”\n]|{_WRAPPED})*[“”]|«(?:[^»\n]|{_WRAPPED})*»|^>.*$',
                      re.MULTILINE)


def unquoted(matches: Iterable[re.Match[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches in `text` that start outside every quotation."""
    quoted: list[tuple[int, int]] | None = None
    for match in matches:
        if quoted is None:  # (found once, and only for a text with a match)
            quoted = [found.span() for found in _quoted().finditer(text)]
        if not any(start <= match.start() < end for start, end in quoted):
            yield match


def swedish_quotes(text: str) -> str:
    """The text with each pair of straight quotes outside code spans and links set as
    Swedish quotation marks: "Förnybar energi" → ”Förnybar energi”."""
    if '"' not in text:
        return text
    machine = "`" in text or "](" in text
    kept = [found.span() for found in _CODE_OR_LINK.finditer(text)] if machine else []

    def typeset(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in kept):
            return match.group()
        return f"{RIGHT_QUOTE}{match.group(1)}{RIGHT_QUOTE}"

    return _STRAIGHT_PAIR.sub(typeset, text)
