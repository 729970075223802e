"""An amount column's lowest and highest amount (`minst`, trial 50, F4; `hogst`, trial 52, F6;
`lagst`, trial 63, F1).

A donationsfond may not pay out more than its rules allow: "Kvar till kommande år"
(`formel: utdelningsbart - utdelas`) must not be negative, and `minst: 0` on that column says
so. Every row without rows under it whose amount in the column, typed or computed, is lower is
an error at its cell (a computed one at its row), naming the row and the amount:

* for a column that subtracts one column from another and may not be negative, which of the
  two is too large ("Utdelas (255 000 kr) är mer än Utdelningsbart (225 000 kr)");
* for another formula, how it is computed;
* for a typed amount, to correct it.

A maxtaxa is "3 % av inkomsten, men högst 1 688 kr": `hogst: 1688` on a formula column caps
each row's figure (`compute.tables`), so no computed figure is higher; a typed amount that
is higher is an error as one below `minst` is. A färdtjänst fee is "35 procent, dock lägst
50 kr": `lagst: 50` raises each row's figure as `hogst` lowers it (one rule for both,
`ColumnSpec.within`). `minst` raises nothing: a fund that pays out more than it has must
show the overspend, so a formula column's figure below it is an error, which for a formula
that multiplies (a fee, not a remainder), or for `minst: 0` ("men aldrig under 0"), says how
a floor is written where one is meant.

Each limit is read as an amount in the table's unit or one of the case's named amounts
(`compute.column_limits`), and belongs to an amount column only; neither `minst` nor
`lagst` may be higher than `hogst`. A group's and the total's figure are sums of rows already
checked, and are not checked again.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator.case.models import Case
from generator.case.money import AmountError
from generator.case.table_models import RATIO, GeneralTable, TableColumn
from generator.checks.report import Reporter
from generator.checks.share_limits import share_limit_problems
from generator.compute.column_limits import cap_column, column_limit
from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    every_row,
    formula_text,
    term_name,
)
from generator.formatting import Kronor, in_unit
from generator.problems import Loc, Problem

_KEYS = ("minst", "lagst", "hogst")
_PERCENTAGES = (RATIO, "andel")
"""The kinds of column whose limits are percentages, checked by `share_limits`."""
_LOWEST = ("minst", "lagst")
"""The keys whose limit no row's figure may be below (the others': above)."""


def limit_problems(case: Case, tables: Mapping[str, TableResult],
                   report: Reporter) -> list[Problem]:
    """An error for each `minst` or `hogst` that cannot stand, and for each row beyond one."""
    problems = []
    for index, table in enumerate(case.tabeller):
        loc: Loc = ("tabeller", index)
        result = tables.get(table.namn)
        if result is None or result.spec.loc != loc:
            continue
        for place, column in enumerate(table.kolumner):
            if any(getattr(column, key) is not None for key in _KEYS):
                problems += _column_problems(case, (*loc, "kolumner", place),
                                             (table, column), result, report)
    return problems


def _column_problems(case: Case, at: Loc, place: tuple[GeneralTable, TableColumn],
                     result: TableResult, report: Reporter) -> list[Problem]:
    """The problems of a column's `minst`, `lagst` and `hogst`, or the rows beyond them."""
    table, column = place
    written = {key: getattr(column, key) for key in _KEYS if getattr(column, key) is not None}
    if column.typ in _PERCENTAGES:
        return share_limit_problems(column, at, written, result, case.belopp, report)
    if column.typ != "belopp":
        return [report.problem(report.at((*at, key)), (
            f"'{key}' gäller bara kolumner med 'typ: belopp', 'typ: kvot' eller 'typ: andel', "
            f"men '{column.namn}' har "
            f"'typ: {column.typ}'; ta bort '{key}' här")) for key in written]
    limits: dict[str, Kronor] = {}
    problems = []
    unread = False
    spec = next(c for c in result.spec.columns if c.key == column.namn)
    for key, value in written.items():
        try:
            if key == "hogst" and _cap_column(table, column, strict=True):
                continue
            limits[key] = column_limit(value, result.spec.unit, case.belopp,
                                       [c.key for c in result.spec.columns])
        except AmountError as exc:
            unread = True
            if key == "minst" or not column.formel:  # (a cap the table's reading reported)
                problems.append(report.problem(report.at((*at, key)),
                                               f"'{key}': {exc.message}"))
    if unread:
        return problems
    crossed = [key for key in _LOWEST if key in limits and "hogst" in limits
               and limits[key] > limits["hogst"]]
    if crossed:
        unit = result.spec.unit
        return [report.problem(report.at((*at, "hogst")), (
            f"'{key}: {written[key]}' ({in_unit(limits[key], unit)}) är högre än "
            f"'hogst: {written['hogst']}' ({in_unit(limits['hogst'], unit)}), så inget "
            "belopp i kolumnen kan stämma; rätta den ena")) for key in crossed]
    per_row = _cap_column(table, column)
    return [report.problem(report.at(row.spec.stated_locs.get(spec.key, row.spec.loc)),
                           _message(row, spec, (key, written[key], limit), result))
            for row in every_row(result.rows) if not row.children and spec.key in row.amounts
            for key, limit in _row_limits(limits, per_row, row)
            if (row.amounts[spec.key] < limit if key in _LOWEST else
                row.amounts[spec.key] > limit)]


