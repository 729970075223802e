"""A warning for shares typed by hand: a `typ: tal` column of percentages that are shares.

A secretary who types each row's share of the total ("12,5 %") in a number column gets
shares that go silently wrong when an amount changes; a share column (`typ: andel`, `av`)
computes them. A number column is compared with the shares of the table's amount columns
when at least two of its cells are filled, every filled cell is a percentage and only
top-level rows fill it (a sub-row's share could be of its group or of the whole table).

* The amount column whose exact shares the cells fit best is taken (fewest cells off, then
  the least difference); a cell fits its exact share when it is at most one and a half steps
  of its own last decimal away: half a step for rounding it, one for rounding that makes the
  shares add up. A column with a negative amount, a total of 0 or no amount in a row whose
  cell is filled is no candidate.
* Every cell fits: a warning at the column's `typ`, the shares can be computed.
* Some cell does not, but the cells add up to 100 % within one step of each cell's last
  decimal, and more than half of them fit their rows' shares of one total (the present or
  an earlier one: shares typed before an amount changed): a warning at the first cell that
  does not fit, giving its exact share, and saying to keep `typ: tal` if the column is a
  key of its own.
* An amount column whose formula multiplies by the number column ('andel * belopp.ram') is
  no candidate: its amounts are computed from the typed shares (trial 75).
* Otherwise the percentages are not shares of these amounts (growth rates, interest rates,
  or a key of its own such as ownership shares next to the contributions, trial 23): no
  warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import NamedTuple

from generator.compute.shares import exact_share, percent
from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import Kronor, WrittenNumber, as_written, in_unit
from generator.problems import Finding

_SLACK = Fraction(3, 2)


class _Cell(NamedTuple):
    """A filled cell of the number column, with its row."""

    row: RowResult
    value: WrittenNumber

    @property
    def places(self) -> int:
        """How many decimals the cell was written with."""
        return self.value.places

    @property
    def step(self) -> Fraction:
        """One step of the cell's last decimal, in percent."""
        return Fraction(1, 10**self.places)


class _Fit(NamedTuple):
    """How the cells compare with one amount column's exact shares."""

    column: ColumnSpec
    total: Kronor
    off: tuple[int, ...]
    distance: Fraction


def typed_share_findings(result: TableResult) -> list[Finding]:
    """A warning for each number column of the table whose percentages are typed shares."""
    findings = []
    for index, column in enumerate(result.spec.columns):
        cells = _cells(result.rows, column.key) if column.number else []
        fits = [fit for amount in result.spec.amount_columns if not _reads(amount, column)
                and (fit := _fit(result, amount, cells)) is not None]
        if len(cells) < 2 or not fits:
            continue
        best = min(fits, key=lambda fit: (len(fit.off), fit.distance))
        if not best.off:
            findings.append(Finding((*result.spec.loc, "kolumner", index, "typ"),
                                    _computable(column, best.column, cells), "varning"))
        elif _adds_up(cells) and _mostly_shares(result, best.column, cells):
            cell = cells[best.off[0]]
            places = max(c.places for c in cells)
            findings.append(Finding((*cell.row.spec.loc, column.key),
                                    _wrong(column, best, cell, result.spec.unit, places),
                                    "varning"))
    return findings


def _reads(amount: ColumnSpec, column: ColumnSpec) -> bool:
    """Whether an amount column's formula reads the number column ('andel * belopp.ram'):
    its amounts follow the shares, so the shares are typed as they must be (trial 75)."""
    return any(term.key == column.key or any(f.written == column.key for f in term.factors)
               for term in amount.formula)


def _cells(rows: Sequence[RowResult], key: str) -> list[_Cell]:
    """The column's cells when every one is a percentage in a top-level row, else none."""
    cells = [_Cell(row, row.spec.numbers[key]) for row in rows if key in row.spec.numbers]
    nested = any(_filled_below(row.children, key) for row in rows)
    return [] if nested or not all(cell.value.percent for cell in cells) else cells


