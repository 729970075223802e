"""A heading that repeats the title with last year's year: "Sammanträdestider 2024" under the
title "Sammanträdestider 2025" (trial 44: a slip kept from last year's document, copied
forward). Only a heading that is the title word for word but for its years, each one year
before the title's, is taken for such a slip: a heading that names another year on purpose
("Utfall 2023" under "Budget 2024", or "Prognossäkerhet 2015" in a document on 2014 that
goes on to the next year) is left alone."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from generator.case.models import Case, Section
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def heading_year_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each heading that is the title with last year's years."""
    title = case.titel
    words = title.casefold().split()
    alike = [(loc, heading) for loc, heading in _headings(case.avsnitt, ("avsnitt",))
             if _differs_in_digits(heading.casefold().split(), words)]
    if not alike:  # (most cases: a split and a comparison a heading, no pattern run)
        return []
    shape, years = _shape(title)
    return [report.problem(report.at(loc), (
        f"rubriken '{heading}' har årtalet före titelns, '{title}', som om den stått kvar från "
        "förra årets dokument; rätta årtalet om rubriken gäller samma år som titeln"), "varning")
        for loc, heading in alike
        if _shape(heading)[0] == shape and _year_before(_shape(heading)[1], years)]


def _differs_in_digits(heading: list[str], title: list[str]) -> bool:
    """Whether a heading's words are the title's but for some that hold digits in both: the
    only headings whose shape without years can be the title's."""
    if len(heading) != len(title):
        return False
    differing = [(h, t) for h, t in zip(heading, title, strict=True) if h != t]
    return bool(differing) and all(
        any(c.isdigit() for c in h) and any(c.isdigit() for c in t) for h, t in differing)


def _year_before(heading: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Whether each year of a heading is the year before the title's year in its place."""
    return all(int(h) == int(t) - 1 for h, t in zip(heading, title, strict=True))


def _shape(text: str) -> tuple[str, tuple[str, ...]]:
    """The text with its years taken out (spaces and capitals evened out), and the years."""
    return (" ".join(_YEAR.sub("#", text).casefold().split()),
            tuple(_YEAR.findall(text)))


def _headings(sections: Sequence[Section], loc: Loc) -> Iterator[tuple[Loc, str]]:
    """Every section heading, with the location of its `rubrik`."""
    for index, section in enumerate(sections):
        here = (*loc, index)
        if section.rubrik:
            yield (*here, "rubrik"), section.rubrik
        yield from _headings(section.avsnitt, (*here, "avsnitt"))