def _cap_column(table: GeneralTable, column: TableColumn, strict: bool = False) -> str:
    """The amount column `hogst` names as each row's highest amount, or '' where it names
    none, or one that cannot be: AmountError saying why if `strict`."""
    kinds = {c.namn: c.typ for c in table.kolumner}
    try:
        return cap_column(column.hogst, column.namn, kinds,
                          {c.namn for c in table.kolumner if c.formel})
    except AmountError:
        if strict:
            raise
        return ""


def _row_limits(limits: Mapping[str, Kronor], per_row: str,
                row: RowResult) -> Iterator[tuple[str, Kronor]]:
    """A row's limits: the column's own, and its highest from the column `per_row` names
    (none where the row has no amount there)."""
    yield from limits.items()
    if per_row and per_row in row.amounts:
        yield "hogst", row.amounts[per_row]


def _message(row: RowResult, column: ColumnSpec, bound: tuple[str, object, Kronor],
             result: TableResult) -> str:
    """The error for a row beyond the column's limit (`bound`: its key, as the case writes
    it, and in kronor): the row, its amount, and why."""
    key, written, limit = bound
    unit = result.spec.unit
    beyond = "negativt" if key == "minst" and limit == 0 else \
        f"{'lägre' if key in _LOWEST else 'högre'} än {in_unit(limit, unit)}"
    said = (f"{term_name(column.header, unit)} {'blir' if column.formula else 'är'} "
            f"{in_unit(row.amounts[column.key], unit)} på {row.spec.name}, men får inte vara "
            f"{beyond} ('{key}: {written}' i kolumnen)")
    if not column.formula:
        return f"{said}; rätta beloppet"
    if beyond == "negativt" and [t.sign for t in column.formula] == [1, -1] \
            and not column.multiplies and not column.fixed:
        plus, minus = (_term(term.key, row, result) for term in column.formula)
        return f"{said}: {minus} är mer än {plus}{_zero_floor(key, limit)}"
    floor = (f"; skriv 'lagst: {written}' om beloppet ska bli minst {in_unit(limit, unit)}"
             if key == "minst" and limit > 0 and column.multiplies else _zero_floor(key, limit))
    return f"{said}: det räknas ut som {formula_text(column, result.spec)}{floor}"


def _zero_floor(key: str, limit: Kronor) -> str:
    """For `minst: 0` on a formula column, how a floor that raises the row to 0 is written
    (trial 97, F2: "kompensation, men aldrig under 0" is `lagst: 0`, which a secretary
    reaches for as `minst: 0`)."""
    if key != "minst" or limit != 0:
        return ""
    return ("; ska raden i stället få 0 (\"men aldrig under 0\"), skriv 'lagst: 0' i "
            "stället för 'minst: 0'")


def _term(key: str, row: RowResult, result: TableResult) -> str:
    """A column's figure on a row as a message names it (`term_name`): 'Utdelas (255 000
    kr)'."""
    header = next(c.header for c in result.spec.columns if c.key == key)
    unit = result.spec.unit
    return f"{term_name(header, unit)} ({in_unit(row.amounts.get(key, 0), unit)})"
