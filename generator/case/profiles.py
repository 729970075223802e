"""Organisation profiles: names, header lines, abbreviations and house style per organisation.

A profile is a folder `<id>/` holding `profil.yaml` and, optionally, the Word style source
`reference.docx` and a logo. The folder name is the id a case file gives under `organisation`.
Profiles are looked up in the folders given to `ProfileStore` first, then in `profiler/` in the
working folder, then (for a case) in `profiler/` next to the case file and in the folder above
it, then among the built-in ones (`generator.resources.profile_roots()`), so an organisation
keeps its own profiles next to its cases and may override a built-in one.

`profil.yaml` is read with the same safe loader as case files, and its problems are reported the
same way (`path:line:col: message`, in Swedish).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from generator.case.dnr import with_example
from generator.case.house_style import HouseStyle
from generator.case.model_base import YesNo, empty_list
from generator.case.models import MILLIONS_DESCRIPTION, Case, Millions, PointStyle
from generator.case.suggest import did_you_mean
from generator.case.validate import validate_model
from generator.case.yaml_loader import LoadedYaml, load_yaml_file
from generator.formatting import genitive
from generator.output.display import listed
from generator.problems import BeslutError, CaseError, Problem, has_errors
from generator.resources import (
    LOCAL_PROFILES,
    PROFILE_FILE,
    first_profile_folder,
    profile_above,
    profile_roots,
    profiles_dir,
)

REFERENCE_FILE = "reference.docx"
PROFILE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
"""A profile's id, its folder's name: at most 64 characters (a longer name is no file name on
every disk; the file system refuses one of over 255 bytes)."""


OrganisationKind = Literal["kommun", "region"]
"""What kind of organisation a profile is: the words a new case uses (`generator.new_case`)."""


class ProfileError(BeslutError):
    """An organisation profile is unknown or broken; the message is Swedish.

    `problems` holds the places in a broken `profil.yaml` (empty for an unknown id).
    """

    @classmethod
    def from_problems(cls, problems: Sequence[Problem]) -> ProfileError:
        """Build the error for a broken profile file, one `path:line:col: msg` per line."""
        ordered = sorted(problems, key=lambda p: (p.path, p.position))
        return cls("\n".join(p.format() for p in ordered), ordered)


# ------------------------------------------------------------------ the file's models


class ProfileModel(BaseModel):
    """Base for the profile's models: unknown keys are errors, values are immutable.

    Built on first use, like the case models (`CaseModel`): most runs read no profile.
    """

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )


def _plain_file_name(value: str | None) -> str | None:
    """Accept a bare file name inside the profile folder, never a path."""
    if value is not None and (Path(value).name != value or value in {"", ".", ".."}):
        raise ValueError(f"'{value}' ska vara ett filnamn i profilmappen, utan sökväg")
    return value


class Body(ProfileModel):
    """Ett organ i organisationen (nämnd, nätverk, styrgrupp) och dess förkortning."""

    namn: str = Field(min_length=1, description="Organets namn, t.ex. 'Länschefsnätverket'.")
    forkortning: str | None = Field(None, description="Dess förkortning, t.ex. 'LCHNV'.")


class Logo(ProfileModel):
    """Organisationens logotyp överst i dokumentet."""

    fil: str = Field(description="Bildens filnamn i profilmappen, t.ex. 'logo.png'.")
    alt: str = Field(
        min_length=1,
        description="Alternativtext som skärmläsare läser upp, t.ex. 'Region Dalarnas logotyp'.",
    )

    @field_validator("fil")
    @classmethod
    def _check_file(cls, value: str) -> str:
        """The logo is a file in the profile folder."""
        return _plain_file_name(value) or value


class HouseStyleOptions(ProfileModel):
    """Husstilens val för organisationens dokument."""

    minustecken: YesNo = Field(
        True, description="Negativa tal med riktigt minustecken (−) i stället för '-'."
    )
    kronor_i_lopande_text: YesNo = Field(
        False, description="Skriv enheten med ord i löpande text: '1 250 kronor', '42 miljoner "
        "kronor', 'ca 6,2 miljoner kronor' (i tabeller står 'kr', 'mnkr'); ett ärendes egen "
        "'kronor_i_lopande_text' går före."
    )
    forslag_stil: PointStyle = Field(
        "att", description="Förslag och beslut som att-satser (att), som numrerade hela "
        "meningar (numrerad) eller som hela meningar i en punktlista (punktlista); ett ärendes "
        "egen 'stil' under 'forslag' eller 'beslut' går före."
    )
    forkortningslista: YesNo = Field(
        False, description="Lägg till en lista över förkortningarna som dokumentet använder; "
        "ett ärendes egen 'forkortningslista' går före."
    )
    numrerade_rubriker: YesNo = Field(
        True, description="Numrera rubrikerna (1., 1.1 …); ett ärendes egen "
        "'numrerade_rubriker' går före. Ett dokument med förslag till beslut "
        "eller beslut har ändå onumrerade rubriker (punkterna är numrerade), och rubriker "
        "som var och en står ensam på sin nivå får inget nummer (en ensam huvudrubrik med "
        "flera underrubriker blir 1, 1.1, 1.2)."
    )

    miljoner: Millions = Field(
        "mnkr", description="Hur miljoner kronor skrivs: 'mnkr' eller 'mkr'. "
        + MILLIONS_DESCRIPTION + "; ett ärendes egen 'miljoner' går före."
    )
    procent_i_lopande_text: YesNo = Field(
        False, description="Skriv procent med ord i löpande text: 'höjs till 35 procent' (i "
        "tabeller står '35 %'); ett ärendes egen 'procent_i_lopande_text' går före."
    )

    def house_style(self) -> HouseStyle:
        """Return these options as the generator's `HouseStyle`."""
        return HouseStyle(
            real_minus=self.minustecken,
            kronor_in_text=self.kronor_i_lopande_text,
            kr_chosen="kronor_i_lopande_text" in self.model_fields_set
            and not self.kronor_i_lopande_text,
            proposal_style=self.forslag_stil,
            abbreviation_legend=self.forkortningslista,
            numbered_headings=self.numrerade_rubriker,
            millions=self.miljoner,
            percent_in_text=self.procent_i_lopande_text,
        )


