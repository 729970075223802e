"""A formula column that reckons with another formula column, rounded (trial 86, F1).

"Inklusive moms" = `exkl * 125 %`, where "Exklusive moms" = `tid * belopp.timersattning /
60`, reckons with exkl as the table shows it, in whole kronor: 271 kr × 125 % = 338,75 kr,
shown as 339 kr, where a taxa reckoned in a spreadsheet from the exact 270,67 kr says 338 kr.
The table is right as it stands (every figure follows from the figures beside it), but a
published taxa is often not: a share, like the moms, is taken of the exact amount (a whole
number of the rounded one: twelve monthly arvoden of the month's as shown). So where a
column takes a share of another rounded formula column, `rounded_products` names the chain
and the one formula that reckons from the exact amount; this module finds those rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from typing import Final

from generator.compute.formula import Term
from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    TableSpec,
    bare_header,
    every_row,
    exact_figure,
    formula_text,
    rounded_to,
    uncapped,
)
from generator.formatting import Kronor, kr

_ORE: Final = Decimal("0.01")

Chained = tuple[RowResult, str, Decimal, Decimal]
"""A row whose figure reckoned from another formula column's exact figure differs: the row,
that column's key, its exact figure and the column's exact figure from it."""


@cache
def _name() -> re.Pattern[str]:
    """A column's name in a formula (not a named amount's, `belopp.x`)."""
    return re.compile(r"(?<![\w.])\w+(?![\w.])")


def rounded_operands(spec: TableSpec, column: ColumnSpec, row: RowResult
                     ) -> dict[str, Decimal]:
    """The exact figures of the formula columns the column's formula takes a share of on
    the row whose figure the row shows rounded, by key (none for a figure the case states,
    or a limit sets)."""
    read = {key for term in column.formula if _share_of(term) for key in term.read}
    exact: dict[str, Decimal] = {}
    for other in spec.columns:
        if other.key not in read or not (other.amount and other.multiplies) \
                or other.key not in row.amounts or other.key in row.spec.stated \
                or uncapped(spec, other, row.spec, row.amounts) is not None:
            continue
        figure = exact_figure(other, row.spec, row.amounts)
        if figure != row.amounts[other.key]:
            exact[other.key] = figure
    return exact


def _share_of(term: Term) -> bool:
    """Whether a term takes a share of its column, times a number that is no whole one
    ('exkl * 125 %'): a whole number repeats the figure shown ('manad * 12', twelve monthly
    payments of the arvode as the table shows it), so the rounded figure is the one meant."""
    return any(not factor.kind and not factor.amount and factor.value % 1 != 0
               for factor in term.factors)


def exact_chain(column: ColumnSpec, row: RowResult, operands: Mapping[str, Decimal]
                ) -> Decimal:
    """The column's formula over the exact figures of the columns it reads."""
    amounts: dict[str, Kronor] = {**row.amounts, **operands}
    return exact_figure(column, row.spec, amounts)


def one_formula(formulas: Mapping[str, str], key: str, operand: str) -> str:
    """The column's formula with the operand column's written into it, the division last
    ('tid * belopp.timersattning * 125 % / 60'), or '' where that cannot be written as one
    product (a sum, or a division in both)."""
    outer, inner = formulas.get(key, ""), formulas.get(operand, "")
    if not outer or not inner or any(sign in outer + inner for sign in "+-()"):
        return ""
    numerator, _, divisor = inner.partition("/")
    if divisor and "/" in outer:
        return ""
    names = [match for match in _name().finditer(outer) if match[0] == operand]
    if len(names) != 1:
        return ""
    joined = f"{outer[:names[0].start()]}{numerator.strip()}{outer[names[0].end():]}"
    return f"{joined} / {divisor.strip()}" if divisor else joined


def formula_figures(table: TableResult, column: ColumnSpec) -> Iterator[tuple[RowResult, Kronor]]:
    """Each row (not group) whose figure in `column` its formula gives as it stands: not
    stated by the case, nor raised or capped by a limit; with that figure."""
    for row in every_row(table.rows):
        figure = row.amounts.get(column.key)
        if not (row.children or figure is None or column.key in row.spec.stated
                or uncapped(table.spec, column, row.spec, row.amounts) is not None):
            yield row, figure


def chained_rows(table: TableResult, column: ColumnSpec) -> list[Chained]:
    """The rows (not groups) whose figure would be another in whole kronor were the formula
    columns it reads taken exact, not rounded as shown."""
    spec = table.spec
    found = []
    for row, figure in formula_figures(table, column):
        operands = rounded_operands(spec, column, row)
        exact = exact_chain(column, row, operands) if operands else None
        if exact is not None and rounded_to(exact, 1) != figure:
            key, value = next(iter(operands.items()))
            found.append((row, key, value, exact))
    return found


def chain_message(table: TableResult, column: ColumnSpec, chained: list[Chained],
                   formulas: Mapping[str, str]) -> str:
    """The warning: the first row's figure from the other column as shown and from its
    exact figure, and the one formula that reckons from the exact figure."""
    spec = table.spec
    row, key, operand, exact = chained[0]
    other = next(c for c in spec.columns if c.key == key)
    name = bare_header(other.title, spec.unit)
    shown = exact_figure(column, row.spec, row.amounts)
    one = one_formula(formulas, column.key, key)
    example = f": 'formel: {one}'" if one else f", med formeln för '{name}' i stället för {key}"
    more = f" (och på {len(chained) - 1} rad till)" if len(chained) == 2 else \
        f" (och på {len(chained) - 1} rader till)" if len(chained) > 2 else ""
    return (f"kolumnen '{bare_header(column.title, spec.unit)}' räknar med '{name}' som den "
            f"visas, avrundad till hela kronor: "
            f"{formula_text(column, spec, row.spec, row.amounts)} = "
            f"{kr(Decimal(rounded_to(shown, _ORE)))} visas som {kr(row.amounts[column.key])} "
            f"för {row.spec.name}, men från det exakta beloppet "
            f"{kr(Decimal(rounded_to(operand, _ORE)))} blir det {kr(rounded_to(exact, 1))}"
            f"{more}; ska kolumnen räknas från det exakta beloppet, som i ett kalkylblad, "
            f"skriv formeln i ett{example}; ska den räkna med beloppen som tabellen visar, "
            "skriv 'avrunda: krona' i kolumnen")
