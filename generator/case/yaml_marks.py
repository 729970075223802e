"""Source positions of PyYAML marks, shared by the loader and its syntax messages."""

from __future__ import annotations

from yaml.error import Mark

from generator.problems import START, Position

_POSITIONS: dict[tuple[int, int], Position] = {}
"""Positions made so far: every case file has values at much the same few thousand places,
and making a frozen Position costs more than finding it."""
_MAX_POSITIONS = 10_000


def position_of(mark: Mark | None) -> Position:
    """The 1-based position of a PyYAML mark (the start of the file for none)."""
    if mark is None:
        return START
    where = (mark.line, mark.column)
    found = _POSITIONS.get(where)
    if found is None:
        if len(_POSITIONS) >= _MAX_POSITIONS:
            _POSITIONS.clear()
        found = _POSITIONS[where] = Position(mark.line + 1, mark.column + 1)
    return found
