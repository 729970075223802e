"""List items that YAML joins to the text above them, and how to set them apart.

A list item indented further than the item above it (`  - medge …` above `   - protokollet
…`) is no item of its own: YAML reads the line as more of the plain text above and folds
both into one, "medge … - protokollet …", so the decision would silently get one point
instead of two. A plain text (not quoted, not a `|` or `>` block, which may hold such a line
on purpose) that goes on over a line starting with `- ` is therefore reported at that `-`:
under a list item, with how many spaces to take away so that it stands under the `-` above;
under a key with a text, as no list item (the dash may belong to the text: quotes keep it).
"""

from __future__ import annotations

from generator.problems import Position


def joined_items(text: str, start: int, end: int, at: Position) -> list[tuple[Position, str]]:
    """A problem at each line that starts with `- ` and that the plain scalar written from
    index `start` to `end` of text (starting at position `at`) reads as more of its text."""
    found: list[tuple[Position, str]] = []
    lines = text[start:end].splitlines()
    if len(lines) < 2:
        return found
    dash = _dash_before(text, start)
    for offset, line in enumerate(lines[1:], start=1):
        content = line.lstrip(" ")
        if content == "-" or content.startswith("- "):
            column = len(line) - len(content)
            found.append((Position(at.line + offset, column + 1),
                          _message(at.line, column, dash)))
    return found


def _dash_before(text: str, start: int) -> int | None:
    """The column of the `- ` that the scalar at index start is the item of, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" ")
    if before.endswith("-") and before[:-1].strip(" -") == "":
        return len(before) - 1
    return None


def _message(line: int, column: int, dash: int | None) -> str:
    """What the line is read as, and how to make it an item of its own."""
    if dash is None:
        return (f"raden läses som en fortsättning av texten på rad {line}, inte som en "
                "listpunkt; skriv listans punkter på egna rader under nyckeln, alla med samma "
                "indrag, eller sätt texten inom citattecken om strecket hör till texten")
    spaces = column - dash
    return (f"listpunkten står {spaces} mellanslag längre in än punkten på rad {line} och "
            f"läses som en fortsättning av den, ta bort {spaces} mellanslag så att '-' står "
            f"under '-' på rad {line}")
