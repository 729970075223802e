"""Runs writing into an output folder: a lock held while a run lives, and its journals.

A run holds a shared lock on `.beslut/runs/<id>.lock` for as long as it (or any of its
worker processes) lives. Each case it writes has a journal in `.beslut/runs/<id>/`, naming
the files (relative to the output folder, so a copied folder recovers too) and the manifest
changes: `<case>.json` before its new files are written, and `<case>.byter.json` before
they are renamed into place. The next run into the folder finds runs whose lock is free
(they stopped: a crash, `kill -9`, a power cut), finishes or discards their half-done cases
and records them in the manifest.
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

from generator.output.commit import Journal, Staged, discard, roll_forward, write_all
from generator.output.manifest import Changes, replace_file, update_manifest

STATE = ".beslut"
RENAMING = ".byter.json"
"""The ending of a case's second journal record (see `Run.journal`)."""


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
        """Where the journal of a case is kept (its first record; see `journal`)."""
        return self.folder / (hashlib.sha256(key.encode()).hexdigest()[:20] + ".json")

    def forget(self, key: str) -> None:
        """Remove a case's journal (once the manifest holds its changes, or nothing was
        renamed)."""
        path = self.journal_path(key)
        path.unlink(missing_ok=True)
        _renaming(path).unlink(missing_ok=True)

    def journal(self, key: str, changes: Changes) -> Journal:
        """A journal callback for `commit` that records the case's files and changes.

        Only the "byter" record is flushed to disk: it is renamed into place under a name of
        its own (so it is whole or absent) and returned, and `commit_cases` flushes it before
        any rename. (Renamed over the first record, it cost 1–4 ms a case on ext4, which
        starts writing a file out when it replaces another; onto a new name, microseconds.) The
        "skriver" record need not be: it only lets the next run remove the temporary files
        of a case that never began renaming, and the old files stay as they were whether or
        not it is found. A killed process loses nothing the kernel has taken; after a power
        cut a lost or partly written "skriver" record reads as a case not yet renamed, and
        at worst leaves hidden temporary files beside the documents. Renaming begins only
        once the "byter" record is on disk.
        """
        path = self.journal_path(key)
        body: list[str] = []

        def write(state: str, staged: list[Staged]) -> Path | None:
            if not body:
                files = [[os.path.relpath(p, self.root) for p in s.as_json()] for s in staged]
                body.append(json.dumps({"files": files, "changes": changes.as_json()},
                                       ensure_ascii=False))
            record = f'{{"state": {json.dumps(state)}, {body[0][1:]}'.encode()
            if state == "skriver":
                _write_unsynced(path, record)
                return None
            replace_file(_renaming(path), record, sync=False)
            return _renaming(path)

        return write


def _write_unsynced(path: Path, data: bytes) -> None:
    """Write a file in place, leaving it to the system to flush."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        write_all(fd, data)
    finally:
        os.close(fd)


def recover(root: Path) -> int:
    """Finish or discard the cases of stopped runs; return how many were finished."""
    finished = 0
    for lock in _stopped_runs(root):
        finished += _recover_run(root, lock.with_suffix(""))
        lock.unlink(missing_ok=True)
    return finished


def unfinished(root: Path) -> Changes:
    """The manifest changes stopped runs left in journals, without touching anything.

    `build --check` reads the manifest through these, so a case a stopped run wrote is
    not taken for a hand edit before the next build records it.
    """
    changes = Changes()
    for lock in _stopped_runs(root):
        for path in _journals(lock.with_suffix("")):
            record = _latest(path)
            if record.get("state") == "byter":
                changes.add(Changes.from_json(record.get("changes")))
    return changes


def _stopped_runs(root: Path) -> Iterator[Path]:
    """Yield the lock file of each stopped run, holding its lock while the caller works."""
    runs = root / STATE / "runs"
    if not runs.is_dir():
        return
    for lock in sorted(runs.glob("*.lock")):
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


def _recover_run(root: Path, folder: Path) -> int:
    """Handle every journal of one stopped run; record finished cases in the manifest."""
    changes = Changes()
    finished = 0
    for path in _journals(folder):
        record = _latest(path)
        staged = [Staged(root / t, root / n, root / b) for t, n, b in record.get("files") or []]
        if record.get("state") == "byter":
            roll_forward(staged)
            changes.add(Changes.from_json(record.get("changes")))
            finished += 1
        else:
            discard(staged)
    update_manifest(root, changes)
    shutil.rmtree(folder, ignore_errors=True)
    return finished


def _renaming(path: Path) -> Path:
    """Where the "byter" record of the journal at `path` is kept."""
    return path.with_suffix(RENAMING)


def _journals(folder: Path) -> list[Path]:
    """The journal of each case of a run (its first record's path, which may be gone)."""
    if not folder.is_dir():
        return []
    return sorted({folder / (path.name.split(".", 1)[0] + ".json")
                   for path in folder.glob("*.json")})


def _latest(path: Path) -> dict[str, Any]:
    """A case's latest whole journal record: "byter" if it reached the disk, else the first.

    Renaming begins only once the "byter" record is on disk, so a missing or unreadable
    one means that nothing was renamed.
    """
    record = _read(_renaming(path))
    return record if record.get("state") == "byter" else _read(path)


def _read(path: Path) -> dict[str, Any]:
    """Read a journal; an unreadable one is treated as a case not yet renamed."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
