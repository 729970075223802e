"""A notice of a decision (`etikett: Meddelande om beslut`) tells of a decision already
taken, so it says when: a decision without its `datum` would open "Nämnden beslutar", as
if the letter were the decision itself (trial 75, F4). That is an error at `beslut`, which
says what to write there."""

from __future__ import annotations

from generator.case.decision_names import notice_label
from generator.case.document_date import EXAMPLE
from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Problem


def undated_notice_problems(case: Case, label: str | None, report: Reporter) -> list[Problem]:
    """An error for a notice of a decision (its label, the case's or the profile's, is one
    `notice_label` knows) whose decision has no date."""
    if case.beslut is None or case.beslut.datum is not None or not notice_label(label):
        return []
    where = f"'etikett: {label}'" if case.etikett is not None else (
        f"etiketten '{label}' (från profilen)")
    example = (case.datum or EXAMPLE).isoformat()
    return [report.problem(report.locate_key(("beslut",)), (
        f"{where} gör dokumentet till ett meddelande om ett fattat beslut, som ska säga när "
        "beslutet fattades, men beslutet har inget 'datum' (utan det skriver dokumentet "
        f"'{case.beslut.beslutande} beslutar', som om beslutet fattas nu); lägg till dagen "
        f"beslutet fattades under 'beslut', t.ex. 'datum: {example}'"))]
