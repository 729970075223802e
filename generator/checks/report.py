"""Shared helpers of the consistency checks: places in the case file and problem building."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.case.yaml_loader import LoadedYaml
from generator.problems import Position, Problem, Severity

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Reporter:
    """Turns a location in the case (and optionally a place inside a text) into a problem."""

    loaded: LoadedYaml
    path: str
    source_lines: Sequence[str] = ()

    def at(self, loc: Loc) -> Position:
        """Position of the value at loc (or of its nearest existing parent)."""
        return self.loaded.locate(loc)

    def problem(self, where: Position, message: str, severity: Severity = "fel") -> Problem:
        """A problem in this case file."""
        return Problem(self.path, where, message, severity)

    def in_text(self, loc: Loc, text: str, offset: int, snippet: str) -> Position:
        """Position of snippet, found at offset in the text at loc; the field start if unsure.

        Exact places are found for literal block scalars (``|``) and for the first line of
        other scalars, and only when the source file's lines were given and show the snippet
        there; otherwise the start of the field is returned.
        """
        start = self.at(loc)
        before = text[:offset]
        line_in_text = before.count("\n")
        nth = before[before.rfind("\n") + 1 :].count(snippet)
        if self._is_literal_block(start):
            line, from_column = start.line + 1 + line_in_text, 0
        elif line_in_text == 0:
            line, from_column = start.line, start.column - 1
        else:
            return start
        column = self._find_nth(line, from_column, snippet, nth)
        return start if column is None else Position(line, column + 1)

    def _source_line(self, line: int) -> str:
        """Text of a 1-based source line, empty when out of range or not given."""
        return self.source_lines[line - 1] if 0 < line <= len(self.source_lines) else ""

    def _is_literal_block(self, start: Position) -> bool:
        """Tell whether the value at start is a literal block scalar (``|``)."""
        return self._source_line(start.line)[start.column - 1 :].startswith("|")

    def _find_nth(self, line: int, from_column: int, snippet: str, nth: int) -> int | None:
        """0-based column of the nth (0-based) occurrence of snippet in a source line."""
        source = self._source_line(line)
        column = source.find(snippet, from_column)
        for _ in range(nth):
            if column < 0:
                break
            column = source.find(snippet, column + 1)
        return column if column >= 0 else None
