"""One look at a case for the interactive commands (visa, bevaka, förhandsgranska).

`new_session()`, `take()` and `rendered()` are the only places these commands call the
pipeline (`build.Pipeline`), so a change to the pipeline's interface is a change here only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.build import Pipeline
from generator.case.models import Case
from generator.compute.computed import Computed
from generator.compute.stated import Mismatch
from generator.formatting import MILLIONS
from generator.problems import Problem, has_errors
from generator.table_shape import TableGroups


@dataclass(frozen=True)
class Snapshot:
    """A case as it is now: its problems, its figures and, when it has no errors, its files."""

    path: Path
    problems: tuple[Problem, ...]
    case: Case | None = None
    computed: Computed | None = None
    mismatches: tuple[Mismatch, ...] = ()
    files: Mapping[str, bytes] = field(default_factory=dict)
    millions: str = MILLIONS
    """The word its house style writes millions with (`formatting.writing_millions`)."""
    tables: tuple[TableGroups, ...] = ()
    """The groups of the data tables its documents print, as Word knows them."""

    @property
    def failed(self) -> bool:
        """Tell whether the case has errors (warnings alone do not fail it)."""
        return has_errors(self.problems)

    @property
    def markdown(self) -> str | None:
        """The rendered Markdown, if the case could be rendered."""
        data = self.files.get(f"{self.path.stem}.md")
        return None if data is None else data.decode("utf-8")


def new_session(template_dirs: Sequence[Path] = ()) -> Pipeline:
    """A pipeline that checks and renders with these template folders first."""
    return Pipeline(template_dirs)


def take(path: Path, session: Pipeline, render: bool = False) -> Snapshot:
    """Check a case and compute its figures; render it too if asked and it has no errors."""
    result = session.build(path, documents=render)
    return Snapshot(path, tuple(result.problems), result.case, result.computed,
                    result.mismatches, result.files, result.millions, result.tables)


def rendered(snapshot: Snapshot, session: Pipeline) -> Snapshot:
    """The snapshot with its documents rendered in memory (a failure becomes a problem)."""
    if snapshot.failed or snapshot.files:
        return snapshot
    return take(snapshot.path, session, render=True)
