"""Checks of a decision's counted vote (`omrostning`, trial 51, F7).

* a vote needs its ja and its nej: written, or counted from a voteringslista;
* a count written beside a voteringslista is the list's count;
* ja, nej, avstår (and frånvarande) add up to `ledamoter` when the case gives it;
* a tie is decided by the chair's casting vote, which the case must then give; a casting
  vote without a tie is a warning, as it decides nothing;
* a beslutsgång that already asks for the vote ("Votering begärs och ska verkställas.",
  trial 78, F3) or writes a result ("Med 11 ja-röster mot 2 nej-röster …") is a
  warning: the vote's own sentence says it after the text, so the document would say it
  twice, and differently when the numbers differ.
"""

from __future__ import annotations

import re
from functools import cache

from generator.case.models import Decision
from generator.case.vote_models import Vote
from generator.checks.report import Reporter
from generator.compute.votes import KEYS, Tally, listed, tally
from generator.problems import Problem

_WHERE = ("beslut", "omrostning")
REQUEST = "Omröstning begärs och verkställs."
"""The sentence a vote begins with, in `partials/motions.md.j2` too."""
_LISTED = {"ja": "som röstar ja", "nej": "som röstar nej", "avstar": "som avstår",
           "franvarande": "som är frånvarande"}


@cache
def _result() -> re.Pattern[str]:
    return re.compile(r"(\d+)\s+ja-röst(?:er)?\s+mot\s+(\d+)\s+nej-röst(?:er)?", re.IGNORECASE)


@cache
def _request() -> re.Pattern[str]:
    return re.compile(r"\b(?:votering|omröstning)\s+(?:begärs|begärdes|äskas)\b[^.!?\n]*[.!?]?",
                      re.IGNORECASE)


def vote_problems(decision: Decision | None, report: Reporter) -> list[Problem]:
    """The problems of a decision's vote (none without one)."""
    vote = decision.omrostning if decision else None
    if decision is None or vote is None:
        return []
    missing = [key for key in ("ja", "nej") if getattr(vote, key) is None]
    if missing and not vote.voteringslista:
        named = " och ".join(f"'{key}'" for key in missing)
        return [report.problem(report.locate_key(_WHERE), (
            f"omröstningen saknar {named}; skriv "
            "antalet röster, t.ex. 'ja: 11' och 'nej: 2' under 'omrostning', eller en "
            "'voteringslista' med hur var och en röstade"))]
    counted = tally(vote)
    return [*_list_problems(vote, report), *_member_problems(vote, counted, report),
            *_outcome_problems(vote, counted, report),
            *_stated_problems(decision.beslutsgang or "", counted, report)]


def _list_problems(vote: Vote, report: Reporter) -> list[Problem]:
    """An error for each count written beside a voteringslista that counts otherwise."""
    if not vote.voteringslista:
        return []
    found = listed(vote)
    return [report.problem(report.at((*_WHERE, key)), (
        f"'{key}' är {written}, men voteringslistan har {found[word]} {_LISTED[key]}; rätta "
        f"antalet, eller ta bort '{key}' så räknas det från listan"))
        for key, word in KEYS.items()
        if (written := getattr(vote, key)) is not None and written != found[word]]


def _member_problems(vote: Vote, counted: Tally, report: Reporter) -> list[Problem]:
    """An error when the counts do not add up to the ledamöter the case gives."""
    if vote.ledamoter is None or counted.cast == vote.ledamoter:
        return []
    absent = vote.franvarande is not None or counted.absent > 0
    names = "ja, nej, avstår och frånvarande" if absent else "ja, nej och avstår"
    parts = [counted.yes, counted.no, counted.abstain, *([counted.absent] if absent else [])]
    how = "" if absent else (", och skriv 'franvarande' för dem som inte deltog i "
                             "omröstningen")
    return [report.problem(report.at((*_WHERE, "ledamoter")), (
        f"{names} blir {counted.cast} ({' + '.join(map(str, parts))}), men 'ledamoter' är "
        f"{vote.ledamoter}; rätta antalen eller 'ledamoter'{how}"))]


def _outcome_problems(vote: Vote, counted: Tally, report: Reporter) -> list[Problem]:
    """An error for a tie nobody decided, a warning for a casting vote without a tie."""
    result = f"{counted.worded('ja')} mot {counted.worded('nej')}"
    if counted.winner is None:
        return [report.problem(report.locate_key(_WHERE), (
            f"omröstningen slutar lika, {result}, och vid lika röstetal avgör ordförandens "
            "utslagsröst; skriv 'utslagsrost: ja' eller 'utslagsrost: nej' under "
            "'omrostning'"))]
    if vote.utslagsrost is not None and not counted.casting:
        return [report.problem(report.at((*_WHERE, "utslagsrost")), (
            f"'utslagsrost' gäller bara vid lika röstetal, men omröstningen slutar {result}; "
            "ta bort raden"), "varning")]
    return []


def _stated_problems(course: str, counted: Tally, report: Reporter) -> list[Problem]:
    """A warning for a request for a vote and for a result the beslutsgång writes itself,
    which the vote's own sentences write after it."""
    problems = []
    request = _request().search(course)
    if request is not None:
        problems.append(_stated(course, request, (
            f"beslutsgången skriver '{request.group(0).strip()}', som 'omrostning' skriver "
            f"också efter beslutsgången ('{REQUEST}'); ta bort meningen"), report))
    match = _result().search(course)
    if match is None:
        return problems
    stated = (int(match.group(1)), int(match.group(2)))
    if stated == (counted.yes, counted.no):
        why = "som skrivs också efter beslutsgången, av 'omrostning'"
    else:
        why = (f"men 'omrostning' räknar {counted.worded('ja')} mot "
               f"{counted.worded('nej')}")
    return [*problems, _stated(course, match, (
        f"beslutsgången skriver omröstningens resultat ({match.group(0)} …), {why}; ta bort "
        "resultatet"), report)]


def _stated(course: str, match: re.Match[str], message: str, report: Reporter) -> Problem:
    """A warning at a match in the beslutsgång that says what to take out of it."""
    where = report.in_text(("beslut", "beslutsgang"), course, match.start(), match.group(0))
    return report.problem(where, f"{message} ur 'beslutsgang'", "varning")
