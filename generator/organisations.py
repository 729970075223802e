"""`beslut organisationer`: the profiles found, where they are looked up, and starting one,
empty (`--ny`, from `generator/skeletons/profil.yaml`) or as a copy (`--kopiera`).

A secretary's own profiles live in `profiler/<id>/` in the working folder, next to `cases/`;
they come before the built-in ones, so a local profile with a built-in id replaces it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.case.profiles import (
    PROFILE_ID,
    REFERENCE_FILE,
    HouseStyleOptions,
    OrganisationKind,
    ProfileError,
    ProfileStore,
    read_profile,
)
from generator.formatting import genitive
from generator.new_case import SKELETONS, Skeleton
from generator.output.display import counted, listed
from generator.output.faults import fault_reason
from generator.resources import (
    EXAMPLE_KOMMUN,
    LOCAL_PROFILES,
    PROFILE_FILE,
    profiles_dir,
    templates_dir,
)

SKELETON = SKELETONS / PROFILE_FILE
"""A new profile: every key, the house style's with a `§name` place for its default."""


class StartError(Exception):
    """A profile cannot be started (made new or copied) as asked; the message is Swedish."""


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
    def example(self) -> bool:
        """Whether the profile is the built-in made-up kommun (`EXAMPLE_KOMMUN`)."""
        return self.id == EXAMPLE_KOMMUN and not self.local

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
            f"sedan från {LOCAL_PROFILES}/ bredvid ärendefilen och i mappen ovanför den, "
            "före de inbyggda (en egen med samma namn ersätter den inbyggda). "
            f"De inbyggda finns i {profiles_dir()}; {EXAMPLE_KOMMUN} är en påhittad kommun att "
            "prova med. Börja en egen med 'beslut organisationer --ny <namn>' och fyll i den "
            "(se beslut format --profil): med en kommuns eller regions namn, som "
            "lysekils-kommun eller region-vasterbotten, får den namnet och kommunens eller "
            "regionens ord. Eller utgå från en inbyggd med 'beslut organisationer --kopiera "
            "region-dalarna <namn>'.")


def new_profile(target: str) -> Path:
    """Write an empty profile `profiler/<target>`: the skeleton's keys with the house style's
    defaults, no abbreviations, and the built-in Word template; return the new folder."""
    destination = _destination(target)
    text = profile_skeleton(target)

    def fill(folder: Path) -> None:
        folder.mkdir()
        (folder / PROFILE_FILE).write_text(text, encoding="utf-8")
        shutil.copyfile(templates_dir() / REFERENCE_FILE, folder / REFERENCE_FILE)

    return _write_new_folder(destination, fill)


def profile_skeleton(target: str) -> str:
    """The text of a new profile named `target`: its name guessed from the id, to correct, and
    its commented example lines in a region's words for a region ('Regionledningsförvaltningen',
    'Regionstyrelsen': trial 95, F7), otherwise a kommun's."""
    name = guessed_name(target)
    defaults = {key: _yaml_value(value) for key, value in HouseStyleOptions()}
    kind = _kind_in(target)
    head = "Region" if kind == "region" else "Kommun"
    return Skeleton(SKELETON.read_text(encoding="utf-8")).substitute(
        id=target, namn=name, logotyp=f"{genitive(name)} logotyp",
        slag=f"slag: {kind}" if kind else "# slag: kommun",
        forvaltning=f"{head}ledningsförvaltningen", styrelse=f"{head}styrelsen",
        styrelse_kort=f"{head[0]}S", **defaults)


def guessed_name(target: str) -> str:
    """A new profile's name: a region or municipality as it is spelled ('region-vasterbotten':
    'Region Västerbotten'), otherwise as its id spells it ('jamtlands-raddningstjanstforbund':
    'Jamtlands raddningstjanstforbund'), without the å, ä and ö an id cannot have."""
    return known_name(target) or target.replace("-", " ").capitalize()


PLACE_WORDS = ("kommun", "landsting", "stad")
"""The words after a place name in a municipality's name: 'Malmö stad'."""


def known_name(target: str) -> str | None:
    """The name of the region or municipality the id `target` spells, or None."""
    from generator import swedish_places  # lazily: only 'beslut organisationer --ny'
    words = target.split("-")
    if words[0] == "region" and len(words) > 1:
        place = swedish_places.region(" ".join(words[1:]))
        return f"Region {place}" if place else None
    if words[-1] in PLACE_WORDS and len(words) > 1:
        place = swedish_places.municipality(" ".join(words[:-1]))
        return f"{place} {words[-1]}" if place else None
    return None


