"""Start a case: a commented skeleton for each document kind, and the lists behind it.

The skeletons live in `generator/skeletons/<kind>.yaml` (and an organisation profile's in
`profil.yaml` there, see `generator.organisations`). They are plain case files with a few
`§name` places filled in here: the schema line, the file name, the date, the year, either the
organisation profile or header lines of one's own, and the organisation's own bodies, officers
and Dnr (`generator.new_case_words`).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from string import Template
from typing import get_args

from generator.batch.discover import has_case_suffix
from generator.case.models import DocumentKind
from generator.case.profiles import LoadedProfile, ProfileError, ProfileStore
from generator.case.suggest import did_you_mean
from generator.new_case_words import skeleton_places
from generator.output.display import listed
from generator.resources import (
    EXAMPLE_KOMMUN,
    SKELETONS_WITHOUT_AMOUNTS,
    profiles_dir,
    skeletons_dir,
)
from generator.schema import SCHEMA_FILE, schema_text

SKELETONS = skeletons_dir()
KINDS: dict[str, str] = {
    "beslutsunderlag": "underlag med fördelning av medel på områden och insatser, och förslag",
    "beslut_per_capsulam": "beslut utan möte, med förslag, beslut och händelser",
    "godkannande": "godkännande med underskrifter och exakta uppdelningar mellan parter",
    "lagesbeskrivning": "läget i arbetet, medel per område och medel som riskerar återbetalning",
    "tjansteskrivelse": "tjänsteskrivelse med medel som lista, numrerat förslag och 'I tjänsten'",
    "beslut": "fattat beslut, protokollsutdrag eller meddelande om beslut, med mottagare",
}
LISTS_WITHOUT_AMOUNTS = (
    "En lista utan belopp (sammanträdesplan, delegationsordning) skrivs som en "
    "tjansteskrivelse med egen etikett, utan datum och diarienummer: 'etikett: "
    "Sammanträdesplan', 'datum: nej', 'dnr: nej', och en tabell med textkolumner.")
"""The line after the kinds in `beslut typer` (trial 59, F10: every kind speaks of money)."""
WITHOUT_AMOUNTS: dict[str, str] = {
    "beslut": f"{SKELETONS_WITHOUT_AMOUNTS}/beslut.yaml",
    "tjansteskrivelse": f"{SKELETONS_WITHOUT_AMOUNTS}/tjansteskrivelse.yaml",
    "beslut_per_capsulam": "beslut_per_capsulam.yaml",
}
"""The skeleton of each kind that suits a case without amounts (`beslut ny --utan-belopp`,
trial 64, F6: a decision on street names): a text and a table of text only (the per capsulam's
own skeleton has no amounts). The other kinds are about money: a fördelning, medel and risk,
or splits between parties."""
DELEGATED = f"{SKELETONS_WITHOUT_AMOUNTS}/delegationsbeslut.yaml"
"""The skeleton of a decision one person takes on delegation from a nämnd (`beslut ny beslut
--delegation`, trial 80, F1: a färdtjänst decision began as a protokollsutdrag, with § and
justering): a `beslut` labelled "Beslut" with `delegation`, reasons, how to appeal and the
signature of who decided, without amounts (it is one with `--utan-belopp` too)."""
DELEGATED_DECISIONS = (
    "Ett beslut som en handläggare fattar på delegation från en nämnd, till exempel om "
    "färdtjänst, bistånd eller bostadsanpassningsbidrag, börjar du med 'beslut ny beslut "
    "--delegation': ett beslut utan justering och paragraf, med skäl, hur man överklagar "
    "och underskrift.")
"""The line of `beslut typer` on a delegationsbeslut."""
DECISIONS_WITHOUT_AMOUNTS = (
    "Ett ärende utan belopp, till exempel namnsättning av gator med en text och en tabell med "
    "namn, börjar du med 'beslut ny beslut --utan-belopp'; det går också för "
    "tjansteskrivelse och beslut_per_capsulam.")
"""The last line of `beslut typer`: the kinds that suit a case without money."""
OWN_HEADER = """\
# Rubrikrader överst i dokumentet: organisation, förvaltning, enhet (uppifrån och ned).
# Med en organisationsprofil hämtas de i stället från profilen: skriv t.ex.
# 'organisation: region-dalarna' (se 'beslut organisationer') och ta bort avsandare.
avsandare:
  - Region Exempel
  - Hälso- och sjukvårdsförvaltningen
  - Avdelningen för Hälsa och välfärd"""
PROFILE_HEADER = """\
# Organisationsprofilen ger rubrikrader, förkortningar, logotyp och husstil
# (se 'beslut organisationer').
organisation: $id"""


class NewCaseError(Exception):
    """A case cannot be started as asked; the message is Swedish."""


class Skeleton(Template):
    """A skeleton with `§name` places (`$` is taken by the schema line and by patterns)."""

    delimiter = "§"


def kinds() -> list[str]:
    """Return every document kind, in the order of the case format."""
    return list(get_args(DocumentKind))


def skeleton(kind: str, file_name: str, organisation: str | None = None,
             today: datetime.date | None = None, without_amounts: bool = False,
             delegated: bool = False) -> str:
    """Return the text of a new case of this kind, ready to be checked and rendered; with
    `without_amounts`, one with a text and a table of text only (`WITHOUT_AMOUNTS`); with
    `delegated`, a decision on delegation (`DELEGATED`)."""
    path = _delegated_file(kind) if delegated else _skeleton_file(kind, without_amounts)
    text = path.read_text(encoding="utf-8")
    profile = _profile(organisation, Path(file_name).parent)
    date = today or datetime.date.today()
    header = OWN_HEADER if profile is None else Template(PROFILE_HEADER).substitute(id=profile.id)
    own = skeleton_places(profile.profile if profile else None)
    return Skeleton(text).substitute(
        own, schema=SCHEMA_FILE, fil=file_name, huvud=header,
        datum=date.isoformat(), ar=str(date.year),
        mote=(date - datetime.timedelta(days=14)).isoformat(),
    )


def _skeleton_file(kind: str, without_amounts: bool) -> Path:
    """The skeleton of a kind, or its skeleton without amounts; an unknown kind, or one that
    is about money asked for without amounts, is an error that says which kinds there are."""
    if kind not in kinds():
        raise NewCaseError(_unknown(kind, "dokumenttyp", kinds(), "beslut typer"))
    if not without_amounts:
        return SKELETONS / f"{kind}.yaml"
    if kind not in WITHOUT_AMOUNTS:
        raise NewCaseError(
            f"dokumenttypen '{kind}' handlar om belopp ({KINDS[kind]}) och har ingen mall "
            f"utan belopp; utan belopp passar {listed(list(WITHOUT_AMOUNTS))}, t.ex. "
            "'beslut ny beslut --utan-belopp'")
    return SKELETONS / WITHOUT_AMOUNTS[kind]


def _delegated_file(kind: str) -> Path:
    """The skeleton of a decision on delegation, which is of the kind `beslut`; any other
    kind is an error that says so."""
    if kind != "beslut":
        _skeleton_file(kind, False)  # (an unknown kind is told the kinds there are)
        raise NewCaseError(
            f"'--delegation' ger ett delegationsbeslut, som är dokumenttypen beslut, inte "
            f"{kind}; skriv 'beslut ny beslut FIL --delegation'")
    return SKELETONS / DELEGATED


def write_new_case(kind: str, path: Path, organisation: str | None = None,
                   today: datetime.date | None = None, without_amounts: bool = False,
                   delegated: bool = False) -> list[Path]:
    """Write a new case (never over an existing file) and its schema; return what was written."""
    if path.exists():
        raise NewCaseError(f"'{path}' finns redan, välj ett annat filnamn")
    if not has_case_suffix(path.name):
        raise NewCaseError(f"'{path}' ska sluta på .yaml, t.ex. '{path.stem}.yaml'")
    text = skeleton(kind, str(path), organisation, today, without_amounts, delegated)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    written = [path]
    schema = path.parent / SCHEMA_FILE
    if not schema.exists():
        schema.write_text(schema_text(), encoding="utf-8")
        written.append(schema)
    return written


def without_profile_notice(case: Path) -> str:
    """What `beslut ny` says of a case started without a profile (trial 62, F3: a kommun's
    secretary got a region's header and board without a word): that they are a region's
    examples, naming those the new case has, and which profiles there are."""
    known = ", ".join(ProfileStore().known()) or "inga"
    text = case.read_text(encoding="utf-8")
    words = ", ".join(f"'{word}'" for word in _REGION_WORDS if word in text)
    return ("Utan organisationsprofil har ärendet exempel på en regions rubrikrader och ord "
            f"({words}); byt ut dem, eller börja om med "
            f"'--organisation' och en profil. Profiler som finns: {known} (se 'beslut "
            "organisationer', där du också kan börja en egen för din kommun; "
            f"'--organisation {EXAMPLE_KOMMUN}' ger en påhittad kommuns ord att prova med).")


_REGION_WORDS = ("Region Exempel", "Regionstyrelsen")
"""The region's words a skeleton without a profile may have (the delegated decision has no
Regionstyrelsen)."""


def example_notice(organisation: str | None, case_folder: Path) -> str | None:
    """What `beslut ny` says of a case started with the built-in made-up kommun (trial 80,
    F6): that its name and header lines are an example's, and how to start the kommun's own
    profile; None for any other profile (a local one of that id too)."""
    if organisation != EXAMPLE_KOMMUN:
        return None
    loaded = _profile(organisation, case_folder)
    if loaded is None or not loaded.folder.is_relative_to(profiles_dir()):
        return None
    return (f"{loaded.profile.namn} är en påhittad kommun: dokumenten får dess namn och "
            "rubrikrader. För era egna ärenden, börja en profil för er kommun med 'beslut "
            "organisationer --ny lysekils-kommun' (med er kommuns namn) och skriv dess namn "
            "under 'organisation' i ärendet.")


def _profile(organisation: str | None, case_folder: Path) -> LoadedProfile | None:
    """Load the named profile as the new case in `case_folder` will find it (trial 67, F3:
    `beslut ny` inside `arenden/` did not find `../profiler`), or report the known ones."""
    if organisation is None:
        return None
    try:
        return ProfileStore().load(organisation, case_folder)
    except ProfileError as exc:
        raise NewCaseError(exc.message) from None


def _unknown(word: str, what: str, known: list[str], command: str) -> str:
    """Swedish message for an unknown name, with the nearest one and where to see them all."""
    suggestion = did_you_mean(word, known)
    hint = f"menade du '{suggestion}'?" if suggestion else f"se '{command}'"
    return f"okänd {what} '{word}', {hint} Kända: {', '.join(known)}"
