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

The same rule read the other way: a key indented further than the key above it (`  datum:
…` above `   ordforande: …`), when the lines after it stand where the key above does (or
the block ends there), makes YAML read it as more of the text above, and the colon is
refused. Only the key indented too far is out of line: it is reported at that key, saying
how many spaces to take away. So is a key under a list item (`- namn: Karlshamn` above
`      belopp: …`), which lines up with the key after the `- `. (Only inside a block: under
a top-level key with a text, an indented line may as well be more of that text.)

And a key indented less than the key with a text above it but still inside the mapping
that key stands in (further in than the key that opens it, or at least as far in as the
`- ` of its list item) ends that mapping where YAML expects none to end: it is reported at
that key, saying how many spaces to add (`short_key`). So is a list item (`- omrade: …`)
set back from the items above it, but still further in than the key that opens the list
(`short_item`).

And a key set out of its block to the left, further out than the keys above it (`yrkanden:`
at the margin in the middle of `beslut:`, its list indented under it), makes YAML end the
block there and refuse the next key that stands where the block's keys do, lines below
(`beslutsgang:`). The fault is the key set out: when the lines between it and the refused
key are all further in than that key (its own value), and the nearest line above it that
is not is a key standing where the refused one does, it is reported at the key set out,
saying how many spaces to add (`set_out_key`). So is a key with a text set out
(`datum: 2010-11-18` at the margin above `  paragraf: § 17`), whose next line YAML reads as
more of the text, and one with a text of several lines (`beslutsgang: |`).
"""

from __future__ import annotations

import re
from functools import cache

from generator.problems import Position


@cache
def _opens() -> re.Pattern[str]:
    """A key with nothing after it, which opens a block of the lines below it."""
    return re.compile(r"( *)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*):\s*(?:#.*)?")


@cache
def _with_text() -> re.Pattern[str]:
    """A key with a plain text after it (maybe after the `- ` of a list item), which the next
    line can be read to continue."""
    return re.compile(
        r"( *)((?:- +)*)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*): +[^\s#'\"|>&*!\[{].*")


@cache
def _opens_item() -> re.Pattern[str]:
    """A list item whose first key opens a block (`- rader:`)."""
    return re.compile(r"( *)((?:- +)+)([^\s#:'\"\[\]{}&*!|>%@`-][^:#]*):\s*(?:#.*)?")


@cache
def _case_key() -> re.Pattern[str]:
    """A line that starts with a key as the case format spells keys."""
    return re.compile(r" *[a-z][a-z0-9_]*:(?: |$)")


def set_back_key(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for a key out of line with its block, if the colon at `where`
    is refused because of it (see the module docstring)."""
    above = previous_line(lines, where.line - 1)
    key = _with_text().fullmatch(lines[above]) if above is not None else None
    if above is None or key is None:
        return None
    at, indent = key.end(2), _indent(lines[where.line - 1])
    if indent <= at:
        return None
    name = key.group(3).strip()
    opener = previous_line(lines, above)
    block = _opens().fullmatch(lines[opener]) if opener is not None and not key.group(2) else None
    if block is not None:
        set_back = _set_back(name, at, block, opener, indent, lines, where)
        if set_back is not None:
            return Position(above + 1, at + 1), set_back
    return _too_far(lines, where.line, (above, at, name), indent)


def _too_far(lines: list[str], line: int, above: tuple[int, int, str],
             indent: int) -> tuple[Position, str] | None:
    """The place and message for the key on `line` (1-based), indented `indent`, when it is
    indented further than the key `above` (its line index, column and name) inside a block
    that goes on (or ends) where that key stands."""
    index, at, name = above
    if not at or not _case_key().match(lines[line - 1]) or not _block_ends(lines, line, indent, at):
        return None
    key = lines[line - 1].split(":", 1)[0].strip()
    return Position(line, indent + 1), (
        f"'{key}' står {indent - at} mellanslag längre in än '{name}' på rad {index + 1}, "
        f"ta bort {indent - at} mellanslag så att den står under '{name}'")


