"""Documents left behind ("kvarlämnade"): outputs whose case file is gone from its folder.

A manifest entry is one of this run's cases when it was built from a folder the run builds
(`root_of`: its recorded source less its key). If no case of that key was found now and its
case file no longer exists, its outputs are left behind: `bygg --check` lists them and fails,
`bygg` warns, and `bygg --rensa` removes them with their entries, under the manifest lock, but
never a file that differs from what beslut wrote (edited by hand): that one is reported and
kept with its entry. An entry built from a folder inside one the run builds whose case the run
finds at another place (`2024-006-fel`, where `arkiv/2024/2024-006-fel.yaml` is now built to
`2024/2024-006-fel`) is left behind the same way: its case is built to its place in the
archive, and the copy at the wrong place is listed, warned of and removed like the others.
Only folders named by a relative path, or chosen by the manifest, are
considered: a folder named by an absolute path records its cases below itself only, so they
cannot be told from another folder's. A run on case files alone, or on a part (`--shard`),
considers none.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from generator.batch.folders import lies_in, root_of
from generator.batch.plan import Rerun
from generator.output.display import listed, shown
from generator.output.manifest import (
    CaseEntry,
    Changes,
    Manifest,
    apply_locked,
    manifest_lock,
    read_manifest,
)
from generator.output.writer import file_digest
from generator.problems import START, Problem


@dataclass(frozen=True)
class Orphan:
    """A case whose file is gone, and its outputs still in the output folder."""

    key: str
    source: str
    """The case file as the manifest records it."""
    files: tuple[str, ...]
    """Its outputs present in the output folder (names below it), the .docx first."""
    edited: tuple[str, ...]
    """Those of `files` that differ from what beslut wrote."""
    moved: str | None = None
    """The key the case file is built to now, when it is still there (its entry was made
    at a wrong place); None when the case file is gone."""
    folder: str = "."
    """The run's folder it was found under (as recorded), which `--rensa` builds; empty for
    a case file that was named by itself (`--rensa` with no folder builds those again)."""


def find_orphans(out: Path, folders: Sequence[Path], found: Mapping[str, str],
                 manifest: Manifest) -> list[Orphan]:
    """The cases of the run's folders that the manifest records but whose case file is gone,
    or is found now at another place (`found`: the name → key of each case found now, never
    stat'ed again)."""
    roots = {_posix(folder) for folder in folders
             if not folder.is_absolute() and folder.is_dir()}
    keys = set(found.values())
    orphans = []
    for key, entry in sorted(manifest.cases.items()):
        if key in keys or not PurePosixPath(entry.source).name:
            continue
        root = root_of(key, entry)
        inside = any(lies_in(root, folder) for folder in roots)
        if root not in roots and not inside:
            continue
        moved = found.get(entry.source) if inside else None
        if os.path.lexists(entry.source) and moved is None:
            continue
        present = [name for name in sorted(entry.outputs, key=_docx_first)
                   if os.path.lexists(out / name)]
        edited = [name for name in present
                  if file_digest(out / name) != _recorded(manifest, name, entry.outputs)]
        folder = root if root in roots else max((f for f in roots if lies_in(root, f)), key=len)
        folder = "" if entry.named and folder == root else folder
        orphans.append(Orphan(key, entry.source, tuple(present), tuple(edited), moved, folder))
    return orphans


def reported(orphans: Sequence[Orphan]) -> list[Orphan]:
    """The orphans with documents still in the output folder (those a user has to mend)."""
    return [orphan for orphan in orphans if orphan.files]


def left_behind(orphans: Sequence[Orphan], out: Path, rerun: Rerun,
                severity: str = "fel") -> list[Problem]:
    """One line per case left behind, at its first document, naming what to do."""
    problems = []
    for orphan in reported(orphans):
        message = _mend(orphan, out, rerun.prune(orphan.folder))
        problems.append(Problem(shown(out / orphan.files[0]), START, message,
                                "fel" if severity == "fel" else "varning"))
    return problems


def _mend(orphan: Orphan, out: Path, prune: str) -> str:
    """What is wrong with a case left behind and how to mend it."""
    gone = _why(orphan, out)
    back = ", eller lägg tillbaka ärendefilen" if orphan.moved is None else ""
    rest = [name for name in orphan.files if name not in orphan.edited]
    if not orphan.edited:
        return f"{gone}; ta bort {_noun(rest)} med {prune}{back}"
    edited = _noun(list(orphan.edited), [shown(out / name) for name in orphan.edited])
    them = "det" if len(orphan.edited) == 1 else "dem"
    also = f" och ta bort resten med {prune}" if rest else ""
    return (f"{gone} och {edited} har ändrats för hand (--rensa tar inte bort {them}); "
            f"flytta undan {them}{also}{back}")


def _why(orphan: Orphan, out: Path) -> str:
    """Why a case's documents are left behind: its file is gone, or built to another place."""
    if orphan.moved is None:
        return f"ärendefilen {shown(orphan.source)} finns inte längre"
    return (f"ärendefilen {shown(orphan.source)} byggs nu till "
            f"{shown(out / orphan.moved)}.md och .docx")


def removed_line(name: str, orphan: Orphan, out: Path) -> str:
    """The line for a document `--rensa` removed ("tog bort ut/x.docx, vars ärendefil inte
    finns längre")."""
    if orphan.moved is None:
        return f"tog bort {name}, vars ärendefil inte finns längre"
    return f"tog bort {name}, vars ärendefil nu byggs till {shown(out / orphan.moved)}.md och .docx"


def prune(out: Path, orphans: Sequence[Orphan]) -> tuple[list[str], list[Problem]]:
    """Remove the orphans' files and entries, under the manifest lock; keep a file edited
    by hand, and its entry. Return a line per file removed and a warning per file kept."""
    removed: list[str] = []
    kept: list[Problem] = []
    if not orphans:
        return removed, kept
    with manifest_lock(out):
        manifest = read_manifest(out)
        changes = Changes()
        for orphan in orphans:
            entry = manifest.cases.get(orphan.key)
            if (entry is None or entry.source != orphan.source
                    or (orphan.moved is None and os.path.lexists(entry.source))):
                continue  # (another run changed it meanwhile)
            edited = []
            for name in sorted(entry.outputs, key=_docx_first):
                current = file_digest(out / name)
                if current is not None and current != _recorded(manifest, name, entry.outputs):
                    edited.append(name)
                    kept.append(_kept(out, name, orphan))
                    continue
                if current is not None:
                    (out / name).unlink()
                    removed.append(removed_line(shown(out / name), orphan, out))
                changes.files[name] = None
            changes.cases[orphan.key] = None if not edited else _keeping(entry, edited)
        apply_locked(out, changes)
    return removed, kept


def _keeping(entry: CaseEntry, edited: list[str]) -> CaseEntry:
    """The entry with only the outputs kept."""
    return replace(entry, outputs={name: entry.outputs[name] for name in edited})


def _kept(out: Path, name: str, orphan: Orphan) -> Problem:
    """The warning for a file left behind that was edited by hand, so kept."""
    message = (f"{_why(orphan, out)}, men dokumentet har ändrats för hand sedan beslut skrev "
               "det och togs inte bort; flytta undan det")
    return Problem(shown(out / name), START, message, "varning")


def _recorded(manifest: Manifest, name: str, outputs: dict[str, str]) -> str | None:
    """What beslut wrote to an output, as the manifest records it."""
    return manifest.files.get(name, outputs.get(name))


def _noun(names: list[str], shown_names: list[str] | None = None) -> str:
    """ "dokumentet" or "dokumenten", followed by the names when given."""
    noun = "dokumentet" if len(names) == 1 else "dokumenten"
    return f"{noun} {listed(shown_names)}" if shown_names else noun


def _docx_first(name: str) -> tuple[bool, str]:
    """Sort key: the .docx before the other outputs."""
    return (not name.endswith(".docx"), name)


def _posix(path: Path) -> str:
    """A relative folder as the manifest's folders are: normalised, forward slashes."""
    return str(PurePosixPath(*Path(os.path.normpath(path)).parts))
