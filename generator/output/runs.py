"""Runs writing into an output folder: a lock held while a run lives, and its journals.

A run holds a shared lock on `.beslut/runs/<id>.lock` for as long as it (or any of its
worker processes) lives. Each case it writes has a journal in `.beslut/runs/<id>/`, naming
the files (relative to the output folder, so a copied folder recovers too) and the manifest
changes, `<case>.json`, written before its new files. The next run into the folder finds
runs whose lock is free (they stopped: a crash, `kill -9`, a power cut), finishes or
discards their half-done cases and records them in the manifest.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.output.commit import Journal, Staged, discard, roll_forward, write_file
from generator.output.manifest import MANIFEST, Changes, digest, update_manifest

STATE = ".beslut"


class Run:
    """One run's id, lock and journals in an output folder."""

    def __init__(self, root: Path, run_id: str | None = None) -> None:
        self.root = root
        self.id = run_id or uuid.uuid4().hex[:16]
        self.folder = root / STATE / "runs" / self.id
        self._fd: int | None = None

    def start(self) -> Run:
        """Take the run's lock (creating its folder); call once per process."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.folder.with_suffix(".lock"),
                           os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        fcntl.flock(self._fd, fcntl.LOCK_SH)
        return self

    def close(self) -> None:
        """Release the lock and remove the run's folder if it is empty."""
        if self._fd is None:
            return
        try:
            self.folder.rmdir()
            self.folder.with_suffix(".lock").unlink()
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None

    def journal_path(self, key: str) -> Path:
        """Where the journal of a case is kept."""
        return self.folder / _journal_name(key)

    def forget(self, key: str) -> None:
        """Remove a case's journal (once the manifest holds its changes, or nothing was
        renamed)."""
        self.journal_path(key).unlink(missing_ok=True)

    def journal(self, key: str, changes: Changes) -> Journal:
        """A journal callback for `commit` that records the case's files and changes.

        The record is written before the new files, as a new file, and reaches the disk
        with them, before any rename (`commit_cases`). The next run after a crash renames
        a case's files only if every one of them is whole (`_whole`: it has the hash the
        record names), else removes them and the old files stay. A record that is lost or
        torn (a power cut before the flush) means that nothing was renamed either; at worst
        hidden temporary files stay beside the documents.
        """
        path = self.journal_path(key)

        def write(staged: list[Staged]) -> Path:
            files = [[os.path.relpath(p, self.root) for p in s.as_json()] for s in staged]
            record = {"state": "byter", "files": files, "changes": changes.as_json()}
            write_file(path, json.dumps(record, ensure_ascii=False).encode(), replace=True)
            return path

        return write


def _journal_name(key: str) -> str:
    """The file name of a case's journal in any run's folder."""
    return hashlib.sha256(key.encode()).hexdigest()[:20] + ".json"


def journaled(root: Path, key: str) -> list[Changes]:
    """The manifest changes that the journals of every run, going or stopped, hold for a
    case: what runs wrote for it and have not recorded in the manifest yet."""
    runs = root / STATE / "runs"
    return [Changes.from_json(_read(path).get("changes"))
            for path in sorted(runs.glob(f"*/{_journal_name(key)}"))]


def recover(root: Path, manifest: str = MANIFEST, only: str | None = None) -> Changes:
    """Finish or discard the cases of stopped runs and record the finished ones in the
    `manifest`; return the changes recorded (those of the cases finished). `only` names the
    one run to take (a run that was stopped cleanly folds in what its workers wrote, once
    none of them lives)."""
    finished = Changes()
    for lock in _stopped_runs(root, only):
        finished.add(_recover_run(root, lock.with_suffix(""), manifest))
        lock.unlink(missing_ok=True)
    return finished


def unfinished(root: Path, whole: bool = True) -> Changes:
    """The manifest changes stopped runs left in journals, without touching anything: those
    of the cases whose files are whole, or (not `whole`) of every case they were writing.

    `build --check` reads the manifest through these, so a case a stopped run wrote is
    not taken for a hand edit before the next build records it.
    """
    changes = Changes()
    for lock in _stopped_runs(root):
        for path in sorted(lock.with_suffix("").glob("*.json")):
            record = _read(path)
            if _whole(root, record) or not whole:
                changes.add(Changes.from_json(record.get("changes")))
    return changes


def _stopped_runs(root: Path, only: str | None = None) -> Iterator[Path]:
    """Yield the lock file of each stopped run (`only`: of that run, if it has stopped),
    holding its lock while the caller works."""
    runs = root / STATE / "runs"
    if not runs.is_dir():
        return
    for lock in sorted(runs.glob(f"{only or '*'}.lock")):
        try:
            fd = os.open(lock, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        try:
            yield lock
        finally:
            os.close(fd)


def _recover_run(root: Path, folder: Path, manifest: str) -> Changes:
    """Handle every journal of one stopped run; record finished cases in the manifest and
    return their changes."""
    changes = Changes()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        record = _read(path)
        staged = [Staged(root / t, root / n, root / b) for t, n, b in _files(record)]
        if _whole(root, record):
            roll_forward(staged)
            changes.add(Changes.from_json(record.get("changes")))
        else:
            discard(staged)
    update_manifest(root, changes, manifest)
    shutil.rmtree(folder, ignore_errors=True)
    return changes


def _files(record: dict[str, Any]) -> list[list[str]]:
    """A record's files: [target, temporary, backup] each, relative to the output folder."""
    files = record.get("files")
    return files if isinstance(files, list) else []


def _whole(root: Path, record: dict[str, Any]) -> bool:
    """Whether a case's new files may be renamed into place: the record was written before
    renaming could begin ("skriver" marks one of an earlier version that was not) and each
    file is whole, its temporary file, or the target it was already renamed to, having the
    hash the record names."""
    if record.get("state") != "byter":
        return False
    hashes = Changes.from_json(record.get("changes")).files
    for target, temp, _ in _files(record):
        path = root / temp if os.path.lexists(root / temp) else root / target
        try:
            whole = hashes.get(target) == digest(path.read_bytes())
        except OSError:
            whole = False
        if not whole:
            return False
    return True


def _read(path: Path) -> dict[str, Any]:
    """Read a journal; an unreadable one is treated as a case not yet renamed."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