def short_key(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for a key on `where`'s line indented less than the key with a
    text above it, inside the mapping that key stands in (see the module docstring)."""
    line = lines[where.line - 1] if where.line <= len(lines) else ""
    above = previous_line(lines, where.line - 1)
    key = _with_text().fullmatch(lines[above]) if above is not None else None
    if above is None or key is None or not _case_key().match(line):
        return None
    at, indent = key.end(2), _indent(line)
    inside = _mapping_start(lines, above, key)
    if inside is None or not inside <= indent < at:
        return None
    name, own = key.group(3).strip(), line.split(":", 1)[0].strip()
    return Position(where.line, indent + 1), (
        f"'{own}' står {at - indent} mellanslag längre ut än '{name}' på rad {above + 1}, "
        f"lägg till {at - indent} mellanslag så att den står under '{name}'")


def set_out_key(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for a key set out to the left of the block it stands in, if
    that is why the key on `where`'s line is refused (see the module docstring)."""
    line = lines[where.line - 1] if where.line <= len(lines) else ""
    if not _case_key().match(line):
        return None
    indent = _indent(line)
    out = previous_line(lines, where.line - 1, indent)
    if out is None or _indent(lines[out]) == indent or not _case_key().match(lines[out]):
        return None
    sibling = previous_line(lines, out, indent)
    if sibling is None or _indent(lines[sibling]) != indent \
            or not _case_key().match(lines[sibling]):
        return None
    at, name = _indent(lines[out]), lines[out].split(":", 1)[0].strip()
    above = lines[sibling].split(":", 1)[0].strip()
    return Position(out + 1, at + 1), (
        f"'{name}' står {indent - at} mellanslag längre ut än '{above}' på rad {sibling + 1}, "
        f"lägg till {indent - at} mellanslag så att den står under '{above}'")


def short_item(lines: list[str], where: Position) -> tuple[Position, str] | None:
    """The place and message for a list item on `where`'s line set back from the items of
    the list above it, while further in than the key that opens that list."""
    line = lines[where.line - 1] if where.line <= len(lines) else ""
    if not line.lstrip(" ").startswith("- "):
        return None
    indent = _indent(line)
    for before in range(where.line - 2, -1, -1):
        above = lines[before]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        if _indent(above) <= indent:
            return None  # the list's own key, or another block: not this slip
        if not above.lstrip(" ").startswith("- ") or _indent(above) > indent + 4:
            continue  # more of an item above
        short = _indent(above) - indent
        return Position(where.line, indent + 1), (
            f"listpunkten står {short} mellanslag längre ut än listpunkten på rad {before + 1}, "
            f"lägg till {short} mellanslag så att '-' står under '-' på rad {before + 1}")
    return None


def _mapping_start(lines: list[str], index: int, key: re.Match[str]) -> int | None:
    """The least indentation a line may have and still be inside the mapping that the key
    `key` (on line index `index`) stands in: its list item's `- `, or one past the key
    that opens it; None when neither is found."""
    if key.group(2):
        return len(key.group(1))
    at = key.end(2)
    for before in range(index - 1, -1, -1):
        line = lines[before]
        if not line.strip() or line.lstrip().startswith("#") or _indent(line) >= at:
            continue
        item = _with_text().fullmatch(line) or _opens_item().fullmatch(line)
        if item is not None and item.group(2) and item.end(2) == at:
            return len(item.group(1))
        opens = _opens().fullmatch(line)
        return len(opens.group(1)) + 1 if opens is not None else None
    return None


def _set_back(name: str, at: int, block: re.Match[str], opener: int | None, indent: int,
              lines: list[str], where: Position) -> str | None:
    """The message for the key above `where`, `name` at column `at`, when it is set back
    out of the block that `block` (on line index `opener`) opens."""
    under = len(block.group(1))
    if at <= under < indent:
        return (f"'{name}' står inte indragen under '{block.group(2).strip()}' på rad "
                f"{(opener or 0) + 1}, dra in raden {indent} mellanslag som raden under den")
    if under < at and _block_goes_on(lines, where.line - 1, indent):
        return (f"'{name}' är indragen {at} mellanslag men raderna under den {indent}, dra "
                f"in raden {indent} mellanslag som raderna under den")
    return None


def _block_ends(lines: list[str], index: int, indent: int, at: int) -> bool:
    """Whether the first line with content from index on that is not indented further than
    `indent` (past the block the key on the line before may open) stands at most at `at`,
    or there is none."""
    for line in lines[index:]:
        if line.strip() and not line.lstrip().startswith("#") and _indent(line) <= indent:
            return _indent(line) <= at
    return True


def _indent(line: str) -> int:
    """How many spaces the line starts with."""
    return len(line) - len(line.lstrip(" "))


def _block_goes_on(lines: list[str], index: int, indent: int) -> bool:
    """Whether the line at index starts with a case key and the next line with content has
    the same indentation."""
    if index >= len(lines) or _case_key().match(lines[index]) is None:
        return False
    after = next((line for line in lines[index + 1:]
                  if line.strip() and not line.lstrip().startswith("#")), None)
    return after is not None and _indent(after) == indent


def previous_line(lines: list[str], index: int, deepest: int | None = None) -> int | None:
    """The index of the last line before `index` with content (not blank, not a comment),
    with `deepest` the last one indented at most that far."""
    for before in range(min(index, len(lines)) - 1, -1, -1):
        if lines[before].strip() and not lines[before].lstrip().startswith("#") \
                and (deepest is None or _indent(lines[before]) <= deepest):
            return before
    return None
