"""One look at a case for the interactive commands (visa, bevaka, förhandsgranska).

`new_session()`, `take()` and `rendered()` are the only places these commands call the
pipeline (`Session`, `Session.check` and `build.render_files`), so a change to the pipeline's
interface is a change here only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.build import render_files
from generator.case.models import Case
from generator.compute.allocation import Mismatch
from generator.compute.computed import Computed, compute_case
from generator.problems import START, CaseError, Problem, has_errors
from generator.render.templates import TemplateProblem
from generator.session import CheckedCase, Session
from generator.word.markdown import MarkdownStructureError


@dataclass(frozen=True)
class Snapshot:
    """A case as it is now: its problems, its figures and, when it has no errors, its files."""

    path: Path
    problems: tuple[Problem, ...]
    case: Case | None = None
    computed: Computed | None = None
    mismatches: tuple[Mismatch, ...] = ()
    files: Mapping[str, bytes] = field(default_factory=dict)
    checked: CheckedCase | None = field(default=None, repr=False, compare=False)

    @property
    def failed(self) -> bool:
        """Tell whether the case has errors (warnings alone do not fail it)."""
        return has_errors(self.problems)

    @property
    def markdown(self) -> str | None:
        """The rendered Markdown, if the case could be rendered."""
        data = self.files.get(f"{self.path.stem}.md")
        return None if data is None else data.decode("utf-8")


def new_session(template_dirs: Sequence[Path] = ()) -> Session:
    """A session that checks and renders with these template folders first."""
    return Session(template_dirs)


def take(path: Path, session: Session, render: bool = False) -> Snapshot:
    """Check a case and compute its figures; render it too if asked and it has no errors."""
    checked = session.check(path)
    if checked.case is None:
        return Snapshot(path, checked.problems)
    computed, mismatches, _ = compute_case(checked.case)
    snapshot = Snapshot(path, checked.problems, checked.case, computed, tuple(mismatches),
                        checked=checked)
    return rendered(snapshot, session) if render else snapshot


def rendered(snapshot: Snapshot, session: Session) -> Snapshot:
    """Render the documents of a case without errors, in memory; a failure is a problem."""
    if snapshot.checked is None or snapshot.failed:
        return snapshot
    try:
        return replace(snapshot, files=render_files(session, snapshot.checked))
    except CaseError as exc:
        problems = exc.problems
    except (TemplateProblem, MarkdownStructureError) as exc:
        problems = (Problem(str(snapshot.path), START, str(exc)),)
    return replace(snapshot, problems=(*snapshot.problems, *problems))
