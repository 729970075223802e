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
YEAR = "§ar"
"""What a skeleton writes where the year goes (`beslut ny` puts the year there)."""


def example_title_problems(title: str, report: Reporter) -> list[Problem]:
    """A warning when `title` is a skeleton's example title, naming what such an example
    holds: amounts only where the skeleton has them (not those of `ny --utan-belopp`)."""
    written = " ".join(title.split())
    if _is_example(written, _example_titles(amounts=True)):
        rest, own = "text, belopp, tabeller", "text och belopp"
    elif _is_example(written, _example_titles(amounts=False)):
        rest, own = "text, punkter", "text"
    else:
        return []
    return [report.problem(report.at(("titel",)), (
        f"titeln '{title}' är exemplet från 'beslut ny', och resten av exemplet ({rest}) "
        f"står troligen också kvar; skriv ärendets egen titel och byt ut exemplets {own} "
        "mot ärendets"), "varning")]


@cache
def _example_titles(amounts: bool) -> tuple[tuple[str, ...], ...]:
    """The titles of the skeletons with amounts (or of those without, from `ny
    --utan-belopp`), each as its pieces around its years (`§ar`)."""
    paths = sorted(skeletons_dir().rglob("*.yaml"))
    return tuple(tuple(match[1].split(YEAR)) for path in paths
                 if (path.parent.name == SKELETONS_WITHOUT_AMOUNTS) is not amounts
                 and (match := _TITLE.search(path.read_text(encoding="utf-8"))))


def _is_example(written: str, titles: tuple[tuple[str, ...], ...]) -> bool:
    """Whether `written` is one of the titles, each year any four digits (plain
    comparisons: one pattern of all the titles cost more to compile than a case to check)."""
    return any(_fits(written, pieces) for pieces in titles)


def _fits(written: str, pieces: tuple[str, ...]) -> bool:
    """Whether `written` is `pieces` with four digits between each two."""
    at = 0
    for index, piece in enumerate(pieces):
        if index:
            year = written[at:at + 4]
            if len(year) < 4 or not year.isdecimal():
                return False
            at += 4
        if not written.startswith(piece, at):
            return False
        at += len(piece)
    return at == len(written)
