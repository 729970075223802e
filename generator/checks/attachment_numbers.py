"""A warning where an attachment's name starts with its number, which the document gives
it too (trial 95, F15).

The document numbers its attachments under "Bilagor" ("1. Specifikation …"). A list pasted
from a tjänsteskrivelse names them "Bilaga 1: Specifikation …", which printed "1. Bilaga 1:
Specifikation …", and nothing said why. An attachment whose name starts with "Bilaga" and a
number, or with a number alone ("1. Specifikation …"), gets a warning that shows the printed
line and the name without its number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from generator.checks.report import Reporter
from generator.problems import Problem


@cache
def _own_number() -> re.Pattern[str]:
    """An attachment's number before its name: "Bilaga 1:", "Bilaga 2 –", "1.", "2)"."""
    return re.compile(r"\s*(?:bilaga\s+\d+\b|\d+[.)](?=\s))\s*[:.\u2013-]?\s*(?=\S)",
                      re.IGNORECASE)


def attachment_number_problems(attachments: Sequence[str], report: Reporter) -> list[Problem]:
    """A warning for each attachment whose name starts with a number of its own."""
    problems = []
    for index, name in enumerate(attachments):
        found = _own_number().match(name)
        if found is None:
            continue
        printed = f"{index + 1}. {name.strip()}"
        problems.append(report.problem(report.at(("bilagor", index)), (
            f"bilagan '{name.strip()}' börjar med sitt nummer, men dokumentet numrerar "
            f"bilagorna också och skriver '{printed}'; skriv bara "
            f"'{name[found.end():].strip()}'"), "varning"))
    return problems
