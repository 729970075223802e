"""Checks of a decision taken on delegation by one person (trial 80, F2).

A färdtjänst decision of "Färdtjänsthandläggaren" on delegation from Omsorgsnämnden kept
the `justering` of the protocol skeleton it began as, passed the check, and printed
"Justerat den 4 mars 2005 av Anna A och Bo B." under the handläggare's decision. An officer
or a chair who decides on delegation (`beslut.delegation`) decides alone, without a meeting
and without minutes: what only a meeting's minutes have is an error where it is written, as
in a decision per capsulam (`structure.MEETING_ONLY`): the justering, the minutes keeper
(`vid_protokollet`), the motions, the course of the decision, the vote, the reservations
and the protocol notes, and a label that makes the document minutes or an extract of them
("Protokollsutdrag"). An utskott that decides on delegation does so at a meeting, with
minutes that are justerade (`text.body_names.meeting_body`): its decision is left alone.
"""

from __future__ import annotations

from generator.case.decision_names import extract_only, minutes_extract
from generator.case.models import Case, Decision
from generator.checks.report import Reporter
from generator.checks.structure import MEETING_ONLY
from generator.problems import Problem
from generator.text.body_names import meeting_body

_PROTOCOL_KEYS = {"justering": "ett beslut på delegation justeras inte",
                  "vid_protokollet": "ett beslut på delegation har ingen som för protokollet"}
"""The case's keys of minutes, each with what a decision on delegation lacks."""


def decided_alone(decision: Decision | None) -> bool:
    """Whether a decision is taken on delegation by one person (an officer, a chair), who
    keeps no minutes, rather than by a body at a meeting."""
    return (decision is not None and decision.delegation is not None
            and not meeting_body(decision.beslutande))


def delegated_decision_problems(case: Case, label: str | None, report: Reporter
                                ) -> list[Problem]:
    """An error at each key of a meeting's minutes in a decision one person takes on
    delegation (`label`: the kind label the document prints)."""
    decision = case.beslut
    if decision is None or not decided_alone(decision):
        return []
    alone = f"{decision.beslutande} fattar det ensam, utan sammanträde och protokoll"
    problems = [report.problem(report.locate_key((key,)), (
        f"'{key}' hör till ett protokoll, men {lacking}: {alone}; ta bort '{key}'"))
        for key, lacking in _PROTOCOL_KEYS.items() if getattr(case, key) is not None]
    if case.dokumenttyp != "beslut_per_capsulam":  # (there, `structure` says it already)
        problems += [report.problem(report.locate_key(("beslut", key)), (
            f"'{key}' hör till ett beslut som fattas på ett sammanträde, men ett beslut på "
            f"delegation kan inte ha {lacking}: {alone}; ta bort '{key}'"))
            for key, lacking in MEETING_ONLY.items() if getattr(decision, key)]
    if minutes_extract(case, label):
        written = case.etikett is not None
        where = report.locate_key(("etikett",) if written else ("beslut", "delegation"))
        named = f"'etikett: {label}'" if written else f"etiketten '{label}' (från profilen)"
        made = "ett utdrag ur ett protokoll" if extract_only(label) else "ett protokoll"
        problems.append(report.problem(where, (
            f"{named} gör dokumentet till {made}, men ett beslut på delegation står inte i "
            f"något protokoll: {alone}; skriv 'etikett: Beslut'")))
    return problems
