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

_MISSING: Final = re.compile(
    r"(?<!\w)(?:upp till|högst|minst|om|på|cirka|ca|drygt|knappt|totalt|sammanlagt)"
    r"[ \u00a0]+(?P<unit>kronor|kr|tkr|mnkr|mkr|mdkr|miljoner kronor|miljarder kronor)(?!\w)",
    re.IGNORECASE)


def missing_figure_problems(case: Case, texts: Mapping[Loc, str],
                            report: Reporter) -> list[Problem]:
    """A warning at each unit with no figure before it, and at a Dnr ending in '/'."""
    problems = [report.problem(report.in_text(loc, text, match.start(), match.group()),
                               _message(match), "varning")
                for loc, text in texts.items() if _names_crowns(text)
                for match in _MISSING.finditer(text)]
    if isinstance(case.dnr, str) and case.dnr.rstrip().endswith("/"):
        problems.append(report.problem(report.at(("dnr",)), (
            f"diarienumret '{case.dnr.strip()}' slutar med '/' och saknar numret efter det; "
            "skriv hela diarienumret"), "varning"))
    return problems


def _names_crowns(text: str) -> bool:
    """Whether a text may name a unit at all: each holds "kr", in any case (a plain search
    before the pattern, which most texts need not run)."""
    return "kr" in text or "Kr" in text or "KR" in text or "kR" in text


def _message(match: re.Match[str]) -> str:
    """The warning at a unit with no figure before it, with the figure written in."""
    said, unit = match.group(), match["unit"]
    before = said[:match.start("unit") - match.start()]
    return (f"'{said}' saknar belopp före '{unit}'; skriv beloppet, t.ex. "
            f"'{before}100 000 {unit}'")
