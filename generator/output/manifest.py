"""The output folder's manifest: what beslut wrote there and what each case was made from.

`.beslut-manifest.json` holds `files` (every output file's path in the folder → SHA-256 of
what beslut wrote) and `cases` (per case: its source, the hash of each input, its output
files and the warnings it had when built, shown again while it stays unchanged, and
whether its case file was named by itself rather than found in a folder) and
`templates`, the template folders (`--templates`) the archive was last built with, as given
(absent in a manifest written before they were recorded: then the built-in ones). It is only
ever changed under an exclusive lock (`.beslut/manifest.lock`), by reading it, applying one
run's changes and renaming a new version into place, so two runs into one folder never lose
each other's entries.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeGuard

from generator.problems import Position, Problem

MANIFEST = ".beslut-manifest.json"
LOCK = ".beslut/manifest.lock"
FORMAT = 2


class RecordedWarning(NamedTuple):
    """A warning a case had when it was built: its place and message as they were printed.

    `path` is "" for the case file itself, which is shown as the run that prints the warning
    names the case (a path given on the command line belongs to that run, not to the folder).
    """

    path: str
    line: int
    column: int
    message: str

    @classmethod
    def of(cls, problem: Problem, case: str) -> RecordedWarning:
        """Record a warning of the case shown as `case`."""
        path = "" if problem.path == case else problem.path
        return cls(path, problem.position.line, problem.position.column, problem.message)

    def problem(self, case: str) -> Problem:
        """The warning again, for the case shown as `case`."""
        return Problem(self.path or case, Position(self.line, self.column), self.message,
                       "varning")

    def as_json(self) -> dict[str, Any]:
        """The warning as stored (no path for the case file itself)."""
        data: dict[str, Any] = {"line": self.line, "column": self.column,
                                "message": self.message}
        return {"path": self.path, **data} if self.path else data

    @classmethod
    def from_json(cls, data: Any) -> RecordedWarning | None:
        """Read a stored warning; None if it is not one."""
        if not isinstance(data, dict):
            return None
        line, column, message = data.get("line"), data.get("column"), data.get("message")
        if _number(line) and _number(column) and isinstance(message, str):
            return cls(str(data.get("path") or ""), line, column, message)
        return None


@dataclass
class CaseEntry:
    """What one case's outputs were made from, what they were, and its warnings then."""

    source: str
    inputs: dict[str, str]
    outputs: dict[str, str]
    warnings: tuple[RecordedWarning, ...] = ()
    named: bool = False
    """Whether the case file was named by itself, outside the folders the output folder was
    built from: a build that names nothing builds such a case again, not its whole folder."""

    def as_json(self) -> dict[str, Any]:
        """The entry as stored (`warnings` only when it had some, `named` only when true)."""
        data: dict[str, Any] = {"source": self.source, "inputs": self.inputs,
                                "outputs": self.outputs}
        if self.warnings:
            data["warnings"] = [warning.as_json() for warning in self.warnings]
        if self.named:
            data["named"] = True
        return data

    @classmethod
    def from_json(cls, data: Any) -> CaseEntry | None:
        """Read a stored entry; None if it is not one. An entry without `warnings` (written
        before they were recorded) has none; an unreadable warning is left out."""
        if not isinstance(data, dict):
            return None
        inputs, outputs = data.get("inputs"), data.get("outputs")
        if not isinstance(inputs, dict) or not isinstance(outputs, dict):
            return None
        stored = data.get("warnings")
        read = [RecordedWarning.from_json(w) for w in stored] if isinstance(stored, list) else []
        return cls(str(data.get("source", "")), _strings(inputs), _strings(outputs),
                   tuple(warning for warning in read if warning is not None),
                   data.get("named") is True)


