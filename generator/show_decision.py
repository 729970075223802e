"""`beslut visa` for a decision with no amounts to show: one short table of what the document
holds (trial 48, F8), so that a protocol paragraph is not answered with "Inga fel" alone.

It names who decided, under which heading, when and in which paragraph; counts the points
(and says when they stand without their lead-in), the motions, the reservations and the
protocol notes; and says whether there is a course of decision, how a vote was counted, and
what the justering holds.
A decision per capsulam, taken without a meeting, can have none of the parts a meeting
records (`checks.structure.MEETING_ONLY`, an error there): its summary leaves them out, and
the justering unless it has one (trial 56, F7).
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from generator.case.models import Case, Decision, MinutesApproval
from generator.compute.votes import tally
from generator.formatting import text_date
from generator.render.context import DEFAULT_DECISION_HEADING

TITLE = "Beslutet"
NONE = "–"


def decision_summary(case: Case) -> Table | None:
    """The decision's summary as a two-column table, or None when the case has none."""
    decision = case.beslut
    if decision is None:
        return None
    table = Table(title=Text(TITLE), title_justify="left", show_header=False)
    table.add_column(overflow="fold")
    table.add_column(overflow="fold")
    per_capsulam = case.dokumenttyp == "beslut_per_capsulam"
    for label, value in _rows(decision, case.justering, per_capsulam):
        table.add_row(Text(label), Text(value))  # (as written, never read as rich markup)
    return table


def _rows(decision: Decision, approval: MinutesApproval | None,
          per_capsulam: bool) -> list[tuple[str, str]]:
    """The summary's rows: what each part of the decision holds (per_capsulam: without
    the parts a meeting records, and the justering only where there is one)."""
    points = str(len(decision.punkter)) + ("" if decision.inledning else ", utan inledning")
    rows = [
        ("Beslutande", decision.beslutande),
        ("Rubrik", decision.rubrik or DEFAULT_DECISION_HEADING),
        ("Datum", text_date(decision.datum) if decision.datum else NONE),
        ("Paragraf", decision.paragraf or NONE),
        ("Punkter", points),
    ]
    if not per_capsulam:
        rows += [
            ("Yrkanden", str(len(decision.yrkanden))),
            ("Beslutsgång", "ja" if decision.beslutsgang else "nej"),
            *_vote(decision),
            ("Reservationer", str(len(decision.reservationer))),
            ("Protokollsanteckningar", str(len(decision.protokollsanteckningar))),
        ]
    if not (per_capsulam and approval is None):
        rows.append(("Justering", _approval(approval)))
    return rows


def _vote(decision: Decision) -> list[tuple[str, str]]:
    """The vote's row, its counts as counted ("11 ja, 2 nej, 2 avstår"), when there is
    one."""
    if decision.omrostning is None:
        return []
    counted = tally(decision.omrostning)
    return [("Omröstning", f"{counted.yes} ja, {counted.no} nej, {counted.abstain} avstår")]


def _approval(approval: MinutesApproval | None) -> str:
    """What the justering holds: its date, how many justerare, signature lines; or none."""
    if approval is None:
        return "ingen"
    count = len(approval.justerare)
    parts = [*([f"den {text_date(approval.datum)}"] if approval.datum else []),
             *([f"{count} justerare"] if count else []),
             *(["signaturrader"] if approval.signaturrader else [])]
    return ", ".join(parts)
