"""A warning where a section's text points up to its table printed below it, or down to one
printed above it (trial 37: "Tabellen ovan visar …" before the table).

A section prints its `text`, then its table (`tabell`), then its `text_efter`, then its own
sections. "tabellen ovan" (or "ovanstående tabell") in the `text` of a section with a table,
and "tabellen nedan" in its `text_efter`, point away from the table beside them: a warning.
Only a text that points both ways ("tabellen ovan … tabellen nedan"), where another table is
printed on the far side, contrasts two tables and is left alone; so is every text of a
section without a table (which table it means is not certain).

The points of a proposal and of a decision are printed after the sections, so after every
table, unless `forslag_forst` or `beslut_forst` puts them before: there "tabellen nedan"
(or "enligt nedan tabell", trial 45, F7) points away from the tables, and so does "tabellen
ovan" in a point printed first. A document without a table leaves its points alone. A
point printed after the sections that says "tabellen ovan" where two tables or more stand
above it does not say which (trial 96, F9: a Fördelning table, then a Finansiering table):
a warning naming the headings of the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Final, NamedTuple

from generator.case.models import Case, Section
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

NOT_A_TABLE: Final = "medelslista"
"""The one `tabell` that prints a list, not a table."""
@cache
def _pointing(word: str) -> re.Pattern[str]:
    """'tabellen ovan', 'ovanstående tabell', 'ovan tabell' (and the same with 'nedan')."""
    return re.compile(rf"(?i)\b(?:tabell(?:en|er|erna)?\s+(?:här\s+)?{word}"
                      rf"|{word}(?:stående)?\s+tabell(?:en|er|erna)?)\b")
_OTHER: Final = {"ovan": "nedan", "nedan": "ovan"}


class _Part(NamedTuple):
    """A text of the document in print order, and whether it stands before or after its
    section's table (None: the section has none)."""

    loc: Loc
    text: str
    table: str | None
    """'nedan' where the section's table is below the text, 'ovan' where it is above."""


def table_place_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each 'tabellen ovan' before its section's table and each 'tabellen
    nedan' after it, unless the text points both ways and may mean another table; and at
    each in a point of the proposal or the decision that points away from the tables."""
    parts = list(_parts(case.avsnitt, ("avsnitt",)))
    return _text_problems(parts, report) + _point_problems(
        case, any(part.table for part in parts), report) + _unclear_point_problems(case, report)


def _text_problems(parts: Sequence[_Part], report: Reporter) -> list[Problem]:
    """The warnings in the sections' texts (`parts`, in print order)."""
    # (a table is printed just before the `text_efter` of its section)
    tables = [index for index, part in enumerate(parts) if part.table == "ovan"]
    problems = []
    for index, part in enumerate(parts):
        if part.table is None:
            continue
        wrong = _OTHER[part.table]  # (the word pointing away from the section's table)
        if not _may_point(part.text, wrong):
            continue
        beyond = any(t < index if wrong == "ovan" else t > index for t in tables)
        if beyond and _pointing(part.table).search(part.text):
            continue  # (it contrasts its own table with another)
        for match in _pointing(wrong).finditer(part.text):
            problems.append(report.problem(
                report.in_text(part.loc, part.text, match.start(), match.group()),
                _message(match.group(), wrong), "varning"))
    return problems


def _point_problems(case: Case, tabled: bool, report: Reporter) -> list[Problem]:
    """A warning at each 'tabellen nedan' in a point of a proposal or a decision printed
    after the sections and their tables, and each 'tabellen ovan' in one printed before
    them (`forslag_forst`, `beslut_forst`); none where no section has a table (`tabled`:
    the point may mean one the document does not print)."""
    blocks = (("forslag", "förslaget", case.forslag, case.forslag_forst),
              ("beslut", "beslutet", case.beslut, case.beslut_forst))
    problems = []
    for key, noun, block, first in blocks:
        if block is None or not tabled:
            continue
        wrong = "ovan" if first else "nedan"
        for index, point in enumerate(block.punkter):
            if not _may_point(point, wrong):
                continue
            for match in _pointing(wrong).finditer(point):
                where = report.in_text((key, "punkter", index), point, match.start(),
                                       match.group())
                problems.append(report.problem(
                    where, _point_message(match.group(), wrong, key, noun), "varning"))
    return problems


