"""A warning where text writes a figure of a table of rounded amounts in a finer unit than
the table shows it (trial 71, F11).

Vårgårda's investeringsredovisning (`avrundat: true`, mnkr with one decimal) shows 5,4 mnkr
for Ventilation Sundler; `{{ … | kr }}` in a point printed "återlämnas 5 400 000 kr", an
amount that looks exact to the krona but is the source's rounding to 0,1 mnkr. Written as the
table writes it (no filter, or `| mnkr`) it says no more than the table knows. Without
`avrundat` the table's amounts are exact, and any unit may write them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from generator import formatting
from generator.checks.report import Reporter
from generator.compute.prose_figures import Figure, figure_named
from generator.compute.tables import TableResult
from generator.formatting import NBSP
from generator.problems import Loc, Problem
from generator.render.filters import DEFAULT_DECIMALS

_EXPONENTS = {"kr": 0, "tkr": 3, "mnkr": 6, "mdkr": 9}
"""Each filter's unit as a power of ten of kronor."""


@functools.cache
def _reference() -> re.Pattern[str]:
    """`{{ tabeller.<tabell>.… | kr }}`, or `| tkr`, `| mnkr(2)`, after `| utan_tecken` too
    (compiled on first use: most cases have no table of rounded amounts)."""
    return re.compile(
        r"\{\{\s*(?P<name>tabeller\.(?P<table>\w+)[\w.\[\]]*)\s*"
        r"(?P<unsigned>\|\s*utan_tecken\s*)?\|\s*(?P<filter>kr|tkr|mnkr|mdkr)\s*"
        r"(?:\(\s*(?P<places>\d)\s*\))?\s*\}\}")


def rounded_reference_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                               tree: dict[str, Any], report: Reporter) -> list[Problem]:
    """A warning at each reference that writes a figure of a table with `avrundat` in a
    finer step than the table's (tree: the figures as case text names them,
    `prose_figures`)."""
    rounded = {name for name, table in tables.items() if table.spec.rounded}
    if not rounded:
        return []
    problems = []
    for loc, text in texts.items():
        if "tabeller." not in text:
            continue
        for match in _reference().finditer(text):
            figure = figure_named(tree, match["name"]) if match["table"] in rounded else None
            message = None if figure is None else _message(match, figure)
            if message is not None:
                where = report.in_text(loc, text, match.start(), match.group())
                problems.append(report.problem(where, message, "varning"))
    return problems


def _message(match: re.Match[str], figure: Figure) -> str | None:
    """The warning for a reference whose filter writes the figure finer than its table
    shows it, or None."""
    if match["unsigned"]:
        figure = replace(figure, kronor=formatting.magnitude(figure.kronor))
    unit = match["filter"]
    places = 0 if unit == "kr" else int(match["places"] or DEFAULT_DECIMALS[unit])
    shown = 0 if formatting.whole_kronor(figure.unit) else figure.decimals or 0
    table_step = _EXPONENTS.get(figure.unit, 0) - shown
    if _EXPONENTS[unit] - places >= table_step:
        return None
    step = formatting.in_unit(Decimal(1).scaleb(table_step), figure.unit, decimals=shown)
    written = (formatting.in_unit(figure.in_text, "kr") if unit == "kr" else
               formatting.rounded(figure.in_text, unit, places))
    name = match["name"] + (" | utan_tecken" if match["unsigned"] else "")
    return (f"{match.group()} skriver {written}, men tabellen '{match['table']}' har belopp "
            f"avrundade till {step} ('avrundat: true'), så beloppet ser exaktare ut än det "
            f"är; skriv {{{{ {name} }}}} så står det {figure} som i tabellen, eller ge det "
            "exakta beloppet ett namn under 'belopp:' och hänvisa till det"
            ).replace(NBSP, " ")