def _filled_below(rows: Sequence[RowResult], key: str) -> bool:
    """Whether any of the rows or their descendants fills the column."""
    return any(key in row.spec.numbers or _filled_below(row.children, key) for row in rows)


def _fit(result: TableResult, amount: ColumnSpec, cells: Sequence[_Cell]) -> _Fit | None:
    """How the cells compare with the amount column's shares, or None if it has none."""
    total = result.totals.get(amount.key, 0)
    amounts = [row.amounts.get(amount.key) for row in result.rows]
    if total <= 0 or any(a is not None and a < 0 for a in amounts) \
            or any(amount.key not in cell.row.amounts for cell in cells):
        return None
    gaps = [abs(_value(cell) - exact_share(cell.row.amounts[amount.key], total)) / cell.step
            for cell in cells]
    off = tuple(i for i, gap in enumerate(gaps) if gap > _SLACK)
    return _Fit(amount, total, off, sum(gaps, Fraction(0)))


def _value(cell: _Cell) -> Fraction:
    """The cell's exact value, in percent."""
    return Fraction(cell.value.value)


def _adds_up(cells: Sequence[_Cell]) -> bool:
    """Whether the cells add up to 100 % within one step of each cell's last decimal."""
    written = sum(map(_value, cells), Fraction(0))
    return abs(written - 100) <= sum((cell.step for cell in cells), Fraction(0))


def _mostly_shares(result: TableResult, amount: ColumnSpec, cells: Sequence[_Cell]) -> bool:
    """Whether most cells (more than half) fit their rows' shares of one total, this one or
    an earlier: then they are shares, gone wrong where an amount changed. A key of its own
    (ownership shares next to the contributions) fits no common total for most rows."""
    always = 0
    ends: list[tuple[Fraction, int]] = []  # (total, +1 where a cell starts fitting, -1 after)
    for cell in cells:
        kronor, slack = cell.row.amounts[amount.key], _SLACK * cell.step
        low, high = _value(cell) - slack, _value(cell) + slack
        if kronor == 0:
            always += low <= 0
            continue
        ends.append((Fraction(100 * kronor) / high, 1))
        if low > 0:
            ends.append((Fraction(100 * kronor) / low, -1))
    most = count = 0
    for _, change in sorted(ends, key=lambda end: (end[0], -end[1])):
        count += change
        most = max(most, count)
    return 2 * (always + most) > len(cells)


def _advice(amount: ColumnSpec, places: int, column: str = "") -> str:
    """How to let the column compute its shares (naming it, when given)."""
    decimals = f", 'decimaler: {places}'" if places != 1 else ""
    where = f" i kolumnen '{column}'" if column else ""
    return (f"skriv 'typ: andel' och 'av: {amount.key}'{decimals} i stället för 'typ: tal'"
            f"{where}, så räknas andelarna ut, följer beloppen och totalraden visar 100 %")


def _computable(column: ColumnSpec, amount: ColumnSpec, cells: Sequence[_Cell]) -> str:
    """The warning for a column whose every cell is its row's share of the amount column."""
    places = max(cell.places for cell in cells)
    return (f"kolumnen '{column.key}' har varje rads andel av '{amount.key}' inskriven för "
            f"hand, och den blir fel när ett belopp ändras; {_advice(amount, places)}")


def _wrong(column: ColumnSpec, fit: _Fit, cell: _Cell, unit: str, places: int) -> str:
    """The warning for a typed share that does not match the amounts, with the exact one."""
    amount = cell.row.amounts[fit.column.key]
    scaled = exact_share(amount, fit.total) * 10**cell.places
    shown = percent(int(scaled + Fraction(1, 2)), cell.places)
    return (f"andelen {as_written(cell.value)} stämmer inte med beloppen: "
            f"{in_unit(amount, unit)} av {in_unit(fit.total, unit)} är {as_written(shown)}; "
            f"{_advice(fit.column, places, column.key)}; är kolumnen en egen nyckel och inte "
            f"andelar av '{fit.column.key}', behåll 'typ: tal' och andelarna som de står "
            f"(kolumnens cell på totalraden är då tom)")


