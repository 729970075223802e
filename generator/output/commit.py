"""Replace the files of one case together: all written under temporary names, then renamed.

A journal callback first records the case's files. Each new file is then written beside its
target as `.<name>.<tag>.tmp` (created with mode 0666, so the umask decides the
permissions, as for any other file the user makes), and the files and the record are
flushed to disk together, with the other cases written at the same time. Only when every
file is complete are the targets renamed over; an existing target is first linked to
`.<name>.<tag>.old`, so a failure while renaming puts the old files back. After a crash
the journal lets the next run finish the renames (or remove the new files, if any of them
is not whole), so a case never keeps a new `.md` beside an old `.docx`.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import stat
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from generator.output.display import shown
from generator.output.faults import OutputFault, fault_message

SYNC = True
"""Flush new files to disk before renaming (off only in benchmarks of the floor)."""


@dataclass(frozen=True)
class Staged:
    """One file of a case on its way to its target."""

    target: Path
    temp: Path
    backup: Path

    def as_json(self) -> list[str]:
        """The three paths, for a journal."""
        return [str(self.target), str(self.temp), str(self.backup)]


Journal = Callable[[list[Staged]], Path]
"""Called with a case's files before they are written; returns the record it wrote, which
reaches the disk with the files, before any rename."""


@dataclass(frozen=True)
class CaseFiles:
    """One case's new files (target → content) and the journal of their progress."""

    targets: Mapping[Path, bytes]
    journal: Journal | None = None


@dataclass
class _Replacing:
    """A case's files during `commit_cases`."""

    files: CaseFiles
    staged: list[Staged]
    renamed: list[Staged] = field(default_factory=list)
    record: Path | None = None
    error: Exception | None = None


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
    error = commit_cases([CaseFiles(targets, journal)], tag)[0]
    if error is not None:
        raise error


def commit_cases(cases: Sequence[CaseFiles], tag: str) -> list[Exception | None]:
    """Replace each case's files all or nothing; return each case's error (None if written).

    The cases share their wait for the disk: every case's journal record and new files
    are written, then all are flushed at once; only then are the files renamed. (Flushing
    each file on its own cost three waits a case; the record need not reach the disk
    before the files, since recovery renames only files that are whole: see `runs`.)
    On Ctrl-C every case not yet fully renamed is put back before the interrupt goes on.
    """
    work = [_Replacing(case, staged_for(case.targets, tag)) for case in cases]
    try:
        _each(work, _write_temps)
        _each(work, _keep_olds)
        _flush_together(work, _flushed)
        _each(work, _rename)
    except BaseException:
        for case in work:
            if case.error is None and len(case.renamed) < len(case.staged):
                _roll_back(case.staged, case.renamed)
        raise
    finally:
        for case in work:
            for item in case.staged:
                _unlink(item.backup)
    return [case.error for case in work]


def _write_temps(case: _Replacing) -> None:
    """Note the case in its journal, then write each new file under its temporary name."""
    if case.files.journal is not None:
        case.record = case.files.journal(case.staged)
    for item in case.staged:
        write_file(item.temp, case.files.targets[item.target])


def _keep_olds(case: _Replacing) -> None:
    """Keep the current files as backups, to put back if renaming fails."""
    for item in case.staged:
        _keep_old(item.target, item.backup)


def _flushed(case: _Replacing) -> list[Path]:
    """What of a case must reach the disk before renaming: its new files and its record."""
    return [item.temp for item in case.staged] + ([case.record] if case.record else [])


def _rename(case: _Replacing) -> None:
    """Rename each new file over its target."""
    for item in case.staged:
        os.replace(item.temp, item.target)
        case.renamed.append(item)


def _each(work: list[_Replacing], step: Callable[[_Replacing], None]) -> None:
    """Take one step for every case still going; a case that fails is put back."""
    for case in work:
        if case.error is None:
            try:
                step(case)
            except Exception as exc:
                _fail(case, exc)


def _flush_together(work: list[_Replacing], paths: Callable[[_Replacing], list[Path]]) -> None:
    """Flush the files of every case still going; if that fails, every such case fails."""
    going = [case for case in work if case.error is None]
    try:
        flush([path for case in going for path in paths(case)])
    except OSError as exc:
        for case in going:
            _fail(case, exc)


def _fail(case: _Replacing, exc: Exception) -> None:
    """Put a case's old files back and keep why it failed (a disk fault in Swedish)."""
    _roll_back(case.staged, case.renamed)
    folder = case.staged[min(len(case.renamed), len(case.staged) - 1)].target.parent
    case.error = OutputFault(fault_message(exc, folder)) if isinstance(exc, OSError) else exc


def flush(paths: Sequence[Path]) -> None:
    """Make written files reach the disk: one `syncfs` per file system where the system has
    it (Linux), otherwise an fsync of each file."""
    if not SYNC or not paths:
        return
    syncfs = _syncfs()
    if syncfs is None:
        for path in paths:
            _fsync(path)
        return
    folders = {os.stat(path.parent).st_dev: path.parent for path in paths}
    for folder in folders.values():
        fd = os.open(folder, os.O_RDONLY | os.O_CLOEXEC)
        try:
            if syncfs(fd) != 0:
                raise _last_error()
        finally:
            os.close(fd)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    """The C library's `syncfs`, if there is one."""
    import ctypes  # only a build that writes needs it

    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    return cast(Callable[[int], int], function)


def _last_error() -> OSError:
    """The error a C library call just reported."""
    import ctypes

    number = ctypes.get_errno()
    return OSError(number, os.strerror(number))


def _fsync(path: Path) -> None:
    """Flush one file to disk."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


def write_file(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write all of `data` to the file: a new one (never over an existing one), or with
    `replace` one that may exist, truncated first. Flushing is left to the caller."""
    how = os.O_TRUNC if replace else os.O_EXCL
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | how | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:  # (`os.write` may write only part)
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


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
