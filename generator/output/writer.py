"""Write finished documents into the output folder, safely.

* Nothing is written until every file of a case is ready (the caller renders first).
* A case's files are replaced together (`generator.output.commit`): on any failure, the old
  files stay; after a crash the next run finishes the case (`generator.output.runs`).
* The folder keeps a manifest (`.beslut-manifest.json`) of what the tool wrote. A file that
  has changed since (edited by hand) or that the tool never wrote is not overwritten unless
  the caller forces it. A case file is never an output.
* Names are plain file names: nothing is written outside the folder.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from pathlib import Path

from generator.output.commit import check_targets, commit, prepare_folder, same_file
from generator.output.display import shown
from generator.output.manifest import MANIFEST, Changes, digest, update_manifest
from generator.output.manifest import read_manifest as read_full_manifest
from generator.output.runs import Run, recover
from generator.problems import BeslutError

__all__ = ["MANIFEST", "WriteRefused", "read_manifest", "write_files"]


class WriteRefused(BeslutError):
    """A file that must not be overwritten, or a name that is not allowed (Swedish message)."""


def file_digest(path: Path) -> str | None:
    """Return the SHA-256 of a regular file's content, or None if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def read_manifest(folder: Path) -> dict[str, str]:
    """Return the recorded hashes of the files the tool wrote (empty if none)."""
    return read_full_manifest(folder).files


def bad_names(files: Mapping[str, bytes]) -> list[str]:
    """Say which names are not plain file names inside the folder."""
    return [
        f"filnamnet '{shown(name)}' är inte tillåtet i utdatamappen"
        for name in files
        if not name or Path(name).name != name or name.startswith(".")
    ]


def hand_edited(targets: Mapping[Path, bytes], recorded: Mapping[Path, str]) -> list[str]:
    """Say which existing files differ both from the new content and from what beslut wrote."""
    reasons = []
    for target, data in targets.items():
        if not target.is_file():
            continue
        current = file_digest(target)
        if current != digest(data) and recorded.get(target) != current:
            reasons.append(
                f"{shown(target)} har ändrats för hand (eller skapades inte av beslut) och skrivs "
                "inte över; flytta undan filen eller kör med --force"
            )
    return reasons


def input_clashes(targets: Mapping[Path, bytes], inputs: Collection[Path]) -> list[str]:
    """Say which outputs would overwrite an input (a case file is never an output)."""
    return [
        f"{shown(target)} är en indatafil och skrivs inte över; välj en annan mapp med -o"
        for target in targets
        if any(same_file(target, source) for source in inputs)
    ]


def refusals(
    targets: Mapping[Path, bytes], recorded: Mapping[Path, str], inputs: Collection[Path],
    force: bool,
) -> list[str]:
    """Every reason not to write a case's files (force only overrides hand edits)."""
    reasons = check_targets(targets) + input_clashes(targets, inputs)
    if not force:
        reasons += hand_edited(targets, recorded)
    return reasons


def write_files(
    folder: Path, files: Mapping[str, bytes], force: bool = False,
    inputs: Collection[Path] = (),
) -> list[Path]:
    """Write all files or none into the folder; return the paths written."""
    reasons = bad_names(files)
    if reasons:
        raise WriteRefused("\n".join(reasons))
    prepare_folder(folder)
    recover(folder)
    targets = {folder / name: data for name, data in files.items()}
    recorded = {folder / name: h for name, h in read_manifest(folder).items()}
    reasons = refusals(targets, recorded, inputs, force)
    if reasons:
        raise WriteRefused("\n".join(reasons))
    changes = Changes(files={name: digest(data) for name, data in files.items()})
    run = Run(folder).start()
    key = "/".join(sorted(files))
    try:
        commit(targets, run.id, run.journal(key, changes))
        update_manifest(folder, changes)
    finally:
        run.forget(key)
        run.close()
    return list(targets)

