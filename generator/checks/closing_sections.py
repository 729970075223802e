"""Sections printed after the signature (`efter_underskrift: ja`, trial 83, F8: a
delegationsbeslut signed before "Hur man överklagar", as most kommuner's templates have it).

The document prints such sections after the signature, in the order of the case file, so
they are the last of the top-level sections: a section after one of them in the file would
be printed before it, and its heading numbered out of order. Each is an error at the key
that says where to move the section. A sub-section is printed inside its section: the key
there is an error too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.case.models import Case, Section
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_KEY = "efter_underskrift"


def closing_section_problems(case: Case, report: Reporter) -> list[Problem]:
    """An error for a section printed after the signature that is not among the last
    sections of the case, and for the key in a sub-section."""
    problems = []
    sections = case.avsnitt
    for index, section in enumerate(sections):
        if section.efter_underskrift:
            later = next((after for after in sections[index + 1:]
                          if not after.efter_underskrift), None)
            if later is not None:
                problems.append(report.problem(report.locate_key(("avsnitt", index, _KEY)), (
                    f"{_named(section)} skrivs efter underskriften, men {_named(later)}, som "
                    "står efter det i ärendefilen, skrivs före underskriften; flytta "
                    f"{_named(section)} sist bland avsnitten")))
        for loc in _nested_keys(section.avsnitt, ("avsnitt", index, "avsnitt")):
            problems.append(report.problem(report.locate_key(loc), (
                f"'{_KEY}' gäller ett avsnitt på översta nivån, inte ett underavsnitt; skriv "
                f"'{_KEY}: ja' i avsnittet som underavsnittet står i, eller ta bort raden")))
    return problems


def _named(section: Section) -> str:
    """"avsnittet 'Hur man överklagar'", or "avsnittet utan rubrik"."""
    return f"avsnittet '{section.rubrik}'" if section.rubrik else "avsnittet utan rubrik"


def _nested_keys(sections: Sequence[Section], loc: Loc) -> Iterator[Loc]:
    """The places of `efter_underskrift: ja` in `sections` and below them."""
    for index, section in enumerate(sections):
        if section.efter_underskrift:
            yield (*loc, index, _KEY)
        yield from _nested_keys(section.avsnitt, (*loc, index, "avsnitt"))
