"""A point of a decision that proposes to another body which is the deciding body's own
decision (trial 76, F1).

With `foreslar` every point is proposed ("Kommunstyrelsen beslutade …, att föreslå
kommunfullmäktige besluta / att …"). A KS paragraph often has both: "Kommunstyrelsens
förslag till kommunfullmäktige" and "Kommunstyrelsens beslut", and a point of the second
kind, put under `foreslar`, is printed as part of the proposal. Two kinds of point say they
are the body's own, and get a warning that shows how the paragraph is written (a
`forslag` with the proposal, a `beslut` without `foreslar` with the body's own points):

* one that waits for the other body: "under förutsättning av kommunfullmäktiges beslut" or
  "under förutsättning att kommunfullmäktige …", which the other body would not say of
  itself;
* one that gives a task within the deciding body: "… får kommunstyrelsens ordförande i
  uppdrag", "uppdra åt kommunstyrelsens arbetsutskott" (giving the body itself a task,
  "uppdra åt kommunstyrelsen", is a proposal the other body may well decide).
"""

from __future__ import annotations

import re

from generator.case.models import Decision
from generator.checks.report import Reporter
from generator.formatting import genitive
from generator.problems import Problem
from generator.text.body_names import mid_sentence


def own_point_problems(decision: Decision | None, report: Reporter) -> list[Problem]:
    """A warning at each point under `foreslar` that is the deciding body's own decision."""
    if decision is None or not decision.foreslar:
        return []
    body = mid_sentence(decision.beslutande)
    patterns = (_awaiting(decision.foreslar), _tasking(genitive(body)))
    problems = []
    for index, point in enumerate(decision.punkter):
        found = next((match for pattern in patterns if (match := pattern.search(point))), None)
        if found is None:
            continue
        loc = ("beslut", "punkter", index)
        problems.append(report.problem(report.in_text(loc, point, found.start(), found.group(0)), (
            f"punkten ser ut att vara {genitive(body)} eget beslut ('{found.group(0)}'), men med "
            f"'foreslar' blir varje punkt ett förslag till {decision.foreslar}; skriv förslaget "
            f"under 'forslag' (rubrik: {genitive(decision.beslutande)} förslag till "
            f"{decision.foreslar}) och {genitive(body)} egna punkter under 'beslut' utan "
            "'foreslar' (se handboken, avsnitt 7)"), "varning"))
    return problems


def _awaiting(other: str) -> re.Pattern[str]:
    """'under förutsättning av kommunfullmäktiges beslut', 'under förutsättning att
    kommunfullmäktige beslutar'."""
    return re.compile(rf"under\s+förutsättning\s+(?:av|att)\s+(?:[\w-]+\s+){{0,3}}?"
                      rf"{re.escape(other.casefold())}\w*(?:\s+(?:beslut|beslutar|bifaller)\b)?",
                      re.IGNORECASE)


def _tasking(owner: str) -> re.Pattern[str]:
    """A task for someone of the body: 'kommunstyrelsens ordförande … i uppdrag', 'uppdra
    åt kommunstyrelsens arbetsutskott'."""
    someone = rf"{re.escape(owner.casefold())}\s+[\w-]+"
    return re.compile(rf"(?:{someone}(?:[^.;]*?)\bi\s+uppdrag\b|\buppdra[rs]?\s+åt\s+{someone}"
                      rf"|\bdelegera[rs]?\b[^.;]*?\btill\s+{someone})", re.IGNORECASE)
