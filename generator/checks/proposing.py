"""Warnings at the points of a decision that proposes to another body (trial 37, F8).

With `foreslar` the opening says "… föreslå kommunfullmäktige besluta" and the points are
what is proposed: a point that begins "föreslå …" says it twice. Without it, a lone point
"föreslå kommunfullmäktige besluta att godkänna … och att …" holds the proposal's
att-satser inside one att-sats; the warning names the key to write, with the body as the
point writes it. A first point "föreslå … besluta att …" followed by others gets the same
warning, asking whether the others are proposals too (they may be the body's own).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.case.models import Case, Decision
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_BEGINS = re.compile(r"\s*(föreslå)(?!\w)", re.IGNORECASE)
_PROPOSES = re.compile(r"\s*(föreslå)\s+(\S.*?)\s+besluta\s+att\s", re.IGNORECASE | re.DOTALL)


def proposing_point_problems(
    case: Case, texts: Mapping[Loc, str], report: Reporter
) -> list[Problem]:
    """Warn at a point that begins 'föreslå' when the decision proposes by its key, and at
    a first point 'föreslå X besluta att …' when it does not (texts: the raw points)."""
    decision = case.beslut
    if decision is None:
        return []
    if decision.foreslar:
        return _twice(decision, decision.foreslar, texts, report)
    return _unkeyed(decision, texts, report)


def _twice(
    decision: Decision, body: str, texts: Mapping[Loc, str], report: Reporter
) -> list[Problem]:
    """The points that begin with 'föreslå' though the opening says it."""
    problems = []
    for index in range(len(decision.punkter)):
        loc = ("beslut", "punkter", index)
        text = texts.get(loc, "")
        match = _BEGINS.match(text)
        if match is None:
            continue
        word = match.group(1)
        message = (f"punkten börjar med '{word}', men inledningen skriver redan 'föreslå "
                   f"{body} besluta' ('foreslar' under 'beslut'); skriv bara det som "
                   f"föreslås, utan '{word} …'")
        where = report.in_text(loc, text, match.start(1), word)
        problems.append(report.problem(where, message, "varning"))
    return problems


def _unkeyed(decision: Decision, texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """The first point, when it proposes to a body by its own words (where more points
    follow, they may be the body's own decisions: the warning asks)."""
    loc = ("beslut", "punkter", 0)
    text = texts.get(loc, "")
    match = _PROPOSES.match(text)
    if match is None:
        return []
    word, body = match.group(1), " ".join(match.group(2).split())
    others = (f"; är också de andra punkterna förslag till {body}" if len(decision.punkter) > 1
              else "")
    message = (f"punkten är ett förslag till {body}{others}; skriv 'foreslar: {body}' under "
               f"'beslut' och det som föreslås som punkter, en att-sats per punkt, utan "
               f"'{word} {body} besluta att', så skriver dokumentet 'föreslå {body} besluta' "
               f"före punkterna")
    where = report.in_text(loc, text, match.start(1), word)
    return [report.problem(where, message, "varning")]
