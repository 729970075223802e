"""A warning where text names the total of a table that prints none and whose amounts are
rounded each (trial 71, F6).

In a table with `totalt: false` and `avrundat: true` (Vårgårda's investeringsredovisning,
with delsummor only), `{{ tabeller.inv.avvikelse }}` printed "62,2 mnkr": the column's total
from the computed figures, which no row of the document shows, and which the rows as they
stand (62,3) or the subtotals shown (62,1) do not add up to. The reader cannot find it, so
the text says a figure the document does not back. Without `avrundat` the total is the exact
sum of the rows shown, and text may name it.

Nor does a table without a total row that ends with its own sum, a row formula adding rows
("Summa avgift", `rad_formel: lov + start + red`, with a deduction `red` the total leaves out:
trial 86, F5b): `{{ tabeller.avgift.summa }}` is still the total of the rows without a row
formula, 11 000 kr, where the table's last row says 9 680 kr. Where the two differ, the
reference gets a warning that names the row's figure and how text names it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, RowResult, TableResult
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
    hidden = {name: table for name, table in tables.items() if table.spec.total_label is None
              and (table.spec.rounded or _sum_row(table) is not None)}
    if not hidden:
        return []
    problems = []
    for loc, text in texts.items():
        for reference in _REFERENCE.finditer(text) if "tabeller." in text else ():
            for match in _column_total().finditer(text, reference.start(), reference.end()):
                table = hidden.get(match[1])
                message = None if table is None else \
                    _message(match.group(), match[1], match[2], table)
                if message is not None:
                    where = report.in_text(loc, text, match.start(), match.group())
                    problems.append(report.problem(where, message, "varning"))
    return problems


def _message(reference: str, name: str, key: str, table: TableResult) -> str | None:
    """The warning for a reference to column `key`'s total (`summa`: the first's), or None
    for a name that is no summed column's total, or a total the table's own sum row says."""
    column = table.spec.total_column if key == "summa" else next(
        (c for c in table.spec.summed_columns if c.key == key and not c.counted), None)
    if column is None or column.key not in table.totals:
        return None
    total = in_unit(table.totals[column.key], table.spec.unit,
                    decimals=table.decimals.get(column.key))
    if not table.spec.rounded:
        return _sum_row_message(reference, name, column, total, table)
    return (f"{{{{ {reference} }}}} skriver tabellens total {total}, men tabellen har ingen "
            "totalrad ('totalt: false') och beloppen är avrundade var för sig, så talet står "
            "inte i dokumentet och går inte att räkna fram ur raderna; ta bort 'totalt: false' "
            "så står totalen på totalraden, eller hänvisa till en rad eller delsumma som "
            "tabellen visar")


def _sum_row_message(reference: str, name: str, column: ColumnSpec, total: str,
                     table: TableResult) -> str | None:
    """The warning for a total that the table's last row, its own sum, does not say (None
    where it says it, or has no figure in the column)."""
    index, row = _sum_row(table) or (0, None)
    if row is None or column.key not in row.amounts \
            or row.amounts[column.key] == table.totals[column.key]:
        return None
    figure = in_unit(row.amounts[column.key], table.spec.unit,
                     decimals=table.decimals.get(column.key))
    where = row.spec.short or f"[{index}]"
    path = f"rader.{where}" if row.spec.short else f"rader{where}"
    return (f"{{{{ {reference} }}}} skriver summan av de rader som inte räknas ut med "
            f"'rad_formel', {total}, men tabellen har ingen totalrad ('totalt: false') och "
            f"slutar med raden '{row.spec.first_text or row.spec.short}', {figure}; menar "
            f"texten den raden, skriv {{{{ tabeller.{name}.{path}.{column.key} }}}}")


def _sum_row(table: TableResult) -> tuple[int, RowResult] | None:
    """The table's last row, with its place, where it adds two or more rows and subtracts
    none (`rad_formel: lov + start + red`): the table's own sum."""
    if not table.rows:
        return None
    row = table.rows[-1]
    terms = row.spec.row_formula or ()
    adds = row.spec.is_result and len(terms) > 1 and all(sign > 0 for sign, _ in terms)
    return (len(table.rows) - 1, row) if adds else None
