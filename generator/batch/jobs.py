"""What the main process and the workers of a build exchange (kept free of heavy imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from generator.batch.discover import Source
from generator.output.manifest import Changes
from generator.problems import Problem

Status = Literal["byggt", "oförändrat", "handändrat", "misslyckat"]


@dataclass(frozen=True)
class Job:
    """One case to build: where it goes and what beslut last wrote there."""

    source: Source
    recorded: dict[str, str]


@dataclass
class Outcome:
    """What became of one case: its problems (an unchanged case's: the warnings recorded
    when it was built) and, if built, the manifest changes."""

    source: Source
    status: Status
    problems: list[Problem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    edited: tuple[str, ...] = ()
    """A case left alone: its output files edited by hand, as shown."""
    stale: bool = False
    """A case left alone: whether its inputs changed since, so its outputs are stale too."""


@dataclass(frozen=True)
class Setup:
    """What every worker needs to know about the run."""

    out: Path
    template_dirs: tuple[Path, ...]
    force: bool
    run_id: str
    options: tuple[str, ...] = ()
    """The build's options as the user gave them (`-o ut`), for the commands messages name."""
    templates: tuple[str, ...] = ()
    """The template folders as the manifest records them (each case's changes carry them)."""
