"""A warning at a formula whose products a table in kr rounds to whole kronor where that
loses what a reader of the table would miss (trial 72, F5: "Varav livsmedel (37 %)" of a
price of 22 kr per portion is 8,14 kr, shown as 8 kr without a word).

A product is rounded to whole kronor unless an amount it is made of has öre
(`TableSpec.product_steps`). That is right for the amounts of a decision (6 % of 116 634 kr),
but a small amount loses much: the warning stands where a row's product loses more than
`_LOST` of itself to the rounding, or where another amount column of the table carries öre
(a price list: 8,40 beside 8). It names the first such row, its formula with its figures and
what the rounding makes of it, and says how to keep the öre (`avrunda: ore`). A column
rounded down or up on purpose (`avrunda: nedat`, `uppat`), a row's figure the case states
itself and one a cap or floor sets are left alone, and so is a column rounded to whole
kronor by name (`avrunda: krona`): the case has said whole kronor (trial 86, F2).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Final

from generator.checks.chained_roundings import chain_message, chained_rows, formula_figures
from generator.checks.report import Reporter
from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    bare_header,
    decimals_shown,
    every_row,
    exact_figure,
    formula_text,
    rounded_to,
)
from generator.formatting import kr
from generator.problems import Problem

_LOST: Final = Decimal("0.005")
"""The share of a product its rounding may lose before a reader would miss it: half a
percent (0,14 kr of 8,14 kr is 1,7 %; 0,50 kr of 6 998,04 kr is none to speak of)."""
_ORE: Final = Decimal("0.01")
_NONE: Final[Mapping[str, str]] = MappingProxyType({})



def rounded_product_problems(table: TableResult, report: Reporter,
                             formulas: Mapping[str, str] = _NONE) -> list[Problem]:
    """A warning at the formula of each column whose rounding to whole kronor a reader
    would miss, or that reckons with another formula column's rounded figures where its
    exact ones give another figure. (formulas: the columns' formulas as written, by key.)"""
    spec = table.spec
    if spec.unit != "kr":
        return []
    problems = []
    for index, column in enumerate(spec.columns):
        if not _rounded_to_kronor(table, column):
            continue
        chained = chained_rows(table, column)
        lost = [] if chained else _lost(table, column)
        message = chain_message(table, column, chained, formulas) if chained else \
            _message(table, column, lost) if lost else ""
        if message:
            where = report.at((*spec.loc, "kolumner", index, "formel"))
            problems.append(report.problem(where, message, "varning"))
    return problems


def _rounded_to_kronor(table: TableResult, column: ColumnSpec) -> bool:
    """Whether a column's products are rounded half up to whole kronor without the case
    saying so (`avrunda: krona` does)."""
    spec = table.spec
    return (column.amount and column.multiplies and column.rounding == ROUND_HALF_UP
            and not column.nearest and spec.product_steps.get(column.key) == 1)


def _lost(table: TableResult, column: ColumnSpec) -> list[tuple[RowResult, Decimal]]:
    """The rows (not groups) whose product the rounding changes where a reader would miss
    it, each with its product to the öre."""
    ore_beside = _ore_beside(table, column)
    found = []
    for row, figure in formula_figures(table, column):
        exact = exact_figure(column, row.spec, row.amounts)
        if exact == figure or rounded_to(exact, 1) != figure:
            continue  # (products rounded each on their own are not this formula rounded)
        if ore_beside or abs(exact - figure) > _LOST * abs(exact):
            found.append((row, Decimal(rounded_to(exact, _ORE))))
    return found


def _ore_beside(table: TableResult, column: ColumnSpec) -> bool:
    """Whether another amount column of the table shows öre."""
    return any(decimals_shown((row.amounts[other.key] for row in every_row(table.rows)
                               if other.key in row.amounts), "kr") > 0
               for other in table.spec.amount_columns if other.key != column.key)


def _message(table: TableResult, column: ColumnSpec, lost: list[tuple[RowResult, Decimal]]
             ) -> str:
    """The warning: the first row's product, what it is shown as, and how to keep öre."""
    spec = table.spec
    row, exact = lost[0]
    shown = row.amounts[column.key]
    more = f" (och på {len(lost) - 1} rad till)" if len(lost) == 2 else \
        f" (och på {len(lost) - 1} rader till)" if len(lost) > 2 else ""
    return (f"kolumnen '{bare_header(column.title, spec.unit)}' avrundas till hela kronor: "
            f"{formula_text(column, spec, row.spec, row.amounts)} = {kr(exact)} visas som "
            f"{kr(shown)} för {row.spec.name}{more}; ska beloppen visas med ören, skriv "
            "'avrunda: ore' i kolumnen")

