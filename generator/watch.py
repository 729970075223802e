"""`beslut bevaka`: check and render a case again each time it is saved.

The folder of the case is watched (editors often save by writing a new file and renaming it),
or a folder and its subfolders, as `kontrollera`, `skapa` and `bygg` take them (`find_cases`):
only the case files they find count, and any file of the organisation's own profiles
(`profiler/` in the working folder, next to the watched case or folder, in the folder above
it, or in a subfolder of a watched folder: where a case finds them), which checks every
watched case again. A case in a
subfolder writes its documents in the same subfolder of the output folder, as `bygg` does.
After every save the case is checked and, without errors, its documents are written; the
result is one line with the total, or the problems.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from watchfiles import Change, watch

from generator.batch.discover import find_cases, in_tree
from generator.build import Pipeline as Session
from generator.formatting import writing_millions
from generator.output.writer import WriteRefused, write_files
from generator.problems import counted_problems
from generator.resources import LOCAL_PROFILES, case_roots
from generator.show import headline_total
from generator.snapshot import Snapshot, rendered, take

Printer = Callable[[str], None]
INDENT = " " * 9


@dataclass(frozen=True)
class WatchSettings:
    """How to watch: where the documents go, and when to stop (for tests and scripts)."""

    output: Path = Path("output")
    force: bool = False
    rounds: int | None = None
    timeout: float | None = None


@dataclass
class WatchProbe:
    """Lets a caller (a test) see when the folder is watched and when each line was printed."""

    ready: threading.Event = field(default_factory=threading.Event)
    lines: list[tuple[float, str]] = field(default_factory=list)

    def printer(self, inner: Printer) -> Printer:
        """Wrap a printer so that every line is also kept with the time it was printed."""
        def both(line: str) -> None:
            inner(line)
            self.lines.append((time.monotonic(), line))
        return both


def cases_in(target: Path) -> list[Path]:
    """The case files a target names: the file itself, or the case files in a folder and its
    subfolders, as `beslut kontrollera` finds them."""
    if target.is_dir():
        return [source.path for source in find_cases([target], one_output_each=False).sources]
    return [target]


def _output(path: Path, target: Path, settings: WatchSettings) -> Path:
    """Where a case's documents go: its subfolder of the watched folder in the output folder."""
    return settings.output / path.parent.relative_to(target) if target.is_dir() \
        else settings.output


def check_and_render(path: Path, session: Session, settings: WatchSettings,
                     printer: Printer, output: Path | None = None) -> None:
    """Check one case and print the result at once; then write its documents if it has no
    errors (in `output`, else the settings' folder), and say where."""
    if not path.exists():
        printer(f"{path}: filen finns inte längre")
        return
    snapshot = take(path, session)
    _print_all((problem.format() for problem in snapshot.problems), printer)
    printer(summary(snapshot))
    if snapshot.failed:
        return
    done = rendered(snapshot, session)
    _print_all((problem.format() for problem in done.problems[len(snapshot.problems):]), printer)
    if done.files:
        try:
            written = write_files(output or settings.output, done.files, settings.force)
        except WriteRefused as exc:
            printer(f"{path}: {exc}")
            return
        printer(f"{INDENT}dokumenten skrivna: {', '.join(str(p) for p in sorted(written))}")


def summary(snapshot: Snapshot) -> str:
    """One line: the time, the errors and warnings, and the case's total."""
    errors, warnings = counted_problems(snapshot.problems)
    parts = [f"{errors} fel"] if errors else ["inga fel"]
    if warnings:
        parts.append(f"{warnings} {'varning' if warnings == 1 else 'varningar'}")
    with writing_millions(snapshot.millions):
        total = headline_total(snapshot.computed) if snapshot.computed else None
    if total is not None:
        parts.append(total)
    return f"{time.strftime('%H:%M:%S')} {snapshot.path}: {', '.join(parts)}"


def watch_cases(target: Path, session: Session, settings: WatchSettings, printer: Printer,
                probe: WatchProbe | None = None) -> int:
    """Check the cases now and after every save; return how many saves were handled."""
    if probe is not None:
        printer = probe.printer(printer)
    for path in cases_in(target):
        check_and_render(path, session, settings, printer, _output(path, target, settings))
    folder = target if target.is_dir() else target.parent
    profiles = profile_folders(folder)
    watched = [folder, *(p for p in profiles if not p.resolve().is_relative_to(folder.resolve()))]
    also = "".join(f" och {_shown_folder(p)}" for p in profiles)
    printer(f"Bevakar {target}{also} (avsluta med Ctrl+C)")
    deadline = None if settings.timeout is None else time.monotonic() + settings.timeout
    rounds = 0
    for changes in watch(*watched, watch_filter=_case_filter(target, profiles), debounce=200,
                         step=20, rust_timeout=100, yield_on_timeout=True,
                         recursive=target.is_dir() or bool(profiles),
                         raise_interrupt=False):
        if probe is not None:
            probe.ready.set()
        for path in _changed(changes, target, profiles):
            check_and_render(path, session, settings, printer, _output(path, target, settings))
        rounds += bool(changes)
        if (settings.rounds is not None and rounds >= settings.rounds) or (
            deadline is not None and time.monotonic() > deadline
        ):
            break
    return rounds


def profile_folders(folder: Path) -> list[Path]:
    """The organisation's own profile folders that exist for cases in a watched folder:
    `profiler/` in the working folder, next to the folder and in the folder above it."""
    found = dict.fromkeys((Path.cwd() / LOCAL_PROFILES, *case_roots(folder)))
    return [path for path in found if path.is_dir()]


def _shown_folder(path: Path) -> str:
    """A profile folder as the user would name it: from the working folder when inside it."""
    shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
    return f"{shown}/"


def _is_profile(path: Path, profiles: list[Path], folder: Path | None) -> bool:
    """Tell whether a changed file belongs to a profile a watched case may use: in one of the
    profile folders, or in a `profiler` folder anywhere in a watched folder's tree."""
    if any(path.is_relative_to(root.resolve()) for root in profiles):
        return True
    return folder is not None and path.is_relative_to(folder) and \
        LOCAL_PROFILES in path.relative_to(folder).parts[:-1]


def _case_filter(target: Path, profiles: list[Path]) -> Callable[[Change, str], bool]:
    """Let through changes of the watched case, or of any case file in the watched folder's
    tree, and of any file of the profiles the watched cases may use."""
    single = None if target.is_dir() else target.resolve()
    folder = target.resolve() if single is None else None

    def keep(change: Change, raw: str) -> bool:
        path = Path(raw).resolve()
        if _is_profile(path, profiles, folder):
            return True
        if single is not None:
            return path == single
        return folder is not None and in_tree(path, folder)

    return keep


def _changed(changes: set[tuple[Change, str]], target: Path, profiles: list[Path]) -> list[Path]:
    """The case files to check again, each once, in name order, named as the user named
    them: every watched case when a profile changed."""
    folder = target.resolve() if target.is_dir() else None
    if any(_is_profile(Path(raw).resolve(), profiles, folder) for _, raw in changes):
        return cases_in(target)
    if folder is None:
        return [target] if changes else []
    return sorted({target / Path(raw).resolve().relative_to(folder) for _, raw in changes})


def _print_all(lines: Iterable[str], printer: Printer) -> None:
    """Print every line."""
    for line in lines:
        printer(line)
