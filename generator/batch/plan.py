"""Decide, by content hashes only, which cases must be built and which are up to date."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from generator.batch.discover import Source
from generator.batch.inputs import InputHashes
from generator.output.display import shown
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


def judge(source: Source, out: Path, manifest: Manifest, hashes: InputHashes) -> Verdict:
    """Compare a case's inputs and outputs with what the manifest recorded."""
    edited = _hand_edited(source, out, manifest)
    if edited:
        return Verdict(source, "handändrad", edited)
    entry = manifest.cases.get(source.key)
    missing = [name for name in outputs_of(source.key) if not (out / name).is_file()]
    if entry is None or missing:
        shown_missing = ", ".join(shown(out / m) for m in missing) or "ingen post i manifestet"
        return Verdict(source, "saknas", [shown_missing])
    changed = hashes.changed(entry.inputs, file_digest(source.path))
    if entry.source != source.name:
        changed.insert(0, f"ärendet hette {shown(entry.source)}")
    if changed:
        return Verdict(source, "inaktuell", changed)
    return Verdict(source, "aktuell")


def _hand_edited(source: Source, out: Path, manifest: Manifest) -> list[str]:
    """Name the existing outputs whose content is not what beslut last wrote there."""
    edited = []
    for name in outputs_of(source.key):
        target = out / name
        if not target.is_file():
            continue
        if file_digest(target) != manifest.files.get(name):
            edited.append(shown(target))
    return edited


def describe(verdict: Verdict) -> str:
    """One Swedish line for `build --check`."""
    reasons = ", ".join(verdict.reasons)
    if verdict.state == "saknas":
        return f"utdata saknas ({reasons}); kör beslut build"
    if verdict.state == "inaktuell":
        return f"utdata är inaktuella, ändrat sedan senaste bygget: {reasons}; kör beslut build"
    return (f"utdata har ändrats för hand: {reasons}; flytta undan filerna eller kör "
            "beslut build --force")
