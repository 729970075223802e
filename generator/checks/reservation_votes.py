"""Reservations checked name by name against the voteringslista (trial 92, F2; sweep of
trials 93–95).

A ledamot who reserves himself against a decision taken by a counted vote voted for the
losing side or abstained. Where the vote has a `voteringslista`, each ledamot a reservation
names before "reserverar" is looked up in it by name (the party in parentheses after the
name does not matter): one the list records as voting for the winning side, or as absent
(`frånvarande`, he took no part in the decision), gets a warning at his name in the
reservation, with the list's line to check. A name the list does not have is left to the
count of `reservation_counts`; one whose own yrkande the winning side means is warned about
by `vote_findings` (the meanings are then most likely swapped) and is not named here again.
"""

from __future__ import annotations

from generator.case.models import Decision
from generator.case.vote_models import Vote
from generator.checks.motion_makers import is_own_motion
from generator.checks.report import Reporter
from generator.checks.reservations import reserving_names
from generator.compute.votes import Tally, decided
from generator.problems import Problem


def listed_line(name: str, vote: Vote) -> str | None:
    """The voteringslista's line for a ledamot named without or with his party ("Gudrun
    Sjödin" finds "Gudrun Sjödin (S)"), or None."""
    wanted = name.casefold()
    return next((line for line in vote.voteringslista
                 if line.split(" (", 1)[0].strip().casefold() == wanted), None)


def reservation_vote_problems(decision: Decision | None, report: Reporter) -> list[Problem]:
    """A warning at each reserving ledamot whom the voteringslista records on the winning
    side or as absent."""
    vote = decision.omrostning if decision else None
    counted = decided(vote)
    if decision is None or vote is None or counted is None or not vote.voteringslista:
        return []
    winning = vote.ja_betyder if counted.winner == "ja" else vote.nej_betyder
    problems = []
    for index, reservation in enumerate(decision.reservationer):
        if " reserverar" not in reservation:
            continue
        for name in reserving_names(reservation):
            line = listed_line(name, vote)
            if line is None or is_own_motion(name, winning, decision.yrkanden):
                continue
            how = vote.voteringslista[line]
            if how != counted.winner and how != "frånvarande":
                continue
            where = report.in_text(("beslut", "reservationer", index), reservation,
                                   reservation.index(name), name)
            problems.append(report.problem(where, _message(name, line, how, counted),
                                           "varning"))
    return problems


def _message(name: str, line: str, how: str, counted: Tally) -> str:
    """What the list says against the reservation, and what to check."""
    side = counted.winner or "ja"
    other = "nej" if side == "ja" else "ja"
    if how == "frånvarande":
        said = "var frånvarande vid omröstningen enligt voteringslistan"
    else:
        said = (f"röstade {how} enligt voteringslistan, den sida som vann omröstningen "
                f"({counted.worded(side)} mot {counted.worded(other)})")
    return (f"{name} reserverar sig mot beslutet, men {said}; den som reserverar sig har "
            f"röstat mot beslutet eller avstått, så kontrollera namnet i reservationen och "
            f"raden '{line}: {how}' i voteringslistan")
