"""A formula column's cell on a row that has no amount in any column the formula reads.

A grant list marks a project that gets nothing with "–" in its amount columns ("Avslag",
the handbook's "Avslag i en lista över bidrag"). A column computed from them ('formel: rus +
kommun + eu') has no figure on that row, and printed an empty cell between the dashes
(trial 79, F10). Where every term of a formula reads only "–" and empty cells on a row, or
multiplies or divides a "–" ('beviljat / medlemmar / 12' on a refused row, trial 99, F17),
and one term at least has a "–", the formula's cell is "–" too, as a typed "–" is: no
amount, in no sum. So is
it where a column the formula divides by is "–" on the row ('utrymme / anstallda' on a row
of a fixed sum without employees of its own, trial 96, F5): the row has no quotient. A row
with rows under it, or computed from other rows (`rad_formel`), has its figures from them,
and a cell the case types is left as typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from generator.case.money import NO_AMOUNT
from generator.compute.tables import ColumnSpec, RowSpec

_DASH = NO_AMOUNT[0]


def with_dashed_formulas(rows: tuple[RowSpec, ...],
                         columns: Sequence[ColumnSpec]) -> tuple[RowSpec, ...]:
    """The rows, each formula column's cell "–" where each term of the formula reads only "–"
    and empty cells there or has a "–" in its product (and one "–" at least), or divides by a
    "–", at any depth."""
    formulas = [c for c in columns if c.formula]
    if not formulas:
        return rows
    return tuple(_dashed(row, formulas) for row in rows)


def _dashed(row: RowSpec, formulas: Sequence[ColumnSpec]) -> RowSpec:
    """A row with its dashed formula cells (its children with theirs)."""
    if row.children:
        return row._replace(children=tuple(_dashed(child, formulas) for child in row.children))
    if row.row_formula is not None or _DASH not in row.words.values():
        return row
    words = dict(row.words)
    for column in formulas:
        if column.key in row.stated or column.key in words:
            continue
        dashes = [any(words.get(key) == _DASH for key in term.read) for term in column.formula]
        dashed = any(dashes) and all(
            dash or all(_none(key, row, words) for key in term.read)
            for dash, term in zip(dashes, column.formula, strict=True))
        if dashed or any(words.get(key) == _DASH for key in _divisors(column)):
            words[column.key] = _DASH
    return row._replace(words=MappingProxyType(words)) if words != row.words else row


def _divisors(column: ColumnSpec) -> list[str]:
    """The number and count columns the column's formula divides by ('ar / dagar')."""
    return [term.divisor.written for term in column.formula
            if term.divisor is not None and term.divisor.kind]


def _none(key: str, row: RowSpec, words: Mapping[str, str]) -> bool:
    """Whether a row has no figure in a column: "–", or nothing at all."""
    if key in words:
        return words[key] == _DASH
    return key not in row.stated and key not in row.numbers and not row.texts.get(key)
