"""Find the built-in templates and organisation profiles, installed or in a checkout."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def builtin_dir(name: str) -> Path:
    """Return the built-in folder `templates`, `profiles` or `docs`.

    A wheel carries them inside the package (`generator/_data/…`); an editable install or a
    plain checkout uses the top-level folders next to the package.
    """
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def templates_dir() -> Path:
    """Return the folder of the built-in templates."""
    return builtin_dir("templates")


def profiles_dir() -> Path:
    """Return the folder of the built-in organisation profiles."""
    return builtin_dir("profiles")


SKELETONS_WITHOUT_AMOUNTS = "utan_belopp"
"""The skeletons' subfolder of the cases without amounts (`beslut ny --utan-belopp`)."""


def skeletons_dir() -> Path:
    """Return the folder of the new cases' skeletons (`beslut ny`), inside the package."""
    return _PACKAGE / "skeletons"


def handbook_path() -> Path:
    """Return the secretaries' handbook, `docs/handbok.md` (in a wheel `_data/docs/`)."""
    return builtin_dir("docs") / "handbok.md"


PROFILE_FILE = "profil.yaml"
LOCAL_PROFILES = "profiler"
"""The folder, in the working folder, of an organisation's own profiles (next to `cases/`)."""
EXAMPLE_KOMMUN = "exempelby-kommun"
"""The built-in profile of a made-up kommun, Exempelby kommun: a kommun's secretary's first
case has a kommun's words at once, as a region's has with a region's profile (trial 80,
F6); `beslut ny` and `beslut organisationer` say it is made up."""


def profile_roots(case_folder: Path | None = None) -> tuple[Path, ...]:
    """Where profiles are looked up, first match wins: `./profiler`, then (for a case) the
    `profiler` next to the case file, the one in the folder above it and those further up
    (`case_roots`), then the built-in ones. Each folder once, absolute (a case in the working
    folder adds nothing)."""
    return tuple(dict.fromkeys((Path.cwd() / LOCAL_PROFILES, *case_roots(case_folder),
                                profiles_dir())))


def case_roots(case_folder: Path | None) -> tuple[Path, ...]:
    """The `profiler` folders next to a case file and in the folder above it, then those of
    the folders further up that have one, nearest first, up to the working folder (none
    above it is read): a case in `arenden/` finds the profiles of `arenden/profiler` and of
    `profiler` beside `arenden/`, and one in an archive's `arkiv/2020/sn/` those of
    `profiler` at the archive's top (trial 93, F18)."""
    if case_folder is None:
        return ()
    folder = Path(os.path.abspath(case_folder))  # (lexical: '..' is the folder above)
    working = Path.cwd()
    further = [parent / LOCAL_PROFILES for parent in folder.parents[1:]
               if parent.is_relative_to(working) and (parent / LOCAL_PROFILES).is_dir()]
    return folder / LOCAL_PROFILES, folder.parent / LOCAL_PROFILES, *further


def profile_above(id: str, case_folder: Path | None) -> Path | None:
    """The nearest folder above the working folder, or above a case's folder, whose
    `profiler` has profile `id`, which is not read (`case_roots`): where to run a command
    from to find it (trial 93, F18: a case in an archive's `arkiv/2020/sn/`, checked from
    `arkiv/2020/`); else None."""
    starts = [Path.cwd(), *([Path(os.path.abspath(case_folder))] if case_folder else [])]
    return next((parent for start in starts for parent in start.parents
                 if (parent / LOCAL_PROFILES / id / PROFILE_FILE).is_file()), None)


def first_profile_folder(id: str, roots: Sequence[Path]) -> Path | None:
    """The folder of profile `id` in the first root that has one, else None."""
    return next((root / id for root in roots if (root / id / PROFILE_FILE).is_file()), None)
