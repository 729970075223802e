"""Problems found in a case file, reported to the secretary as `path:line:col: message`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["fel", "varning"]


@dataclass(frozen=True, order=True)
class Position:
    """A 1-based line and column in a source file."""

    line: int
    column: int


START = Position(1, 1)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or doubtful) in a case file, with its place and a Swedish message."""

    path: str
    position: Position
    message: str
    severity: Severity = "fel"

    @property
    def is_error(self) -> bool:
        """Tell whether this problem stops the document from being written."""
        return self.severity == "fel"

    def format(self) -> str:
        """Render as `path:line:col: message` (warnings say so after the place)."""
        prefix = f"{self.path}:{self.position.line}:{self.position.column}: "
        if self.severity == "varning":
            prefix += "varning: "
        return prefix + self.message


class CaseError(Exception):
    """Raised when a case file has problems; carries all of them, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.path, p.position)))
        super().__init__("\n".join(p.format() for p in self.problems))


def has_errors(problems: Iterable[Problem]) -> bool:
    """Tell whether any problem is an error rather than a warning."""
    return any(p.is_error for p in problems)
