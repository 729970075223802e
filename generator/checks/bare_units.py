"""An error where text prints a figure without its unit and writes another unit after it.

`{{ … | belopp }}` prints a figure's number without its unit, in the unit its table shows it
in, so that text can write the unit itself: `{{ tabeller.avgift.summa | belopp }} tkr` is
"133 203 tkr" for a table in tkr. A unit after it other than the one printed makes the
figure a thousand or a million times wrong (trial 39: "133 203 000 tkr", with no word from
the check), so `| belopp }} kr` after a figure in tkr, or `| belopp }} tkr` after one in kr,
is an error that says how to write it. Units are read as the amounts in text are
(`literal_amounts`): `Mkr` and `miljoner kronor` are mnkr.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from generator.checks.literal_amounts import UNIT_WORDS, unit_named
from generator.checks.report import Reporter
from generator.compute.prose_figures import figure_named
from generator.formatting import NBSP, exact, written_unit
from generator.problems import Loc, Problem
from generator.render.filters import bare_unit


@cache
def _bare() -> re.Pattern[str]:
    """`{{ name | belopp(…) }}` and the unit written after it."""
    return re.compile(
        r"\{\{\s*(?P<name>[\w.\[\]]+)\s*\|\s*belopp\s*(?:\((?P<args>[^(){}]*)\))?\s*\}\}"
        rf"\s?(?P<unit>{UNIT_WORDS})(?!\w)", re.IGNORECASE)


@cache
def _unit_argument() -> re.Pattern[str]:
    return re.compile(r"""^\s*["'](?P<unit>kr|tkr|mnkr|mdkr)["']""")


def bare_unit_problems(texts: Mapping[Loc, str], tree: dict[str, Any],
                       report: Reporter) -> list[Problem]:
    """An error at each `{{ … | belopp }}` followed by a unit other than the one it prints
    (tree: the figures as case text names them, `prose_figures`)."""
    problems = []
    for loc, text in texts.items():
        for match, message in _wrong_units(text, tree):
            where = report.in_text(loc, text, match.start(), match.group())
            problems.append(report.problem(where, message))
    return problems


def _wrong_units(text: str, tree: dict[str, Any]) -> Iterator[tuple[re.Match[str], str]]:
    """Each reference of the text whose printed unit is not the unit written after it."""
    if "belopp" not in text:
        return
    for match in _bare().finditer(text):
        figure = figure_named(tree, match["name"])
        if figure is None:
            continue
        given = _unit_argument().match(match["args"] or "")
        printed, decimals = bare_unit(figure, given["unit"] if given else None)
        written = unit_named(match["unit"])
        if written != printed:
            shown = exact(figure.kronor, printed, decimals)
            yield match, _message(match, f"{shown} {match['unit']}", str(figure), printed)


def _message(match: re.Match[str], shown: str, figure: str, printed: str) -> str:
    """What the reference prints (`shown`, with the unit after it), what the figure is (in
    its own unit), and how to write it."""
    name, written = match["name"], unit_named(match["unit"])
    return (
        f"'{match.group()}' skriver '{shown}', men beloppet är {figure}: '| belopp' skriver "
        f"talet i {written_unit(printed)} utan enhet; skriv "
        f"{{{{ {name} }}}} så skrivs beloppet med sin enhet, eller {{{{ {name} | {written} }}}} "
        f"för beloppet i {written_unit(written)}"
    ).replace(NBSP, " ")
