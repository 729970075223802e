"""A row of percentages among rows of counts (trial 58, F5).

A table of key figures lists counts per year (`typ: antal`) and, among them, a row "Andel
nöjda, procent" of 84 %, 81 % and 69 %. A count column cannot hold a percentage (counts are
summed, percentages cannot be), but one error per cell, each saying the column is summed,
misleads where the table has no total: the type is the column's, for all its rows. A row
with two or more count cells written as percentages is one error, at its first such cell,
that says so and what to do; a single such cell keeps the cell's own error
(`money.parse_count`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.case.money import written_as_percent
from generator.case.table_models import COUNT

FEWEST: int = 2
"""The fewest count cells written as percentages that make a row of percentages."""


def percent_cells(cells: Mapping[str, Any], kinds: Mapping[str, str | None]) -> list[str]:
    """The keys of a row's count cells written as percentages, where they make a row of
    percentages (`FEWEST` or more), else none."""
    found = [key for key, value in cells.items()
             if kinds.get(key) == COUNT and written_as_percent(value)]
    return found if len(found) >= FEWEST else []


def percent_row_message(row: str, written: list[str]) -> str:
    """The error for a row of percentages in count columns (row: as messages name it)."""
    said = ", ".join(f"'{value.strip()}'" for value in written)
    return (f"{row} har procent ({said}) i kolumner med 'typ: antal'; en kolumn har samma "
            "typ på alla sina rader, och antal summeras men procent kan inte läggas ihop; "
            "flytta raden till en egen tabell där kolumnerna har 'typ: tal', eller skriv "
            "procenten i texten")
