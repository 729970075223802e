"""Lists in case text as secretaries write them, made into lists in the documents' Markdown.

Secretaries, like CommonMark, let a list follow the line that leads into it: "Digg tillstyrker
förslagen att" and on the next line "- Regeringen …". Python-Markdown, which the Word writer
parses with, needs a blank line before a list and otherwise reads the items as more of the
paragraph, " - " and all. So a blank line is put before a list that starts directly under a
line of running text, by CommonMark's rule: an item "- ", "* " or "+ ", or a numbered one
starting at 1 ("1. "), with text after the marker, indented at most three spaces. Bullets
pasted from a web page or a PDF ("• ") are items too, written "- ".

Left as written: a line such as "-5 000 kr" (no space after the sign) or "2021. …" (a numbered
line other than 1 under running text), a line indented four spaces or more in running text
(more of its text), a Markdown table, and a line starting with an en dash "– ": in Swedish
running text that is a dash (in a printed budget, a minus sign), not a bullet.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Final

PASTED_BULLET: Final = "\u2022"
"""•, the bullet a list copied from a web page or a PDF keeps."""
_MARKER: Final = re.compile(
    r"(?P<indent>[ \t]*)(?:(?P<bullet>[-*+\u2022])|(?P<number>[0-9]{1,9})\.)[ \t]+(?=\S)")
_INTERRUPTING: Final = re.compile(r"\n[ ]{0,3}(?:[-*+]|0*1\.)[ \t]+\S")
"""A line that may start a list under running text (found before any line is looked at)."""
_SEPARATOR: Final = frozenset("|:- ")
_DEEP: Final = 4
"""Columns of indentation that make a line more of the text above (or code), not an item."""


def markdown_lists(text: str) -> str:
    """The text with a blank line before each list that follows a line of running text,
    and each pasted bullet "• " written "- "."""
    if PASTED_BULLET not in text and _INTERRUPTING.search(text) is None:
        return text
    lines: list[str] = []
    in_list = False
    for blank, group in groupby(text.split("\n"), key=lambda line: not line.strip()):
        block = list(group)
        if blank:
            lines.extend(block)
        elif _is_table(block):
            lines.extend(block)
            in_list = False
        else:
            in_list = _add_block(block, lines, in_list and _width(block[0]) >= _DEEP)
    return "\n".join(lines)


def _add_block(block: list[str], lines: list[str], in_list: bool) -> bool:
    """Add the lines of a block (lines without a blank line between), a blank line before a
    list that starts under running text; in_list: the block goes on with a list above it.
    Whether the block ends in a list."""
    for index, line in enumerate(block):
        marker = _MARKER.match(line)
        if marker is not None and not in_list:
            if not _starts_list(marker, under_text=index > 0):
                marker = None
            elif index > 0:
                lines.append("")
            in_list = marker is not None
        lines.append(line if marker is None else _written(line, marker))
    return in_list


def _starts_list(marker: re.Match[str], under_text: bool) -> bool:
    """Whether an item starts a list: not indented as far as code or running text, and,
    directly under running text, a bullet or a number 1."""
    if _width(marker["indent"]) >= _DEEP:
        return False
    return not under_text or marker["number"] is None or int(marker["number"]) == 1


def _written(line: str, marker: re.Match[str]) -> str:
    """An item as Markdown writes it: a pasted bullet as "- "."""
    if marker["bullet"] != PASTED_BULLET:
        return line
    return f"{marker['indent']}- {line[marker.end():]}"


def _is_table(block: list[str]) -> bool:
    """Whether a block is a Markdown table: a row with a `|` and a separator row under it."""
    if len(block) < 2 or "|" not in block[0]:
        return False
    separator = block[1].strip()
    return "|" in separator and "-" in separator and set(separator) <= _SEPARATOR


def _width(line: str) -> int:
    """The columns a line is indented (a tab to the next multiple of four, as Markdown)."""
    indent = line[:len(line) - len(line.lstrip(" \t"))]
    return len(indent.expandtabs(_DEEP))

