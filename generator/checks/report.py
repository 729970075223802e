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


_POINTS = {("forslag", "punkter"): "förslaget", ("beslut", "punkter"): "beslutet"}


def point_word(loc: Loc) -> str | None:
    """'förslaget' or 'beslutet' when loc is a proposal or decision point, else None."""
    return _POINTS.get((str(loc[0]), str(loc[1]))) if len(loc) >= 2 else None


def point_place(loc: Loc) -> str:
    """Where a message says a figure typed at loc is: in a point of the proposal or the
    decision ('förslaget', 'beslutet'), else in the text ('texten')."""
    return point_word(loc) or "texten"
