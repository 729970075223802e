"""A percentage typed in text one step off a percentage that a table computes.

A change (`typ: forandring`), a ratio (`typ: kvot`) or a share (`typ: andel`) of a table can
be named in text, `{{ tabeller.taxa.rader[0].procent }}`, so that text and table agree. One
typed instead ("höjs med 5,2 %") is checked as narrowly as a false alarm requires:

* only a percentage written with decimals is read ("5,2 %", "5,2%", "0,75 procent"): "3 %"
  or "25 %" is as often a rate the case sets (a tax, an interest, a raise it decides) as a
  table's figure, and one step of its last digit is a whole percentage point;
* it is right where some computed percentage, rounded to its decimals, is it, the sign
  aside ("minskar med 1,1 %" for −1,1 %);
* else it is a near miss of the first computed percentage (in the tables' order) shown with
  as many decimals and one step of the last decimal from it ("5,2 %" for 5,3 %), a slip.
  Anything else is another figure and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, NamedTuple

from generator.checks.figure_rows import on_row
from generator.checks.report import Reporter
from generator.compute.prose_figures import named_percentages
from generator.compute.tables import TableResult
from generator.formatting import NBSP, WrittenNumber, as_written, decimals_of
from generator.problems import Loc, Problem

_PERCENT: Final = re.compile(r"(?<![\w.,])(\d+,\d+)(?:[ \u00a0]?%|[ \u00a0]procent\b)")
"""A number with decimals before a percent sign or the word procent (group 1: the number)."""
_COLUMN: Final = re.compile(r"tabeller\.(?P<table>[^.\[\]]+)\..*?(?P<column>[^.\[\]]+)")


class _Literal(NamedTuple):
    """A percentage typed in a text: as written, its value and where it starts."""

    text: str
    value: Decimal
    offset: int


def percent_problems(texts: Mapping[Loc, str], tree: dict[str, Any],
                     tables: Mapping[str, TableResult], report: Reporter) -> list[Problem]:
    """Warn about percentages in the texts one step off a computed percentage (tree: the
    figures as text names them; tables: the general tables, for the row and the column)."""
    found = {loc: list(_literals(text)) for loc, text in texts.items() if "%" in text
             or "procent" in text}
    if not any(found.values()):
        return []
    computed = named_percentages(tree)
    problems = []
    for loc, literals in found.items():
        for literal in literals:
            miss = _missed(literal.value, computed)
            if miss is not None:
                where = report.in_text(loc, texts[loc], literal.offset, literal.text)
                problems.append(report.problem(where, _message(literal, *miss, tree, tables),
                                               "varning"))
    return problems


def _literals(text: str) -> Iterator[_Literal]:
    """Every percentage with decimals typed in text, in text order."""
    for match in _PERCENT.finditer(text):
        yield _Literal(match.group(), Decimal(match[1].replace(",", ".")), match.start())


def _missed(value: Decimal, computed: Mapping[str, WrittenNumber]
            ) -> tuple[str, WrittenNumber] | None:
    """The computed percentage a typed one is a slip of, or None (right, or another figure)."""
    places = decimals_of(value)
    step = Decimal(1).scaleb(-places)
    if any(abs(p.value).quantize(step, rounding=ROUND_HALF_UP) == value
           for p in computed.values()):
        return None
    return next(((name, p) for name, p in computed.items()
                 if p.places == places and abs(abs(p.value) - value) == step), None)


def _message(literal: _Literal, name: str, percentage: WrittenNumber, tree: dict[str, Any],
             tables: Mapping[str, TableResult]) -> str:
    """The warning: what was typed, what the table computes, where, and how to name it."""
    shown = as_written(percentage).replace(NBSP, " ")
    return (f"procentsatsen '{literal.text}' i texten stämmer inte med den uträknade "
            f"{_kind(name, tables)} {shown}{on_row(name, tree, tables)} ({name}); menar texten "
            f"den, skriv {{{{ {name} }}}} så följer texten tabellen")


def _kind(name: str, tables: Mapping[str, TableResult]) -> str:
    """'förändringen', 'andelen' or 'kvoten', by the column the percentage is computed in."""
    match = _COLUMN.fullmatch(name)
    table = tables.get(match["table"]) if match else None
    column = next((c for c in table.spec.columns if c.key == match["column"]), None) \
        if table is not None and match else None
    if column is None:
        return "förändringen"
    return "andelen" if column.share_of else "kvoten" if column.ratio else "förändringen"
