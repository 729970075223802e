"""What a justering needs to be printed (trial 35, F10).

"Justerat [i <ort>] den <datum> av <justerare>." needs its date and its names: without
`signaturrader` each is an error where it is missing (names written as "" blanks are none),
which also names the lines. An extract checked on paper (`signaturrader: ja`) gets lines to
sign and needs neither. Without `datum` it prints no sentence, so `ort`, which is printed
only in the sentence, is an error at its key; `ordforande` and `justerare` are not, as each
gets a line of its own, "Ordförandes signatur" (trial 38, F3) and "Justerandes signatur"
with the name, or a blank one for "" (trial 76, F6: paper minutes signed by two justerare
not named in advance). With `datum` the sentence has what there is ("Justerat den 2
december 2008.").
"""

from __future__ import annotations

from typing import Final

from generator.case.document_date import EXAMPLE as UNDATED_EXAMPLE
from generator.case.models import Case, MinutesApproval
from generator.case.validate import missing_key
from generator.checks.report import Reporter
from generator.problems import Problem

NAMES_EXAMPLE: Final = "[Anna Andersson, Bengt Berg]"
ON_PAPER: Final = (", eller skriv signaturrader: ja om utdraget justeras på papper, så "
                   "skrivs rader att skriva under på")
SENTENCE_ONLY: Final = ("ort",)
"""The keys printed only in "Justerat … den … av …" (with the lines to sign, that is: the
chair and the justerare have lines of their own there)."""


def approval_form_problems(case: Case, report: Reporter) -> list[Problem]:
    """An error for what the justering lacks to be printed, or holds that is not printed."""
    approval = case.justering
    if approval is None:
        return []
    decided = case.beslut.datum if case.beslut is not None else None
    example = (decided or case.datum or UNDATED_EXAMPLE).isoformat()
    if not approval.signaturrader:
        return _blank_problems(approval, report) or _missing(approval, example, report)
    if approval.datum is not None:
        return []
    return [report.problem(report.locate_key(("justering", key)), (
        f"'{key}' skrivs bara i meningen 'Justerat … den …', som behöver dagen protokollet "
        f"justerades; lägg till den, t.ex. datum: {example}, eller ta bort '{key}'"))
        for key in SENTENCE_ONLY if getattr(approval, key)]


def _blank_problems(approval: MinutesApproval, report: Reporter) -> list[Problem]:
    """An error for a justerare written as "" without lines to sign, where the name would
    be written by hand: the sentence "Justerat den … av …" has no place for it."""
    if approval.named_justerare() == approval.justerare:
        return []
    return [report.problem(report.at(("justering", "justerare")), (
        "'justerare' har ett tomt namn (\"\"), som bara blir en rad att skriva under på med "
        "signaturrader: ja; skriv namnet, t.ex. justerare: "
        f"{NAMES_EXAMPLE}, eller skriv signaturrader: ja om utdraget justeras på papper"))]


def _missing(approval: MinutesApproval, example: str, report: Reporter) -> list[Problem]:
    """The error for a justering without its date or its names, which also offers lines to
    sign, at the justering (where a missing key is reported)."""
    missing = {key: written for key, written, present in (
        ("datum", example, approval.datum is not None),
        ("justerare", NAMES_EXAMPLE, bool(approval.named_justerare()))) if not present}
    if not missing:
        return []
    if len(missing) == 1:
        [(key, written)] = missing.items()
        message = missing_key(key, written)
    else:
        message = ("nycklarna 'datum' och 'justerare' saknas, lägg till dem, t.ex. "
                   f"datum: {example} och justerare: {NAMES_EXAMPLE}")
    return [report.problem(report.at(("justering",)), message + ON_PAPER)]
