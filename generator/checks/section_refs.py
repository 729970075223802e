"""A warning where text refers to a section by a number the document does not print.

"enligt tabellen i avsnitt 2" reads well where the headings are numbered, but a document
with a decision or a proposal (or a house style without numbers) prints none, and a reader
cannot find "avsnitt 2" (trial 20). The numbers printed are the template context's own
(`DocumentContext.section_numbers`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import cache

from generator.checks.report import Reporter
from generator.problems import Loc, Problem


@cache
def _reference() -> re.Pattern[str]:
    """'avsnitt 2', 'avsnitt 2.1' in running text (compiled for the first text that has one)."""
    return re.compile(r"(?i)\bavsnitt(?:et)?\s+(\d+(?:\.\d+)*)\b")


def section_ref_problems(texts: Mapping[Loc, str], numbers: Collection[str],
                         report: Reporter) -> list[Problem]:
    """A warning at each reference to a section number no heading of the document has
    (`numbers`: those printed, '1', '2', '2.1')."""
    problems = []
    for loc, text in texts.items():
        if "vsnitt" not in text:  # (most texts: no search)
            continue
        for match in _reference().finditer(text):
            if match[1] not in numbers:
                problems.append(report.problem(
                    report.in_text(loc, text, match.start(), match.group()),
                    _message(match.group(), numbers), "varning"))
    return problems


def _message(written: str, numbers: Collection[str]) -> str:
    """Why the reference cannot be followed, and what to write."""
    why = ("rubrikerna i det här dokumentet är inte numrerade" if not numbers
           else "inget avsnitt har det numret")
    return (f"texten hänvisar till '{written}', men {why}; hänvisa till avsnittet med dess "
            "rubrik i stället, t.ex. 'under Fördelning'")

