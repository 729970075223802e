"""A skeleton's proposal heading left beside another proposer (trial 95, F2).

`beslut ny tjansteskrivelse` writes `rubrik: Kommundirektörens förslag` (a region's
"Regiondirektörens", a stad's "Stadsdirektörens"). A secretary who then sets
`forslagsstallare: Ekonomiavdelningen` gets the heading "Kommundirektörens förslag" over
"Ekonomiavdelningen föreslår kommunstyrelsen besluta": two proposers. A heading that names a
direktör's proposal under a proposer who is no direktör is warned about, at the heading, with
the proposer's own heading in the genitive.
"""

from __future__ import annotations

import re
from functools import cache

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Problem


@cache
def _director_heading() -> re.Pattern[str]:
    """A heading naming a direktör's proposal ('Kommundirektörens förslag')."""
    return re.compile(r"\s*(\w*direktörens)\s+förslag\s*$", re.IGNORECASE)


def proposal_heading_problems(case: Case, report: Reporter) -> list[Problem]:
    """Warn about a direktör's proposal heading over a proposer who is no direktör."""
    proposal = case.forslag
    if proposal is None or not proposal.rubrik or not proposal.forslagsstallare:
        return []
    heading = _director_heading().match(proposal.rubrik)
    proposer = " ".join(proposal.forslagsstallare.split())
    if heading is None or "direktör" in proposer.lower():
        return []
    message = (
        f"rubriken '{proposal.rubrik.strip()}' namnger en annan förslagsställare än "
        f"'forslagsstallare: {proposer}', så dokumentet skriver två; skriv "
        f"'rubrik: {_genitive(proposer)} förslag', eller ta bort 'rubrik' (då står "
        "'Förslag till beslut')"
    )
    return [report.problem(report.at(("forslag", "rubrik")), message, "varning")]


def _genitive(name: str) -> str:
    """A name in the genitive: 'Ekonomiavdelningens', 'Socialnämndens'; a name ending in s,
    x or z takes no other s ('Kommunens revisors' is written so)."""
    return name if name[-1:].lower() in "sxz" else f"{name}s"
