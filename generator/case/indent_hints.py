"""Where a YAML syntax error that is really an indentation slip lies, and what to do.

A key set back to the margin under a key that opens a block (`beslut:` with the next line
`beslutande: …` at column 1 and the lines after it indented) makes YAML read the following
line as more of the value above it, and it reports a colon "on the wrong place" there. The
fault is the line set back: it is reported at that key, saying how far to indent it.
"""

from __future__ import annotations

import re
from typing import Final

from generator.problems import Position

_OPENS: Final = re.compile(r"( *)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*):\s*(?:#.*)?")
"""A key with nothing after it, which opens a block of the lines below it."""
_WITH_TEXT: Final = re.compile(r"( *)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*): +[^\s#'\"|>&*!\[{].*")
"""A key with a plain text after it, which the next line can be read to continue."""


def set_back_key(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for a key set back out of the block above it, if the colon at
    `where` is refused because of it (see the module docstring)."""
    above = _previous(lines, where.line - 1)
    opener = _previous(lines, above) if above is not None else None
    if above is None or opener is None:
        return None
    key, block = _WITH_TEXT.fullmatch(lines[above]), _OPENS.fullmatch(lines[opener])
    indent = len(lines[where.line - 1]) - len(lines[where.line - 1].lstrip(" "))
    if key is None or block is None or not (
        len(key.group(1)) <= len(block.group(1)) < indent
    ):
        return None
    message = (f"'{key.group(2).strip()}' står inte indragen under '{block.group(2).strip()}' "
               f"på rad {opener + 1}, dra in raden {indent} mellanslag som raden under den")
    return Position(above + 1, len(key.group(1)) + 1), message


def _previous(lines: list[str], index: int) -> int | None:
    """The index of the last line before `index` with content (not blank, not a comment)."""
    for before in range(min(index, len(lines)) - 1, -1, -1):
        if lines[before].strip() and not lines[before].lstrip().startswith("#"):
            return before
    return None
