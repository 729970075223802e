"""A warning where text refers to a section or a table by a number the document does not print.

"enligt tabellen i avsnitt 2" reads well where the headings are numbered, but a document
with a decision or a proposal (or a house style without numbers) prints none, and a reader
cannot find "avsnitt 2" (trial 20). The numbers printed are the template context's own
(`DocumentContext.section_numbers`). Tables are never numbered or captioned, so "enligt
tabell 1" or "tabellerna 1 och 2" points at nothing in any document (trial 22).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache
from typing import NamedTuple

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


def number_ref_problems(texts: Mapping[Loc, str], sections: Collection[str],
                        report: Reporter) -> list[Problem]:
    """A warning at each reference to a section number no heading of the document has
    (`sections`: those printed, '1', '2', '2.1') and at each reference to a table number."""
    problems = []
    for kind, numbers in ((_SECTION, sections), (_TABLE, ())):
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
    why = kind.unknown if numbers else kind.unnumbered
    return f"texten hänvisar till '{written}', men {why}; {kind.advice}"