class Profile(ProfileModel):
    """En hel `profil.yaml`."""

    namn: str = Field(min_length=1, description="Organisationens namn, t.ex. 'Region Dalarna'.")
    rader: list[str] = Field(
        min_length=1,
        description="Rubrikraderna överst i dokumentet: organisation, förvaltning, enhet, "
        "avdelning (uppifrån och ned).",
    )
    slag: OrganisationKind | None = Field(
        None, description="Organisationens slag, 'kommun' eller 'region'. Nya ärenden "
        "('beslut ny') får då kommunens eller regionens ord: Kommunstyrelsen och "
        "kommundirektören, eller Regionstyrelsen och regiondirektören (ett organ under 'organ' "
        "går före styrelsen). Utan den får de platshållare som '[nämnd]' och '[befattning]', "
        "som 'beslut kontrollera' varnar för tills de är ersatta. Ett kommunalförbund eller "
        "samordningsförbund är ingetdera: skriv ingen 'slag' men dess organ under 'organ' "
        "(t.ex. Direktionen), så får nya ärenden det organet.",
    )
    organ: list[Body] = Field(default_factory=empty_list, description="Organisationens organ.")
    forkortningar: dict[str, str] = Field(
        default_factory=dict,
        description="Förkortning och dess långa form, t.ex. 'LCHNV: Länschefsnätverket'; "
        "skrivs ut vid första användningen. En förkortning som också står under 'organ' har "
        "samma långa form som där, men första bokstaven får vara liten, som i löpande text "
        "('KS: kommunstyrelsen' för organet 'Kommunstyrelsen').",
    )
    logo: Logo | None = Field(
        None, description="Logotypens bild och alternativtext (utan den blir sidhuvudet text)."
    )
    dnr_monster: str | None = Field(
        None, description="Reguljärt uttryck som varje Dnr ska följa, t.ex. '^HSN \\d{4}/\\d+$' "
        "('dnr: nej', ett dokument utan Dnr, prövas inte)."
    )
    dnr_exempel: str | None = Field(
        None,
        validate_default=True,
        description="Ett Dnr som följer dnr_monster, visas i felmeddelanden och i nya ärenden, "
        "t.ex. 'HSN 2024/1732'.",
    )
    referens_docx: str | None = Field(
        None, description="Word-mallen med typsnitt och format i profilmappen (annars "
        "reference.docx om mappen har en)."
    )
    etiketter: dict[str, str] = Field(
        default_factory=dict,
        description="Dokumentets art ovanför titeln per dokumenttyp, t.ex. "
        "'tjansteskrivelse: Tjänsteskrivelse'; \"\" tar bort den.",
    )
    husstil: HouseStyleOptions = Field(
        default_factory=HouseStyleOptions, description="Husstilens val."
    )

    @field_validator("referens_docx")
    @classmethod
    def _check_reference(cls, value: str | None) -> str | None:
        """The reference .docx is a file in the profile folder."""
        return _plain_file_name(value)

    @field_validator("forkortningar")
    @classmethod
    def _check_abbreviations(cls, value: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        """Abbreviations are single words with a long form, agreeing with `organ`."""
        for short, long_form in value.items():
            if not short.strip() or any(c.isspace() for c in short.strip()):
                raise ValueError(f"förkortningen '{short}' ska vara ett ord utan mellanslag")
            if not long_form.strip():
                raise ValueError(f"förkortningen '{short}' saknar sin långa form")
        for body in info.data.get("organ", []):
            known = value.get(body.forkortning or "")
            if known is not None and not _same_name(known, body.namn):
                raise ValueError(
                    f"'{body.forkortning}' står för '{known}' här men för '{body.namn}' under "
                    "'organ', använd samma namn (bara första bokstaven får vara liten här och "
                    "stor där eller tvärtom)"
                )
        return value

    @field_validator("dnr_monster")
    @classmethod
    def _check_pattern(cls, value: str | None) -> str | None:
        """The Dnr pattern must be a valid regular expression."""
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"är inget giltigt reguljärt uttryck ({exc.msg})") from None
        return value

    @field_validator("dnr_exempel")
    @classmethod
    def _check_example(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A Dnr pattern needs an example, and the example must follow it."""
        pattern = info.data.get("dnr_monster")
        if pattern is None:
            return value
        if value is None:
            raise ValueError("saknas, ange ett diarienummer som följer 'dnr_monster'")
        if re.fullmatch(pattern, value) is None:
            raise ValueError(f"'{value}' följer inte 'dnr_monster' ({pattern})")
        return value

    def house_style(self) -> HouseStyle:
        """Return the profile's house style for the renderer."""
        return self.husstil.house_style()

    def abbreviations(self) -> dict[str, str]:
        """All abbreviations, from `forkortningar` and from the bodies under `organ`."""
        merged = {b.forkortning: b.namn for b in self.organ if b.forkortning}
        merged.update(self.forkortningar)
        return merged


def _same_name(long_form: str, name: str) -> bool:
    """Whether a long form is the body's name, but for the case of its first letter:
    `kommunstyrelsen` as running text writes `Kommunstyrelsen`. The document matches a long
    form with either case of its first letter (`render.abbreviations`), and writes this one
    at the abbreviation's first use."""
    return long_form[:1].lower() + long_form[1:] == name[:1].lower() + name[1:]


# ------------------------------------------------------------------ loaded profiles


class LoadedProfile(NamedTuple):
    """A validated profile together with its id and folder."""

    id: str
    folder: Path
    profile: Profile

    @property
    def reference_docx(self) -> Path | None:
        """The Word style source: `referens_docx`, else `reference.docx` if the folder has one."""
        name = self.profile.referens_docx
        if name is not None:
            return self.folder / name
        default = self.folder / REFERENCE_FILE
        return default if default.is_file() else None

    @property
    def logo_path(self) -> Path | None:
        """The logo image, if the profile names one."""
        logo = self.profile.logo
        return None if logo is None else self.folder / logo.fil


class ProfileStore:
    """Finds and loads organisation profiles by id, caching each one loaded.

    A cached profile is used while its `profil.yaml` is the same file, unchanged in size and
    modification time, and no folder earlier in the search order has taken its id: a long
    session (`beslut bevaka`, `beslut forhandsgranska`) sees an edited profile at the next save.
    """

    def __init__(self, folders: Sequence[Path] = ()) -> None:
        self._given = tuple(folders)
        self._folders = self._roots(None)
        self._cache: dict[Path, tuple[_FileStamp, LoadedProfile]] = {}

    def known(self, case_folder: Path | None = None) -> list[str]:
        """Return the ids of all profiles found (for a case in `case_folder`), sorted."""
        return sorted({folder.name for folder in self._profile_folders(self._roots(case_folder))})

    def load(self, id: str, case_folder: Path | None = None) -> LoadedProfile:
        """Return the profile with this id, as a case in `case_folder` finds it (the search
        order of `generator.resources.profile_roots`); raise ProfileError if unknown or broken."""
        roots = self._roots(case_folder)
        folder = _find(id, roots)
        if folder is None:
            above = profile_above(id, case_folder) if PROFILE_ID.fullmatch(id) else None
            raise ProfileError(unknown_organisation(id, self.known(case_folder), roots, above))
        stamp = _stamp(folder / PROFILE_FILE)
        cached = self._cache.get(folder)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        loaded = LoadedProfile(id=id, folder=folder, profile=read_profile(folder))
        self._cache[folder] = (stamp, loaded)
        return loaded

    def found(self) -> list[tuple[str, Path, Path | None]]:
        """Each id with the folder used and the folder it overrides (None if none), by id."""
        first: dict[str, Path] = {}
        hidden: dict[str, Path] = {}
        for folder in self._profile_folders(self._folders):
            if folder.name in first:
                hidden.setdefault(folder.name, folder)
            else:
                first[folder.name] = folder
        return [(id, first[id], hidden.get(id)) for id in sorted(first)]

    @property
    def roots(self) -> tuple[Path, ...]:
        """The folders searched, in order (for no case in particular)."""
        return self._folders

    def _roots(self, case_folder: Path | None) -> tuple[Path, ...]:
        """The folders searched for a case in `case_folder`, in order."""
        return tuple(dict.fromkeys((*self._given, *profile_roots(case_folder))))

    @staticmethod
    def _profile_folders(roots: Sequence[Path]) -> Iterator[Path]:
        """Yield every folder holding a profil.yaml, in search order."""
        for root in roots:
            if root.is_dir():
                for folder in sorted(root.iterdir()):
                    if PROFILE_ID.fullmatch(folder.name) and (folder / PROFILE_FILE).is_file():
                        yield folder


def _find(id: str, roots: Sequence[Path]) -> Path | None:
    """Return the first folder for this id in search order."""
    if PROFILE_ID.fullmatch(id) is None:
        return None
    return first_profile_folder(id, roots)


_FileStamp = tuple[str, int, int]


def _stamp(file: Path) -> _FileStamp:
    """What tells a cached reading of `file` from a changed file: its path, size and time."""
    try:
        status = file.stat()
    except OSError:
        return str(file), -1, -1
    return str(file), status.st_size, status.st_mtime_ns


def unknown_organisation(id: str, known: Sequence[str], searched: Sequence[Path] = (),
                         above: Path | None = None) -> str:
    """Swedish message for an unknown profile id: where to run the command from when a
    folder `above` the ones read has its profile; else with a suggestion and the known ids,
    or else where the profile goes, the folders of own profiles `searched` (in order) and,
    for a name a profile folder can have, the command that starts one (trial 80, F6: a
    kommun's secretary's first `beslut ny … --organisation lysekils-kommun`)."""
    id = " ".join(id.split())  # a message is one line, whatever the value holds
    message = f"okänd organisation '{id}'"
    if above is not None:
        return (f"{message}: profilen finns i {above / LOCAL_PROFILES / id}, men profiler "
                "läses bara i mappen du står i, bredvid ärendet och i mapparna mellan dem; "
                f"kör kommandot från {above}")
    listing = f"Kända organisationer: {', '.join(known)}" if known else ""
    suggestion = did_you_mean(id, known)
    name = _folder_name(id)
    start = f"'beslut organisationer --ny {name}'" if PROFILE_ID.fullmatch(name) else None
    if suggestion is not None:  # (a near id may be another kommun's: region-halland)
        other = f" Är det en annan organisation, börjar {start} dess profil." \
            if start and name == id else ""
        return f"{message}, menade du '{suggestion}'?{other} {listing}"
    how = f"{start} börjar en" if start else "se 'beslut organisationer'"
    return f"{message}, {_where_it_goes(id)} ({_searched(searched)}{how}). {listing}".rstrip()


def _folder_name(id: str) -> str:
    """The profile folder's name an id given as a path means: its last part, lower case."""
    return Path(id.replace("\\", "/")).name.lower()


def _searched(roots: Sequence[Path]) -> str:
    """'letade i /a/profiler, /b/profiler och bland de inbyggda; ' (the own folders named)."""
    own = [str(root) for root in roots if _is_own_root(root)]
    return f"letade i {listed([*own, 'bland de inbyggda'])}; " if own else ""


def _where_it_goes(id: str) -> str:
    """Tell where the profile of an unknown id belongs (a path given as id: its last part)."""
    name = _folder_name(id)
    if PROFILE_ID.fullmatch(name) is None:
        return ("skriv profilmappens namn med högst 64 små bokstäver, siffror och bindestreck, "
                f"och lägg organisationens profil i {LOCAL_PROFILES}/<namn>/{PROFILE_FILE}")
    place = f"{LOCAL_PROFILES}/{name}/{PROFILE_FILE}"
    if name != id:
        return f"skriv bara profilmappens namn '{name}' och lägg organisationens profil i {place}"
    return f"lägg organisationens profil i {place}"


def read_profile(folder: Path) -> Profile:
    """Load and check `folder/profil.yaml`; raise ProfileError with every problem found."""
    path = folder / PROFILE_FILE
    display = _display(path)
    try:
        loaded = load_yaml_file(path, display)
    except CaseError as exc:
        raise ProfileError.from_problems(exc.problems) from None
    profile, problems = validate_model(Profile, loaded, display)
    if profile is not None:
        problems = [*problems, *_missing_files(profile, folder, loaded, display)]
    if profile is None or has_errors(problems):
        raise ProfileError.from_problems(problems)
    return profile


def _missing_files(profile: Profile, folder: Path, loaded: LoadedYaml, path: str) -> list[Problem]:
    """Problems for files the profile names but its folder lacks."""
    named: list[tuple[tuple[str, ...], str | None]] = [(("referens_docx",), profile.referens_docx)]
    if profile.logo is not None:
        named.append((("logo", "fil"), profile.logo.fil))
    return [
        Problem(path, loaded.locate(loc), f"filen '{name}' finns inte i {_display(folder)}")
        for loc, name in named
        if name is not None and not (folder / name).is_file()
    ]


def _display(path: Path) -> str:
    """Name a path for messages: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def lookup_profile(
    store: ProfileStore, case: Case, loaded: LoadedYaml, path: str, case_folder: Path
) -> tuple[LoadedProfile | None, list[Problem]]:
    """Load the organisation profile of the case in `case_folder`; check the Dnr against
    its pattern."""
    if case.organisation is None:
        return None, []
    try:
        profile = store.load(case.organisation, case_folder)
    except ProfileError as exc:
        return None, [Problem(path, loaded.locate(("organisation",)), exc.message)]
    own = profile.folder / PROFILE_FILE if _is_own(profile.folder) else None
    wrong_dnr = check_dnr(profile.profile, case.dnr, own) if case.dnr is not False else None
    if wrong_dnr:
        return profile, [Problem(path, loaded.locate(("dnr",)), wrong_dnr)]
    return profile, []


def with_profile_example(problems: list[Problem], loaded: LoadedYaml,
                         store: ProfileStore, case_folder: Path) -> list[Problem]:
    """The problems, the example of a missing or blank `dnr` taken from the case's profile
    where it has one ('t.ex. dnr: KS 2021/012', not the neutral 'KS 2025/123', which the
    profile's pattern may refuse)."""
    neutral = [p for p in problems if with_example(p.message, "") != p.message]
    organisation = loaded.data.get("organisation") if isinstance(loaded.data, dict) else None
    if not neutral or not isinstance(organisation, str):
        return problems
    try:
        example = store.load(organisation, case_folder).profile.dnr_exempel
    except ProfileError:
        return problems
    if example is None:
        return problems
    return [p._replace(message=with_example(p.message, example)) for p in problems]


def check_dnr(profile: Profile, dnr: str, own: Path | None = None) -> str | None:
    """Return a Swedish message if the Dnr does not follow the profile's pattern, else None.

    For an organisation's own profile (`own`, its profil.yaml) the message also says where
    the pattern is: a profile copied from another organisation keeps that one's pattern."""
    pattern = profile.dnr_monster
    if pattern is None or re.fullmatch(pattern, dnr) is not None:
        return None
    message = f"diarienumret '{dnr}' följer inte {genitive(profile.namn)} mönster för diarienummer"
    message += f" ({pattern})" if profile.dnr_exempel is None else \
        f", skriv t.ex. '{profile.dnr_exempel}'"
    if own is None:
        return message
    return (f"{message}, eller ändra 'dnr_monster' och 'dnr_exempel' i {_display(own)} "
            "om mönstret är fel")


def _is_own(folder: Path) -> bool:
    """Whether a profile folder is one of the organisation's own (not a built-in one)."""
    return _is_own_root(folder.parent)


def _is_own_root(root: Path) -> bool:
    """Whether a folder of profiles holds the organisation's own (not the built-in ones)."""
    return root.resolve() != profiles_dir().resolve()
