"""Rows computed from other rows of their table (`rad_formel`, read by `row_terms`).

Every amount and count column of such a row is the signed sum of the named rows' figures in
it (a row's figure, or a group's sum), exact: the figures are exact already, so nothing is
rounded and the row shows the unit's decimals its figures need. A column none of the named
rows has a figure in stays empty; one some of them have counts the others as 0. Some cells
are left as the row has them (`_left_to_row`): a count in a formula that multiplies, a price
per row beside summed figures, and a cell marked "–". A figure the
case types in the row is checked as a formula column's is ("angivet belopp … stämmer inte
med uträkningen Ram − Fördelat (1 000 tkr − 600 tkr) = 400 tkr"), by the same rounding rule
(`tables.judged`): in a table of rounded amounts one within half a step per figure is the
one shown. Such a row is in no sum: neither its group's nor the total (`RowSpec.summed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType

from generator.case.money import NO_AMOUNT
from generator.compute.stated import Mismatch, Rounding, compare
from generator.compute.tables import (
    NO_SCALE,
    ColumnSpec,
    RowFigures,
    RowResult,
    TableSpec,
    every_row,
    judged,
    level,
    step_of,
)
from generator.formatting import COUNT, Kronor, WrittenNumber, as_written
from generator.problems import Loc


def with_rows_computed(rows: tuple[RowResult, ...], spec: TableSpec,
                       mismatches: list[Mismatch], taken: set[Loc]) -> tuple[RowResult, ...]:
    """The rows, those with a row formula with their figures computed from the rows it
    names; the figures they state that differ go to `mismatches` (those rounding explains,
    in a table of rounded amounts, to `taken`)."""
    by_name = {row.spec.short: row for row in every_row(rows) if row.spec.short}
    computed: dict[Loc, Mapping[str, Kronor]] = {}
    for row in every_row(rows):
        stack = [row]
        while stack:  # (the rows each formula names first; `row_terms` refused rings)
            top = stack[-1]
            waiting = [by_name[name] for _, name in top.spec.row_formula or ()
                       if by_name[name].spec.row_formula and by_name[name].spec.loc
                       not in computed]
            if top.spec.loc in computed or not top.spec.row_formula:
                stack.pop()
            elif waiting:
                stack += waiting
            else:
                computed[top.spec.loc] = _figures(top, spec, by_name, computed, mismatches,
                                                  taken)
                stack.pop()
    return _replaced(rows, computed)


def _figures(row: RowResult, spec: TableSpec, by_name: Mapping[str, RowResult],
             computed: Mapping[Loc, Mapping[str, Kronor]], mismatches: list[Mismatch],
             taken: set[Loc]) -> Mapping[str, Kronor]:
    """A formula row's figures, each column's stated one checked."""
    terms = [(sign, by_name[name]) for sign, name in row.spec.row_formula or ()]
    named = [(sign, term, computed.get(term.spec.loc, term.amounts)) for sign, term in terms]
    amounts: dict[str, Kronor] = {}
    for column in spec.figure_columns:
        key = column.key
        if _left_to_row(column, row, spec):
            if key in row.spec.stated:  # (a figure the case types there stands as typed)
                amounts[key] = row.spec.stated[key]
            continue
        if not any(key in figures for _, _, figures in named):
            continue
        amounts[key] = _scaled(sum(sign * figures.get(key, 0) for sign, _, figures in named),
                               row.spec.row_scale)
        if key in row.spec.stated:
            mismatches += _checked(row, column, spec, named, amounts, taken)
    return MappingProxyType(amounts)


def _left_to_row(column: ColumnSpec, row: RowResult, spec: TableSpec) -> bool:
    """Whether a row formula leaves a column's cell as the row has it: a count where the
    formula multiplies or divides one row (60 timmar × 31,42 % is no count), a price per row
    (`summeras: nej`) in a table that sums other figures (85 kr × 31,42 % is no hourly wage,
    85 + 27 kr none either: trial 94, F11), and a cell the case marks "–" (no figure)."""
    return (row.spec.row_scale != NO_SCALE and column.counted) \
        or (not column.summed and any(other.summed for other in spec.figure_columns)) \
        or row.spec.words.get(column.key) == NO_AMOUNT[0]


def _checked(row: RowResult, column: ColumnSpec, spec: TableSpec,
             named: list[tuple[int, RowResult, Mapping[str, Kronor]]],
             amounts: dict[str, Kronor], taken: set[Loc]) -> list[Mismatch]:
    """A formula row's stated figure against the computed one, judged by the one rounding
    rule (a count is exact); in a table of rounded amounts one rounding explains is taken."""
    key, stated = column.key, row.spec.stated[column.key]
    loc = row.spec.stated_locs.get(key, row.spec.loc)
    found = compare(loc, level(spec, row.spec.name, column), stated, amounts[key])
    if found and not column.counted:
        figures = [figures[key] for _, _, figures in named if key in figures]
        rounding = Rounding(len(figures) + 1, step_of([stated, *figures], spec.unit))
        found, take = judged(spec, found, rounding)
        if take:
            amounts[key] = stated
            taken.add(loc)
    return [m._replace(formula=_written(named, column, spec, row.spec.row_scale),
                       unit=spec.unit_of(column), follows=_follows(row, key, named))
            for m in found]


def _follows(row: RowResult, key: str,
             named: list[tuple[int, RowResult, Mapping[str, Kronor]]]
             ) -> tuple[tuple[str, Kronor], ...]:
    """The rows of a formula row's terms, themselves computed from rows, whose figures the
    case states wrong and that its stated figure is right with (trial 92, F12: "Verksamhets-
    bidrag totalt" typed from a wrong "Regionala verksamhetsbidrag" is one slip, not two);
    () where it is wrong with them too, or none is."""
    wrong = {term.spec.loc: term.spec.stated[key] for _, term, figures in named
             if term.spec.row_formula and key in term.spec.stated
             and term.spec.stated[key] != figures.get(key)}
    as_stated = sum(sign * wrong.get(term.spec.loc, figures.get(key, 0))
                    for sign, term, figures in named)
    if not wrong or _scaled(as_stated, row.spec.row_scale) != row.spec.stated[key]:
        return ()
    return tuple((f"på raden '{term.spec.first_text or term.spec.short}'", wrong[term.spec.loc])
                 for _, term, _ in named if term.spec.loc in wrong)


def _scaled(figure: Kronor, scale: tuple[Decimal, Decimal]) -> Kronor:
    """A figure times and divided by a row formula's numbers (`row_scale`), rounded half up to
    whole kronor where that leaves öre beyond them (3 650 kr / 8 = 456,25 kr: 456 kr)."""
    times, divisor = scale
    if (times, divisor) == NO_SCALE:
        return figure
    exact = Decimal(figure) * times / divisor
    if exact == exact.to_integral_value():
        return int(exact)
    return int(exact.quantize(Decimal(1), ROUND_HALF_UP))


def _written(named: list[tuple[int, RowResult, Mapping[str, Kronor]]], column: ColumnSpec,
             spec: TableSpec, scale: tuple[Decimal, Decimal] = NO_SCALE) -> str:
    """A row formula in its rows' texts and their figures in the column: 'Ram − Fördelat
    (1 000 tkr − 600 tkr)', 'Intäkter + Kostnader (1 200 tkr + (−800 tkr))'."""
    kind = COUNT if column.counted else "belopp"
    names, figures = "", ""
    for sign, row, amounts in named:
        joint = "" if not names and sign > 0 else " − " if sign < 0 else " + "
        names += joint + (row.spec.first_text or row.spec.short)
        figure = RowFigures(row.spec, amounts, spec.unit).cell(column.key, kind)
        figures += joint + (f"({figure})" if joint and figure.startswith("−") else figure)
    times, divisor = scale
    said = (f" × {as_written(WrittenNumber(times))}" if times != 1 else "") + \
        (f" / {as_written(WrittenNumber(divisor))}" if divisor != 1 else "")
    return f"{names}{said} ({figures}{said})"


def _replaced(rows: tuple[RowResult, ...],
              computed: Mapping[Loc, Mapping[str, Kronor]]) -> tuple[RowResult, ...]:
    """The rows, each formula row with its computed figures."""
    return tuple(row._replace(amounts=computed.get(row.spec.loc, row.amounts),
                              children=_replaced(row.children, computed))
                 for row in rows)
