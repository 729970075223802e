"""A warning where a text names a currency with no figure before it, and where the Dnr stops
at its "/" (trial 61, F6: a transcript that lost its digits read "beslutsattestera upp till
kronor" and "KS 2014/").

Only a unit right after a word that asks for an amount counts: "upp till", "högst", "minst",
"om", "på", "cirka"… ("upp till kronor"); "i kronor" or "omräknat till kronor" name the unit
itself and pass. A figure written with `{{ … }}` before the unit is a figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.problems import Loc, Problem
from generator.text.units import places

_ASKING: Final = ("upp till", "högst", "minst", "om", "på", "cirka", "ca", "drygt", "knappt",
                  "totalt", "sammanlagt")
"""The words that ask for an amount after them."""
_UNITS: Final = ("kronor", "kr", "tkr", "mnkr", "mkr", "mdkr", "miljoner kronor",
                 "miljarder kronor")
_MISSING: Final = re.compile(
    rf"(?<!\w)(?:{'|'.join(_ASKING)})[ \u00a0]+(?P<unit>{'|'.join(_UNITS)})(?!\w)",
    re.IGNORECASE)
_KR_IN_UNIT: Final = frozenset(unit.find("kr") for unit in _UNITS)
"""Where "kr" stands in each unit (every unit holds it)."""
_ASKING_LENGTHS: Final = frozenset(map(len, _ASKING))
_ASKING_FIRST: Final = frozenset("".join(word[0] for word in _ASKING) + "ſ")
"""The first letters of the asking words in lower case ("ſ" matches "s" when case is
ignored, but stays "ſ" in lower case)."""


def missing_figure_problems(case: Case, texts: Mapping[Loc, str],
                            report: Reporter) -> list[Problem]:
    """A warning at each unit with no figure before it, and at a Dnr ending in '/'."""
    problems = [report.problem(report.in_text(loc, text, match.start(), match.group()),
                               _message(match), "varning")
                for loc, text in texts.items() if _names_crowns(text)
                for match in _missing(text)]
    if isinstance(case.dnr, str) and case.dnr.rstrip().endswith("/"):
        problems.append(report.problem(report.at(("dnr",)), (
            f"diarienumret '{case.dnr.strip()}' slutar med '/' och saknar numret efter det; "
            "skriv hela diarienumret"), "varning"))
    return problems


def _names_crowns(text: str) -> bool:
    """Whether a text may name a unit at all: each holds "kr", in any case (a plain search
    before the pattern, which most texts need not run)."""
    return "kr" in text or "Kr" in text or "KR" in text or "kR" in text


def _missing(text: str) -> list[re.Match[str]]:
    """What `_MISSING.finditer(text)` finds.

    For speed, the pattern is tried only where a match may start: before each "kr" of
    the lower-cased text (no other character than the capitals of "k" and "r" and the
    Kelvin sign, which lower-cases to "k", matches them when case is ignored), a unit may
    start at one of `_KR_IN_UNIT` before it, after spaces; an asking word of one of the
    lengths may end where the spaces start. Matches cannot overlap (no unit, nor any
    part of an asking word after a space, is an asking word), so trying each such start
    finds what a search from the start does; trying the pattern at every character costs
    some 0.5 M instructions a long text. A text whose lower case is longer ("İ") is
    searched whole.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return list(_MISSING.finditer(text))
    starts: set[int] = set()
    for at in places(lowered, "kr"):
        for offset in _KR_IN_UNIT:
            unit = at - offset
            if unit < 1 or text[unit - 1] not in " \u00a0":
                continue
            gap = unit - 1
            while gap > 0 and text[gap - 1] in " \u00a0":
                gap -= 1
            starts.update(start for length in _ASKING_LENGTHS
                          if (start := gap - length) >= 0 and lowered[start] in _ASKING_FIRST)
    return [match for start in sorted(starts) if (match := _MISSING.match(text, start))]


def _message(match: re.Match[str]) -> str:
    """The warning at a unit with no figure before it, with the figure written in."""
    said, unit = match.group(), match["unit"]
    before = said[:match.start("unit") - match.start()]
    return (f"'{said}' saknar belopp före '{unit}'; skriv beloppet, t.ex. "
            f"'{before}100 000 {unit}'")
