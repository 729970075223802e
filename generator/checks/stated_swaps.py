"""A named amount under `belopp:` that is a computed table figure with two digits swapped
(trial 58, F1).

A taxa computes its maxtaxa from the prisbasbelopp (`formel: pbb * andel / 12` = 2 089 kr)
and names the same amount under `belopp: {maxavgift: 2098}`, typed with two digits swapped,
for its text and for `hogst: belopp.maxavgift`: the text then says 2 098 kr above a table
showing 2 089 kr, and the cap is 2 098 kr. A named amount of four significant digits or
more (`SLIP_DIGITS`, as amounts in text) that is exactly one figure of a formula column
with two neighbouring digits swapped (`digit_swaps.is_digit_swap`), and is no figure of a
formula column itself, is a warning at the named amount. A figure at its column's `hogst`
or `lagst` is the limit, not what the formula computes, and is compared with neither.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.case.models import Case
from generator.checks.figure_rows import figure_word, on_row
from generator.checks.literal_amounts_swaps import SLIP_DIGITS
from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.digit_swaps import is_digit_swap
from generator.formatting import Kronor, WrittenNumber, kr
from generator.problems import Problem


def stated_swap_problems(case: Case, tables: Mapping[str, TableResult], tree: dict[str, Any],
                         report: Reporter) -> list[Problem]:
    """A warning for each named amount that is a computed table figure with two digits
    swapped."""
    computed = dict(_computed(tables))
    problems = []
    for name, stated in case.belopp.items():
        amount = _kronor(stated)
        if amount is None or amount in computed.values() or not _long(amount):
            continue
        swaps = {figure: figure_name for figure_name, figure in computed.items()
                 if is_digit_swap(amount, figure)}
        if len(swaps) == 1:
            [(figure, figure_name)] = swaps.items()
            problems.append(report.problem(report.at(("belopp", name)), _message(
                name, amount, (figure_name, figure), tables, tree), "varning"))
    return problems


def _kronor(stated: Kronor | WrittenNumber) -> Kronor | None:
    """A named amount in kronor, or None for a percentage."""
    return None if isinstance(stated, WrittenNumber) else stated


def _long(amount: Kronor) -> bool:
    """Whether an amount has enough significant digits for a swap to be read as a slip."""
    return len(str(abs(int(amount))).rstrip("0")) >= SLIP_DIGITS


def _computed(tables: Mapping[str, TableResult]) -> Iterator[tuple[str, Kronor]]:
    """Each figure a formula column computes on a row, by the name text gives it, except
    those at the column's limit."""
    for table, result in tables.items():
        derived = [c for c in result.spec.columns if c.formula]
        for index, row in enumerate(result.rows) if derived else ():
            yield from _row_figures(f"tabeller.{table}.rader[{index}]", row, derived)


def _row_figures(prefix: str, row: RowResult,
                 derived: list[ColumnSpec]) -> Iterator[tuple[str, Kronor]]:
    """The formula figures of a row and its children, by name."""
    for column in derived:
        figure = row.amounts.get(column.key)
        if figure is not None and figure not in (column.cap_on(row.amounts), column.floor):
            yield f"{prefix}.{column.key}", figure
    for index, child in enumerate(row.children):
        yield from _row_figures(f"{prefix}.rader[{index}]", child, derived)


def _message(name: str, amount: Kronor, figure: tuple[str, Kronor],
             tables: Mapping[str, TableResult], tree: dict[str, Any]) -> str:
    """The warning: the named amount, the figure it is a swap of, and where that is."""
    figure_name, value = figure
    table = figure_name.split(".")[1]
    shown, word = kr(value), figure_word(figure_name, value, tables)
    return (f"ärendets belopp '{name}' ({kr(amount)}) är inget belopp som tabellerna räknar "
            f"ut, men med två siffror omkastade stämmer det med {word} {shown}"
            f"{on_row(figure_name, tree, tables)} i tabellen '{table}'; menar ärendet "
            f"det beloppet, rätta beloppet ({shown} i stället för {kr(amount)}?)")
