"""Wording rules from CONVENTIONS.md that a case's text can break: units, number words and
year ranges."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.ranges import EN_DASH, hyphenated_ranges
from generator.text.units import SPELLINGS, other_spellings, spelling_advice

_NUMBER_WORDS = (
    "en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|"
    "sexton|sjutton|arton|nitton|tjugo|hundra|tusen"
)
_DIGITS_IN_BRACKETS = re.compile(r" \(\d+\)")
"""What every match of `_words_and_digits` holds; looked for first, as it is found far faster."""


@cache
def _words_and_digits() -> re.Pattern[str]:
    """A number word and the same number in brackets, "tre (3)"; compiled on first use, as
    most runs find no text with digits in brackets (its case-folded classes take a while)."""
    return re.compile(rf"(?<![\w])({_NUMBER_WORDS}) \((\d+)\)", re.IGNORECASE)


def check_style(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Warn about units the documents do not use, amounts written both in words and digits
    and year ranges with a hyphen."""
    problems = []
    for loc, text in texts.items():
        found = [*((m, _range_advice(m)) for m in hyphenated_ranges(text)),
                 *((m, _unit_advice(m)) for m in other_spellings(text))]
        if _DIGITS_IN_BRACKETS.search(text):
            found += [(m, _digits_advice(m)) for m in _words_and_digits().finditer(text)]
        problems += [report.problem(report.in_text(loc, text, m.start(), m.group(0)), message,
                                    "varning") for m, message in found]
    return problems


def table_headers(case: Case) -> dict[Loc, str]:
    """The column headers the case writes for its tables, by place: printed as a title is,
    so checked by the same rules."""
    return {("tabeller", t, "kolumner", c, "rubrik"): column.rubrik
            for t, table in enumerate(case.tabeller)
            for c, column in enumerate(table.kolumner) if column.rubrik}


def _range_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' är skrivet med bindestreck, skriv {match.group(1)}{EN_DASH}"
            f"{match.group(2)} med tankstreck och utan mellanslag (dokumentet skriver det så)")


def _unit_advice(match: re.Match[str]) -> str:
    return (f"enheten '{match.group(1)}' används inte, skriv {spelling_advice(match.group(1))}"
            f" (dokumentet skriver {SPELLINGS[match.group(1)]})")


def _digits_advice(match: re.Match[str]) -> str:
    return (f"'{match.group(0)}' skriver talet både med ord och siffror, skriv bara "
            f"siffran ({match.group(2)})")
