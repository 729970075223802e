"""Checks that a counted vote's winner agrees with the protocol around it (trial 78, F2).

The winning side of an `omrostning` (by its ja and nej counts) is the meaning the document
prints as decided ("… beslutar kommunfullmäktige om bifall till …"). Two parts of the
protocol usually say the same, and a warning is given where they say otherwise, as the
counts or the meanings are then most likely swapped:

* the beslutsgång's finding ("… och finner att kommunfullmäktige bifaller kommunstyrelsens
  förslag") has words of the losing side's meaning that the other meaning lacks, and none
  of the winning side's;
* a ledamot reserves himself while the winning meaning is his own yrkande: it names him
  ("bifall till Anders Gäfverts yrkande"), or it is what his yrkande under `yrkanden` asks
  for ("Anders Gäfvert (M) yrkar bifall till motionen.").
"""

from __future__ import annotations

import re
from functools import cache

from generator.case.models import Decision
from generator.case.vote_models import Vote
from generator.checks.motion_makers import is_own_motion
from generator.checks.report import Reporter
from generator.checks.reservations import reserving_names
from generator.compute.votes import Tally, decided
from generator.formatting import genitive
from generator.problems import Problem
from generator.text.vote_meanings import meaning_mid_sentence

_STOP = frozenset({"till", "på", "om", "att", "och", "mot", "det", "den", "de", "i", "med",
                   "av", "för", "som", "ska", "har", "en", "ett"})
_CHECK = "kontrollera 'ja' och 'nej' och vad de betyder ('ja_betyder', 'nej_betyder')"


@cache
def _finding() -> re.Pattern[str]:
    """The chair's finding, up to the end of its sentence."""
    return re.compile(r"\b(?:finner|fann|finna)\b[^.!?\n]*", re.IGNORECASE)


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def vote_finding_problems(decision: Decision | None, report: Reporter) -> list[Problem]:
    """Warnings where the vote's winner is not what the beslutsgång found, or is the
    yrkande of a ledamot who reserves himself."""
    vote = decision.omrostning if decision else None
    counted = decided(vote)
    if decision is None or vote is None or counted is None:
        return []
    return [*_course_problems(decision.beslutsgang or "", vote, counted, report),
            *_reservation_problems(decision, vote, counted, report)]


def _outcome(vote: Vote, counted: Tally) -> str:
    """The winning side, its votes and what it means, as a message says it."""
    side = counted.winner or "ja"
    other = "nej" if side == "ja" else "ja"
    meaning = vote.ja_betyder if side == "ja" else vote.nej_betyder
    return (f"omröstningen vinns av {side}-sidan, {counted.worded(side)} mot "
            f"{counted.worded(other)}, och {side} betyder {meaning_mid_sentence(meaning)}")


def _course_problems(course: str, vote: Vote, counted: Tally,
                     report: Reporter) -> list[Problem]:
    """A warning when the last finding of the beslutsgång names the losing side."""
    findings = [match for match in _finding().finditer(course)
                if "motförslag" not in match.group(0).lower()]
    if not findings:
        return []
    found = findings[-1]
    winning = vote.ja_betyder if counted.winner == "ja" else vote.nej_betyder
    losing = vote.nej_betyder if counted.winner == "ja" else vote.ja_betyder
    words = _stems(found.group(0))
    if _hits(words, winning, losing) or not _hits(words, losing, winning):
        return []
    where = report.in_text(("beslut", "beslutsgang"), course, found.start(), found.group(0))
    return [report.problem(where, (
        f"beslutsgången säger att ordföranden {found.group(0).strip()}, men "
        f"{_outcome(vote, counted)}; {_CHECK} under 'omrostning'"), "varning")]


def _stems(text: str) -> set[str]:
    """The words of a text that carry its meaning, in lower case, a verb of a vote as its
    noun ('bifaller' as 'bifall', 'avslår' as 'avslag')."""
    words = {word for word in _word().findall(text.casefold()) if word not in _STOP}
    return {"avslag" if word.startswith("avslå") else
            "bifall" if word.startswith("bifall") else word for word in words}


def _like(one: str, other: str) -> bool:
    """Whether two words are one, inflected ('förslag', 'förslaget'; 'Gäfvert', 'Gäfverts')."""
    return one == other or (min(len(one), len(other)) >= 4
                            and (one.startswith(other) or other.startswith(one)))


def _hits(words: set[str], meaning: str, other: str) -> bool:
    """Whether the words have one of the meaning's words that the other meaning lacks."""
    theirs = _stems(other)
    own = {word for word in _stems(meaning) if not any(_like(word, o) for o in theirs)}
    return any(_like(word, mine) for word in words for mine in own)


def _reservation_problems(decision: Decision, vote: Vote, counted: Tally,
                          report: Reporter) -> list[Problem]:
    """A warning for a reservation by a ledamot whose own yrkande won the vote."""
    winning = vote.ja_betyder if counted.winner == "ja" else vote.nej_betyder
    problems = []
    for index, reservation in enumerate(decision.reservationer):
        name = next((name for name in reserving_names(reservation)
                     if is_own_motion(name, winning, decision.yrkanden)), None)
        if name is None:
            continue
        problems.append(report.problem(report.at(("beslut", "reservationer", index)), (
            f"{name} reserverar sig mot beslutet, men det är {genitive(name)} eget yrkande "
            f"som vinner: {_outcome(vote, counted)}; {_CHECK} under 'omrostning', eller "
            "reservationen"), "varning"))
    return problems

