"""A warning where numbered headings number what the heading says already (trial 73, F9).

A maxtaxa with the headings "Taxa 1", "Taxa 2" and "Taxa 3" printed "1. Taxa 1", "2. Taxa 2",
"3. Taxa 3" under the profile's `numrerade_rubriker: ja`, and nothing said why. Headings at
one level that each end with their own number, or a heading that starts with the number the
document gives it ("1. Bakgrund", printed "1. 1. Bakgrund"), get a warning that shows the
printed heading and names `numrerade_rubriker: nej`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from generator.case.models import Section
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.render.views import SectionView

_ADVICE = "skriv 'numrerade_rubriker: nej' i ärendet"


@cache
def _ending_number() -> re.Pattern[str]:
    """A heading's last word when it is a number ("Taxa 2"; group 1: the number)."""
    return re.compile(r"(?<![\d.,])(\d+)\s*$")


@cache
def _leading_number() -> re.Pattern[str]:
    """A heading's first word when it is a section number ("1.", "2.1", "3)"; group 1)."""
    return re.compile(r"\s*(\d+(?:\.\d+)*)[.)]?\s")


def heading_number_problems(sections: Sequence[Section], views: Sequence[SectionView],
                            report: Reporter, loc: Loc = ("avsnitt",)) -> list[Problem]:
    """The warnings for the headings at one level and, in turn, below them."""
    numbered = [(index, section, view)
                for index, (section, view) in enumerate(zip(sections, views, strict=False))
                if view.number and section.rubrik]
    problems = []
    ending = [entry for entry in numbered if _ends_with_own(entry[1].rubrik or "", entry[2])]
    if len(numbered) > 1 and len(ending) == len(numbered):
        index, section, view = numbered[0]
        said = _listed([f"'{s.rubrik}'" for _, s, _ in numbered])
        problems.append(report.problem(report.at((*loc, index, "rubrik")), (
            f"rubrikerna {said} slutar redan med sina nummer och numreras ändå, så "
            f"dokumentet skriver '{_printed(section, view)}'; {_ADVICE}, eller ta bort "
            "numren ur rubrikerna"), "varning"))
    else:
        problems += [report.problem(report.at((*loc, index, "rubrik")), (
            f"rubriken '{section.rubrik}' börjar redan med sitt nummer och numreras ändå, så "
            f"dokumentet skriver '{_printed(section, view)}'; {_ADVICE}, eller ta bort "
            "numret ur rubriken"), "varning")
            for index, section, view in numbered if _starts_with_own(section.rubrik or "", view)]
    for index, (section, view) in enumerate(zip(sections, views, strict=False)):
        problems += heading_number_problems(section.avsnitt, view.children, report,
                                            (*loc, index, "avsnitt"))
    return problems


def _own(view: SectionView) -> str:
    """The number the document gives a heading, without its full stop ("2.1", "1")."""
    return view.number.rstrip(".")


def _ends_with_own(heading: str, view: SectionView) -> bool:
    """Whether a heading ends with the last part of its own number ("Taxa 2" as 2.)."""
    match = _ending_number().search(heading)
    return match is not None and match.group(1) == _own(view).rsplit(".", 1)[-1]


def _starts_with_own(heading: str, view: SectionView) -> bool:
    """Whether a heading starts with its own number ("1. Bakgrund" as 1.)."""
    match = _leading_number().match(heading)
    return match is not None and match.group(1) == _own(view)


def _printed(section: Section, view: SectionView) -> str:
    """The heading as the document prints it, number first."""
    return f"{view.number} {(section.rubrik or '').strip()}"


def _listed(names: list[str]) -> str:
    """'a', 'b' och 'c'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} och {names[-1]}"
