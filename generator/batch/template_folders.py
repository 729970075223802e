"""Which template folders an archive is built and checked with.

A build records the folders it used (`--templates`, none for the built-in templates) in the
output folder's manifest, named as the case files are: a relative folder normalised, with
forward slashes (`./mallar/` → `mallar`), any other by `inputs.portable`. A later `bygg`,
`bygg --check` or `ursprung` without `--templates` uses the recorded folders and says so; a
recorded folder that is not here is an error, never a silent fall back to the built-in
templates. `--templates` given explicitly wins, and `--inbyggda-mallar` chooses the built-in
ones; the build that uses them records them. A part (`--shard`) reads its own manifest's
folders first, then the folder's.

The names hold for the archive's folder, the one its cases are named from, even when a case
file is built from another working folder (`beslut bygg /srv/a/arkiv/x.yaml -o /srv/a/ut
--templates /srv/a/mallar`): a folder the manifest records already keeps its recorded name
when it is the same folder seen from the archive's folder, and another folder below the
archive's folder is named from there.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.batch.discover import Source
from generator.batch.folders import NoCases
from generator.batch.inputs import local, portable
from generator.output.display import command_line, listed, shown
from generator.output.manifest import MANIFEST, Changes, Manifest, read_manifest, update_manifest

BUILTIN = "--inbyggda-mallar"
"""The option that chooses the built-in templates over the recorded ones."""


class TemplatesGone(NoCases):
    """A template folder the manifest records is not here (a usage error, said in Swedish)."""


@dataclass(frozen=True)
class Templates:
    """The template folders of a run, and how they were chosen."""

    folders: tuple[Path, ...] = ()
    recorded: bool = False
    """Chosen by the manifest (none was given)."""
    builtin: bool = False
    """The built-in templates were asked for (`--inbyggda-mallar`)."""

    def options(self) -> tuple[str, ...]:
        """The options that choose these templates again, for a hint's command."""
        words: list[str] = []
        for folder in self.folders:
            words += ["--templates", shown(folder)]
        return (*words, BUILTIN) if self.builtin else tuple(words)

    def announced(self) -> str:
        """" med mallarna i mallar" when the manifest chose folders, else ""."""
        return f" med mallarna i {_names(self.folders)}" if self.recorded and self.folders else ""


def recorded_name(folder: Path) -> str:
    """How the manifest names a template folder."""
    if folder.is_absolute():
        return portable(folder)
    return str(PurePosixPath(*Path(os.path.normpath(folder)).parts))


def archive_names(recorded: Sequence[str], folders: Sequence[Path],
                  sources: Sequence[Source]) -> tuple[str, ...]:
    """How the manifest names the run's template folders, seen from the archive's folder
    (the folder the run's cases are named from, found by their names; else the working
    folder); a folder it names already (`recorded`) keeps its name."""
    cwd = Path.cwd().resolve()
    bases = sorted({base for source in sources if (base := _base(source)) is not None})
    elsewhere = [base for base in bases if base != cwd]
    named = []
    for folder in folders:
        same = next((name for name in recorded for base in [cwd, *bases]
                     if (base / local(name)).resolve() == folder.resolve()), None)
        if same is None and len(elsewhere) == 1 and cwd not in bases:
            same = _below(folder, elsewhere[0])
        named.append(same if same is not None else recorded_name(folder))
    return tuple(named)


def _base(source: Source) -> Path | None:
    """The folder a case's recorded name is relative to (its file's full path less the
    name), or None for a name that is not the end of its path."""
    name = PurePosixPath(source.name)
    full = source.path.resolve()
    if name.is_absolute() or full.parts[-len(name.parts):] != name.parts:
        return None
    return Path(*full.parts[:-len(name.parts)])


def _below(folder: Path, base: Path) -> str | None:
    """A folder's name relative to the archive's folder, if it lies there (or is it)."""
    full = folder.resolve()
    if recorded_name(folder).startswith("<") or not full.is_relative_to(base):
        return None
    return full.relative_to(base).as_posix() or "."


def chosen(out: Path, given: Sequence[Path], builtin: bool, command: Sequence[str],
           recorded: Sequence[str]) -> Templates:
    """The template folders to use: those given, the built-in ones when asked for, else
    those the output folder's manifest records (`recorded`). `command` is the run's command
    without templates, for the hint of the error raised (`TemplatesGone`) when one is not
    here."""
    if given or builtin:
        return Templates(tuple(given), builtin=builtin and not given)
    missing = [name for name in recorded if not local(name).is_dir()]
    if missing:
        raise TemplatesGone(_gone(out, recorded, missing, command))
    return Templates(tuple(local(name) for name in recorded), recorded=bool(recorded))


def record(out: Path, names: tuple[str, ...], known: Manifest,
           manifest_name: str = MANIFEST) -> None:
    """Record the templates a build used (`archive_names`), when its manifest has cases and
    records others. `known` is that manifest as the build read it: when it records these
    already, it is not read again (what the build itself wrote records these too).

    A manifest that cannot be written is left as it is: the build has said why already (its
    cases failed, or the manifest could not be updated).
    """
    if known.templates == names:
        return
    manifest = read_manifest(out, manifest_name)
    if manifest.cases and manifest.templates != names:
        with contextlib.suppress(OSError):
            update_manifest(out, Changes(templates=names), manifest_name)


def _gone(out: Path, recorded: Sequence[str], missing: Sequence[str],
          command: Sequence[str]) -> str:
    """Why the recorded templates cannot be used here, and what to do."""
    one = len(missing) == 1
    return (f"enligt {shown(out / MANIFEST)} byggdes arkivet med mallarna i {_names(recorded)}, "
            f"men {'mappen' if one else 'mapparna'} {_names(missing)} finns inte här; kör "
            "kommandot i mappen där arkivet byggdes, lägg tillbaka mallarna eller ange var de "
            f"finns: {command_line(*command, '--templates', 'MAPP')} (eller {BUILTIN} för de "
            "inbyggda mallarna)")


def _names(folders: Sequence[str | Path]) -> str:
    """Folders as a Swedish list, each name printable."""
    return listed([shown(folder) for folder in folders])
