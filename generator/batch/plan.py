"""Decide, by content hashes only, which cases must be built and which are up to date."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from generator.batch.discover import Source
from generator.batch.inputs import CASE, GENERATOR, TEMPLATE, InputHashes, input_name
from generator.output.display import command_line, first_few, listed, shown
from generator.output.manifest import Manifest
from generator.output.writer import file_digest
from generator.problems import Problem

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
    """The files missing or edited by hand, or why the outputs are stale (Swedish clauses)."""
    warnings: list[Problem] = field(default_factory=list)
    """A current case's warnings, as recorded when it was built (its file is not read); so
    too for one whose outputs were edited by hand while its inputs stayed the same."""
    rebuilt: bool = False
    """For outputs edited by hand: whether the case would be built again were they beslut's
    own (its inputs changed since, or its outputs are missing or unrecorded)."""
    stale: list[str] = field(default_factory=list)
    """For outputs edited by hand: why they are stale as well, when the case's inputs changed
    since they were built (the clauses of a stale case); empty otherwise."""

    @property
    def to_build(self) -> bool:
        """Whether mending the case means building it (after moving hand edits away)."""
        return self.state in ("saknas", "inaktuell") or self.rebuilt


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
    verdict = _unedited(source, out, current, manifest, hashes, recorded=not edited)
    if edited:  # (inputs unchanged: the warnings recorded when built still hold)
        stale = verdict.reasons if verdict.state == "inaktuell" else []
        return Verdict(source, "handändrad", edited, rebuilt=verdict.state != "aktuell",
                       warnings=verdict.warnings, stale=stale)
    return verdict


def _unedited(source: Source, out: Path, current: Mapping[str, str | None],
              manifest: Manifest, hashes: InputHashes, recorded: bool) -> Verdict:
    """Where a case stands were its outputs beslut's own. With `recorded`, outputs that
    differ from the case's entry are a build not recorded yet (not so when edited by hand)."""
    entry = manifest.cases.get(source.key)
    missing = [shown(out / name) for name, digest in current.items() if digest is None]
    if entry is None or missing:
        return Verdict(source, "saknas", missing)
    stale = stale_reasons(hashes.changed(entry.inputs, file_digest(source.path),
                                         source.path.parent))
    if entry.source != source.name:
        stale.insert(0, f"ärendefilen hette {shown(entry.source)} när de byggdes")
    if recorded and any(entry.outputs.get(name) != digest for name, digest in current.items()):
        stale.append("ett avbrutet bygge har inte förts in i manifestet än")
    if stale:
        return Verdict(source, "inaktuell", stale)
    case = shown(source.path)
    return Verdict(source, "aktuell", warnings=[w.problem(case) for w in entry.warnings])


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

    def one_case(self, path: Path, force: bool = True) -> str:
        """A build of one case, one that overwrites its files (`--force`) unless not `force`."""
        return _command(shown(path), *self.options, *(("--force",) if force else ()))

    def prune(self, folder: str) -> str:
        """The same build (never a part) that removes the documents left behind: of its
        folders, or of the folder they were found under (`folder`) when it named none (the
        manifest chose them): `beslut bygg arkiv -o ut --templates mallar --rensa` (none
        for case files named by themselves, `folder` empty: the manifest chooses them)."""
        named = (shown(folder),) if folder else ()
        return _command(*(self.paths or named), *self.options, "--rensa")


def _command(*words: str) -> str:
    """`beslut bygg` with the words, quoted for a shell where needed."""
    return command_line("beslut", "bygg", *words)


def stale_reasons(changed: list[str]) -> list[str]:
    """Why outputs are stale, as clauses, from the inputs that changed (`InputHashes.changed`,
    the case file first): "ärendefilen och mallen base.md.j2 har ändrats sedan de byggdes"."""
    things = [input_name(key) for key in changed
              if key != GENERATOR and not key.startswith(TEMPLATE)]
    templates = [key.removeprefix(TEMPLATE) for key in changed if key.startswith(TEMPLATE)]
    if templates:
        things.insert(1 if CASE in changed else 0, _templates(templates))
    clauses = [f"{listed(things)} har ändrats"] if things else []
    if GENERATOR in changed:
        clauses.append("beslut har uppdaterats")
    return [" och ".join(clauses) + " sedan de byggdes"] if clauses else []


def _templates(names: list[str]) -> str:
    """The changed templates: "mallen base.md.j2", "2 mallar (a, b)", "5 mallar (a, b, c m.fl.)"."""
    if len(names) == 1:
        return f"mallen {shown(names[0])}"
    return f"{len(names)} mallar ({first_few(names)})"


def describe(verdict: Verdict, rerun: Rerun, has_errors: bool = False) -> str:
    """One Swedish line for `build --check`, naming the command that mends it; a case with
    `has_errors` must be mended first (its errors are listed after this line)."""
    path = verdict.source.path
    if verdict.state == "handändrad":
        stale = Stale(verdict.stale, rerun.one_case(path, force=False)) if verdict.stale else None
        return edited_line(verdict.reasons, rerun.one_case(path), has_errors, stale=stale)
    mend = mend_with(rerun.command(), has_errors)
    if verdict.state == "inaktuell":
        return f"dokumenten är inaktuella: {', '.join(verdict.reasons)}; {mend}"
    if not verdict.reasons:
        return f"dokumenten finns men står inte i utdatamappens manifest; {mend}"
    one = len(verdict.reasons) == 1
    return f"{'dokumentet' if one else 'dokumenten'} {listed(verdict.reasons)} saknas; {mend}"


def mend_with(build: str, has_errors: bool = False) -> str:
    """The clause that mends stale or missing outputs with the command `build`: "kör …", or
    with `has_errors` "rätta först felen nedan och kör sedan …" (the errors follow the line)."""
    return f"rätta först felen nedan och kör sedan {build}" if has_errors else f"kör {build}"


@dataclass(frozen=True)
class Stale:
    """Why a case's outputs edited by hand are stale too, and the command that builds them
    once the edited ones are moved away."""

    reasons: list[str]
    build: str


def edited_line(files: list[str], force: str, has_errors: bool = False,
                noun: str | None = None, stale: Stale | None = None) -> str:
    """The line for outputs edited by hand (or not written by beslut), `force` the command
    that overwrites them; `noun` names them in place of "dokumentet" ("dokumenten"); `stale`
    says that the case changed since and they are not rebuilt while the edits stay."""
    one = len(files) == 1
    them = "det" if one else "dem"
    noun = noun or ("dokumentet" if one else "dokumenten")
    first = "rätta först felen nedan och flytta sedan" if has_errors else "flytta"
    keep = f"{first} undan {them} för att behålla {them}"
    state = ""
    if stale is not None:
        state = (f", och dokumenten är inaktuella: {', '.join(stale.reasons)}, men byggs inte "
                 f"om så länge {them} ligger kvar")
        keep += f", och kör {'då' if has_errors else 'sedan'} {stale.build}"
    return (f"{noun} {listed(files)} har ändrats för hand (eller skapades inte av beslut)"
            f"{state}; {keep}, eller skriv över {them} med {force}")
