"""Find the case files under the given folders and name the output of each.

Folders are searched for `.yaml` and `.yml` in any letter case; hidden files and folders
are left out, and so is an organisation profile (`profiler/<id>/profil.yaml`), which is
read when a case names it. A name that looks like a case but is not a regular file (a named
pipe, a device) is reported and skipped, never opened, so it cannot block a run. In a
recursive search each case keeps its place below its folder in the output folder, so names
never collide; two cases that would still map to one output are both refused, naming each
other.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from generator.batch.folders import NO_ROOTS, Roots, enclosing
from generator.output.display import command_line, shown
from generator.problems import START, Problem
from generator.resources import LOCAL_PROFILES, PROFILE_FILE

CASE_SUFFIXES = (".yaml", ".yml")
NO_CASES = "inga ärendefiler (.yaml) hittades i de angivna mapparna eller deras undermappar"
"""The message when the folders given hold no case file, however deep."""


class Source(NamedTuple):
    """A case file, where its outputs go (`key` + .md/.docx) and how provenance names it."""

    path: Path
    key: str
    name: str
    named: bool = False
    """Named by itself, outside the folders the output folder was built from (see
    `CaseEntry.named`)."""

    def folder(self) -> Path:
        """The subfolder of the output folder that its outputs go in (`2024` for the key
        `2024/x`; empty at the top)."""
        return Path(*PurePosixPath(self.key).parent.parts)


@dataclass
class Found:
    """The cases found, and what was wrong with the rest."""

    sources: list[Source] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    clashing: int = 0
    """How many cases were refused because another case has their output name."""
    named: dict[tuple[int, int], bool] = field(default_factory=dict)
    """The files found (device and inode) and whether each was named by itself: a file
    named twice, or named and found in a folder, is one case (two names of one file in a
    folder stay two cases, as the folder holds them)."""


def is_case_name(name: str) -> bool:
    """Tell whether a file name is a case file's (`.yaml`/`.yml` in any case, not hidden)."""
    return not name.startswith(".") and has_case_suffix(name)


def is_profile_file(path: Path) -> bool:
    """Tell whether a path is an organisation profile's file (`profiler/<id>/profil.yaml`),
    which is no case although its name ends as one's does."""
    return path.name == PROFILE_FILE and path.parent.parent.name == LOCAL_PROFILES


def not_a_case_but_a_profile(path: Path) -> str:
    """Why a profile file named on the command line is not read as a case."""
    return (f"'{shown(path)}' är en organisationsprofil och inget ärende; den läses när ett "
            f"ärende har 'organisation: {path.parent.name}' (se beslut format --profil)")


def in_tree(path: Path, root: Path) -> bool:
    """Tell whether `find_cases` finds path in a search of root: a case name, below root,
    in no hidden folder, and no profile."""
    if not (path.is_relative_to(root) and is_case_name(path.name)) or is_profile_file(path):
        return False
    return not any(part.startswith(".") for part in path.relative_to(root).parent.parts)


def has_case_suffix(name: str) -> bool:
    """Tell whether a name ends as a case file's does: `.yaml` or `.yml`, in any case."""
    return name.lower().endswith(CASE_SUFFIXES)


def not_a_case_file(path: Path, folders_too: bool) -> str:
    """Why a file named on the command line is not read as a case, and what to name instead."""
    instead = "en sådan fil eller en mapp med ärendefiler" if folders_too else "en sådan fil"
    return (f"'{shown(path)}' är ingen ärendefil, ärendefiler slutar på .yaml eller .yml; "
            f"ange {instead}")


def find_cases(paths: Sequence[Path], recursive: bool = True, one_output_each: bool = True,
               placed: Mapping[str, tuple[str, bool]] | None = None, options: Sequence[str] = (),
               roots: Roots = NO_ROOTS) -> Found:
    """Find every case under the paths; refuse non-files and outputs that would collide.

    `one_output_each=False` keeps cases that share output names (for checking only).
    `placed` maps how provenance named each case already in the output folder to its key
    and whether it was named by itself then: a case file given by itself keeps the place a
    build of its folder gave it, and stays a case of that folder. `roots` are
    the folders the output folder was built from: a case file or folder that lies in one is
    placed below it, as a build of that folder places it (`folders.enclosing`).
    `options` are the build's other options, for the command a clash's message suggests.
    """
    found = Found()
    for path in paths:
        if path.is_dir():
            root = enclosing(path, roots)
            if root is not None and root[1].resolve() == path.resolve():
                root = None  # (the folder itself: placed below it, without resolving each)
            for candidate in _walk(path, recursive):
                place = (_below(*root, candidate) if root is not None else
                         (_key(candidate.relative_to(path)), _name(path, candidate)))
                _add(found, candidate, *place, explicit=False)
        else:
            key, name, below = _place(path, placed or {}, roots)
            _add(found, path, key, name, explicit=True, named=not below)
    if one_output_each:
        found.sources, clashes = _without_collisions(found.sources, options)
        found.problems += clashes
        found.clashing += len(clashes)
    return found


