"""A warning at a row whose text says its application is refused ("Avslag", "Avslås") while
an amount column still grants it money (trial 99, F14).

A secretary writes `anm: Avslag` but forgets `beviljat: "–"`: the formula computes the
refused förening's grant, the total and the att-sats that names it grow, and nothing says so.
A row is warned of when a summed column computed by a formula has a figure on it, or, in a
table of several amount columns, when every one of them has a figure (a typed grant; a row
with "–" or an empty cell in one of them says what it gets). A text that merely mentions a
refusal ("Tidigare avslag 2025") is no decision on the row and is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, RowResult, TableResult, every_row
from generator.formatting import in_unit
from generator.problems import Problem


@cache
def _refusal() -> re.Pattern[str]:
    """A text cell that is the decision to refuse, perhaps with a short reason ("Avslag",
    "Avslås – inkom för sent")."""
    return re.compile(r"\s*(?:avslag|avslås)(?:\s*[-–—,.:;(]\s*[^\d]{0,60}|\s*)",
                      re.IGNORECASE)


def refused_row_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """A warning at the text cell of each refused row that an amount column grants money."""
    spec = table.spec
    texts = [c.key for c in spec.columns if not (c.amount or c.counted or c.number)]
    problems = []
    for row in every_row(table.rows):
        said = next((key for key in texts if _refusal().fullmatch(row.spec.texts.get(key, ""))),
                    None)
        granted = _granting(spec.amount_columns, row) if said else None
        if said is None or granted is None:
            continue
        problems.append(report.problem(report.at((*row.spec.loc, said)), (
            f"'{row.spec.texts[said].strip()}' står på {row.spec.name}, men raden får "
            f"{in_unit(row.amounts[granted.key], spec.unit)} i kolumnen '{granted.title}', som "
            f"räknas med i summan; får raden inget belopp, skriv \"–\" i den kolumnen "
            f"('{granted.key}: \"–\"' på raden)"), "varning"))
    return problems


def _granting(columns: tuple[ColumnSpec, ...], row: RowResult) -> ColumnSpec | None:
    """The amount column that grants a refused row money: the first summed formula column with
    a figure on it, else the last of several amount columns that all have one."""
    computed = next((c for c in columns if c.formula and c.summed and c.key in row.amounts),
                    None)
    if computed is not None or len(columns) < 2:
        return computed
    return columns[-1] if all(c.key in row.amounts for c in columns) else None
