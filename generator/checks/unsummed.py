"""How a table uses totals, for the error at a table that has them but sums nothing.

A table whose amount column lacks `typ: belopp` has no amount column: nothing in it is
summed, so a stated `summa` is never checked, its groups' `delsumma` rows stay empty and a
text that names its total has none to name (trial 21: a decision "med sammanlagt 0 kr").
Where such a table has a column of figures, that column is the error (`text_columns`), and
the text's reference to the missing total is not reported again (`unsummed_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from generator.case.models import Case
from generator.case.table_models import SUMMED, GeneralTable
from generator.checks.table_rows import placed_rows
from generator.checks.text_columns import figure_columns
from generator.problems import Loc

STATED = "den angivna summan kontrolleras inte"
SUBTOTALS = "delsummorna blir tomma"
NAMED = "texten hänvisar till en summa som inte finns"


@cache
def _reference() -> re.Pattern[str]:
    """`tabeller.bidrag.summa` (table, part) in a text (compiled when first needed)."""
    return re.compile(r"\btabeller\.([^.\[\]\s|}]+)\.(\w+)")


def totals_used(table: GeneralTable, texts: Iterable[str]) -> list[str]:
    """How the table uses totals: a stated summa, subtotal rows, text naming its total or
    a column's total (none for a table that has an amount column)."""
    if _sums(table):
        return []
    used = [STATED] if table.summa is not None else []
    if any(row.delsumma for _, row in placed_rows(table.rader, ())):
        used.append(SUBTOTALS)
    if any(names_total(table.namn, [c.namn for c in table.kolumner], text) for text in texts):
        used.append(NAMED)
    return used


def _sums(table: GeneralTable) -> bool:
    """Whether the table has an amount or count column, whose total it computes."""
    return any(column.typ in SUMMED for column in table.kolumner)


def names_total(table: str, columns: Iterable[str], text: str) -> bool:
    """Whether the text names the table's total or a column's (`tabeller.bidrag.belopp`)."""
    if "tabeller." not in text:
        return False
    parts = {"summa", *columns}
    return any(name == table and part in parts for name, part in _reference().findall(text))


def unsummed_names(case: Case) -> frozenset[str]:
    """The totals text may name in tables without an amount column but with a column of
    figures: their look-ups fail, and the column's error says why."""
    names = set()
    for table in case.tabeller:
        if _sums(table):
            continue
        found = figure_columns(table)
        if found:
            names.add(f"tabeller.{table.namn}.summa")
            names.update(f"tabeller.{table.namn}.{column.namn}" for _, column, _ in found)
    return frozenset(names)


def unsummed_tables(case: Case, texts: Mapping[Loc, str]) -> dict[int, list[str]]:
    """The tables (by index) that use totals but sum nothing although they have a column of
    figures, with how they use totals."""
    found = {}
    for index, table in enumerate(case.tabeller):
        if (used := totals_used(table, texts.values())) and figure_columns(table):
            found[index] = used
    return found
