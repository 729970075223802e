"""Advice names a table's row or a split's part by its short name where it has one (trial
82, F1; trial 90, F4).

A check that advises `{{ tabeller.balanskrav.rader[6].a2015 }}` finds the figure by its
place; where that row has a short name (`rad_namn`), the advice names it so,
`{{ tabeller.balanskrav.rader.justerat.a2015 }}`, which stays right when rows are added above
it. A part of a split likewise: `{{ uppdelningar.schablon.parter.sof.belopp }}` for
`parter[0]`, which stays right when the parts are reordered. One rewrite of the finished
messages, so every check's advice follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from generator.case.table_models import GeneralTable, TableRow
from generator.compute.cell_refs import without_minus
from generator.compute.prose_figures import Rows
from generator.problems import Loc


@cache
def _positional() -> re.Pattern[str]:
    """A table row named by place inside `{{ … }}`, or after a bracket where a message names
    a figure ("(tabeller.budget.rader[0].andel)"): `tabeller.drift.rader[0].rader[2]`."""
    return re.compile(r"(?:(?<=\{\{ )|(?<=\())"
                      r"tabeller\.(?P<table>\w+)(?P<rows>(?:\.rader\[\d+\])+)")


@cache
def _positional_part() -> re.Pattern[str]:
    """A split's part named by place inside `{{ … }}` or after a bracket, as a row is:
    `uppdelningar.schablon.parter[0]`."""
    return re.compile(r"(?:(?<=\{\{ )|(?<=\())"
                      r"uppdelningar\.(?P<split>\w+)\.parter\[(?P<index>\d+)\]")


@cache
def by_place() -> re.Pattern[str]:
    """A reference to a table's row by place, `{{ tabeller.t.rader[6].a2015 | mnkr }}`."""
    return re.compile(r"\{\{\s*(?P<name>tabeller\.(?P<table>\w+)(?P<rows>(?:\.rader\[\d+\])+)"
                      r"(?P<rest>(?:\.\w+)*))\s*(?:\|[^{}]*)?\}\}")


def reference_cells(table: GeneralTable, at: Loc) -> Iterator[tuple[Loc, str | None, str]]:
    """Each cell of a table (at `at`) that names a row by place: its place, its row's text
    (the first text column's) and its value."""
    texts = [column.namn for column in table.kolumner if column.typ == "text"]
    yield from _cells(table.rader, at, texts)


def _cells(rows: list[TableRow], at: Loc, texts: list[str]
           ) -> Iterator[tuple[Loc, str | None, str]]:
    """`reference_cells` of rows at any depth."""
    for index, row in enumerate(rows):
        here = (*at, "rader", index)
        extra = row.model_extra or {}
        label = next((str(extra[key]) for key in texts if extra.get(key)), None)
        for key, value in extra.items():
            if not isinstance(value, str) or "rader[" not in value:
                continue
            reference = without_minus(value)[1].strip()  # (a negated one names it too)
            if by_place().fullmatch(reference):
                yield (*here, key), label, reference
        yield from _cells(row.rader, here, texts)


def by_short_names(message: str, tree: dict[str, Any]) -> str:
    """The message with each `{{ … }}` that names a row of a table by place named by the
    short name of the deepest row on the way that has one, and each that names a split's
    part by place named by the part's short name where it has one."""
    if "rader[" in message:
        message = _positional().sub(lambda match: _named(match, tree) or match[0], message)
    if "parter[" in message:
        message = _positional_part().sub(lambda match: _part_named(match, tree) or match[0],
                                         message)
    return message


def short_name_of(tree: dict[str, Any], table: str, places: list[int]) -> str | None:
    """The name text gives the row at `places` of a table (`tabeller.t.rader.x` or
    `tabeller.t.rader.x.rader[1]`) by the deepest row on the way with a short name, or None."""
    rows = (tree.get("tabeller") or {}).get(table, {}).get("rader")
    found = None
    for depth, index in enumerate(places):
        if not isinstance(rows, Rows) or not 0 <= index < len(rows):
            return None
        if short := rows.short_at(index):
            below = "".join(f".rader[{i}]" for i in places[depth + 1:])
            found = f"tabeller.{table}.rader.{short}{below}"
        rows = rows[index].get("rader")
    return found


def _named(match: re.Match[str], tree: dict[str, Any]) -> str | None:
    """A positional row's name by its short name, or None."""
    places = [int(index) for index in re.findall(r"\[(\d+)\]", match["rows"])]
    return short_name_of(tree, match["table"], places)


def _part_named(match: re.Match[str], tree: dict[str, Any]) -> str | None:
    """A positional part's name by its short name (`uppdelningar.k.parter.staten`), or None."""
    parts = (tree.get("uppdelningar") or {}).get(match["split"], {}).get("parter")
    short = parts.short_at(int(match["index"])) if isinstance(parts, Rows) else ""
    return f"uppdelningar.{match['split']}.parter.{short}" if short else None
