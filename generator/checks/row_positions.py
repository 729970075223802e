"""A warning where a cell takes another table's row by its place and likely the wrong one
(trial 82, F1).

`{{ tabeller.balanskrav.rader[6].a2015 }}` takes whatever row is the seventh: a row added
above it next year makes it take the row above, and nothing else looks wrong. Where the cell's
own row has the text of another row of that table than the one it takes ("Resultat efter
balanskravsjustering" taking "Orealiserade vinster", with "Resultat efter
balanskravsjustering" one row further down), the reference is likely wrong now: a warning
names the row meant, by its short name (`rad_namn`) where it has one. A reference by place to
a row with another text is not warned about, nor one in text: a summary's rows are often
named otherwise than the rows they take ("Avgår återställande …" taking "Balanskravsunderskott
från tidigare år"), and the handbook recommends short names for tables that change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.compute.prose_figures import Rows, first_text, row_label
from generator.compute.row_short_names import by_place, reference_cells, short_name_of
from generator.problems import Problem


def row_position_problems(case: Case, tree: dict[str, Any], report: Reporter
                          ) -> list[Problem]:
    """A warning at each cell that takes another table's row by place where its own row has
    the text of another row there (tree: the figures as case text names them,
    `prose_figures`)."""
    problems = []
    for index, table in enumerate(case.tabeller):
        for loc, label, value in reference_cells(table, ("tabeller", index)):
            cell = by_place().fullmatch(value)  # (reference_cells gives only such a value)
            message = position_message(cell, tree, label) if cell and label else None
            if message is not None:
                problems.append(report.problem(report.at(loc), message, "varning"))
    return problems


def position_message(match: re.Match[str], tree: dict[str, Any], label: str) -> str | None:
    """The warning for a cell whose row's text is `label` that takes a row by place (match:
    `by_place`), where another row of that table has the text; else None."""
    table, rest = match["table"], match["rest"]
    taken = row_label(tree, f"tabeller.{table}{match['rows']}.x")
    other = _row_with_text(tree, table, label) if label != taken else None
    if taken is None or other is None:
        return None
    lead = (f"{{{{ {match['name']} }}}} hämtar raden '{taken}' i tabellen '{table}' med dess "
            f"plats, men raden här heter '{label}', som en annan rad där: har rader lagts till "
            "eller tagits bort, pekar hänvisningen på fel rad; ")
    meant = short_name_of(tree, table, other)
    if meant is not None:
        return lead + f"menade du {{{{ {meant}{rest} }}}}?"
    place = "".join(f"[{i}]" if n == 0 else f".rader[{i}]" for n, i in enumerate(other))
    return lead + (f"menade du raden på plats rader{place}? ge den då ett rad_namn i "
                   f"tabellen '{table}' och hämta den med det, "
                   f"{{{{ tabeller.{table}.rader.<rad_namn>{rest} }}}}")


def _row_with_text(tree: dict[str, Any], table: str, label: str) -> list[int] | None:
    """The places of the one row of a table whose text is `label`, or None (none, or
    several)."""
    rows = (tree.get("tabeller") or {}).get(table, {}).get("rader")
    found = list(_rows_with_text(rows, label, [])) if isinstance(rows, Rows) else []
    return found[0] if len(found) == 1 else None


def _rows_with_text(rows: list[Any], label: str, above: list[int]) -> Iterator[list[int]]:
    """The places of the rows at any depth whose first text is `label`."""
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        if first_text(row) == label:
            yield [*above, index]
        if isinstance(below := row.get("rader"), list):
            yield from _rows_with_text(below, label, [*above, index])
