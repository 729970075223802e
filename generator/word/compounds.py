"""Where a Swedish compound of public administration joins its parts: "Budget|avvikelse",
"Verksamhets|bidrag", "Kommun|styrelsen".

Liang's patterns (see `hyphenation`) know syllables, not words, so a narrow column breaks
"Bud-ge-tav-vi-kel-se" where a reader expects "Budget-avvikelse". Here a word is split where
it begins with a known part (with its linking s, "verksamhets") and the rest begins with a
known part too, at least three letters on each side, longest known first part first; the
rest is split again the same way. The parts are those of decisions, budgets and
allocations, in the forms they take first in a compound. A word made of unknown parts has
no joints, and only Liang's points are used.
"""

from __future__ import annotations

import functools
from typing import Final

_PARTS: Final = frozenset({
    "anhörig", "andel", "anslag", "arbete", "arbets", "avdelning", "avgift", "avgifts",
    "avvikelse", "barn", "behandling", "behov", "belopp", "beredning", "berednings",
    "beskrivning", "beslut", "besluts", "betalning", "bidrag", "bidrags", "bostad", "bostads",
    "brukar", "budget", "budgets", "bygg", "byggnad", "byggnads", "chef", "direktör", "drift",
    "drifts", "ekonomi", "enhet", "enheten", "familje", "fastighet", "fastighets", "finansiering",
    "fördelning", "fördelnings", "förebyggande", "föreläsning", "förening", "förenings",
    "förbund", "förbunds", "förslag", "förvaltning", "förvaltnings", "fritid", "fritids",
    "fullmäktige", "funktion", "funktions", "grund", "grundskole", "gymnasie", "hälso", "hälsa",
    "handling", "handlings", "hem", "hemtjänst", "hjälp", "inflytande", "insats", "insatser",
    "intäkt", "investering", "investerings", "kommun", "kommuns", "kompetens", "kostnad",
    "kostnads", "kultur", "kvalitet", "kvalitets", "landsting", "landstings", "ledar", "ledare",
    "ledning", "lednings", "läge", "läges", "län", "läns", "länschefs", "lokal", "medel",
    "medels", "medverkan", "miljö", "mottagning", "mottagnings", "myndighet", "myndighets",
    "nämnd", "nämnds", "nätverk", "nätverks", "netto", "område", "områdes", "omsorg", "omsorgs",
    "ordförande", "ordning", "organisation", "organisations", "personal", "plan", "planering",
    "planerings", "politik", "prevention", "preventions", "prognos", "program", "programs",
    "projekt", "projekts", "protokoll", "protokolls", "psykiatri", "ram", "redovisning", "region",
    "regions", "räddning", "räddnings", "samhälle", "samhälls", "samordnare", "samordning",
    "samordnings", "samverkan", "samverkans", "service", "sjukvård", "sjukvårds", "skatte",
    "skola", "skol", "skrivelse", "social", "special", "stat", "stats", "stimulans", "strateg",
    "struktur", "styrelse", "styrelses", "stöd", "suicid", "tjänst", "tjänste", "tjänster",
    "under", "understöd", "underlag", "uppdrag", "uppföljning", "uppföljnings", "utbildning",
    "utbildnings", "utdrag", "utfall", "utveckling", "utvecklings", "vård", "vårds", "verksamhet",
    "verksamhets", "vuxen", "äldre", "ärende", "ärendes", "över", "ungdom", "ungdoms",
    "befolkning", "befolknings", "total", "exploatering", "exploaterings", "utdrags",
    "bestyrkande", "finansierad",
})
_LONGEST: Final = max(map(len, _PARTS))
_FEWEST: Final = 3  # letters of a part at either side of a joint


@functools.lru_cache(maxsize=4096)
def compound_joints(word: str) -> tuple[int, ...]:
    """The indexes of `word` where its known parts join (none if it is not such a compound)."""
    lower = word.lower()
    joints: list[int] = []
    start = 0
    while True:
        joint = _first_joint(lower, start)
        if joint is None:
            return tuple(joints)
        joints.append(joint)
        start = joint


def _first_joint(word: str, start: int) -> int | None:
    """Where the part of `word` that begins at `start` ends, if a known part follows it."""
    for end in range(min(len(word), start + _LONGEST), start + _FEWEST - 1, -1):
        if word[start:end] in _PARTS and len(word) - end >= _FEWEST + 1 \
                and _starts_with_part(word, end):
            return end
    return None


def _starts_with_part(word: str, start: int) -> bool:
    """Whether `word` from `start` begins with a known part."""
    return any(word[start:end] in _PARTS
               for end in range(start + _FEWEST, min(len(word), start + _LONGEST) + 1))
