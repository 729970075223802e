"""Checks of a decision's reservations against its yrkanden (trial 78, F8; trial 92, F2).

A reservation "till förmån för eget yrkande" refers to a yrkande the same ledamot made at
the meeting. A decision with such a reservation and no `yrkanden` at all has most likely
lost one: a warning that names the ledamot and shows how a yrkande is written. With
yrkanden, each ledamot who reserves himself so is looked for in them (as maker, or joining
one: "instämmer i Johan Erikssons yrkande"); those the yrkanden do not name get a warning
at the first of them. Most often they supported another's yrkande, and the warning shows
the wording for the yrkande that lost: the one the losing side of a counted vote means, else
the one a reserving ledamot made ("till förmån för Johan Erikssons (M) yrkande").
"""

from __future__ import annotations

import re
from functools import cache

from generator.case.models import Decision
from generator.checks.motion_makers import has_motion, is_own_motion, makers, with_party
from generator.checks.point_parties import capitalised_names
from generator.checks.report import Reporter
from generator.compute.votes import decided
from generator.formatting import genitive
from generator.output.display import listed
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
    return with_party(names[0], reservation) if names else "Anna Berg (M)"


def reservation_problems(decision: Decision | None, report: Reporter) -> list[Problem]:
    """A warning for each reservation for an own yrkande by a ledamot without one."""
    if decision is None:
        return []
    problems = []
    for index, reservation in enumerate(decision.reservationer):
        if not for_own_motion(reservation):
            continue
        if decision.yrkanden:
            problems += _without_motion(decision, index, report)
            continue
        example = f"{_with_party(reservation)} yrkar …"
        problems.append(report.problem(report.at(("beslut", "reservationer", index)), (
            "reservationen är till förmån för eget yrkande, men beslutet har inga "
            f"'yrkanden'; skriv yrkandet under 'yrkanden' ('{example}'), eller ta bort "
            "'till förmån för eget yrkande'"), "varning"))
    return problems


def _without_motion(decision: Decision, index: int, report: Reporter) -> list[Problem]:
    """A warning naming the ledamöter of a reservation for an own yrkande whom the
    yrkanden do not name, at the first of them."""
    reservation = decision.reservationer[index]
    names = reserving_names(reservation)
    missing = [name for name in names if not has_motion(name, decision.yrkanden)]
    if not missing:
        return []
    where = report.in_text(("beslut", "reservationer", index), reservation,
                           reservation.index(missing[0]), missing[0])
    theirs = f"{genitive(missing[0])} yrkande" if len(missing) == 1 else "deras yrkanden"
    return [report.problem(where, (
        f"reservationen är till förmån för eget yrkande, men {listed(missing)} har inget "
        f"yrkande under 'yrkanden'; {_wording(decision, names)}, eller skriv {theirs} "
        "under 'yrkanden'"), "varning")]


def _wording(decision: Decision, names: list[str]) -> str:
    """What to write instead of "eget yrkande": for the yrkande that lost, or each that may
    have."""
    motions = "\n".join(decision.yrkanden)
    lost = [f"'till förmån för {genitive(name)}{with_party(name, motions)[len(name):]} "
            "yrkande'" for name in _lost(decision, names)]
    if len(lost) == 1:
        return f"skriv {lost[0]} om reservationen gäller det yrkandet"
    choice = f" ({' eller '.join(lost)})" if lost else ""
    return f"skriv vilket yrkande reservationen gäller{choice} i stället för 'eget yrkande'"


def _lost(decision: Decision, names: list[str]) -> list[str]:
    """Who made the yrkande that lost: the one the losing side of a counted vote means,
    else those of the reserving ledamöter (names)."""
    made = makers(decision.yrkanden)
    vote = decision.omrostning
    counted = decided(vote)
    if vote is not None and counted is not None:
        losing = vote.nej_betyder if counted.winner == "ja" else vote.ja_betyder
        lost = [name for name in made if is_own_motion(name, losing, decision.yrkanden)]
        if lost:
            return lost
    return [name for name in made if name in names]
