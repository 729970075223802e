"""An amount that a sentence calls a table's total, compared with the totals first (trial 85,
F3).

In a table in mnkr every figure has two or three digits, so a slip of one digit in the
summary sentence ("den totala budgetavvikelsen till +90 mkr" for a total of 80 mnkr) is
as likely another row's figure to the near-miss rules (`literal_amounts`), which leave
such short amounts alone or tell of the row it lies nearest ("88 mnkr på raden
'Rea-/exploateringsvinster'"). A sentence that says it states a total
(`literal_amounts_totals.said_totals`: a total word, "årets resultat", or the label of
the table's total row) means the total, wherever the total row stands (`totalt_forst`).
Such an amount, that states no figure of the case, misses a total of a summed amount
column of a table near its text when a reading of it (`literal_amounts.readings`) of the
total's sign and unit family

* nearly matches it by the near-miss rules (`literal_amounts.is_near`: "80,4 mnkr" for
  80 mnkr), or
* has at least two digits at its last place and is the total, read to that place, with
  one digit changed or two neighbouring digits swapped (`digit_swaps.is_slip`: 90, 81 or
  82 mnkr for 80; −75 for −70; 160 for 150).

Of several such totals, the one it is with two digits swapped wins, then the nearest; where
they are of several tables, or two lie equally near, which total is meant is unsure, and
the amount is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import is_near, readings
from generator.checks.literal_amounts_totals import (
    TableTotal,
    column_total,
    in_family,
    rank,
)
from generator.compute.tables import TableResult
from generator.digit_swaps import is_slip
from generator.formatting import Kronor, magnitude

if TYPE_CHECKING:
    from generator.checks.column_subject import Subject

_MIN_STEPS = 10
"""How many steps of its last place an amount has at least to be read as a slip of a total
(two digits: "9 mnkr" for 8 mnkr may be another amount said)."""


def slipped_total(literal: LiteralAmount, near: Iterable[str],
                  tables: Mapping[str, TableResult],
                  subject: Subject | None = None) -> TableTotal | None:
    """The one total of the tables near a text (by name) that a literal a sentence calls a
    total misses by a slip or a near miss, or None (see above); where only a column's
    subject says so (`total_subjects`), of that table and column alone."""
    if subject is not None:
        near = [subject.table] if subject.table in near else []
    found = [total for table in near if (result := tables.get(table)) is not None
             for total in _slipped(literal, table, result)
             if subject is None or subject.key in (None, _column_of(total, result))]
    if len({total.source for total in found}) != 1:
        return None
    ranked = sorted(found, key=rank)
    if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]


def _slipped(literal: LiteralAmount, table: str, result: TableResult) -> Iterator[TableTotal]:
    """The totals of a table's summed amount columns that a reading of the literal misses."""
    spec = result.spec
    if spec.total_label is None:
        return
    for column in (c for c in spec.amount_columns if c.summed):
        total = result.totals.get(column.key, 0)
        if not total or not in_family(literal.unit, spec.unit, total):
            continue
        reading = next((r for r in readings(literal) if (r.value < 0) == (total < 0)), None)
        if reading is not None and reading.value != total and _misses(reading, total):
            yield column_total(reading, table, result, column.key)


def _column_of(total: TableTotal, result: TableResult) -> str:
    """The key of the column whose total a `TableTotal` is (named `summa` in a table of one
    summed column)."""
    key = total.name.rsplit(".", 1)[1]
    if key != "summa" or any(c.key == "summa" for c in result.spec.amount_columns):
        return key
    return next(c.key for c in result.spec.amount_columns if c.summed)


def _misses(reading: LiteralAmount, total: Kronor) -> bool:
    """Whether a reading nearly matches a total, or is it with a slip of its digits."""
    if is_near(reading, total):
        return True
    return magnitude(reading.value) >= _MIN_STEPS * reading.precision \
        and is_slip(reading.value, total)
