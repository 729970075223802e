"""Checks of a decision's reservations against its yrkanden (trial 78, F8).

A reservation "till förmån för eget yrkande" refers to a yrkande the same ledamot made at
the meeting. A decision with such a reservation and no `yrkanden` at all has most likely
lost one: a warning that names the ledamot and shows how a yrkande is written.
"""

from __future__ import annotations

import re
from functools import cache

from generator.case.models import Decision
from generator.checks.point_parties import capitalised_names
from generator.checks.report import Reporter
from generator.problems import Problem


@cache
def _own_motion() -> re.Pattern[str]:
    return re.compile(r"\b(?:eget|egna|sitt|sina)\s+yrkanden?\b", re.IGNORECASE)


def reserving_names(reservation: str) -> list[str]:
    """The names of the ledamöter who reserve themselves, as the reservation writes them
    before "reserverar" ("Anders Gäfvert (M) och Lotta Svensson (M) reserverar sig …")."""
    before = reservation.split(" reserverar", 1)[0]
    return capitalised_names(before)


def for_own_motion(reservation: str) -> bool:
    """Whether a reservation is "till förmån för eget yrkande"."""
    return _own_motion().search(reservation) is not None


def _with_party(reservation: str) -> str:
    """The first ledamot who reserves himself, with his party when it is written ("Anders
    Gäfvert (M)"), or an example name."""
    names = reserving_names(reservation)
    if not names:
        return "Anna Berg (M)"
    party = re.match(r"\s*\([^()]{1,12}\)", reservation.split(names[0], 1)[1])
    return names[0] + (party.group(0) if party else "")


def reservation_problems(decision: Decision | None, report: Reporter) -> list[Problem]:
    """A warning for each reservation for an own yrkande in a decision without yrkanden."""
    if decision is None or decision.yrkanden:
        return []
    problems = []
    for index, reservation in enumerate(decision.reservationer):
        if not for_own_motion(reservation):
            continue
        example = f"{_with_party(reservation)} yrkar …"
        problems.append(report.problem(report.at(("beslut", "reservationer", index)), (
            "reservationen är till förmån för eget yrkande, men beslutet har inga "
            f"'yrkanden'; skriv yrkandet under 'yrkanden' ('{example}'), eller ta bort "
            "'till förmån för eget yrkande'"), "varning"))
    return problems
