"""An organ named in a case is spelled as its organisation's profile spells it.

Trial 24: `beslutande: Valnämden` printed "Valnämden beslutade …", though the profile lists
"Valnämnden". A name a slip or two of the keyboard from one of the profile's organs (a
letter left out, added, changed or two swapped: at most one per five letters, and two in
all) is a warning. Organs share long endings ("Ledningsgruppen", "Beredningsgruppen";
"Barnnämnden", "Byggnämnden"), so a likeness of letters alone would take another body for a
misspelling: a name further from every organ passes. So does one that holds an organ's name
from a word's start ("Valnämndens ordförande", "Barn- och utbildningsnämnden" with the organ
"Utbildningsnämnden"), followed by nothing, a genitive -s or another word, and one that is
whole words of an organ's name ("Styrgruppen" in "Styrgruppen för Länschefsnätverket").
Trial 26: without word boundaries "Kommunfullmäktig", "Kommunfullmäktigen" and
"Kommunstyrelse" passed, as parts of or holding "Kommunfullmäktige" and "Kommunstyrelsen".
("Styrgruppen" beside the organ "Länsstyrgruppen" passes as another body: four letters off.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.case.models import Case
from generator.case.profiles import LoadedProfile
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_MOST = 2  # slips in a misspelt organ's name, at most
_MID_SENTENCE = {("beslut", "foreslar"), ("beslut", "delegation"), ("forslag", "foreslar")}
"""Names printed mid-sentence: one written in lower case is offered in lower case."""


def organ_name_problems(case: Case, profile: LoadedProfile, report: Reporter) -> list[Problem]:
    """Warn about each organ named in the case that is nearly but not exactly one of the
    profile's organs."""
    organs = [body.namn for body in profile.profile.organ]
    problems: list[Problem] = []
    for loc, name in organ_uses(case):
        meant = _meant(name, organs)
        if meant is None:
            continue
        if loc in _MID_SENTENCE and name[:1].islower():
            meant = meant[:1].lower() + meant[1:]
        message = (f"'{name}' står inte bland organen i profilen '{profile.id}', menade du "
                   f"'{meant}'?")
        problems.append(report.problem(report.at(loc), message, "varning"))
    return problems


def organ_uses(case: Case) -> list[tuple[Loc, str]]:
    """Where the case names an organ: the deciding and proposing bodies, the body a decision
    proposes to or is delegated from, and the addressee and extract lines (an organ among
    them is written by its name alone)."""
    found: list[tuple[Loc, str | None]] = [(("beslutsorgan",), case.beslutsorgan)]
    if case.beslut is not None:
        found += [(("beslut", "beslutande"), case.beslut.beslutande),
                  (("beslut", "foreslar"), case.beslut.foreslar),
                  (("beslut", "motesorgan"), case.beslut.motesorgan),
                  (("beslut", "delegation"), case.beslut.delegation)]
    if case.forslag is not None:
        found += [(("forslag", "forslagsstallare"), case.forslag.forslagsstallare),
                  (("forslag", "beslutande"), case.forslag.beslutande),
                  (("forslag", "foreslar"), case.forslag.foreslar)]
    found += [(("mottagare", i), line) for i, line in enumerate(case.mottagare)]
    found += [(("utdrag_till", i), line) for i, line in enumerate(case.utdrag_till)]
    return [(loc, name) for loc, name in found if name]


def _meant(name: str, organs: Sequence[str]) -> str | None:
    """The organ `name` is a misspelling of, if it is one."""
    folded = name.casefold()
    if any(_holds(folded, organ.casefold(), r"s?") or _holds(organ.casefold(), folded, "")
           for organ in organs):
        return None
    return next((organ for organ in organs
                 if _slips(folded, organ.casefold()) <= min(_MOST, len(organ) // 5)), None)


def _holds(longer: str, shorter: str, ending: str) -> bool:
    """Whether `shorter` stands in `longer` from a word's start to a word's end, with
    `ending` (a pattern) allowed between its last letter and that end."""
    pattern = rf"(?<!\w){re.escape(shorter)}{ending}(?!\w)"
    return re.search(pattern, longer) is not None


def _slips(name: str, organ: str) -> int:
    """How many letters left out, added, changed or swapped with the next turn `name` into
    `organ` (optimal string alignment); more than _MOST counts as _MOST + 1. (The library is
    loaded for the first name that is not an organ's as written, not at every start.)"""
    from rapidfuzz.distance import OSA

    return int(OSA.distance(name, organ, score_cutoff=_MOST))
