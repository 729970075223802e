"""Decide, by content hashes only, which cases must be built and which are up to date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from generator.batch.discover import Source
from generator.batch.inputs import InputHashes
from generator.output.display import command_line, shown
from generator.output.manifest import Manifest
from generator.output.writer import file_digest

State = Literal["aktuell", "saknas", "inaktuell", "handändrad"]
SUFFIXES = (".md", ".docx")


def outputs_of(key: str) -> list[str]:
    """The output files of a case below the output folder."""
    return [key + suffix for suffix in SUFFIXES]


@dataclass
class Verdict:
    """Where a case stands against the output folder, and why."""

    source: Source
    state: State
    reasons: list[str] = field(default_factory=list)


def judge(source: Source, out: Path, manifest: Manifest, hashes: InputHashes,
          pending: Mapping[str, str] | None = None) -> Verdict:
    """Compare a case's inputs and outputs with what the manifest recorded.

    `pending` holds output hashes a stopped run recorded in its journals: such a file is
    beslut's own, and a case whose files do not all match its entry yet is unfinished.
    """
    current = {name: file_digest(out / name) for name in outputs_of(source.key)}
    known = [manifest.files, pending or {}]
    edited = [shown(out / name) for name, digest in current.items()
              if digest is not None and all(digest != k.get(name) for k in known)]
    if edited:
        return Verdict(source, "handändrad", edited)
    entry = manifest.cases.get(source.key)
    missing = [shown(out / name) for name, digest in current.items() if digest is None]
    if entry is None or missing:
        return Verdict(source, "saknas", missing or ["ingen post i manifestet"])
    changed = hashes.changed(entry.inputs, file_digest(source.path))
    if entry.source != source.name:
        changed.insert(0, f"ärendet hette {shown(entry.source)}")
    if any(entry.outputs.get(name) != digest for name, digest in current.items()):
        changed.append("ett avbrutet bygge som nästa beslut bygg slutför")
    if changed:
        return Verdict(source, "inaktuell", changed)
    return Verdict(source, "aktuell")


@dataclass(frozen=True)
class Rerun:
    """How the user asked for this build: its folders, its options and its part (`--shard`),
    so that a hint names the command that builds the cases again."""

    paths: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    part: tuple[str, ...] = ()

    def command(self) -> str:
        """The same build again."""
        return _command(*self.paths, *self.options, *self.part)

    def one_case(self, path: Path) -> str:
        """A build of one case that overwrites its files (`--force`)."""
        return _command(shown(path), *self.options, "--force")


def _command(*words: str) -> str:
    """`beslut bygg` with the words, quoted for a shell where needed."""
    return command_line("beslut", "bygg", *words)


def describe(verdict: Verdict, rerun: Rerun) -> str:
    """One Swedish line for `build --check`, naming the command that mends it."""
    reasons = ", ".join(verdict.reasons)
    if verdict.state == "saknas":
        return f"utdata saknas ({reasons}); kör {rerun.command()}"
    if verdict.state == "inaktuell":
        return (f"utdata är inaktuella, ändrat sedan senaste bygget: {reasons}; "
                f"kör {rerun.command()}")
    return (f"utdata har ändrats för hand: {reasons}; flytta undan filerna eller kör "
            f"{rerun.one_case(verdict.source.path)}")
