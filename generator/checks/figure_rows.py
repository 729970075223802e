"""The row a named figure is printed on, as messages about amounts in text name it.

A figure of a general table is named by its row as the table checks name it
(`compute.presets.row_name`): "raden 'Karlshamn'", or for a group's figure printed on its
subtotal row "delsumman 'Summa' under 'Kommunstyrelse'" (trial 35: the text check said
"raden 'Kommunstyrelse'", a row that prints no such figure). A split's figure is named by the
split and its party: "uppdelningen 'partistod', parten 'Socialdemokraterna'", or for the
split's own "summan av uppdelningen 'partistod'". Any other figure in a row with a text (a
seed's area) is named by that text, by the same function.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, Final

from generator.checks.fee_columns import fee_word
from generator.compute.presets import UNNAMED_ROW, row_name
from generator.compute.prose_figures import row_label
from generator.compute.tables import RowResult, TableResult
from generator.formatting import Kronor


@cache
def _table_row_pattern() -> re.Pattern[str]:
    """The name of a figure in a row of a general table: `tabeller.drift.rader[0].rader[2].b25`."""
    return re.compile(r"tabeller\.(?P<table>[^.\[\]]+)(?P<rows>(?:\.rader\[\d+\])+)\.[^.\[\]]+")


_ROW_INDEX = re.compile(r"\[(\d+)\]")


@cache
def _split() -> re.Pattern[str]:
    """The name of a split's figure: `uppdelningar.partistod.summa`, `….parter[0].belopp`."""
    return re.compile(
        r"uppdelningar\.(?P<split>[^.\[\]]+)(?P<party>\.parter\[\d+\])?\.(?P<key>\w+)")


_SPLIT_FIGURES: Final = {
    "summa": ", summan av uppdelningen '{}'",
    "grundbelopp": ", grundbeloppet i uppdelningen '{}'",
    "rest": ", resten som fördelas efter metoden i uppdelningen '{}'",
    "per_vikt": ", beloppet per viktenhet i uppdelningen '{}'",
}
"""How a split's own figure is named, by its key."""
_PARTY_FIGURES: Final = {"fordelat": ", fördelat efter metoden", "grundbelopp": ", grundbeloppet"}
"""What a party's figure other than its whole amount (`belopp`) is, after the party."""


def on_row(name: str, tree: dict[str, Any], tables: Mapping[str, TableResult]) -> str:
    """' på raden 'Musikföreningar'' or ' i delsumman 'Summa' under 'Kommunstyrelse'' for a
    figure printed on a row that messages can name, else nothing."""
    if name.startswith("uppdelningar."):
        return _in_split(name, tree)
    row = _table_row(name, tables)
    if row is not None:
        named = row.spec.name
    else:
        label = row_label(tree, name)
        named = row_name(label) if label else UNNAMED_ROW
    if named == UNNAMED_ROW:
        return ""
    return f" {'på' if named.startswith(UNNAMED_ROW) else 'i'} {named}"


def _in_split(name: str, tree: dict[str, Any]) -> str:
    """' i uppdelningen 'partistod', parten 'Socialdemokraterna'' for a party's figure,
    ', summan av uppdelningen 'partistod'' for the split's own (nothing for another name)."""
    match = _split().fullmatch(name)
    if match is None:
        return ""
    split, key = match["split"], match["key"]
    if not match["party"]:
        return _SPLIT_FIGURES.get(key, "").format(split)
    party = row_label(tree, name)
    return (f" i uppdelningen '{split}', parten '{party}'{_PARTY_FIGURES.get(key, '')}"
            if party else "")


def figure_word(name: str, figure: Kronor, tables: Mapping[str, TableResult]) -> str:
    """How a message calls a figure: "tabellens" where a row of a general table shows it as
    typed (trial 44, F8: a price typed from the source is no computed figure), "den angivna
    totalen" for a table's stated total of rounded amounts that its rows do not add up to
    (`avrundat`, trial 73, F3), else "det beräknade"."""
    if rows_sum(name, tables) is not None:
        return "den angivna totalen"
    row = _table_row(name, tables)
    typed = row is not None and row.spec.stated.get(name.rsplit(".", 1)[-1]) == figure
    return "tabellens" if typed else "det beräknade"


def rows_sum(name: str, tables: Mapping[str, TableResult]) -> Kronor | None:
    """What the rows add up to where a figure is a table's total that the case states and
    the rows do not add up to (`avrundat: true`, `TableResult.parts`), else None."""
    match = _table_total_pattern().fullmatch(name)
    table = tables.get(match["table"]) if match else None
    if match is None or table is None:
        return None
    key = match["key"]
    if key == "summa":
        key = table.spec.total_column.key if table.spec.total_column else ""
    parts = table.parts.get(key)
    return parts if parts is not None and parts != table.totals.get(key) else None


@cache
def _table_total_pattern() -> re.Pattern[str]:
    """The name of a general table's total: `tabeller.drift.b2011`, `tabeller.drift.summa`."""
    return re.compile(r"tabeller\.(?P<table>[^.\[\]]+)\.(?P<key>[^.\[\]]+)")


def fee_name(name: str, tables: Mapping[str, TableResult]) -> str:
    """The word for a price or limit that the column of a figure in a general table names,
    or else the header of its table's first column ('avgift' for a fee under "Avgift"), as
    a name to state an amount equal to it by (trial 77, F6: 'ram' is no name for a fee);
    '' for a figure of any other column or no table."""
    match = _table_row_pattern().fullmatch(name)
    table = tables.get(match["table"]) if match else None
    if match is None or table is None:
        return ""
    key = name.rsplit(".", 1)[1]
    headers = [c.header for c in table.spec.columns if c.key == key]
    return next((word for header in [*headers, *(c.header for c in table.spec.columns[:1])]
                 if (word := fee_word(header))), "")


def _table_row(name: str, tables: Mapping[str, TableResult]) -> RowResult | None:
    """The row of a general table a figure's name leads to, or None for any other figure."""
    match = _table_row_pattern().fullmatch(name)
    table = tables.get(match["table"]) if match else None
    if match is None or table is None:
        return None
    rows, row = table.rows, None
    for index in map(int, _ROW_INDEX.findall(match["rows"])):
        if index >= len(rows):
            return None
        row = rows[index]
        rows = row.children
    return row
