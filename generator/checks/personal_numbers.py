"""A personnummer in a document that is a public record.

A protokoll, a beslutsunderlag or a tjänsteskrivelse is an allmän handling, and many
organisations publish them on the web; a personnummer copied into one from a case system is
a classic slip (the law on data protection allows it only where it is clearly needed). A
number is taken as a personnummer only where it is one: six or eight digits of a real date
(a samordningsnummer's day plus 60 too), a hyphen or plus or nothing, four digits, and the
last digit right by the Luhn rule, so a Dnr, an amount or an organisationsnummer (whose
month would be 20 or more) is never one. A decision taken on delegation for one person
(`beslut.delegation`) names the person it is for and is left alone.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from functools import cache

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_COORDINATION = 60
"""What a samordningsnummer adds to the day of birth."""


@cache
def _number() -> re.Pattern[str]:
    """"850412-1234", "19850412-1234", "8504121234"."""
    return re.compile(r"(?<![\w-])(?P<century>\d\d)?(?P<date>\d{6})[-+]?(?P<tail>\d{4})(?![\w-])")


def personal_number_problems(case: Case, texts: Mapping[Loc, str],
                             report: Reporter) -> list[Problem]:
    """A warning at each personnummer the document's texts and cells print."""
    if case.beslut is not None and case.beslut.delegation:
        return []
    problems = []
    for loc, text in texts.items():
        for match in _number().finditer(text):
            if _is_personal(match["date"], match["tail"]):
                said = match.group()
                problems.append(report.problem(
                    report.in_text(loc, text, match.start(), said),
                    f"texten innehåller ett personnummer, '{said}'; dokumentet är en allmän "
                    "handling som kan lämnas ut och publiceras, så skriv bara personnummer där "
                    "det behövs: ta bort det, eller skriv namnet eller födelseåret",
                    "varning"))
    return problems


def _is_personal(date: str, tail: str) -> bool:
    """Whether YYMMDD and NNNN make a personnummer: a real day, and the check digit right."""
    year, month, day = int(date[:2]), int(date[2:4]), int(date[4:])
    if day > _COORDINATION:
        day -= _COORDINATION
    try:
        datetime.date(2000 + year, month, day)
    except ValueError:
        return False
    return _luhn(date + tail)


def _luhn(digits: str) -> bool:
    """The Luhn check over ten digits: every other digit from the first doubled."""
    total = 0
    for index, digit in enumerate(map(int, digits)):
        doubled = digit * 2 if index % 2 == 0 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0