@dataclass
class Manifest:
    """The files beslut wrote in a folder and the cases they came from."""

    files: dict[str, str] = field(default_factory=dict)
    cases: dict[str, CaseEntry] = field(default_factory=dict)
    templates: tuple[str, ...] | None = None
    """The template folders of the last build, as recorded (None: not recorded)."""

    def to_bytes(self) -> bytes:
        """The manifest as stored: sorted keys, one entry per line group."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "files": self.files,
            "cases": {key: entry.as_json() for key, entry in self.cases.items()},
        }
        if self.templates is not None:
            data["templates"] = list(self.templates)
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


@dataclass
class Changes:
    """One run's changes to a manifest: set or remove files and cases, and record the
    template folders (None: leave them as they are)."""

    files: dict[str, str | None] = field(default_factory=dict)
    cases: dict[str, CaseEntry | None] = field(default_factory=dict)
    templates: tuple[str, ...] | None = None

    def __bool__(self) -> bool:
        """Tell whether there is anything to change."""
        return bool(self.files or self.cases) or self.templates is not None

    def add(self, other: Changes) -> None:
        """Take over another set of changes (later ones win)."""
        self.files.update(other.files)
        self.cases.update(other.cases)
        if other.templates is not None:
            self.templates = other.templates

    def apply(self, manifest: Manifest) -> None:
        """Change the manifest in place."""
        for name, digest in self.files.items():
            _set(manifest.files, name, digest)
        for key, entry in self.cases.items():
            _set(manifest.cases, key, entry)
        if self.templates is not None:
            manifest.templates = self.templates

    def as_json(self) -> dict[str, Any]:
        """The changes as stored in a journal (its template folders when they are set, so
        that a run stopped before it recorded them still tells them)."""
        cases = {k: (e.as_json() if e else None) for k, e in self.cases.items()}
        data: dict[str, Any] = {"files": self.files, "cases": cases}
        if self.templates is not None:
            data["templates"] = list(self.templates)
        return data

    @classmethod
    def from_json(cls, data: Any) -> Changes:
        """Read changes stored in a journal (anything unreadable is left out)."""
        changes = cls()
        if not isinstance(data, dict):
            return changes
        changes.templates = _folders(data.get("templates"))
        for name, digest in dict(data.get("files") or {}).items():
            changes.files[str(name)] = None if digest is None else str(digest)
        for key, entry in dict(data.get("cases") or {}).items():
            changes.cases[str(key)] = CaseEntry.from_json(entry)
        return changes


def read_manifest(folder: Path, name: str = MANIFEST) -> Manifest:
    """Read the folder's manifest; an absent or unreadable one is empty.

    The first format (a plain map of file name → hash) is read as `files`; `templates` that
    is not a list of strings is taken as not recorded.
    """
    try:
        data = json.loads((folder / name).read_bytes())
    except (OSError, ValueError):
        return Manifest()
    if not isinstance(data, dict):
        return Manifest()
    if "format" not in data:
        return Manifest(files=_strings(data))
    cases = {str(k): CaseEntry.from_json(v) for k, v in dict(data.get("cases") or {}).items()}
    return Manifest(
        files=_strings(dict(data.get("files") or {})),
        cases={k: v for k, v in cases.items() if v is not None},
        templates=_folders(data.get("templates")),
    )


def update_manifest(folder: Path, changes: Changes, name: str = MANIFEST) -> None:
    """Apply changes to the folder's manifest under its lock, replacing it atomically."""
    if not changes:
        return
    with manifest_lock(folder):
        apply_locked(folder, changes, name)


def apply_locked(folder: Path, changes: Changes, name: str = MANIFEST) -> None:
    """Apply changes to the folder's manifest, replacing it atomically; the caller holds the
    manifest lock (`manifest_lock`)."""
    manifest = read_manifest(folder, name)
    changes.apply(manifest)
    replace_file(folder / name, manifest.to_bytes())


@contextmanager
def manifest_lock(folder: Path) -> Iterator[None]:
    """Hold the folder's manifest lock (waiting for another run to release it)."""
    (folder / LOCK).parent.mkdir(exist_ok=True)
    fd = os.open(folder / LOCK, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def digest(data: bytes) -> str:
    """Return the SHA-256 of the data as hex (the hash of an output file)."""
    return hashlib.sha256(data).hexdigest()


def replace_file(target: Path, data: bytes, sync: bool = True) -> None:
    """Write a small bookkeeping file under a temporary name and rename it into place
    (flushed to disk first, unless the caller flushes it with others after the rename)."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _set(mapping: dict[str, Any], key: str, value: Any) -> None:
    """Set a key, or remove it when the value is None."""
    if value is None:
        mapping.pop(key, None)
    else:
        mapping[key] = value


def _number(value: object) -> TypeGuard[int]:
    """Tell whether a loaded value is a line or column number (a positive int, no bool)."""
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _folders(data: Any) -> tuple[str, ...] | None:
    """Read the recorded template folders: a list of strings, else None."""
    if isinstance(data, list) and all(isinstance(item, str) for item in data):
        return tuple(data)
    return None


def _strings(data: dict[Any, Any]) -> dict[str, str]:
    """Keep the string-to-string items of a loaded map."""
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}
