"""Replace the files of one case together: all written under temporary names, then renamed.

Each new file is written beside its target as `.<name>.<tag>.tmp` (created with mode 0666,
so the umask decides the permissions, as for any other file the user makes) and flushed to
disk. Only when every file is complete are the targets renamed over; an existing target is
first linked to `.<name>.<tag>.old`, so a failure while renaming puts the old files back. A
journal callback runs before the first rename: after a crash the journal lets the next run
finish the renames, so a case never keeps a new `.md` beside an old `.docx`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.output.display import shown
from generator.output.faults import OutputFault, fault_message

SYNC = True
"""Flush each file to disk before renaming (off only in benchmarks of the floor)."""


@dataclass(frozen=True)
class Staged:
    """One file of a case on its way to its target."""

    target: Path
    temp: Path
    backup: Path

    def as_json(self) -> list[str]:
        """The three paths, for a journal."""
        return [str(self.target), str(self.temp), str(self.backup)]


Journal = Callable[[str, list[Staged]], None]
"""Called with a state ("skriver" before writing, "byter" before renaming) and the files."""


def staged_for(targets: Mapping[Path, bytes], tag: str) -> list[Staged]:
    """Name the temporary and backup file of each target."""
    return [
        Staged(t, t.with_name(f".{t.name}.{tag}.tmp"), t.with_name(f".{t.name}.{tag}.old"))
        for t in targets
    ]


def check_targets(targets: Mapping[Path, bytes]) -> list[str]:
    """Say which targets cannot be replaced: a folder, a device or a pipe in the way."""
    reasons = []
    for target in targets:
        try:
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            continue
        except OSError as exc:
            reasons.append(fault_message(exc, target))
            continue
        if stat.S_ISDIR(mode):
            reasons.append(f"en mapp står i vägen för {shown(target)}; flytta undan mappen")
        elif not stat.S_ISREG(mode):
            reasons.append(f"{shown(target)} är ingen vanlig fil (en enhet eller en pipe) och "
                           "skrivs inte över; välj en annan mapp med -o")
    return reasons


def commit(targets: Mapping[Path, bytes], tag: str, journal: Journal | None = None) -> None:
    """Write every target or, on any failure, leave all of them as they were."""
    staged = staged_for(targets, tag)
    if journal is not None:
        journal("skriver", staged)
    renamed: list[Staged] = []
    try:
        for item in staged:
            _write_new(item.temp, targets[item.target])
        for item in staged:
            _keep_old(item.target, item.backup)
        if journal is not None:
            journal("byter", staged)
        for item in staged:
            os.replace(item.temp, item.target)
            renamed.append(item)
    except BaseException as exc:
        _roll_back(staged, renamed)
        if isinstance(exc, OSError):
            raise OutputFault(fault_message(exc, staged[len(renamed)].target.parent)) from exc
        raise
    finally:
        for item in staged:
            _unlink(item.backup)


def roll_forward(staged: list[Staged]) -> None:
    """Finish the renames of a case whose run stopped after writing every file."""
    for item in staged:
        if os.path.lexists(item.temp):
            os.replace(item.temp, item.target)
        _unlink(item.backup)


def discard(staged: list[Staged]) -> None:
    """Remove what a run left before it began renaming (the old files are untouched)."""
    for item in staged:
        _unlink(item.temp)
        _unlink(item.backup)


def _write_new(path: Path, data: bytes) -> None:
    """Create the file (never over an existing one), write all of it and flush it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        write_all(fd, data)
        if SYNC:
            os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte to an open file (`os.write` may write only part)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _keep_old(target: Path, backup: Path) -> None:
    """Keep the current target under the backup name, to put back if a rename fails."""
    if not os.path.lexists(target):
        return
    _unlink(backup)
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:
        shutil.copy2(target, backup, follow_symlinks=False)


def _roll_back(staged: list[Staged], renamed: list[Staged]) -> None:
    """Put back the old files of the targets already replaced; remove the new ones."""
    for item in reversed(renamed):
        with contextlib.suppress(OSError):
            if os.path.lexists(item.backup):
                os.replace(item.backup, item.target)
            else:
                _unlink(item.target)
    for item in staged:
        _unlink(item.temp)


def _unlink(path: Path) -> None:
    """Remove a file if it is there; never fail."""
    with contextlib.suppress(OSError):
        os.unlink(path)


def prepare_folder(folder: Path) -> None:
    """Make the output folder; a file, a device or a read-only parent in the way is a fault."""
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise OutputFault(f"utdatamappen {shown(folder)} är ingen mapp (en fil eller en enhet); "
                          "ange en mapp med -o")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputFault(fault_message(exc, folder)) from exc


def same_file(one: Path, other: Path) -> bool:
    """Tell whether two paths name one file (when both exist) or one place."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return os.path.abspath(one) == os.path.abspath(other)
