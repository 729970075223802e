"""Which folders `beslut bygg` builds, or checks, when none are named.

An output folder whose manifest has cases is built again from the folders they came from, so
an archive's CI can run `beslut bygg --check -o ut` as it stands. Each entry records the
case's `source` as given at build time and its key, the output name below the folder that
was built; that folder is the source less the key's part (`arkiv/2024/x.yaml` with the key
`2024/x` → `arkiv`). Without such a manifest the folder is `cases/`. A folder that is not
here with at least one of its recorded cases (run from another working folder, or an archive
built from an absolute path, whose cases are recorded below it only), or folders that lie in
one another (their cases would be built twice, under two names), are refused: then the user
names the folders. A folder that lies in another whose own recorded cases reach into it
(`arkiv/2024` and `arkiv`, when a case of `arkiv/2024` has an entry below `arkiv`) is taken
to be part of it: its entries are cases placed at the top by mistake, left behind (they
were placed so by earlier versions when a case file was built by itself).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, NamedTuple

from generator.output.display import command_line, listed, shown

if TYPE_CHECKING:
    from generator.output.manifest import CaseEntry

DEFAULT_CASES = Path("cases")


class NoCases(Exception):
    """Nothing to build here (a usage error); the message says why and what to do."""


def default_folders(out: Path, cases: Mapping[str, CaseEntry],
                    words: Sequence[str]) -> tuple[tuple[Path, ...], bool]:
    """The folders to build when none are named, and whether the manifest chose them (by
    its recorded `cases`).

    `words` are the run's own options, for the command an error suggests. Raise `NoCases`
    when the folders are not here or lie in one another.
    """
    recorded = recorded_roots(cases)
    roots = list(recorded)
    if not roots:
        if not DEFAULT_CASES.is_dir():
            raise NoCases(f"det finns ingen mapp {DEFAULT_CASES}/ här; ange mappen med "
                          "ärendena, t.ex. beslut bygg arkiv/")
        return (DEFAULT_CASES,), False
    missing = [root for root, cases in recorded.items() if not _here(root, cases)]
    if missing:
        raise NoCases(_not_here(out, roots, missing, words))
    named = named_roots(cases)
    kept = [root for root in _without_parts(recorded) if root not in named]
    nested = next(((outer, inner) for outer in kept for inner in kept
                   if lies_in(inner, outer)), None)
    if nested:
        raise NoCases(_nested(out, roots, *nested, words))
    files = [Path(case) for root in named for case in recorded[root] if Path(case).is_file()]
    return (*(Path(root) for root in kept), *files), True


def named_roots(cases: Mapping[str, CaseEntry]) -> list[str]:
    """The folders whose every recorded case file was named by itself (`beslut bygg a.yaml
    b.yaml`), less those that are part of another: a build that names nothing builds those
    files again, not their folder."""
    by_root: dict[str, list[bool]] = {}
    for key, entry in cases.items():
        if PurePosixPath(entry.source).name:
            by_root.setdefault(root_of(key, entry), []).append(entry.named)
    kept = _without_parts(recorded_roots(cases))
    return sorted(root for root, named in by_root.items() if all(named) and root in kept)


class Roots(NamedTuple):
    """The folders an output folder was built from, for placing a case file or folder given
    by itself (`placing_roots`)."""

    here: tuple[str, ...]
    """Those here with one of their recorded cases, less those that are part of another."""
    recorded: Mapping[str, tuple[str, ...]]
    """All of them, less those that are part of another, each with its recorded cases."""


NO_ROOTS = Roots((), {})


def placing_roots(cases: Mapping[str, CaseEntry]) -> Roots:
    """The folders the output folder's recorded `cases` were built from: a case file or
    folder inside one is placed below it (`enclosing`)."""
    recorded = recorded_roots(cases)
    here = {root: cases for root, cases in recorded.items() if _here(root, cases)}
    return Roots(tuple(_without_parts(here)),
                 {root: tuple(recorded[root]) for root in _without_parts(recorded)})


def enclosing(path: Path, roots: Roots) -> tuple[str, Path] | None:
    """The innermost recorded folder a case file or folder lies in (or is), and where it is.

    A folder here is looked for first. Else the case was given from another working folder
    (`beslut bygg /srv/a/arkiv/2025/ny.yaml -o /srv/a/ut`): the folder is looked for below
    each folder above the path, and taken only where one of its recorded cases is too (the
    archive's folder, seen from there); nothing is guessed when none is.
    """
    full = path.resolve()
    for root in sorted(roots.here, key=lambda folder: -len(PurePosixPath(folder).parts)):
        if full.is_relative_to(Path(root).resolve()):
            return root, Path(root)
    found = [(root, folder) for root, cases in roots.recorded.items() for base in full.parents
             if full.is_relative_to(folder := (base / root).resolve())
             and _confirmed(base, cases)]
    return max(found, key=lambda pair: len(pair[1].parts), default=None)


def _confirmed(base: Path, cases: tuple[str, ...]) -> bool:
    """Tell whether one of the recorded cases is below a folder (an archive's folder)."""
    return any((base / case).is_file() for case in cases)


def _without_parts(recorded: dict[str, list[str]]) -> list[str]:
    """The folders, less each that lies in another whose recorded cases reach into it."""
    return [inner for inner in recorded
            if not any(lies_in(inner, outer) and _reaches(recorded[outer], inner)
                       for outer in recorded)]


def _reaches(cases: list[str], folder: str) -> bool:
    """Tell whether any of the cases (as recorded) lies in the folder."""
    return any(lies_in(str(PurePosixPath(case).parent), folder) or
               str(PurePosixPath(case).parent) == folder for case in cases)


def announced(folders: Sequence[Path], out: Path, check_only: bool, templates: str = "") -> str:
    """The line that says which folders and case files the manifest chose (none: only its
    `templates`, " med mallarna i mallar")."""
    verb = "kontrollerar" if check_only else "bygger"
    files = [path for path in folders if path.is_file()]
    within = [path for path in folders if path not in files]
    chosen = ([f"ärendena i {_names(within)}"] if within else []) + ([_names(files)] if files
                                                                      else [])
    cases = f" {' och '.join(chosen)}" if chosen else ""
    return f"{verb}{cases}{templates} (enligt manifestet i {shown(out)})"


def built_from(cases: Mapping[str, CaseEntry]) -> list[str]:
    """The folders the cases (key → entry) were built from, sorted, less those that are part
    of another, whether here or not."""
    return _without_parts(recorded_roots(cases))


def recorded_roots(cases: Mapping[str, CaseEntry]) -> dict[str, list[str]]:
    """The folders the cases (key → entry, as the manifest records them) were built from,
    sorted, each with its cases' files as given then."""
    roots: dict[str, list[str]] = {}
    for key, entry in sorted(cases.items()):
        if PurePosixPath(entry.source).name:
            roots.setdefault(root_of(key, entry), []).append(entry.source)
    return dict(sorted(roots.items()))


def root_of(key: str, entry: CaseEntry) -> str:
    """The folder a case was built from: its source less its key's part (`.` for none);
    the case file's own folder if the source does not end in the key."""
    source = PurePosixPath(entry.source)
    parts, below = source.with_suffix("").parts, PurePosixPath(key).parts
    if below and parts[-len(below):] == below:
        return str(PurePosixPath(*parts[:-len(below)]))
    return str(source.parent)


def _here(root: str, cases: list[str]) -> bool:
    """Tell whether a folder is here with at least one of the cases built from it."""
    return Path(root).is_dir() and any(Path(case).is_file() for case in cases)


def lies_in(inner: str, outer: str) -> bool:
    """Tell whether a folder lies below another (both as recorded: relative, normalised)."""
    below, above = PurePosixPath(inner).parts, PurePosixPath(outer).parts
    return (len(below) > len(above) and below[:len(above)] == above
            and below[len(above)] != "..")


def _not_here(out: Path, roots: list[str], missing: list[str], words: Sequence[str]) -> str:
    """Why the folders the archive was built from cannot be built here, and what to do."""
    built = f"enligt {_manifest(out)} byggdes arkivet från {_names(roots)}"
    gone = f"men inget av ärendena i {_names(missing)} finns här"
    return (f"{built}, {gone}; kör kommandot i mappen där arkivet byggdes, eller ange "
            f"mapparna med ärendena: {_command(words)}")


def _nested(out: Path, roots: list[str], outer: str, inner: str, words: Sequence[str]) -> str:
    """Why folders that lie in one another are not built together, and what to do."""
    return (f"enligt {_manifest(out)} byggdes arkivet från {_names(roots)}, men "
            f"{shown(inner)} ligger i {shown(outer)} och dess ärenden skulle byggas två gånger; "
            f"ange mapparna med ärendena: {_command(words)}")


def _manifest(out: Path) -> str:
    """The output folder's manifest, as messages name it."""
    from generator.output.manifest import MANIFEST  # (hashing and locks load only to build)

    return shown(out / MANIFEST)


def _command(words: Sequence[str]) -> str:
    """The build with the folders left for the user to name."""
    return command_line("beslut", "bygg", "MAPP", *words)


def _names(folders: Sequence[str | Path]) -> str:
    """Folders as a Swedish list, each name printable."""
    return listed([shown(folder) for folder in folders])
