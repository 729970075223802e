"""Shared helper of the consistency checks: places in the case file and problem building."""

from __future__ import annotations

from typing import NamedTuple

from generator.case.yaml_loader import LoadedYaml
from generator.problems import Loc, Position, Problem, Severity
from generator.text.positions import position_in_field


class Reporter(NamedTuple):
    """Turns a location in the case (and optionally a place inside a text) into a problem."""

    loaded: LoadedYaml
    path: str

    def at(self, loc: Loc) -> Position:
        """Position of the value at loc (or of its nearest existing parent)."""
        return self.loaded.locate(loc)

    def locate_key(self, loc: Loc) -> Position:
        """Position of the key at loc (or of its value)."""
        return self.loaded.locate_key(loc)

    def problem(self, where: Position, message: str, severity: Severity = "fel") -> Problem:
        """A problem in this case file."""
        return Problem(self.path, where, message, severity)

    def in_text(self, loc: Loc, text: str, offset: int, snippet: str) -> Position:
        """Position of snippet, found at offset in the text at loc (see text.positions)."""
        return position_in_field(self.loaded, loc, text, offset, snippet)