def _kind_in(target: str) -> OrganisationKind | None:
    """The kind of organisation a profile's id says it is: 'lysekils-kommun' a kommun,
    'region-dalarna' a region, and a municipality that calls itself a stad, 'malmo-stad' or
    'stockholms-stad' (trial 85, F7), a kommun; None if it says neither
    ('jamtlands-raddningstjanstforbund')."""
    words = target.split("-")
    if "kommun" in words or (words[-1] == "stad" and len(words) > 1):
        return "kommun"
    return "region" if "region" in words else None


def _yaml_value(value: object) -> str:
    """A house-style default as a secretary writes it: ja/nej for a yes or no."""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)


def copy_profile(source: str, target: str) -> Path:
    """Copy the profile `source` (as found) to `profiler/<target>`; return the new folder."""
    destination = _destination(target)
    try:
        loaded = ProfileStore().load(source)
    except ProfileError as exc:
        raise StartError(exc.message) from None
    note = _copied_note(source, loaded.profile.namn)

    def fill(folder: Path) -> None:
        shutil.copytree(loaded.folder, folder)
        profile = folder / PROFILE_FILE
        profile.write_text(note + profile.read_text(encoding="utf-8"), encoding="utf-8")

    return _write_new_folder(destination, fill)


def _destination(target: str) -> Path:
    """The folder of a new profile `target`, refused if the name is no profile name or the
    folder is there already."""
    if PROFILE_ID.fullmatch(target) is None:
        raise StartError(f"'{target}' går inte som profilnamn, skriv högst 64 små bokstäver, "
                         "siffror och bindestreck, t.ex. 'lysekils-kommun'")
    destination = Path(LOCAL_PROFILES) / target
    if destination.exists():
        raise StartError(f"{destination.as_posix()} finns redan, välj ett annat namn eller ändra "
                         "den profilen")
    return destination


def _write_new_folder(destination: Path, fill: Callable[[Path], None]) -> Path:
    """Make the profile folder `destination` whole or not at all: `fill` writes it under a
    hidden temporary name beside it (no profile id starts with '.'), then it is renamed."""
    try:
        destination.parent.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=f".{destination.name}.",
                                         dir=destination.parent) as temp:
            staged = Path(temp) / destination.name
            fill(staged)
            staged.rename(destination)
    except OSError as exc:
        raise StartError(f"profilen kunde inte skrivas i {destination.as_posix()} "
                         f"({fault_reason(exc)}); kontrollera mappen {LOCAL_PROFILES}") from None
    return destination


OWN_KEYS = ("namn", "slag", "rader", "organ", "forkortningar", "dnr_monster", "dnr_exempel")
"""The keys of a profile that are the organisation's own: a copy must change them."""


def own_keys_text() -> str:
    """The keys a copied profile must change, as a message lists them."""
    return listed(OWN_KEYS)


def copied_text(folder: Path) -> list[str]:
    """What `--kopiera` prints: what to change, and, unmissable, the abbreviations that came
    along and will be written out in the organisation's texts."""
    file = f"{folder.as_posix()}/{PROFILE_FILE}"
    lines = [f"skrev {folder.as_posix()}; ändra {own_keys_text()} i {file} "
             "(se beslut format --profil)"]
    copy = read_profile(folder)
    abbreviations = copy.abbreviations()
    if abbreviations:
        short, long_form = next(iter(abbreviations.items()))
        lines.append(
            f"OBS: {counted(len(abbreviations), 'förkortning', 'förkortningar')} från "
            f"{copy.namn} följde med och skrivs ut i era texter ('{short}' blir "
            f"'{long_form} ({short})' första gången). Ta bort dem som inte är era egna i "
            f"{file} (under forkortningar och organ).")
    return lines


def new_text(folder: Path) -> list[str]:
    """What `--ny` prints: what to fill in, how a case uses the profile, and that the name is
    made from the id, which has no å, ä or ö (trial 57, F7: "Jamtlands
    raddningstjanstforbund" in the letterhead)."""
    file = f"{folder.as_posix()}/{PROFILE_FILE}"
    return [f"skrev {folder.as_posix()}; fyll i namn, rader och slag (och organ, forkortningar, "
            f"dnr_monster och dnr_exempel om ni har) i {file} och skriv 'organisation: "
            f"{folder.name}' i ärendena (se beslut format --profil)",
            *_spelling_hint(folder, file)]


def _spelling_hint(folder: Path, file: str) -> list[str]:
    """The hint to spell the name as the organisation does, unless it is a known one."""
    if known_name(folder.name):
        return []
    return [f"namnet '{guessed_name(folder.name)}' under namn och rader är gjort av profilens "
            f"namn '{folder.name}', som inte kan ha å, ä och ö: stava det som organisationen "
            f"gör i {file}, det står i brevhuvudet"]


def _copied_note(source: str, name: str) -> str:
    """The comment that heads a copied profile: whose it was and what to change."""
    return (f"# Kopia av profilen {source} ({name}). Ändra till din organisations:\n"
            f"# {own_keys_text()} (se 'beslut format --profil').\n")
