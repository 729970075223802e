"""One justerare a line: names joined in one item are printed as one justerare.

Trial 26: `justerare: Bertil Exempel (C) och Cecilia Exempel (M)`, as a protocol's "Utses
att justera" reads, is one justerare to the case, and the document printed "av ordföranden
Anna Exempel (S) och Bertil Exempel (C) och Cecilia Exempel (M)". A justerare that holds
" och ", or ", " between parts of two words or more each (not counting a party in
parentheses) each beginning with a capital, is a warning at it that shows the names a line
each. A part of one word is no name of its own: "Andersson, Anna" is one name, surname
first; nor is a part in small letters: "Anna Andersson, vice ordförande" is one justerare.
"""

from __future__ import annotations

import re
from typing import Final

from generator.case.models import MinutesApproval
from generator.checks.report import Reporter
from generator.output.display import listed
from generator.problems import Problem

_AND: Final = re.compile(r"\s+och\s+")
_COMMA: Final = re.compile(r"\s*,\s+")
_PARTY: Final = re.compile(r"\([^)]*\)")


def joined_approver_problems(approval: MinutesApproval | None,
                             report: Reporter) -> list[Problem]:
    """Warn about each justerare that reads as several names on one line."""
    if approval is None:
        return []
    problems: list[Problem] = []
    for i, text in enumerate(approval.justerare):
        names = _names_in(text)
        if len(names) > 1:
            lines = listed([f"'- {name}'" for name in names])
            message = (f"'{text}' ser ut som flera justerare på en rad, skriv en justerare "
                       f"per rad: {lines}")
            problems.append(report.problem(report.at(("justering", "justerare", i)), message,
                                           "varning"))
    return problems


def _names_in(text: str) -> list[str]:
    """The names a justerare's text holds: parts joined by " och ", each split at ", "
    when every piece is two words or more."""
    names: list[str] = []
    for part in _AND.split(text):
        pieces = _COMMA.split(part)
        names += pieces if all(_words(piece) >= 2 and piece[:1].isupper()
                               for piece in pieces) else [part]
    return [name for name in names if name]


def _words(text: str) -> int:
    """How many words text has, a party in parentheses not counted."""
    return len(_PARTY.sub(" ", text).split())
