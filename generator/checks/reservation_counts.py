"""More ledamöter reserve themselves than can have voted against the decision (trial 92, F2).

A ledamot who reserves himself against a decision taken by a counted vote was on the side
that lost it, or (as a protocol may record) abstained. When the reservations name more
ledamöter than the losing side's votes and those who abstained, a name, a count or the
meanings of the vote are most likely wrong: a warning with both numbers, at the
reservation whose names pass the count. The ledamöter are counted by the names written
before "reserverar" ("Johan Eriksson (M), Karin Holm (M) och Olle Berg (SD) reserverar
sig …"), each once; a reservation that names nobody ("Ledamöterna för Vänsterpartiet …")
is not counted. Minutes record what happened, so it is a warning, never an error. Where a
voteringslista has every ledamot the reservations name, `reservation_votes` checks each of
them against it instead, by name.
"""

from __future__ import annotations

from generator.case.models import Decision
from generator.case.vote_models import Vote
from generator.checks.report import Reporter
from generator.checks.reservation_votes import listed_line
from generator.checks.reservations import reserving_names
from generator.compute.votes import Tally, decided
from generator.output.display import listed
from generator.problems import Problem


def reservation_count_problems(decision: Decision | None,
                               report: Reporter) -> list[Problem]:
    """A warning when the reservations name more ledamöter than can have voted against."""
    vote = decision.omrostning if decision else None
    counted = decided(vote)
    if decision is None or vote is None or counted is None or _all_listed(decision, vote):
        return []
    losing = "nej" if counted.winner == "ja" else "ja"
    against = (counted.no if losing == "nej" else counted.yes) + counted.abstain
    names: list[str] = []
    counted_in = 0
    for index, reservation in enumerate(decision.reservationer):
        if " reserverar" not in reservation:
            continue
        names += [name for name in reserving_names(reservation) if name not in names]
        counted_in += 1
        if len(names) > against:
            message = _message(names, vote, counted, losing, counted_in > 1)
            return [report.problem(report.at(("beslut", "reservationer", index)), message,
                                   "varning")]
    return []


def _all_listed(decision: Decision, vote: Vote) -> bool:
    """Whether the voteringslista has every ledamot the reservations name."""
    names = [name for reservation in decision.reservationer if " reserverar" in reservation
             for name in reserving_names(reservation)]
    return bool(vote.voteringslista) and all(listed_line(name, vote) for name in names)


def _message(names: list[str], vote: Vote, counted: Tally, losing: str,
             several: bool) -> str:
    """What is wrong, with both numbers, and what to check."""
    votes = counted.no if losing == "nej" else counted.yes
    could = f"bara {votes} röstade {losing}, den sida som förlorade omröstningen"
    keys, how = [f"'{losing}'"], "röstat mot beslutet"
    if counted.abstain:
        could = (f"bara {votes + counted.abstain} röstade {losing}, den sida som förlorade "
                 f"omröstningen, eller avstod ({counted.worded(losing)} och "
                 f"{counted.abstain} avstår)")
        keys, how = [*keys, "'avstar'"], "röstat mot beslutet eller avstått"
    where = (f"{listed(keys)} under 'omrostning'" if getattr(vote, losing) is not None
             else "voteringslistan")
    reservations = "reservationerna" if several else "reservationen"
    return (f"{len(names)} ledamöter reserverar sig ({listed(names)}), men {could}; den som "
            f"reserverar sig har {how}, så kontrollera namnen i {reservations} och {where}")
