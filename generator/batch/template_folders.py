"""Which template folders an archive is built and checked with.

A build records the folders it used (`--templates`, none for the built-in templates) in the
output folder's manifest, named as the case files are: a relative folder normalised, with
forward slashes (`./mallar/` → `mallar`), any other by `inputs.portable`. A later `bygg`,
`bygg --check` or `ursprung` without `--templates` uses the recorded folders and says so; a
recorded folder that is not here is an error, never a silent fall back to the built-in
templates. `--templates` given explicitly wins, and `--inbyggda-mallar` chooses the built-in
ones; the build that uses them records them. A part (`--shard`) reads its own manifest's
folders first, then the folder's.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.batch.folders import NoCases
from generator.batch.inputs import local, portable
from generator.output.display import command_line, listed, shown
from generator.output.manifest import MANIFEST, Changes, read_manifest, update_manifest

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

    def names(self) -> tuple[str, ...]:
        """The folders as the manifest records them."""
        return tuple(recorded_name(folder) for folder in self.folders)

    def announced(self) -> str:
        """" med mallarna i mallar" when the manifest chose folders, else ""."""
        return f" med mallarna i {_names(self.folders)}" if self.recorded and self.folders else ""


def recorded_name(folder: Path) -> str:
    """How the manifest names a template folder."""
    if folder.is_absolute():
        return portable(folder)
    return str(PurePosixPath(*Path(os.path.normpath(folder)).parts))


def chosen(out: Path, given: Sequence[Path], builtin: bool, command: Sequence[str],
           manifest_name: str = MANIFEST) -> Templates:
    """The template folders to use: those given, the built-in ones when asked for, else
    those the output folder's manifest records. `command` is the run's command without
    templates, for the hint of the error raised (`TemplatesGone`) when one is not here."""
    if given or builtin:
        return Templates(tuple(given), builtin=builtin and not given)
    recorded = recorded_folders(out, manifest_name)
    missing = [name for name in recorded if not local(name).is_dir()]
    if missing:
        raise TemplatesGone(_gone(out, recorded, missing, command))
    return Templates(tuple(local(name) for name in recorded), recorded=bool(recorded))


def recorded_folders(out: Path, manifest_name: str = MANIFEST) -> tuple[str, ...]:
    """The template folders the manifest records (a part's own first); none if not recorded."""
    if manifest_name != MANIFEST:
        own = read_manifest(out, manifest_name).templates
        if own is not None:
            return own
    return read_manifest(out).templates or ()


def record(out: Path, templates: Templates, manifest_name: str = MANIFEST) -> None:
    """Record the templates a build used, when its manifest has cases and records others.

    A manifest that cannot be written is left as it is: the build has said why already (its
    cases failed, or the manifest could not be updated).
    """
    manifest = read_manifest(out, manifest_name)
    if manifest.cases and manifest.templates != templates.names():
        with contextlib.suppress(OSError):
            update_manifest(out, Changes(templates=templates.names()), manifest_name)


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
