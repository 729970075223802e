"""Warnings at att-satser that start with 'att' or with a common word in capitals: 'att att
…', 'att Yttrande … godkänns.'; at points written as whole sentences, which begin with a
function word in capitals: 'att Inom en total låneram … bemyndigas …'; and at points that
begin with the name of a body their lead-in names already.

The document prints the first two kinds as meant (`text.att_style.as_att_point`: 'att …',
'att yttrande …'); the warning says so, at the word, so that the case file is set right too.
A whole sentence is printed as written, and the warning says how to write it: as an
att-sats, or the points as numbered sentences (`stil: numrerad`). Names ('att Region
Gotland …') are left alone, as the rule there says. Points in the numbered style are not
att-satser: only a point that begins with the name of a body the lead-in before the points
names is warned about there, since it names the body twice ('Kultur- och fritidsnämnden
beslutade den 20 februari 2002, § 15:' and 'Kultur- och fritidsnämnden beslutar i enlighet
med …', trial 45, F6); the warning says to begin with what is decided, or with 'att …'.
An att-sats that begins so is a whole sentence, as above. A decision without its lead-in
(`inledning: nej`) names no body before its points.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.att_style import (
    FIRST_WORD,
    as_att_point,
    common_start,
    sentence_start,
)


def att_point_problems(
    case: Case, texts: Mapping[Loc, str], styles: tuple[str, str], report: Reporter
) -> list[Problem]:
    """Warn about att-satser (the points of the proposal and the decision where `styles`,
    theirs in that order, is 'att') that start with 'att', with a common word written with
    a capital, with a function word that begins a whole sentence, or with the name of
    who decides ('Kommunfullmäktige väljer …'; texts: the raw points); and about numbered
    points that begin with a body their lead-in names (`_named_again_problems`)."""
    problems = []
    deciders = _named(case, "forslag") + _named(case, "beslut")
    for loc in _att_points(case, styles):
        text = texts.get(loc, "")
        match = FIRST_WORD.match(text)
        if match is None:
            continue
        word = match.group(1)
        printed = " ".join(as_att_point(text).split()[:2])
        message = _message(word, printed, str(loc[0]), _begun_by(text, deciders) is not None,
                           common_start(text))
        if message is None:
            continue
        where = report.in_text(loc, text, match.start(1), word)
        problems.append(report.problem(where, message, "varning"))
    return problems + _named_again_problems(case, texts, styles, report)


def _named_again_problems(
    case: Case, texts: Mapping[Loc, str], styles: tuple[str, str], report: Reporter
) -> list[Problem]:
    """Warn at each numbered point that begins with the name of a body that its block's
    lead-in names already ('Kultur- och fritidsnämnden beslutar …' after 'Kultur- och
    fritidsnämnden beslutade …:')."""
    problems = []
    for block, style in zip(("forslag", "beslut"), styles, strict=True):
        # (without its lead-in, 'inledning: nej', the decision names no body before them)
        led = block == "forslag" or case.beslut is None or case.beslut.inledning
        names = _named(case, block) if led else []
        points = getattr(case, block).punkter if style != "att" and names else []
        for index in range(len(points)):
            loc = (block, "punkter", index)
            text = texts.get(loc, "")
            name = _begun_by(text, names)
            if name is None:
                continue
            start = len(text) - len(text.lstrip())
            verb = _NEXT_WORD.match(text, start + len(name))
            end = verb.end() if verb else start + len(name)
            where = report.in_text(loc, text, start, text[start:end])
            deciding = verb is not None and verb.group(1).lower() in _DECIDING
            problems.append(report.problem(where, _named_again(
                text[start:end], text[start:start + len(name)],
                text[end:] if deciding else "", _may_drop_lead_in(case, block)), "varning"))
    return problems


_NEXT_WORD: Final = re.compile(r"\s+(\w+)")
_DECIDING: Final = frozenset({"beslutar", "beslutade", "beslöt", "besluta"})
"""The forms of 'besluta' a point written as the minutes have it follows the body with."""


KEEP_WORDING: Final = ("vill du behålla källans ordalydelse, skriv 'inledning: nej' under "
                       "'beslut', så skrivs ingen inledning före punkterna")
"""The way out for a decision copied word for word from minutes that print "1. Kultur- och
fritidsnämnden beslutar …" under their own heading (trial 70, F6)."""


def _may_drop_lead_in(case: Case, block: str) -> bool:
    """Whether a block's points may stand without the lead-in, `inledning: nej`: a decision's
    that proposes to no one."""
    return block == "beslut" and case.beslut is not None and not case.beslut.foreslar


def _named_again(head: str, name: str, decided: str, decision: bool = False) -> str:
    """The warning at a numbered point that begins with `head`, the body's `name` (as the
    point writes it) and the word after it; `decided` is what follows a 'beslutar', the
    example of what to begin with (none after another verb); a decision's (`decision`)
    offers `inledning: nej` too (`KEEP_WORDING`)."""
    words = decided.split()
    shown = " ".join(words[:4]) if len(words) <= 4 else " ".join(words[:4]).rstrip(",;:") + " …"
    begin = "börja punkten med det som beslutas"
    if words and words[0].lower() == "att":  # (it is an att-sats already)
        begin += f", här '{shown}'"
    elif words:
        begin += f", här '{shown[:1].upper()}{shown[1:]}', eller med 'att …'"
    else:
        begin += " eller med 'att …'"
    return (f"punkten börjar med '{head}', men inledningen före punkterna namnger redan "
            f"{name}; {begin}{f'; {KEEP_WORDING}' if decision else ''}")


def _message(
    word: str, printed: str, block: str, by_decider: bool, common: bool
) -> str | None:
    """The warning at a point's first word, if the point does not read as an att-sats
    (printed: its first two words as the document prints them; block: 'beslut' or
    'forslag', where the numbered style is chosen; by_decider: the point begins with the
    name of who decides; common: it begins with a common word written with a capital)."""
    if word.lower() == "att":
        return (f"att-satsen börjar med '{word}', som dokumentet själv skriver före "
                f"varje punkt; dokumentet skriver 'att {printed} …', ta bort '{word}' "
                "ur punkten")
    if common:
        return (f"att-satsen börjar med versal, 'att {word} …'; dokumentet skriver "
                f"'att {printed} …', skriv punkten med liten begynnelsebokstav")
    if sentence_start(word) or by_decider:
        # (numbered, a point that begins with who decides names the body twice)
        numbered = "" if by_decider else (
            f" eller skriv 'stil: numrerad' under '{block}' så skrivs punkterna som "
            "numrerade meningar")
        return (f"punkten är skriven som en hel mening, inte som en att-sats; dokumentet "
                f"skriver 'att {printed} …', skriv den som en att-sats med verbet i "
                f"infinitiv (t.ex. 'bemyndiga …'){numbered}")
    return None


def _named(case: Case, block: str) -> list[str]:
    """The names of the bodies the lead-in of `block` ('forslag' or 'beslut') names, in lower
    case: who decides and the body a decision proposes to, or who proposes, to whom and the
    body that one is to propose to. A point that begins with one is a whole sentence
    ('Kommunfullmäktige väljer …', 'Kommunfullmäktige fastställer …' under `foreslar`), not
    an att-sats."""
    if block == "beslut":
        names = [case.beslut.beslutande, case.beslut.foreslar] if case.beslut else []
    else:
        names = [case.forslag.beslutande, case.forslag.forslagsstallare,
                 case.forslag.foreslar] if case.forslag else []
    return [name.lower() for name in names if name]


def _begun_by(text: str, names: list[str]) -> str | None:
    """The one of `names` the point begins with as its own words, if any."""
    start = text.lstrip().lower()
    return next((name for name in names
                 if start.startswith(name) and start[len(name):len(name) + 1] in (" ", "")),
                None)


def _att_points(case: Case, styles: tuple[str, str]) -> Iterator[Loc]:
    """The places of the points printed after 'att'."""
    if case.forslag is not None and styles[0] == "att":
        yield from (("forslag", "punkter", i) for i in range(len(case.forslag.punkter)))
    if case.beslut is not None and styles[1] == "att":
        yield from (("beslut", "punkter", i) for i in range(len(case.beslut.punkter)))
