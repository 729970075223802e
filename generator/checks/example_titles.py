"""A new case's example title left in place (trial 63, F10): `beslut ny` writes a whole
example case (a title, texts, a table of amounts) for the secretary to write over, and a
case that still has the example's title most likely still has the rest of the example too.
One warning at the title, saying what to do; the title is compared with each skeleton's,
its year (`§ar`) any year."""

from __future__ import annotations

import re
from functools import cache

from generator.checks.report import Reporter
from generator.problems import Problem
from generator.resources import skeletons_dir

_TITLE = re.compile(r"^titel: (.+)$", re.MULTILINE)


def example_title_problems(title: str, report: Reporter) -> list[Problem]:
    """A warning when `title` is a skeleton's example title."""
    if _example_titles().fullmatch(" ".join(title.split())) is None:
        return []
    return [report.problem(report.at(("titel",)), (
        f"titeln '{title}' är exemplet från 'beslut ny', och resten av exemplet (text, "
        "belopp, tabeller) står troligen också kvar; skriv ärendets egen titel och byt ut "
        "exemplets text och belopp mot ärendets"), "varning")]


@cache
def _example_titles() -> re.Pattern[str]:
    """One pattern for the skeletons' titles, each year any year."""
    titles = (match[1] for path in sorted(skeletons_dir().rglob("*.yaml"))
              if (match := _TITLE.search(path.read_text(encoding="utf-8"))))
    return re.compile("|".join(re.escape(title).replace("§ar", r"\d{4}") for title in titles))
