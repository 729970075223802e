"""The words of a new case that are its organisation's own: its bodies, its officers and its
Dnr (trial 52, F8: a kommun's new decision read "Regionstyrelsen", "RS 2026/123" and
"uppdra åt regiondirektören").

They come from the case's profile: its first organ (`organ`), its Dnr (`dnr_exempel`) and its
kind (`slag`), a kommun's or a region's words. A case without a profile has a region's, as
its sample header ("Region Exempel") is one. Where a profile does not say, the words are
placeholders ("[nämnd]", "[befattning]", "[dnr]") that `beslut kontrollera` warns about
until they are replaced (`checks.placeholders`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.case.profiles import Profile
from generator.formatting import genitive


@dataclass(frozen=True)
class Wording:
    """A kind of organisation's words in the skeletons, each filling a `§name` place."""

    styrelse: str
    """The board that decides in a decision (where the profile has no organ)."""
    fullmaktige: str
    """The assembly a decision may propose to decide, mid-sentence."""
    direktoren: str
    """The chief officer, mid-sentence: "uppdra åt regiondirektören" (a kommun's nämnd has
    its förvaltningschef instead, `_officers`)."""
    namnd: str | None = None
    """The committee a tjänsteskrivelse goes to where the profile has no formal organ (its
    first goes before it: `_first_formal`); None: the board."""
    parter: str = "Kommunerna och regionen"
    """Who applied together, in a decision's background."""
    part: str = "Kommunerna"
    """The first of them, a row of the decision's table."""
    part_norr: str = "Region Norr"
    part_soder: str = "Region Söder"
    """The two parties of an approval."""
    titel: str = "regiondirektör"
    """The signers' title in an approval."""


REGION = Wording("Regionstyrelsen", "regionfullmäktige", "regiondirektören",
                 namnd="Hälso- och sjukvårdsnämnden")
KOMMUN = Wording("Kommunstyrelsen", "kommunfullmäktige", "kommundirektören",
                 parter="Kommunen och regionen", part="Kommunen", part_norr="Norrby kommun",
                 part_soder="Söderby kommun", titel="kommundirektör")
STAD = replace(KOMMUN, direktoren="stadsdirektören", titel="stadsdirektör")
"""A kommun that calls itself a stad ('Malmö stad', 'Stockholms stad'): its chief officer is
a stadsdirektör (trial 85, F7: Malmö's new cases said "Kommundirektörens förslag")."""
UNKNOWN = Wording("[nämnd]", "fullmäktige", "[befattning]")
"""A profile without `slag`: placeholders where a kommun's and a region's words differ (the
approval's parties and the background's are other organisations: a region's stay)."""
NETWORK = "Länschefsnätverket"
"""The sample network of the per capsulam and the beslutsunderlag (where the profile's first
organ is none, or a fullmäktige, styrelse or nämnd: `_formal`): a län's, of kommuner and
region alike."""
DNR_PLACEHOLDER = "[dnr]"


def wording(profile: Profile | None) -> Wording:
    """The words of a new case with this profile (None: without one)."""
    if profile is None or profile.slag == "region":
        return REGION
    if profile.slag != "kommun":
        return UNKNOWN
    return STAD if profile.namn.casefold().endswith(" stad") else KOMMUN


def skeleton_places(profile: Profile | None) -> dict[str, str]:
    """The `§name` places of the skeletons that name the organisation's own, filled in as a
    YAML value or text of a new case with this profile."""
    words = wording(profile)
    first = profile.organ[0].namn if profile is not None and profile.organ else None
    styrelse = first or words.styrelse
    dnr = (profile.dnr_exempel if profile is not None else None) or DNR_PLACEHOLDER
    network = NETWORK if first is None or _formal(first) else first
    namnd = _first_formal(profile) or words.namnd or styrelse
    chief, proposer = _officers(words, namnd, own=namnd == first)
    values = {"styrelse": styrelse, "namnd": namnd, "dnr": dnr,
              "direktor": _capitalised(chief.removesuffix("en")),
              "forslagsrubrik": _capitalised(f"{proposer} förslag"),
              "sekreterare": _certifier(words, styrelse)}
    return {key: _value(text) for key, text in values.items()} | {
        "natverk": network, "natverks": genitive(network), "fullmaktige": words.fullmaktige,
        "direktoren": chief, "parter": words.parter, "part": words.part,
        "part_norr": words.part_norr, "part_soder": words.part_soder, "titel": words.titel}


COMMITTEES = ("nämnden", "nämnd")
"""How a nämnd's name ends."""
FORMAL_BODIES = ("fullmäktige", "styrelsen", "styrelse", *COMMITTEES)
"""How the name of a kommun's or region's elected body ends: a per capsulam and its
beslutsunderlag are a network's, so such a first organ is not taken for their network (a
kommun's profile begins with Kommunstyrelsen, which decides at meetings, in its minutes)."""


def _first_formal(profile: Profile | None) -> str | None:
    """The first of a profile's organs that is a fullmäktige, a styrelse or a nämnd (`_formal`),
    the body a tjänsteskrivelse goes to (trial 92, F11: a region's Kulturnämnden); a network
    or an officer listed first (the sample profiles' "Länschefsnätverket") is none."""
    organs = profile.organ if profile is not None else ()
    return next((organ.namn for organ in organs if _formal(organ.namn)), None)


def _formal(body: str) -> bool:
    """Whether an organ is a fullmäktige, a styrelse or a nämnd."""
    return body.split()[-1].casefold().endswith(FORMAL_BODIES)


def _officers(words: Wording, body: str, own: bool = False) -> tuple[str, str]:
    """The officer a body's case is from, mid-sentence, and who proposes its decision, in the
    genitive: a kommun's nämnd, and any nämnd that is the profile's own first organ (`own`:
    a region's Kulturnämnden, trial 92, F11), has its förvaltning and förvaltningschef
    ("Förvaltningens förslag", trial 76, F10); a kommunstyrelse (and a region's sample
    nämnd) the director's."""
    if (own or words in (KOMMUN, STAD)) and body.split()[-1].casefold().endswith(COMMITTEES):
        return "förvaltningschefen", "förvaltningens"
    return words.direktoren, genitive(words.direktoren)


KOMMUN_BODIES = ("fullmäktige", "styrelsen", "styrelse")
"""How the name of a kommun's body whose minutes the kommunsekreterare keeps ends."""


def _certifier(words: Wording, body: str) -> str:
    """The title of who certifies an extract of a body's minutes: a kommun's fullmäktige
    and kommunstyrelse have a kommunsekreterare (trial 83, F5), a nämnd (and a region's
    bodies, whose titles vary) a nämndsekreterare."""
    if words in (KOMMUN, STAD) and body.split()[-1].casefold().endswith(KOMMUN_BODIES):
        return "kommunsekreterare"
    return "nämndsekreterare"


def _capitalised(text: str) -> str:
    """The text with a capital first letter ("[befattning]" stays as it is)."""
    return text[:1].upper() + text[1:]


def _value(text: str) -> str:
    """A whole YAML value: quoted if it is a placeholder ('[nämnd]' unquoted is a list)."""
    return f'"{text}"' if text.startswith("[") else text
