"""Warnings at att-satser that start with 'att' or with a common word in capitals: 'att att
…', 'att Yttrande … godkänns.'

The document prints such a point as meant (`text.att_style.as_att_point`: 'att …',
'att yttrande …'); the warning says so, at the word, so that the case file is set right too.
Names ('att Region Gotland …') are left alone, as the rule there says.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.att_style import FIRST_WORD, as_att_point, common_capitalised


def att_point_problems(
    case: Case, texts: Mapping[Loc, str], proposal_style: str, report: Reporter
) -> list[Problem]:
    """Warn about att-satser (every decision point, and the proposal's in the att style)
    that start with 'att' or with a common word written with a capital (texts: the raw
    points)."""
    problems = []
    for loc in _att_points(case, proposal_style):
        text = texts.get(loc, "")
        match = FIRST_WORD.match(text)
        if match is None:
            continue
        word = match.group(1)
        printed = " ".join(as_att_point(text).split()[:2])
        if word.lower() == "att":
            message = (f"att-satsen börjar med '{word}', som dokumentet själv skriver före "
                       f"varje punkt; dokumentet skriver 'att {printed} …', ta bort '{word}' "
                       "ur punkten")
        elif common_capitalised(word):
            message = (f"att-satsen börjar med versal, 'att {word} …'; dokumentet skriver "
                       f"'att {printed} …', skriv punkten med liten begynnelsebokstav")
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
