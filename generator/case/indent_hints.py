"""Where a YAML syntax error that is really an indentation slip lies, and what to do.

A key set back to the margin under a key that opens a block (`beslut:` with the next line
`beslutande: …` at column 1 and the lines after it indented) makes YAML read the following
line as more of the value above it, and it reports a colon "on the wrong place" there. The
fault is the line set back: it is reported at that key, saying how far to indent it.

So is a key indented under its block but less than the keys after it (` beslutande: …` with
`  datum: …` and `  punkter:` below), when the line YAML refuses starts with a key as the
case format spells keys and the line after it has the same indentation: the block goes on
there, and only the key above is out of line. (A text continued on an indented line with a
colon in it, `text: En rad` above `    som fortsätter: med kolon`, is not taken for this.)
"""

from __future__ import annotations

import re
from typing import Final

from generator.problems import Position

_OPENS: Final = re.compile(r"( *)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*):\s*(?:#.*)?")
"""A key with nothing after it, which opens a block of the lines below it."""
_WITH_TEXT: Final = re.compile(r"( *)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*): +[^\s#'\"|>&*!\[{].*")
"""A key with a plain text after it, which the next line can be read to continue."""
_CASE_KEY: Final = re.compile(r" *[a-z][a-z0-9_]*:(?: |$)")
"""A line that starts with a key as the case format spells keys."""


def set_back_key(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for a key set back out of the block above it, if the colon at
    `where` is refused because of it (see the module docstring)."""
    above = _previous(lines, where.line - 1)
    opener = _previous(lines, above) if above is not None else None
    if above is None or opener is None:
        return None
    key, block = _WITH_TEXT.fullmatch(lines[above]), _OPENS.fullmatch(lines[opener])
    indent = len(lines[where.line - 1]) - len(lines[where.line - 1].lstrip(" "))
    if key is None or block is None:
        return None
    name, at, under = key.group(2).strip(), len(key.group(1)), len(block.group(1))
    if at <= under < indent:
        message = (f"'{name}' står inte indragen under '{block.group(2).strip()}' på rad "
                   f"{opener + 1}, dra in raden {indent} mellanslag som raden under den")
    elif under < at < indent and _block_goes_on(lines, where.line - 1, indent):
        message = (f"'{name}' är indragen {at} mellanslag men raderna under den {indent}, dra "
                   f"in raden {indent} mellanslag som raderna under den")
    else:
        return None
    return Position(above + 1, at + 1), message


def _block_goes_on(lines: list[str], index: int, indent: int) -> bool:
    """Whether the line at index starts with a case key and the next line with content has
    the same indentation."""
    if index >= len(lines) or _CASE_KEY.match(lines[index]) is None:
        return False
    after = next((line for line in lines[index + 1:]
                  if line.strip() and not line.lstrip().startswith("#")), None)
    return after is not None and len(after) - len(after.lstrip(" ")) == indent


def _previous(lines: list[str], index: int) -> int | None:
    """The index of the last line before `index` with content (not blank, not a comment)."""
    for before in range(min(index, len(lines)) - 1, -1, -1):
        if lines[before].strip() and not lines[before].lstrip().startswith("#"):
            return before
    return None
