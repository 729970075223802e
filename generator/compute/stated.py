"""Figures the case states beside the ones the tool computes: the one comparison rule."""

from __future__ import annotations

from dataclasses import dataclass

from generator.problems import Loc


@dataclass(frozen=True)
class Mismatch:
    """A stated figure that differs from the computed one."""

    loc: Loc
    level: str
    stated: int
    computed: int

    @property
    def difference(self) -> int:
        """Stated minus computed."""
        return self.stated - self.computed


def compare(loc: Loc, level: str, stated: int | None, computed: int) -> list[Mismatch]:
    """A mismatch when the case states a figure and it differs from the computed one."""
    if stated is None or stated == computed:
        return []
    return [Mismatch(loc, level, stated, computed)]
