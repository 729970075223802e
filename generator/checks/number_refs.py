"""A warning where text refers to a section or a table by a number the document does not print.

"enligt tabellen i avsnitt 2" reads well where the headings are numbered, but a document
with a decision or a proposal (or a house style without numbers) prints none, and a reader
cannot find "avsnitt 2" (trial 20). The numbers printed are the template context's own
(`DocumentContext.section_numbers`). The tool numbers no table, so "enligt tabell 1" or
"tabellerna 1 och 2" points at nothing (trial 22), unless the case numbers its tables itself
in the headings over them: "Tabell 1. Ansökningsavgifter", "Tabell 2. Fasta
tillsynsavgifter" (trial 79, F2: a taxa's "enligt tabell 1–3"), `table_numbers`. A number
none of those headings has is still warned about, naming the numbers they have.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import NamedTuple

from generator.case.models import Section
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_NUMBER = re.compile(r"\d+(?:\.\d+)*")


class _Kind(NamedTuple):
    """What a text may refer to by number, and what to say where the number is not printed."""

    stem: str
    """A part of every such reference (texts without it are not searched)."""
    pattern: str
    unnumbered: str
    """Why the reference cannot be followed where the document numbers none of these."""
    unknown: str
    """Why, where it numbers others."""
    advice: str


_SECTION = _Kind(
    "vsnitt", r"(?i)\bavsnitt(?:et)?\s+\d+(?:\.\d+)*\b",
    "rubrikerna i det här dokumentet är inte numrerade", "inget avsnitt har det numret",
    "hänvisa till avsnittet med dess rubrik i stället, t.ex. 'under Fördelning'")
_TABLE = _Kind(
    "abell", r"(?i)\btabell(?:en|erna)?\s+\d{1,2}(?:(?:\s*,\s*|\s+och\s+|\s*[–-]\s*)\d{1,2})*"
    r"(?![\d,.:\s\u00a0]\d)\b",
    "tabellerna har inga nummer i dokumentet", "",
    "hänvisa till tabellen med rubriken över den i stället, t.ex. 'tabellen under "
    "Fördelning', eller skriv 'tabellen nedan'")


@cache
def _reference(pattern: str) -> re.Pattern[str]:
    """A kind's pattern (compiled for the first text that has its stem)."""
    return re.compile(pattern)


@cache
def _table_heading() -> re.Pattern[str]:
    """A heading that numbers the table under it: "Tabell 1. Ansökningsavgifter"."""
    return re.compile(r"\s*tabell\s+(\d{1,2})(?!\d)", re.IGNORECASE)


def table_numbers(sections: Sequence[Section]) -> frozenset[str]:
    """The numbers the headings of sections that show a table give it ("Tabell 1. …"), at
    any depth."""
    numbers = set()
    for section in sections:
        heading = _table_heading().match(section.rubrik) \
            if section.tabell and "abell" in section.rubrik[:12] else None  # (most: no search)
        if heading:
            numbers.add(heading.group(1))
        numbers |= table_numbers(section.avsnitt)
    return frozenset(numbers)


def number_ref_problems(texts: Mapping[Loc, str], sections: Collection[str],
                        report: Reporter, tables: Collection[str] = ()) -> list[Problem]:
    """A warning at each reference to a section number no heading of the document has
    (`sections`: those printed, '1', '2', '2.1') and at each reference to a table number no
    heading over a table has (`tables`: '1', '2')."""
    problems = []
    for kind, numbers in ((_SECTION, sections), (_TABLE, tables)):
        for loc, text in texts.items():
            if kind.stem not in text:  # (most texts: no search)
                continue
            for match in _reference(kind.pattern).finditer(text):
                if any(n not in numbers for n in _NUMBER.findall(match.group())):
                    problems.append(report.problem(
                        report.in_text(loc, text, match.start(), match.group()),
                        _message(kind, match.group(), numbers), "varning"))
    return problems


def _message(kind: _Kind, written: str, numbers: Collection[str]) -> str:
    """Why the reference cannot be followed, and what to write."""
    if kind is _TABLE and numbers:
        return _unknown_table(written, numbers)
    why = kind.unknown if numbers else kind.unnumbered
    return f"texten hänvisar till '{written}', men {why}; {kind.advice}"


def _unknown_table(written: str, numbers: Collection[str]) -> str:
    """Why a reference to a table number no heading has cannot be followed: the numbers the
    headings have."""
    missing = [n for n in dict.fromkeys(_NUMBER.findall(written)) if n not in numbers]
    return (f"texten hänvisar till '{written}', men ingen rubrik över en tabell börjar med "
            f"{_joined([f'Tabell {n}' for n in missing])}, bara med "
            f"{_joined([f'Tabell {n}' for n in sorted(numbers, key=int)])}; rätta numret "
            "eller hänvisa till tabellen med rubriken över den")


def _joined(items: Sequence[str]) -> str:
    """'a', 'a och b', 'a, b och c', each in quotes."""
    quoted = [f"'{item}'" for item in items]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} och {quoted[-1]}"
