"""Checks of the parts of a decision a protocol may leave out or name its own way (trial 48,
F3, F4).

With `inledning: nej` the points follow the heading without the sentence before them. That
suits numbered sentences, each of which reads alone; att-satser are no sentence without it
("att motionen anses besvarad"), so the att-style without a lead-in is an error that says
what to write. So is `foreslar`, which only the lead-in says ("… att föreslå
kommunfullmäktige besluta"), unless the heading says it ("Kommunstyrelsens förslag till
kommunfullmäktige", trial 55, F9). The lead-in is also where the decision's date and paragraph
stand: the letterhead shows them only in minutes or an extract (the paragraph only with the
meeting's date), so a lead-in left out elsewhere drops them, which is a warning.

A heading named for the motions or the course of the decision with none of them to print
is a warning: it is not used. A delegationsbeslut's point of the delegationsordning
(`delegationspunkt`) without the body that delegated it (`delegation`) is an error: the
lead-in prints the point after "på delegation från …" (trial 77, F9).
"""

from __future__ import annotations

from generator.case.decision_names import minutes_extract
from generator.case.models import Case, Decision
from generator.checks.report import Reporter
from generator.problems import Problem

_WITHOUT = "'inledning: nej' tar bort meningen före punkterna"


def decision_part_problems(
    case: Case, label: str | None, style: str, report: Reporter
) -> list[Problem]:
    """The problems of a decision's lead-in and of its named headings (`label`: the kind
    label the document prints; `style`: the decision's chosen point style)."""
    decision = case.beslut
    if decision is None:
        return []
    problems = _unused_heading_problems(decision, report) + _delegation_problems(decision, report)
    if decision.inledning:
        return problems
    where = report.locate_key(("beslut", "inledning"))
    if style == "att":
        problems.append(report.problem(where, (
            f"{_WITHOUT}, men punkterna är att-satser, som bara blir en mening efter den "
            "('… beslutade den …, att …'); skriv 'stil: numrerad' eller 'stil: punktlista' "
            "under 'beslut' och punkterna som hela meningar ('Motionen anses besvarad.'), "
            "eller ta bort 'inledning: nej'")))
    if decision.foreslar and not _heading_proposes(decision):
        problems.append(report.problem(where, (
            f"{_WITHOUT}, och bara den säger att beslutet är ett förslag till "
            f"{decision.foreslar} ('… att föreslå {decision.foreslar} besluta'); ta bort "
            "'inledning: nej' eller 'foreslar', eller låt rubriken säga det "
            f"('rubrik: Förslag till {decision.foreslar}')")))
    dropped = _dropped(case, decision, label)
    if dropped:
        problems.append(report.problem(where, (
            f"{_WITHOUT}, och med den {dropped}; skriv 'inledning: nej' bara i ett protokoll "
            "eller protokollsutdrag (t.ex. 'etikett: Sammanträdesprotokoll') med beslutets "
            "datum, eller ta bort raden"), "varning"))
    return problems


def _heading_proposes(decision: Decision) -> bool:
    """Whether the decision's heading says it is a proposal to the body it proposes to
    ("Kommunstyrelsens förslag till kommunfullmäktige": trial 55, F9), as the lead-in
    would."""
    heading = (decision.rubrik or "").casefold()
    return f"förslag till {(decision.foreslar or '').casefold()}" in heading


def _dropped(case: Case, decision: Decision, label: str | None) -> str:
    """What of the decision's date and paragraph the document prints nowhere without the
    lead-in ("" when nothing): the letterhead of minutes shows the meeting's date, and the
    paragraph beside it."""
    in_letterhead = minutes_extract(case, label)
    date = decision.datum is not None and not in_letterhead
    paragraph = decision.paragraf is not None and not (in_letterhead and decision.datum)
    delegated = decision.delegation is not None
    named = " och ".join(word for word, lost in (("datum", date), ("paragraf", paragraph),
                                                 ("delegation", delegated)) if lost)
    return f"beslutets {named}, som då inte skrivs någonstans i dokumentet" if named else ""


_HEADINGS = (("yrkanden_rubrik", "yrkandena", "inga 'yrkanden'"),
             ("beslutsgang_rubrik", "beslutsgången", "ingen 'beslutsgang'"))


def _unused_heading_problems(decision: Decision, report: Reporter) -> list[Problem]:
    """A warning for a heading named for motions or a course the decision does not have."""
    present = {"yrkanden_rubrik": bool(decision.yrkanden),
               "beslutsgang_rubrik": bool(decision.beslutsgang or decision.omrostning)}
    return [report.problem(report.locate_key(("beslut", key)), (
        f"'{key}' är rubriken över {what}, men beslutet har {lacking}; ta bort raden"),
        "varning")
        for key, what, lacking in _HEADINGS
        if key in decision.model_fields_set and not present[key]]


def _delegation_problems(decision: Decision, report: Reporter) -> list[Problem]:
    """An error for a point of the delegationsordning without the body that delegated the
    decision: the lead-in prints the point only after "på delegation från …"."""
    if decision.delegationspunkt is None or decision.delegation:
        return []
    return [report.problem(report.locate_key(("beslut", "delegationspunkt")), (
        "'delegationspunkt' är punkten i delegationsordningen, men beslutet säger inte från "
        "vem delegationen kommer; skriv organet under 'beslut', t.ex. 'delegation: "
        "Samhällsbyggnadsnämnden', eller ta bort raden"))]
