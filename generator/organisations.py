"""`beslut organisationer`: the profiles found, where they are looked up, and starting one.

A secretary's own profiles live in `profiler/<id>/` in the working folder, next to `cases/`;
they come before the built-in ones, so a local profile with a built-in id replaces it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from generator.case.profiles import PROFILE_ID, ProfileError, ProfileStore
from generator.resources import LOCAL_PROFILES, PROFILE_FILE, profiles_dir


class CopyError(Exception):
    """A profile cannot be copied as asked; the message is Swedish."""


@dataclass(frozen=True)
class Organisation:
    """An organisation profile as listed by `beslut organisationer`.

    `name` is the profile's display name, or None when its file has errors (`problem`).
    """

    id: str
    folder: Path
    name: str | None
    problem: str | None = None
    overrides: bool = False

    @property
    def local(self) -> bool:
        """Whether the profile is one of the working folder's own."""
        return not self.folder.is_relative_to(profiles_dir())

    @property
    def place(self) -> str:
        """The profile's folder, relative to the working folder when inside it."""
        try:
            return self.folder.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return str(self.folder)


def organisations(store: ProfileStore | None = None) -> list[Organisation]:
    """Every organisation profile found, sorted by id; a broken one carries its problems."""
    store = store or ProfileStore()
    found = []
    for id, folder, hidden in store.found():
        try:
            found.append(Organisation(id, folder, store.load(id).profile.namn,
                                      overrides=hidden is not None))
        except ProfileError as exc:
            found.append(Organisation(id, folder, None, exc.message, hidden is not None))
    return found


def where_text() -> str:
    """Where profiles are looked up, and how to start one, in Swedish."""
    return (f"Egna profiler läses från {LOCAL_PROFILES}/<namn>/{PROFILE_FILE} i den här mappen, "
            "före de inbyggda (en egen med samma namn ersätter den inbyggda). "
            f"De inbyggda finns i {profiles_dir()}. Börja en egen med 'beslut organisationer "
            "--kopiera region-dalarna <namn>' och ändra nycklarna (se beslut format --profil).")


def copy_profile(source: str, target: str) -> Path:
    """Copy the profile `source` (as found) to `profiler/<target>`; return the new folder."""
    if PROFILE_ID.fullmatch(target) is None:
        raise CopyError(f"'{target}' går inte som profilnamn, skriv högst 64 små bokstäver, "
                        "siffror och bindestreck, t.ex. 'lysekils-kommun'")
    destination = Path(LOCAL_PROFILES) / target
    if destination.exists():
        raise CopyError(f"{destination.as_posix()} finns redan, välj ett annat namn eller ändra "
                        "den profilen")
    try:
        loaded = ProfileStore().load(source)
    except ProfileError as exc:
        raise CopyError(exc.message) from None
    shutil.copytree(loaded.folder, destination)
    profile = destination / PROFILE_FILE
    profile.write_text(_copied_note(source, loaded.profile.namn)
                       + profile.read_text(encoding="utf-8"), encoding="utf-8")
    return destination


OWN_KEYS = ("namn", "rader", "organ", "forkortningar", "dnr_monster", "dnr_exempel")
"""The keys of a profile that are the organisation's own: a copy must change them."""


def own_keys_text() -> str:
    """The keys a copied profile must change, as a message lists them."""
    return ", ".join(OWN_KEYS[:-1]) + " och " + OWN_KEYS[-1]


def _copied_note(source: str, name: str) -> str:
    """The comment that heads a copied profile: whose it was and what to change."""
    return (f"# Kopia av profilen {source} ({name}). Ändra till din organisations:\n"
            f"# {own_keys_text()} (se 'beslut format --profil').\n")
