"""Warn about a template's placeholder left in a case's text or in a name it prints (trial 47,
F5; trial 52, F8): the documents print it as it stands. One warning per placeholder and file,
at its first place, counting the places as `checks.style` does."""

from __future__ import annotations

from collections.abc import Mapping

from generator.case.models import Case
from generator.checks.organs import organ_uses
from generator.checks.report import Reporter
from generator.problems import Loc, Position, Problem
from generator.text.placeholders import may_hold_placeholder, placeholders
from generator.text.ranges import EN_DASH


def placeholder_problems(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """A warning for each placeholder in the texts (every printed text, title, heading and
    the tables' headers and text cells), once per file."""
    found: dict[str, list[tuple[Position, str]]] = {}
    if not may_hold_placeholder("\n".join(texts.values())):  # (most files: one look)
        return []
    for loc, text in texts.items():
        for match in placeholders(text):
            written = match.group().strip()
            where = report.in_text(loc, text, match.start(), match.group())
            found.setdefault(written.casefold(), []).append((where, written))
    return [report.problem(min(places)[0], _message(sorted(places)), "varning")
            for places in found.values()]


def named_texts(case: Case) -> dict[Loc, str]:
    """The names a case prints as it writes them, by place: its Dnr, the bodies it names
    (`checks.organs.organ_uses`) and who signs 'I tjänsten' (trial 52, F8: a new case's
    "[dnr]", "[nämnd]" and "[befattning]", for an organisation whose profile does not say), the
    other numbers it refers to (and a delegationsbeslut's point of the delegationsordning,
    trial 80, F1: a new one's "[ange punkt]"), and the people who sign or approve it (trial
    61, F4: a new case's "[namn]")."""
    texts = dict(organ_uses(case))
    if isinstance(case.dnr, str):
        texts[("dnr",)] = case.dnr
    for loc, person in case.on_duty():
        texts[(*loc, "namn")] = person.namn
        texts[(*loc, "titel")] = person.titel
    texts.update({("referenser", i, "nummer"): r.nummer for i, r in enumerate(case.referenser)})
    texts.update({("undertecknare", i, "namn"): s.namn
                  for i, s in enumerate(case.undertecknare) if s.namn})
    if case.beslut is not None and case.beslut.delegationspunkt:
        texts[("beslut", "delegationspunkt")] = case.beslut.delegationspunkt
    return texts | _approvers(case)


def _approvers(case: Case) -> dict[Loc, str]:
    """The names of who approve the minutes and certify the extract, by place."""
    approval = case.justering
    if approval is None:
        return {}
    texts: dict[Loc, str] = {("justering", "justerare", i): name
                             for i, name in enumerate(approval.justerare)}
    if approval.utdragsbestyrkande is not None:
        texts[("justering", "utdragsbestyrkande", "namn")] = approval.utdragsbestyrkande.namn
    return texts


def _message(places: list[tuple[Position, str]]) -> str:
    """The warning of a placeholder at its first place, with how many places have it."""
    message = (f"'{places[0][1]}' ser ut att vara en platshållare kvar från en mall och "
               "skrivs ut som den står; skriv det som ska stå där eller ta bort den")
    if len(places) == 1:
        return message
    first, last = places[0][0].line, places[-1][0].line
    lines = f"{first}" if first == last else f"{first}{EN_DASH}{last}"
    return f"{message}; det gäller {len(places)} ställen på rad {lines}"
