"""Where a piece of a text field stands in the case file: the one rule for every message.

A problem inside a text (an amount, a date, a `{{ … }}` reference) points at the line and
column where the piece is written, whatever the scalar style (`|`, `>`, plain or quoted).
The piece is searched in the source between the field's start and the next value of the
file, whitespace matching any run of whitespace (so a folded line break is found too), as
the n-th occurrence when the text holds it more than once. When the source does not show
it (escapes in a quoted string), the field's own start is the place.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from generator.case.yaml_loader import LoadedYaml
from generator.problems import Loc, Position


@lru_cache(maxsize=1024)
def _pattern(snippet: str) -> re.Pattern[str] | None:
    """The snippet as a regex in which each whitespace run matches any whitespace run."""
    words = snippet.split()
    return re.compile(r"\s+".join(re.escape(w) for w in words)) if words else None


@lru_cache(maxsize=256)
def _starts(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where the pattern matches in text (cached: a text with many problems is scanned once)."""
    return tuple(match.start() for match in pattern.finditer(text))


def position_in_field(
    loaded: LoadedYaml, loc: Loc, text: str, offset: int, snippet: str
) -> Position:
    """Position of `snippet`, found at `offset` in the text of the field at `loc`."""
    start = loaded.locate(loc)
    pattern = _pattern(snippet)
    if pattern is None or not loaded.lines:
        return start
    nth = bisect_left(_starts(pattern, text), offset)
    source, first = _field_source(loaded, start)
    matches = _starts(pattern, source)
    if nth >= len(matches):
        return start
    return _position_at(start, source, first + matches[nth])


def position_of_line(loaded: LoadedYaml, loc: Loc, text: str, line_in_text: int) -> Position:
    """Position of a 1-based line of a field's text: its first `{{`, else its first word."""
    lines = text.split("\n")
    index = min(max(line_in_text, 1), len(lines)) - 1
    offset = sum(len(line) + 1 for line in lines[:index])
    line = lines[index]
    brace = line.find("{")
    piece = line[brace:].split("}")[0] if brace >= 0 else line.strip()
    return position_in_field(loaded, loc, text, offset + max(brace, 0), piece)


def _field_source(loaded: LoadedYaml, start: Position) -> tuple[str, int]:
    """The source from the field's start to the next value, and its offset in the line."""
    cache = loaded.field_sources
    if start not in cache:
        cache[start] = _read_field_source(loaded, start)
    return cache[start]


def _read_field_source(loaded: LoadedYaml, start: Position) -> tuple[str, int]:
    """The source from the field's start to the next value, read from the file's lines."""
    ends = loaded.sorted_positions
    following = ends[bisect_right(ends, start):]
    end = following[0] if following else Position(len(loaded.lines) + 1, 1)
    lines = list(loaded.lines[start.line - 1 : end.line])
    if not lines:
        return "", 0
    if end.line - start.line < len(lines):
        lines[-1] = lines[-1][: end.column - 1]
    first = start.column - 1
    lines[0] = lines[0][first:]
    return "\n".join(lines), 0


def _position_at(start: Position, source: str, index: int) -> Position:
    """Turn an index into the field's source (which begins at `start`) into a file position."""
    breaks = source.count("\n", 0, index)
    if not breaks:
        return Position(start.line, start.column + index)
    return Position(start.line + breaks, index - source.rfind("\n", 0, index))
