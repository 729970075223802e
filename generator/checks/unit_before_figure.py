"""A warning where text names a money unit just before a reference that prints its own
(trial 69, F10: "Riksdagsarvodet (kr per månad): {{ belopp.riksdagsarvode }}" printed
"(kr per månad): 73 000 kr"): the unit stands twice. `{{ … | belopp }}` prints the figure
without its unit, in the unit its table shows it in, so the text's own unit stands alone.
The unit counts where only its own few words ("per månad", "i kronor"), a closing
parenthesis and a colon stand between it and the reference."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from generator.checks.literal_amounts import UNIT_WORDS, unit_named
from generator.checks.report import Reporter
from generator.compute.prose_figures import figure_named
from generator.formatting import NBSP
from generator.problems import Loc, Problem
from generator.render.filters import bare_unit

_BEFORE = re.compile(
    rf"(?:\(|(?<!\w))(?P<unit>{UNIT_WORDS})(?!\w)(?:[ \t]+[^\W\d]+){{0,3}}[ \t]*\)?[ \t]*:"
    r"[ \t]*(?P<ref>\{\{\s*(?P<name>[\w.\[\]]+)\s*\}\})", re.IGNORECASE)


def unit_before_problems(texts: Mapping[Loc, str], tree: dict[str, Any],
                         report: Reporter) -> list[Problem]:
    """A warning at each reference printed with its unit right after the text names one
    (tree: the figures as case text names them, `prose_figures`)."""
    problems = []
    for loc, text in texts.items():
        for match, message in _doubled(text, tree):
            where = report.in_text(loc, text, match.start("ref"), match["ref"])
            problems.append(report.problem(where, message, "varning"))
    return problems


def _doubled(text: str, tree: dict[str, Any]) -> Iterator[tuple[re.Match[str], str]]:
    """Each reference of the text that prints a unit after the one written before it."""
    if "{{" not in text:
        return
    for match in _BEFORE.finditer(text):
        figure = figure_named(tree, match["name"])
        if figure is None:
            continue
        printed, _ = bare_unit(figure, None)
        written = unit_named(match["unit"])
        name = match["name"]
        bare = f"{{{{ {name} | belopp }}}}" if written == printed else \
            f"{{{{ {name} | belopp(\"{written}\") }}}}"
        before = text[match.start():match.start("ref")]
        shown = f"{before}{figure}".replace(NBSP, " ")
        yield match, (f"'{match.group()}' skriver '{shown}', med enheten två gånger; skriv "
                      f"{bare} så skrivs talet utan enhet")
