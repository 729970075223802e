"""Att-satser that start with 'att' or a capital letter: 'att att …', 'att Yttrande … godkänns.'

A point in the att style is printed after 'att', so a point typed as a protocol prints it,
'att av stimulansbidraget ska …', comes out 'att att av …': 'att' is warned about at it.

Being printed inside the sentence, such a point starts in lower case, unless its first word
is a name ('att Region Gotland …', 'att Statskontoret …' are right). A name cannot be told
from a common word by its letters, so only a first word known as a common one is warned
about: a word that often begins an att-sats (the verbs of a decision, the pronouns and the
nouns points start with) or a verb ending in '-era' (notera, delegera). Any other
capitalised word, and a word in capitals only (SKR), is taken to be a name: a missed
warning costs less than telling a secretary to write 'region gotland'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_COMMON_STARTS: Final = frozenset({
    "godkänna", "anta", "fastställa", "uppdra", "ge", "ta", "bevilja", "avslå", "bifalla",
    "tillstyrka", "avstyrka", "notera", "lägga", "överlämna", "anvisa", "fördela", "omfördela",
    "tilldela", "avsätta", "delegera", "återremittera", "bordlägga", "besluta", "föreslå",
    "hemställa", "begära", "utse", "välja", "entlediga", "tillsätta", "upphäva", "ändra",
    "förlänga", "teckna", "ingå", "avge", "yttra", "uppmana", "ersätta", "betala", "utbetala",
    "återbetala", "inrätta", "avveckla", "genomföra", "godta", "avsluta", "överföra",
    "redovisa", "återrapportera", "ställa", "tillföra", "den", "det", "de", "denna", "detta",
    "dessa", "en", "ett", "samtliga", "alla", "varje", "resterande", "återstående", "yttrande",
    "yttrandet", "ärendet", "förslag", "förslaget", "rapporten", "redovisningen",
    "informationen", "beslutet", "uppdraget", "medlen", "medel", "bidrag", "bidraget",
    "bidragen", "verksamhetsbidrag", "anslaget", "anslag", "ansökan", "ansökningen", "avtalet",
    "budgeten", "planen", "handlingsplanen", "kostnaderna", "beloppet", "återstoden",
    "överskottet", "underskottet", "ramen", "remissvaret", "svaret",
})
"""Common words that often begin an att-sats, in lower case."""
_FIRST_WORD = re.compile(r"\s*(\w+)")


def att_point_problems(
    case: Case, texts: Mapping[Loc, str], proposal_style: str, report: Reporter
) -> list[Problem]:
    """Warn about att-satser (every decision point, and the proposal's in the att style)
    that start with 'att' or with a common word written with a capital (texts: the raw
    points)."""
    problems = []
    for loc in _att_points(case, proposal_style):
        text = texts.get(loc, "")
        match = _FIRST_WORD.match(text)
        if match is None:
            continue
        word = match.group(1)
        if word.lower() == "att":
            message = (f"att-satsen börjar med '{word}', som dokumentet själv skriver före "
                       "varje punkt; ta bort det")
        elif _common_capitalised(word):
            message = (f"att-satsen börjar med versal: 'att {word} …'; skriv punkten med "
                       f"liten begynnelsebokstav ({word.lower()} …)")
        else:
            continue
        where = report.in_text(loc, text, match.start(1), word)
        problems.append(report.problem(where, message, "varning"))
    return problems


def _att_points(case: Case, proposal_style: str) -> Iterator[Loc]:
    """The places of the points printed after 'att'."""
    if case.forslag is not None and proposal_style == "att":
        yield from (("forslag", "punkter", i) for i in range(len(case.forslag.punkter)))
    if case.beslut is not None:
        yield from (("beslut", "punkter", i) for i in range(len(case.beslut.punkter)))


def _common_capitalised(word: str) -> bool:
    """Whether a word is a common word written with a capital (not a name, not an acronym)."""
    if not word[0].isupper() or word.isupper():
        return False
    lower = word.lower()
    return lower in _COMMON_STARTS or (len(lower) >= 6 and lower.endswith("era"))
