"""A warning where text writes a figure of a table of rounded amounts in a finer unit than
the table shows it (trial 71, F11), by reference or, in a point of the proposal or the
decision, typed ("överförs 34 900 000 kronor" for 34,9 mnkr).

Vårgårda's investeringsredovisning (`avrundat: true`, mnkr with one decimal) shows 5,4 mnkr
for Ventilation Sundler; `{{ … | kr }}` in a point printed "återlämnas 5 400 000 kr", an
amount that looks exact to the krona but is the source's rounding to 0,1 mnkr. Written as the
table writes it (no filter, or `| mnkr`) it says no more than the table knows. Without
`avrundat` the table's amounts are exact, and any unit may write them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from generator import formatting
from generator.checks.figure_rows import on_row
from generator.checks.literal_amount import LiteralAmount
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
    step = coarser_step(figure, Decimal(1).scaleb(_EXPONENTS[unit] - places))
    if step is None:
        return None
    written = (formatting.in_unit(figure.in_text, "kr") if unit == "kr" else
               formatting.rounded(figure.in_text, unit, places))
    name = match["name"] + (" | utan_tecken" if match["unsigned"] else "")
    return (f"{match.group()} skriver {written}, men "
            f"{rounded_advice(match['table'], step, name, figure)}").replace(NBSP, " ")


def rounded_literal_message(literal: LiteralAmount, names: Sequence[str], word: str,
                            tree: dict[str, Any], tables: Mapping[str, TableResult]) -> str | None:
    """The warning for an amount typed in a point of the proposal or the decision (`word`:
    'förslaget', 'beslutet') that is exactly the figure of `names`, each of a table with
    `avrundat` that shows it coarser than the amount is written ("34 900 000 kronor" for
    34,9 mnkr), or None."""
    found = []
    for name in names:
        table = name.split(".")[1] if name.startswith("tabeller.") else ""
        figure = figure_named(tree, name) if table in tables and tables[table].spec.rounded \
            else None
        step = None if figure is None else coarser_step(figure, literal.precision)
        if figure is None or step is None:
            return None  # (another figure, exact, may be the one meant)
        found.append((name, table, step, figure))
    if not found:
        return None
    name, table, step, figure = found[0]
    if literal.sized and literal.value < 0:  # (the size of a negative figure)
        name, figure = f"{name} | utan_tecken", replace(
            figure, kronor=formatting.magnitude(figure.kronor))
    return (f"beloppet '{literal.text}' i {word} är tabellens {figure}"
            f"{on_row(found[0][0], tree, tables)}, men "
            f"{rounded_advice(table, step, name, figure)}").replace(NBSP, " ")


def coarser_step(figure: Figure, precision: Decimal) -> str | None:
    """The step its table rounds `figure` to ("0,1 mnkr") where it is coarser than
    `precision` (kronor: the last digit an amount is written with), else None."""
    shown = 0 if formatting.whole_kronor(figure.unit) else figure.decimals or 0
    step = Decimal(1).scaleb(_EXPONENTS.get(figure.unit, 0) - shown)
    if step <= precision:
        return None
    return formatting.in_unit(step, figure.unit, decimals=shown)


def rounded_advice(table: str, step: str, name: str, figure: Figure) -> str:
    """Why a figure of table `table`, rounded to `step`, looks more exact than it is, and
    what to write instead (after "men …"): the figure by `name`, as the table writes it."""
    return (f"tabellen '{table}' har belopp avrundade till {step} ('avrundat: true'), så "
            f"beloppet ser exaktare ut än det är; skriv {{{{ {name} }}}} så står det "
            f"{figure} som i tabellen, eller ge det exakta beloppet ett namn under 'belopp:' "
            "och hänvisa till det").replace(NBSP, " ")
