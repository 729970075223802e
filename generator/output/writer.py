"""Write finished documents into the output folder, safely.

* Nothing is written until every file of a case is ready (the caller renders first).
* Each file is written to a temporary name and moved into place, so a crash never leaves a
  half-written document.
* The folder keeps a manifest (`.beslut-manifest.json`) of what the tool wrote. A file that
  has changed since (edited by hand) or that the tool never wrote is not overwritten unless
  the caller forces it.
* Names are plain file names: nothing is written outside the folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from generator.problems import BeslutError

MANIFEST = ".beslut-manifest.json"


class WriteRefused(BeslutError):
    """A file that must not be overwritten, or a name that is not allowed (Swedish message)."""


def digest(data: bytes) -> str:
    """Return the SHA-256 of the data as hex."""
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder: Path) -> dict[str, str]:
    """Return the recorded hashes of the files the tool wrote (empty if none)."""
    try:
        loaded = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def bad_names(files: Mapping[str, bytes]) -> list[str]:
    """Say which names are not plain file names inside the folder."""
    return [
        f"filnamnet '{name}' är inte tillåtet i utdatamappen"
        for name in files
        if not name or Path(name).name != name or name.startswith(".")
    ]


def hand_edited(folder: Path, files: Mapping[str, bytes], manifest: Mapping[str, str]) -> list[str]:
    """Say which existing files differ from what the tool last wrote there."""
    reasons = []
    for name, data in files.items():
        target = folder / name
        if not target.is_file():
            continue
        current = digest(target.read_bytes())
        if current != digest(data) and manifest.get(name) != current:
            reasons.append(
                f"{target} har ändrats för hand (eller skapades inte av beslut) och skrivs "
                "inte över; flytta undan filen eller kör med --force"
            )
    return reasons


def write_files(folder: Path, files: Mapping[str, bytes], force: bool = False) -> list[Path]:
    """Write all files or none; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(folder)
    reasons = bad_names(files)
    if not force:
        reasons += hand_edited(folder, files, manifest)
    if reasons:
        raise WriteRefused("\n".join(reasons))
    written = []
    try:
        for name, data in files.items():
            _atomic_write(folder / name, data)
            manifest[name] = digest(data)
            written.append(folder / name)
    finally:
        # Record whatever was written, even if a later file failed.
        text = json.dumps(manifest, indent=2, sort_keys=True).encode()
        _atomic_write(folder / MANIFEST, text)
    return written


def _atomic_write(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then move it into place."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
