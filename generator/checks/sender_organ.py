"""The organ in the letterhead of a decision is the organ that decides (trial 65, F4).

A protokollsutdrag had "Regionstyrelsen" in its letterhead (`avsandare`) and
"Kommunstyrelsen" deciding ("KS § 97", "Kommunstyrelsens beslut"): one of them is a slip.
Only a decision (`beslut`) is compared: the letterhead of a decision names who decided it,
while a tjänsteskrivelse is sent by a förvaltning to a nämnd, which is normal. Only a
letterhead line that names an organ of the same kind as the one deciding (a styrelse and
another styrelse, a nämnd and another nämnd, fullmäktige, an utskott) is warned about: a
förvaltning or a kontor that sends a nämnd's decision, an utskott's decision sent under its
styrelse ("Kommunstyrelsens arbetsutskott") and a chair's decision ("Servicenämndens
ordförande") sent by the nämnd are left alone, and so is the kind's word alone under the
organisation's name ("Finansinspektionen", "Styrelsen" for "Finansinspektionens styrelse").
"""

from __future__ import annotations

from typing import Final

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Problem

_KINDS: Final = (("fullmäktige",), ("styrelsen", "styrelse"), ("nämnden", "nämnd"),
                 ("utskottet", "utskott"))
"""The kinds of organ, by the endings of the last word of a name."""


def sender_organ_problems(case: Case, report: Reporter) -> list[Problem]:
    """Warn at each letterhead line naming another organ of the deciding organ's kind."""
    decision = case.beslut
    if decision is None:
        return []
    decider = decision.beslutande
    kind = _kind(decider)
    if kind is None:
        return []
    problems = []
    for index, line in enumerate(case.avsandare):
        if _kind(line) == kind and _folded(line) != _folded(decider):
            where = report.at(("avsandare", index))
            decided_at = report.at(("beslut", "beslutande")).line
            message = (f"'{line}' i brevhuvudet är ett annat organ än det som beslutar, "
                       f"'{decider}' ('beslutande' under 'beslut', rad {decided_at}); skriv "
                       "samma organ på båda ställena")
            problems.append(report.problem(where, message, "varning"))
    return problems


def _kind(name: str) -> int | None:
    """The kind of organ a name is (an index into `_KINDS`), by its last word; None for
    any other name (a förvaltning, a chair, a network) and for the kind's word alone, which
    names the organisation's own ("Finansinspektionen" over "Styrelsen")."""
    words = name.casefold().split()
    last = words[-1] if words else ""
    return next((index for index, endings in enumerate(_KINDS)
                 if last.endswith(endings) and name.casefold() not in endings), None)


def _folded(name: str) -> str:
    """A name as compared: its letters in lower case ('Vård och omsorgsnämnden' is
    'Vård- och omsorgsnämnden' spelt otherwise, which `checks.names` is about)."""
    return "".join(filter(str.isalnum, name.casefold()))
