"""A warning where text or a cell names another table's row by its place (trial 82, F1).

`{{ tabeller.balanskrav.rader[6].a2015 }}` names whatever row is the seventh: a row added
above it next year makes it name the row above, and nothing else is wrong to see. Two cases
are warned about: a cell whose row has the text of another row of the table it names than the
one it takes ("Resultat efter balanskravsjustering" taking "Återföring av …", with "Resultat
efter balanskravsjustering" one row further down): likely wrong now; and a reference by place
to a row that has a short name (`rad_namn`), which text can name instead
(`{{ tabeller.balanskrav.rader.justerat.a2015 }}`) and which then stays right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.compute.prose_figures import Rows, row_label
from generator.compute.row_short_names import by_place, reference_cells, short_name_of
from generator.problems import Loc, Problem


def row_position_problems(case: Case, texts: Mapping[Loc, str], tree: dict[str, Any],
                          report: Reporter) -> list[Problem]:
    """A warning at each reference by place that is likely wrong or that a short name would
    keep right (tree: the figures as case text names them, `prose_figures`)."""
    problems = []
    for loc, text in texts.items():
        if "rader[" not in text:
            continue
        for match in by_place().finditer(text):
            message = position_message(match, tree, None)
            if message is not None:
                where = report.in_text(loc, text, match.start(), match.group())
                problems.append(report.problem(where, message, "varning"))
    for loc, label, value in (cell for index, table in enumerate(case.tabeller)
                              for cell in reference_cells(table, ("tabeller", index))):
        cell = by_place().fullmatch(value)  # (reference_cells gives only such a value)
        message = position_message(cell, tree, label) if cell else None
        if message is not None:
            problems.append(report.problem(report.at(loc), message, "varning"))
    return problems


def position_message(match: re.Match[str], tree: dict[str, Any], label: str | None
                     ) -> str | None:
    """What is doubtful about a reference by place: the row's text differs from `label`
    (the text of the cell's row, None in text) that another row of the table has; or the
    row has a short name to name it by. None where neither."""
    table, rest = match["table"], match["rest"]
    places = [int(index) for index in re.findall(r"\[(\d+)\]", match["rows"])]
    shown = f"{{{{ {match['name']} }}}}"
    taken = row_label(tree, f"tabeller.{table}{match['rows']}.x")
    if taken is None:
        return None
    if label is not None and label != taken:
        other = _row_with_text(tree, table, label)
        if other is not None:
            lead = (f"{shown} hämtar raden '{taken}' i tabellen '{table}' med dess plats, men "
                    f"raden här heter '{label}', som en annan rad där: har rader lagts till "
                    "eller tagits bort, pekar hänvisningen på fel rad; ")
            meant = short_name_of(tree, table, other)
            if meant is not None:
                return lead + f"menade du {{{{ {meant}{rest} }}}}?"
            place = "".join(f"[{i}]" if n == 0 else f".rader[{i}]" for n, i in enumerate(other))
            return lead + (f"menade du raden på plats rader{place}? ge den då ett rad_namn i "
                           f"tabellen '{table}' och hämta den med det, "
                           f"{{{{ tabeller.{table}.rader.<rad_namn>{rest} }}}}")
    named = short_name_of(tree, table, places)
    if named is None:
        return None
    return (f"{shown} hämtar raden '{taken}' i tabellen '{table}' med dess plats; är det den "
            f"raden som avses, skriv {{{{ {named}{rest} }}}} med radens namn (rad_namn), så "
            "hämtas samma rad också när rader läggs till eller tas bort")


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
        first = next((text for text in row.values() if isinstance(text, str) and text), None)
        if first == label:
            yield [*above, index]
        if isinstance(below := row.get("rader"), list):
            yield from _rows_with_text(below, label, [*above, index])