def without_taken(found: Found, recorded: Mapping[str, str], options: Sequence[str] = ()) -> None:
    """Refuse the cases whose output name the output folder already has for another case
    file that is still there (`recorded`: key → case file as recorded, built by an earlier
    run). A case file that was renamed or moved, or that this run builds to another place,
    gives its place up."""
    names = {source.name for source in found.sources}
    by_key = {key.casefold(): source for key, source in recorded.items()}
    kept = []
    for source in found.sources:
        other = by_key.get(source.key.casefold())
        if (other is None or other == source.name or other in names
                or not os.path.isfile(other) or os.path.samefile(other, source.path)):
            kept.append(source)
            continue
        found.problems.append(clash(source, [Path(other)], options))
        found.clashing += 1
    found.sources = kept


def _walk(root: Path, recursive: bool) -> Iterator[Path]:
    """Yield the case-named entries under root in sorted order, skipping hidden folders
    and profiles."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in sorted(files):
            if is_case_name(name) and not is_profile_file(Path(folder) / name):
                yield Path(folder) / name


def _add(found: Found, path: Path, key: str, name: str, explicit: bool,
         named: bool = False) -> None:
    """Add a case if it is a regular file not found already; otherwise report it."""
    try:
        status = os.stat(path)
    except OSError:
        status = None
    if status is not None and stat.S_ISREG(status.st_mode):
        file = (status.st_dev, status.st_ino)
        if file in found.named and (explicit or found.named[file]):
            return  # (`x.yaml ./x.yaml`, or a folder and a file in it)
        found.named[file] = found.named.get(file, False) or explicit
        found.sources.append(Source(path, key, name, named))
        return
    message = (f"{shown(path)} är ingen vanlig fil (en pipe, en enhet eller en trasig länk) "
               "och läses inte; ta bort den eller byt namn på den")
    found.problems.append(Problem(shown(path), START, message, "fel" if explicit else "varning"))


def _key(relative: Path) -> str:
    """The output name of a case below its folder, without suffix: `sub/x`."""
    return str(PurePosixPath(*relative.parts).with_suffix(""))


def _below(root: str, folder: Path, path: Path) -> tuple[str, str]:
    """The key and name of a case file below a recorded folder (`root`, found at `folder`):
    `arkiv/2024/x.yaml` below `arkiv` → `2024/x` and `arkiv/2024/x.yaml`, however the file
    was named."""
    relative = PurePosixPath(*path.resolve().relative_to(folder.resolve()).parts)
    name = relative if root == "." else PurePosixPath(root, relative)
    return str(relative.with_suffix("")), str(name)


def _name(root: Path, path: Path) -> str:
    """How provenance names a case: below its folder, prefixed by a relative folder path."""
    relative = PurePosixPath(*path.relative_to(root).parts)
    if root.is_absolute():
        return str(relative)
    prefix = _posix(root)
    return str(relative) if prefix == "." else str(PurePosixPath(prefix, relative))


def _posix(path: Path) -> str:
    """A relative path, normalised and with forward slashes (`./a/../b.yaml` → `b.yaml`)."""
    return str(PurePosixPath(*Path(os.path.normpath(path)).parts))


def _place(path: Path, placed: Mapping[str, tuple[str, bool]],
           roots: Roots) -> tuple[str, str, bool]:
    """The key and name of a case file given by itself: those the output folder already
    has for it (a recorded name that ends the file's full path; the longest wins), else its
    place below a folder the output folder was built from, else its bare name and its path;
    and whether it is a case of a folder (as recorded, or lying below such a folder)."""
    full = "/" + PurePosixPath(*path.resolve().parts[1:]).as_posix()
    matches = [name for name in placed if full.endswith("/" + name.lstrip("/"))]
    if matches:
        name = max(matches, key=len)
        key, named = placed[name]
        return key, name, not named
    root = enclosing(path, roots)
    if root is not None:
        return *_below(*root, path), True
    return path.stem, (path.name if path.is_absolute() else _posix(path)), False


def _without_collisions(sources: list[Source],
                        options: Sequence[str]) -> tuple[list[Source], list[Problem]]:
    """Drop every case whose output name (ignoring letter case) another case also has."""
    by_key: dict[str, list[Source]] = {}
    for source in sources:
        by_key.setdefault(source.key.casefold(), []).append(source)
    kept, problems = [], []
    for source in sources:
        rivals = [s for s in by_key[source.key.casefold()] if s is not source]
        if not rivals:
            kept.append(source)
            continue
        problems.append(clash(source, [rival.path for rival in rivals], options))
    return kept, problems


def clash(source: Source, others: Sequence[Path], options: Sequence[str]) -> Problem:
    """The error for a case whose outputs other case files would also be written to."""
    named = ", ".join(shown(other) for other in others)
    return Problem(shown(source.path), START, (
        f"{shown(source.path)} och {named} skulle skrivas till samma utdatafiler "
        f"({shown(source.key)}.md och .docx); byt namn på en av dem"
        + _common_folder_hint([source.path, *others], options)))


def _common_folder_hint(paths: list[Path], options: Sequence[str]) -> str:
    """When the clashing cases lie in different folders: build their common folder, where
    each keeps its own subfolder (empty when they share a folder)."""
    folders = {os.path.normpath(path.parent) for path in paths}
    if len(folders) < 2:
        return ""
    try:
        common = os.path.commonpath(sorted(folders))
    except ValueError:  # absolute and relative paths mixed
        return ""
    command = command_line("beslut", "bygg", shown(common or "."), *options)
    return f", eller bygg mappen de ligger i: {command} (då får var och en sin egen undermapp)"
