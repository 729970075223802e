"""An amount column's lowest amount (`minst`, trial 50, F4): what a row may not go below.

A donationsfond may not pay out more than its rules allow: "Kvar till kommande år"
(`formel: utdelningsbart - utdelas`) must not be negative, and `minst: 0` on that column says
so. Every row without rows under it whose amount in the column, typed or computed, is lower is
an error at its cell (a computed one at its row), naming the row and the amount:

* for a column that subtracts one column from another, which of the two is too large
  ("Utdelas (255 000 kr) är mer än Utdelningsbart (225 000 kr)");
* for another formula, how it is computed;
* for a typed amount, to correct it.

`minst` is read as an amount in the table's unit, and belongs to an amount column only. A
group's and the total's figure are sums of rows already checked, and are not checked again.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.case.models import Case
from generator.case.money import AmountError, parse_in_unit
from generator.case.table_models import GeneralTable, TableColumn
from generator.checks.report import Reporter
from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    bare_header,
    every_row,
    formula_text,
)
from generator.formatting import Kronor, in_unit
from generator.problems import Loc, Problem


def floor_problems(case: Case, tables: Mapping[str, TableResult],
                   report: Reporter) -> list[Problem]:
    """An error for each `minst` that cannot stand, and for each row below one."""
    problems = []
    for index, table in enumerate(case.tabeller):
        loc: Loc = ("tabeller", index)
        result = tables.get(table.namn)
        if result is None or result.spec.loc != loc:
            continue
        for place, column in enumerate(table.kolumner):
            if column.minst is not None:
                problems += _column_problems(table, (*loc, "kolumner", place), column,
                                             result, report)
    return problems


def _column_problems(table: GeneralTable, at: Loc, column: TableColumn, result: TableResult,
                     report: Reporter) -> list[Problem]:
    """The problem of a column's `minst`, or the rows below it."""
    if column.typ != "belopp":
        return [report.problem(report.at((*at, "minst")), (
            f"'minst' gäller bara kolumner med 'typ: belopp', men '{column.namn}' har "
            f"'typ: {column.typ}'; ta bort 'minst' här"))]
    try:
        floor = parse_in_unit(column.minst, table.enhet)
    except AmountError as exc:
        return [report.problem(report.at((*at, "minst")), f"'minst': {exc.message}")]
    spec = next(c for c in result.spec.columns if c.key == column.namn)
    return [report.problem(report.at(row.spec.stated_locs.get(spec.key, row.spec.loc)),
                           _message(row, spec, floor, column.minst, result))
            for row in every_row(result.rows)
            if not row.children and row.amounts.get(spec.key, floor) < floor]


def _message(row: RowResult, column: ColumnSpec, floor: Kronor, written: object,
             result: TableResult) -> str:
    """The error for a row below the column's lowest amount (`written` as the case writes
    it): the row, its amount, and why."""
    unit = result.spec.unit
    limit = "negativt" if floor == 0 else f"lägre än {in_unit(floor, unit)}"
    said = (f"{bare_header(column.header, unit)} {'blir' if column.formula else 'är'} "
            f"{in_unit(row.amounts[column.key], unit)} på {row.spec.name}, men får inte vara "
            f"{limit} ('minst: {written}' i kolumnen)")
    if not column.formula:
        return f"{said}; rätta beloppet"
    if [term.sign for term in column.formula] == [1, -1] and not column.multiplies:
        plus, minus = (_term(term.key, row, result) for term in column.formula)
        return f"{said}: {minus} är mer än {plus}"
    return f"{said}: det räknas ut som {formula_text(column, result.spec)}"


def _term(key: str, row: RowResult, result: TableResult) -> str:
    """A column's figure on a row as a message names it: 'Utdelas (255 000 kr)'."""
    header = next(c.header for c in result.spec.columns if c.key == key)
    unit = result.spec.unit
    return f"{bare_header(header, unit)} ({in_unit(row.amounts.get(key, 0), unit)})"
