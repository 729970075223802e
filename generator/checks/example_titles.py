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
from generator.resources import SKELETONS_WITHOUT_AMOUNTS, skeletons_dir

_TITLE = re.compile(r"^titel: (.+)$", re.MULTILINE)


def example_title_problems(title: str, report: Reporter) -> list[Problem]:
    """A warning when `title` is a skeleton's example title, naming what such an example
    holds: amounts only where the skeleton has them (not those of `ny --utan-belopp`)."""
    written = " ".join(title.split())
    if _example_titles(amounts=True).fullmatch(written) is not None:
        rest, own = "text, belopp, tabeller", "text och belopp"
    elif _example_titles(amounts=False).fullmatch(written) is not None:
        rest, own = "text, punkter", "text"
    else:
        return []
    return [report.problem(report.at(("titel",)), (
        f"titeln '{title}' är exemplet från 'beslut ny', och resten av exemplet ({rest}) "
        f"står troligen också kvar; skriv ärendets egen titel och byt ut exemplets {own} "
        "mot ärendets"), "varning")]


@cache
def _example_titles(amounts: bool) -> re.Pattern[str]:
    """One pattern for the titles of the skeletons with amounts (or of those without, from
    `ny --utan-belopp`), each year any year."""
    paths = sorted(skeletons_dir().rglob("*.yaml"))
    titles = (match[1] for path in paths
              if (path.parent.name == SKELETONS_WITHOUT_AMOUNTS) is not amounts
              and (match := _TITLE.search(path.read_text(encoding="utf-8"))))
    return re.compile("|".join(re.escape(title).replace("§ar", r"\d{4}") for title in titles))
