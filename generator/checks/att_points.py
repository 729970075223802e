"""Warnings at att-satser that start with 'att' or with a common word in capitals: 'att att
…', 'att Yttrande … godkänns.'; and at points written as whole sentences, which begin with a
function word in capitals: 'att Inom en total låneram … bemyndigas …'.

The document prints the first two kinds as meant (`text.att_style.as_att_point`: 'att …',
'att yttrande …'); the warning says so, at the word, so that the case file is set right too.
A whole sentence is printed as written, and the warning says how to write it: as an
att-sats, or the points as numbered sentences (`stil: numrerad`). Names ('att Region
Gotland …') are left alone, as the rule there says. Points in the numbered style are not
att-satser and are not looked at.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.att_style import (
    FIRST_WORD,
    as_att_point,
    common_capitalised,
    sentence_start,
)


def att_point_problems(
    case: Case, texts: Mapping[Loc, str], styles: tuple[str, str], report: Reporter
) -> list[Problem]:
    """Warn about att-satser (the points of the proposal and the decision where `styles`,
    theirs in that order, is 'att') that start with 'att', with a common word written with
    a capital, with a function word that begins a whole sentence, or with the name of
    who decides ('Kommunfullmäktige väljer …'; texts: the raw points)."""
    problems = []
    deciders = _deciders(case)
    for loc in _att_points(case, styles):
        text = texts.get(loc, "")
        match = FIRST_WORD.match(text)
        if match is None:
            continue
        word = match.group(1)
        printed = " ".join(as_att_point(text).split()[:2])
        message = _message(word, printed, str(loc[0]), _begins_with(text, deciders))
        if message is None:
            continue
        where = report.in_text(loc, text, match.start(1), word)
        problems.append(report.problem(where, message, "varning"))
    return problems


def _message(word: str, printed: str, block: str, by_decider: bool) -> str | None:
    """The warning at a point's first word, if the point does not read as an att-sats
    (printed: its first two words as the document prints them; block: 'beslut' or
    'forslag', where the numbered style is chosen; by_decider: the point begins with the
    name of who decides)."""
    if word.lower() == "att":
        return (f"att-satsen börjar med '{word}', som dokumentet själv skriver före "
                f"varje punkt; dokumentet skriver 'att {printed} …', ta bort '{word}' "
                "ur punkten")
    if common_capitalised(word):
        return (f"att-satsen börjar med versal, 'att {word} …'; dokumentet skriver "
                f"'att {printed} …', skriv punkten med liten begynnelsebokstav")
    if sentence_start(word) or by_decider:
        return (f"punkten är skriven som en hel mening, inte som en att-sats; dokumentet "
                f"skriver 'att {printed} …', skriv den som en att-sats med verbet i "
                f"infinitiv (t.ex. 'bemyndiga …') eller skriv 'stil: numrerad' under "
                f"'{block}' så skrivs punkterna som numrerade meningar")
    return None


def _deciders(case: Case) -> list[str]:
    """The names of who decides or proposes, and of the body a decision proposes to, in lower
    case: a point that begins with one is a whole sentence ('Kommunfullmäktige väljer …',
    'Kommunfullmäktige fastställer …' under `foreslar`), not an att-sats."""
    names = [case.beslut.beslutande if case.beslut else None,
             case.beslut.foreslar if case.beslut else None,
             case.forslag.beslutande if case.forslag else None,
             case.forslag.forslagsstallare if case.forslag else None]
    return [name.lower() for name in names if name]


def _begins_with(text: str, names: list[str]) -> bool:
    """Whether the point begins with one of `names` as its own words."""
    start = text.lstrip().lower()
    return any(start.startswith(name) and start[len(name):len(name) + 1] in (" ", "")
               for name in names)


def _att_points(case: Case, styles: tuple[str, str]) -> Iterator[Loc]:
    """The places of the points printed after 'att'."""
    if case.forslag is not None and styles[0] == "att":
        yield from (("forslag", "punkter", i) for i in range(len(case.forslag.punkter)))
    if case.beslut is not None and styles[1] == "att":
        yield from (("beslut", "punkter", i) for i in range(len(case.beslut.punkter)))
