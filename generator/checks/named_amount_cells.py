"""A warning at a table cell typed with a slip of one of the case's named amounts, in a
column whose other cells are those amounts (trial 92, F9).

A decision fixes a price under `belopp:` (`hyra_forening: 650`, `hyra_foretag: 1150`) and
its table repeats the price on each row, per category, so that no column formula can hold
it; one row typed `pris: 560` (650 with two digits swapped) gives a wrong årshyra and total,
and nothing in the table disagrees. A column is read so when most of its typed cells equal
one of the case's named amounts in kronor exactly:

* a price column (`summeras: nej`, or a table without a total row): at least `FEW_EXACT`
  cells, and at most one cell in `ODD_SHARE` of them other;
* a summed column: at least `FEW_EXACT` cells, and all but one.

A cell that is none of them is warned about where it is a slip of exactly one named amount
(of those the column has, where several are): two neighbouring digits swapped or one digit
changed (`digit_swaps`; a changed digit only in an amount of `SLIP_DIGITS` significant
digits or more, as the text checks read one), or a digit too few or too many as they read it
(`literal_amounts_digits.count_slips`). A column whose cells differ freely, as tenants' own
prices do, is left alone, and so is a cell that differs from every named amount by more.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal

from generator.case.models import Case
from generator.case.money import UNIT_EXPONENT
from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts_digits import count_slips, digit_count_slip
from generator.checks.literal_amounts_swaps import SLIP_DIGITS
from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, RowResult, TableResult, bare_header, every_row
from generator.digit_swaps import is_digit_swap, is_one_digit_changed
from generator.formatting import Kronor, WrittenNumber, in_unit, kr
from generator.problems import Problem

FEW_EXACT = 3
"""The fewest cells of a column that must equal a named amount for it to be read."""
ODD_SHARE = 3
"""How many exact cells a price column needs for each cell that is no named amount."""


def named_amount_cell_problems(case: Case, tables: Mapping[str, TableResult],
                               report: Reporter) -> list[Problem]:
    """A warning at each typed cell that is a slip of one of the case's named amounts, in a
    column whose other cells are mostly those amounts."""
    named = _named(case.belopp)
    if not named:
        return []
    problems = []
    for table in tables.values():
        for column in table.spec.amount_columns:
            if column.formula:
                continue
            cells = list(_cells(table, column))
            odd = [(row, typed) for row, typed in cells if typed not in named]
            if not _read(table, column, len(cells) - len(odd), len(odd)):
                continue
            present = {typed for _, typed in cells if typed in named}
            for row, typed in odd:
                found = _slip_of(typed, named, present, table.spec.unit)
                if found is not None:
                    problems.append(_warning(report, table, column, row, found,
                                             (len(cells) - len(odd), len(cells) - 1)))
    return problems


def _named(belopp: Mapping[str, Kronor | WrittenNumber]) -> dict[Kronor, str]:
    """The case's named amounts in kronor (not its percentages, nor nothing), by amount: the
    first name where two share one."""
    found: dict[Kronor, str] = {}
    for name, value in belopp.items():
        if not isinstance(value, WrittenNumber) and value:
            found.setdefault(value, name)
    return found


def _cells(table: TableResult, column: ColumnSpec) -> Iterator[tuple[RowResult, Kronor]]:
    """The column's typed cells on rows of their own: not a group's, nor a row computed from
    other rows (`rad_formel`)."""
    for row in every_row(table.rows):
        typed = row.spec.stated.get(column.key)
        if typed is not None and not row.children and row.spec.summed:
            yield row, typed


def _read(table: TableResult, column: ColumnSpec, exact: int, odd: int) -> bool:
    """Whether a column with so many cells equal to a named amount, and so many other, is
    one of named amounts with a few typed otherwise."""
    if exact < FEW_EXACT or not odd:
        return False
    priced = not column.summed or table.spec.total_row is None
    return odd * ODD_SHARE <= exact if priced else odd == 1


def _slip_of(typed: Kronor, named: Mapping[Kronor, str], present: set[Kronor],
             unit: str) -> tuple[str, Kronor, str] | None:
    """The one named amount (name, amount, how the cell differs) a typed cell is a slip of,
    preferring those the column has where it is a slip of several; or None."""
    slips = [(named[amount], amount, how) for amount in named
             if (how := _slip(typed, amount, unit)) is not None]
    if len(slips) > 1:
        slips = [slip for slip in slips if slip[1] in present]
    return slips[0] if len(slips) == 1 else None


def _slip(typed: Kronor, amount: Kronor, unit: str) -> str | None:
    """How a typed cell differs from an amount by a slip, in the words the text checks use,
    or None where it does not: one digit changed only in an amount of `SLIP_DIGITS`
    significant digits or more, as the text checks read it (1 160 kr for 1 150 kr is as
    likely another price)."""
    if is_digit_swap(typed, amount):
        return "två siffror omkastade"
    written = Decimal(typed).scaleb(-UNIT_EXPONENT[unit]).normalize()
    place = UNIT_EXPONENT[unit] + min(0, _exponent(written))
    long = len(str(abs(int(Decimal(amount).scaleb(-place)))).rstrip("0")) >= SLIP_DIGITS
    if long and is_one_digit_changed(typed, amount):
        return "en siffra ändrad"
    if Decimal(amount) not in set(count_slips(Decimal(typed), place)):
        return None
    step = Decimal(1).scaleb(place)
    return digit_count_slip(LiteralAmount("", Decimal(typed), step, False, 0, unit=unit), amount)


def _exponent(value: Decimal) -> int:
    """The place of a number's last digit: 0 for 650, -2 for 12,50."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # (amounts are finite)
    return exponent


def _warning(report: Reporter, table: TableResult, column: ColumnSpec, row: RowResult,
             found: tuple[str, Kronor, str], counts: tuple[int, int]) -> Problem:
    """The warning at the cell: the named amount it is a slip of, and how to take it."""
    name, amount, how = found
    exact, others = counts
    typed, unit = row.spec.stated[column.key], table.spec.unit
    header = bare_header(column.title, unit)
    rows = f"de {others} andra raderna" if exact == others else \
        f"{exact} av de {others} andra raderna"
    message = (f"beloppet {in_unit(typed, unit)} för raden '{row.spec.first_text}' i kolumnen "
               f"'{header}' är inget av ärendets belopp, som {rows} i kolumnen har, men med "
               f"{how} stämmer det med ärendets belopp '{name}' ({kr(amount)}); är det samma "
               f"belopp, skriv {column.key}: \"{{{{ belopp.{name} }}}}\" på raden, och på de "
               f"andra raderna med {in_unit(amount, unit)}, så följer tabellen beloppet")
    place = row.spec.stated_locs.get(column.key, row.spec.loc)
    return report.problem(report.at(place), message, "varning")