def _unclear_point_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each 'tabellen ovan' (one table) in a point of a proposal or a decision
    printed after two tables or more, naming their headings."""
    above = [heading for section in case.avsnitt if not section.efter_underskrift
             for heading in _table_headings(section)]
    blocks = (("forslag", case.forslag, case.forslag_forst),
              ("beslut", case.beslut, case.beslut_forst))
    problems = []
    for key, block, first in blocks:
        if block is None or first or len(above) < 2:
            continue
        for index, point in enumerate(block.punkter):
            if not _may_point(point, "ovan"):
                continue
            for match in _pointing("ovan").finditer(point):
                if not _one_table(match.group()):
                    continue
                where = report.in_text((key, "punkter", index), point, match.start(),
                                       match.group())
                problems.append(report.problem(
                    where, _unclear_message(match.group(), above), "varning"))
    return problems


def _table_headings(section: Section) -> Iterator[str]:
    """The heading over each table of a section and its own sections, in print order ("" for
    a table under a section without a heading)."""
    if section.tabell and section.tabell != NOT_A_TABLE:
        yield section.rubrik
    for child in section.avsnitt:
        yield from _table_headings(child)


def _one_table(written: str) -> bool:
    """Whether words pointing at a table name one ('tabellen ovan', 'ovanstående tabell'),
    not several ('tabellerna ovan')."""
    return re.search(r"(?i)tabell(?:en)?\b", written) is not None


def _unclear_message(written: str, headings: Sequence[str]) -> str:
    """Why 'tabellen ovan' in a point does not say which table, and how to say it."""
    named = [f"'{heading}'" for heading in headings if heading]
    under = f" (under rubrikerna {', '.join(named[:-1])} och {named[-1]})" \
        if len(named) == len(headings) else ""
    first = next((heading for heading in headings if heading), "")
    example = f"'enligt tabellen under rubriken {first}'" if first else \
        "'enligt tabellen över fördelningen'"
    return (f"punkten hänvisar till '{written}', men {len(headings)} tabeller står ovanför"
            f"{under}, så läsaren vet inte vilken som menas; skriv vilken, t.ex. {example}, "
            "eller numrera tabellerna i rubrikerna ('Tabell 1. …') och hänvisa till numret")


def _may_point(text: str, word: str) -> bool:
    """Whether text may hold a phrase of `_pointing(word)`: it holds both 'tabell' and word in
    any case (a plain search first: no character but these letters' capitals matches them
    as the pattern ignores case)."""
    lowered = text.lower()
    return "tabell" in lowered and word in lowered


def _parts(sections: Sequence[Section], loc: Loc) -> Iterator[_Part]:
    """The texts of the sections in print order, each with its place beside its table."""
    for index, section in enumerate(sections):
        here = (*loc, index)
        table = bool(section.tabell) and section.tabell != NOT_A_TABLE
        yield _Part((*here, "text"), section.text, "nedan" if table else None)
        yield _Part((*here, "text_efter"), section.text_efter, "ovan" if table else None)
        yield from _parts(section.avsnitt, (*here, "avsnitt"))


def _meant(written: str, wrong: str) -> str:
    """The words to write instead ('Tabellen nedan' for 'Tabellen ovan')."""
    right = _OTHER[wrong]
    return re.sub(wrong, lambda m: right.capitalize() if m.group()[0].isupper() else right,
                  written, flags=re.IGNORECASE)


def _message(written: str, wrong: str) -> str:
    """What is wrong with a section's text and the words to write instead."""
    where = "under" if wrong == "ovan" else "över"
    return (f"texten hänvisar till '{written}', men avsnittets tabell står {where} texten; "
            f"skriv '{_meant(written, wrong)}'")


def _point_message(written: str, wrong: str, key: str, noun: str) -> str:
    """What is wrong with a point of `key` ('beslut', `noun` 'beslutet') and what to
    write instead: the other word, or the block moved to the tables' other side."""
    meant = _meant(written, wrong)
    if wrong == "nedan":
        return (f"punkten hänvisar till '{written}', men {noun} står efter avsnitten och "
                f"deras tabeller; skriv '{meant}', eller skriv '{key}_forst: ja' så står "
                f"{noun} före avsnitten")
    return (f"punkten hänvisar till '{written}', men {noun} står före avsnitten och deras "
            f"tabeller ('{key}_forst'); skriv '{meant}', eller ta bort '{key}_forst' så "
            f"står {noun} efter avsnitten")
