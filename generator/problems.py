"""Problems found in a case, reported to the secretary as `path:line:col: message`.

Every error beslut raises on purpose derives from `BeslutError`, whose Swedish message is
built where it is raised. The pipeline catches that base once per case; anything else is a
bug and becomes one "internt fel" problem for that case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple

Severity = Literal["fel", "varning"]

Loc = tuple[str | int, ...]
"""A place in a case file as keys and list indexes, e.g. ("fordelning", "omraden", 0)."""


class Position(NamedTuple):
    """A 1-based line and column in a source file.

    The records of this module are named tuples, not dataclasses: a dataclass's methods are
    generated and compiled when its module is imported, a named tuple's mostly not, and a cold
    `beslut kontrollera` imports dozens of such records.
    """

    line: int
    column: int


START = Position(1, 1)


class FollowOn(NamedTuple):
    """What makes a problem only a consequence of another: the figure it names (`reference`,
    "{{ uppdelningar.x.summa }}") cannot be had because of the error at `cause` (the place of
    the split or the cell, as keys) in what it takes the figure from (`subject`,
    "uppdelningen 'x'")."""

    cause: Loc
    reference: str
    subject: str
    checked: bool = False
    """It is a typed amount that cannot be checked (`reference`: "beloppet 4 363 kr i
    kolumnen 'X'"; `subject`: "i kolumnen 'X'"), not a reference that cannot be had."""


class Problem(NamedTuple):
    """One thing wrong (or doubtful) in a case file, with its place and a Swedish message.

    A follow-on (`root` set, the place of the error it follows from) is listed right after
    that error and not counted as one of its own (`checks.follow_ons`)."""

    path: str
    position: Position
    message: str
    severity: Severity = "fel"
    root: Position | None = None

    @property
    def is_error(self) -> bool:
        """Tell whether this problem stops the document from being written."""
        return self.severity == "fel"

    @property
    def counts(self) -> bool:
        """Tell whether this problem counts in a summary (a follow-on does not: the error it
        follows from is counted)."""
        return self.root is None

    def format(self) -> str:
        """Render as `path:line:col: message` on one line (warnings say so after the place).

        Line breaks in the message (a value from the case quoted in it may hold some) become
        spaces, so no line of the output can be taken for another file's.
        """
        prefix = f"{self.path}:{self.position.line}:{self.position.column}: "
        if self.severity == "varning":
            prefix += "varning: "
        return prefix + " ".join(line.strip() for line in self.message.splitlines()
                                 if line.strip())


class Finding(NamedTuple):
    """A problem a stage found at a place in the case, before it is given a file position."""

    loc: Loc
    message: str
    severity: Severity = "fel"
    follows: FollowOn | None = None


def sort_problems(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Order problems by file, then place in the file (errors before warnings at one place);
    a follow-on comes right after the error it follows from, wherever it stands itself.

    The one order of problems: every command lists them so, and `beslut bevaka` and a
    build's report show the first."""
    return tuple(sorted(problems, key=_order))


def _order(problem: Problem) -> tuple[str, Position, bool, Position, bool]:
    """Where a problem is listed: at its root's place, after the root, if it has one."""
    anchor = problem.root or problem.position
    return (problem.path, anchor, problem.root is not None, problem.position,
            not problem.is_error)


def counted_problems(problems: Iterable[Problem]) -> tuple[int, int]:
    """How many errors and how many warnings a summary counts (never a follow-on)."""
    errors = warnings = 0
    for problem in problems:
        if problem.counts:
            errors += problem.is_error
            warnings += not problem.is_error
    return errors, warnings


def has_errors(problems: Iterable[Problem]) -> bool:
    """Tell whether any problem is an error rather than a warning."""
    return any(p.is_error for p in problems)


class BeslutError(Exception):
    """Base of every error beslut raises on purpose; the message is Swedish and complete.

    `problems` holds the places in a file when the error knows them; otherwise the
    message is reported at the start of the file being processed.
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = sort_problems(problems)

    def problems_for(self, path: str) -> tuple[Problem, ...]:
        """The problems to report for the case at path."""
        return self.problems or (Problem(path, START, self.message),)


class CaseError(BeslutError):
    """A case (or profile) file has problems; carries all of them, in file order."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        found = sort_problems(problems)
        super().__init__("\n".join(p.format() for p in found), found)
