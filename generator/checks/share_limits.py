"""A ratio or share column's lowest and highest percentage (trial 79, F4).

Regionala projektmedel (1:1) may be at most 50 % of a project's budget: a ratio column
('typ: kvot', 'taljare: rus', 'namnare: total') with 'hogst: "50 %"' says so, and a row
above it is an error naming the row, its percentage and the two amounts it is computed from,
so a project at 56 % no longer passes. A share column ('typ: andel', each row's share of the
column's total) takes a limit alike ("no party more than 30 %").

Nothing computes such a column's figure from its limit, as a formula column's amount is
capped at its `hogst`: the percentage follows from amounts the case types. So `hogst`,
`lagst` and `minst` are all checks here, as `hogst` is on an amount column without a
formula. A limit is a percentage, written with "%" ('hogst: "50 %"') or one the case states
by name ('hogst: belopp.stodandel' for 'stodandel: "50 %"'). A row is compared by its exact
percentage, not the rounded one it prints: 50,4 % is above 50 % though the column shows
"50 %", and the message then gives the decimals that show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from generator.case.money import AmountError, parse_number
from generator.case.table_models import TableColumn
from generator.checks.report import Reporter
from generator.compute.formula import NAMED
from generator.compute.tables import ColumnSpec, RowResult, TableResult, bare_header, every_row
from generator.formatting import COUNT, Kronor, WrittenNumber, as_written, in_unit
from generator.problems import Loc, Problem

_MOST_PLACES = 4
"""The most decimals a message gives a percentage that rounds to its limit."""


def share_limit_problems(column: TableColumn, at: Loc, written: Mapping[str, object],
                         result: TableResult, named: Mapping[str, Kronor | WrittenNumber],
                         report: Reporter) -> list[Problem]:
    """An error for each limit of a ratio or share column that is no percentage, else for
    each row beyond one."""
    limits: dict[str, Decimal] = {}
    problems = []
    for key, value in written.items():
        try:
            limits[key] = _percentage(value, named)
        except AmountError as exc:
            problems.append(report.problem(report.at((*at, key)), f"'{key}': {exc.message}"))
    if problems:
        return problems
    spec = next(c for c in result.spec.columns if c.key == column.namn)
    for row in every_row(result.rows):
        figures = None if row.children else _figures(row, spec, result)
        if figures is None:
            continue
        for key, limit in limits.items():
            exact = Decimal(figures[0] * 100) / Decimal(figures[1])
            if exact > limit if key == "hogst" else exact < limit:
                where = row.spec.stated_locs.get(figures[2], row.spec.loc)
                problems.append(report.problem(report.at(where), _message(
                    (row, spec, figures), (key, written[key], limit, exact), result)))
    return problems


def _percentage(value: object, named: Mapping[str, Kronor | WrittenNumber]) -> Decimal:
    """A limit as a percentage (50 for 50 %), or AmountError saying how to write one."""
    written = value.strip() if isinstance(value, str) else value
    if isinstance(written, str) and written.startswith(NAMED):
        figure = named.get(written.removeprefix(NAMED))
        if isinstance(figure, WrittenNumber) and figure.percent:
            return figure.value
        raise AmountError(f"'{written}' är ingen av ärendets procentsatser; skriv "
                          "procentsatsen med procenttecken, t.ex. \"50 %\", eller under "
                          "'belopp:', t.ex. 'stodandel: \"50 %\"'")
    try:
        number = parse_number(written)
    except AmountError:
        number = None
    if number is None or not number.percent:
        raise AmountError("kolumnen visar procent, så skriv gränsen som en procentsats med "
                          "procenttecken, t.ex. 'hogst: \"50 %\"'")
    return number.value


def _figures(row: RowResult, column: ColumnSpec,
             result: TableResult) -> tuple[Kronor, Kronor, str] | None:
    """The amounts a row's percentage is of (part, whole) and the column of the part; None
    where the row has none (no amount, or a whole of 0)."""
    if column.share_of:
        part, whole = row.amounts.get(column.share_of), result.totals.get(column.share_of)
        key = column.share_of
    elif column.change:
        key = column.change[1]
        part, whole = row.amounts.get(key), row.amounts.get(column.change[0])
    else:
        return None
    return None if part is None or not whole else (part, whole, key)


def _message(figures: tuple[RowResult, ColumnSpec, tuple[Kronor, Kronor, str]],
             bound: tuple[str, object, Decimal, Decimal], result: TableResult) -> str:
    """The error for a row beyond the column's limit: the row, its percentage, the amounts
    it is computed from (counts without a unit), and the limit as written."""
    row, column, (part, whole, key) = figures
    name, written, limit, exact = bound
    headers = {c.key: bare_header(c.header, result.spec.unit) for c in result.spec.columns}
    unit = next(result.spec.unit_of(c) for c in result.spec.columns if c.key == key)
    of = headers[column.change[0]] if column.change and not column.share_of \
        else f"summan av {headers[key]}"
    beyond = "lägre" if name in ("minst", "lagst") else "högre"
    shown = as_written(WrittenNumber(limit, percent=True))
    return (f"{headers[column.key]} är {_shown(exact, limit, column.places)} på "
            f"{row.spec.name} ({headers[key]} {in_unit(part, unit)} av {of} "
            f"{in_unit(whole, unit)}), men får inte vara {beyond} än {shown} "
            f"('{name}: {written}' i kolumnen); rätta "
            f"{'antalen' if unit == COUNT else 'beloppen'}")


def _shown(exact: Decimal, limit: Decimal, places: int) -> str:
    """A percentage with the column's decimals, or as many more as show it is not its
    limit: 50,4 % beside a limit of 50 %, not "50 %"."""
    for shown_places in range(places, _MOST_PLACES + 1):
        shown = exact.quantize(Decimal(1).scaleb(-shown_places), rounding=ROUND_HALF_UP)
        if shown != limit:
            break
    return as_written(WrittenNumber(shown, percent=True))
