"""A warning where text names the total of a table that prints none and whose amounts are
rounded each (trial 71, F6).

In a table with `totalt: false` and `avrundat: true` (Vårgårda's investeringsredovisning,
with delsummor only), `{{ tabeller.inv.avvikelse }}` printed "62,2 mnkr": the column's total
from the computed figures, which no row of the document shows, and which the rows as they
stand (62,3) or the subtotals shown (62,1) do not add up to. The reader cannot find it, so
the text says a figure the document does not back. Without `avrundat` the total is the exact
sum of the rows shown, and text may name it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from generator.checks.report import Reporter
from generator.compute.tables import TableResult
from generator.formatting import in_unit
from generator.problems import Loc, Problem

_REFERENCE = re.compile(r"\{\{.*?\}\}", re.DOTALL)


@cache
def _column_total() -> re.Pattern[str]:
    """`tabeller.<tabell>.<kolumn>` or `tabeller.<tabell>.summa`: a column's total."""
    return re.compile(r"(?<![\w.])tabeller\.(\w+)\.(\w+)(?![\w\[.])")


def hidden_total_reference_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                          report: Reporter) -> list[Problem]:
    """A warning at each reference in text to a column's total of a table without a total
    row whose amounts are rounded each."""
    hidden = {name: table for name, table in tables.items()
              if table.spec.rounded and table.spec.total_label is None}
    if not hidden:
        return []
    problems = []
    for loc, text in texts.items():
        for reference in _REFERENCE.finditer(text) if "tabeller." in text else ():
            for match in _column_total().finditer(text, reference.start(), reference.end()):
                table = hidden.get(match[1])
                message = None if table is None else _message(match.group(), match[2], table)
                if message is not None:
                    where = report.in_text(loc, text, match.start(), match.group())
                    problems.append(report.problem(where, message, "varning"))
    return problems


def _message(name: str, key: str, table: TableResult) -> str | None:
    """The warning for a reference to column `key`'s total (`summa`: the first's), or None
    for a name that is no summed column's total."""
    column = table.spec.total_column if key == "summa" else next(
        (c for c in table.spec.summed_columns if c.key == key and not c.counted), None)
    if column is None or column.key not in table.totals:
        return None
    total = in_unit(table.totals[column.key], table.spec.unit,
                    decimals=table.decimals.get(column.key))
    return (f"{{{{ {name} }}}} skriver tabellens total {total}, men tabellen har ingen "
            "totalrad ('totalt: false') och beloppen är avrundade var för sig, så talet står "
            "inte i dokumentet och går inte att räkna fram ur raderna; ta bort 'totalt: false' "
            "så står totalen på totalraden, eller hänvisa till en rad eller delsumma som "
            "tabellen visar")
