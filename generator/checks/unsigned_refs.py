"""A warning where text names a figure's size with `utan_tecken`, calls it negative in words,
and the figure is positive.

"ett underskott på {{ tabeller.prognos.avvikelse | utan_tecken }}" prints 150 mnkr for
−150 mnkr. The filter drops the sign, so should the table change and the figure turn
positive, the sentence would go on calling it a deficit with nothing to show that it no
longer is one. The words that call an amount negative are those of `sign_words`, read as
for a typed amount.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from generator.checks.report import Reporter
from generator.checks.sign_words import negative_word
from generator.compute.tables import TableResult
from generator.formatting import Kronor, in_unit
from generator.problems import Loc, Problem


@cache
def _unsigned() -> re.Pattern[str]:
    return re.compile(r"\{\{\s*(?P<name>[^{}|]+?)\s*\|\s*utan_tecken\b[^{}]*\}\}")


_TABLE = re.compile(r"tabeller\.([^.\[\]]+)")


def positive_size_problems(
    figures: Mapping[str, Kronor], texts: Mapping[Loc, str], report: Reporter,
    tables: Mapping[str, TableResult],
) -> list[Problem]:
    """A warning at each `{{ … | utan_tecken }}` of a positive figure that the text calls
    negative (figures: every computed amount by name; tables: the general tables, whose
    unit the message shows the figure in)."""
    problems = []
    for loc, text in texts.items():
        for match in _unsigned().finditer(text) if "utan_tecken" in text else ():
            value = figures.get(match["name"])
            word = negative_word(text, match.start(), match.end())
            if value is None or value <= 0 or word is None:
                continue
            shown = in_unit(value, _unit(match["name"], tables))
            message = (f"beloppet {match.group()} är positivt, {shown}, men texten kallar det "
                       f"negativt ('{word}'); stämmer tabellen, skriv om meningen och ta bort "
                       "'| utan_tecken'")
            where = report.in_text(loc, text, match.start(), match.group())
            problems.append(report.problem(where, message, "varning"))
    return problems


def _unit(name: str, tables: Mapping[str, TableResult]) -> str:
    """The unit of the table a figure is in, kr for a figure of no general table."""
    table = _TABLE.match(name)
    result = tables.get(table.group(1)) if table else None
    return result.spec.unit if result else "kr"
