"""A row of a table that shares an amount out by shares a formula multiplies by ('andel *
belopp.ram', the shares in a number column: "60 %", or headed 'Andel'), that has nothing but
its name: neither a share nor an amount. It prints as an empty row, outside every sum, and
nothing said so (trial 75: a fördelning row with only a municipality's name), so it is a
warning at the row with what to write.

A row that says it has no amount is no slip and gets none: one with "–" in an amount
column (no amount, on purpose), one marked `fast_belopp`, and one whose text gives the
condition instead of an amount ("Enligt kvitto", "Enligt avtal": the handbook's
"Ersättning för parkering", and the pinned arvodesbilaga of trial 69). A row with any
figure (a count, a number, a typed amount) is the other checks' business
(`factor_cells`). Shares computed from typed amounts (`typ: andel`) are left alone: there a
row without an amount simply has no share, as pinned (`test_rendered_tables`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    every_row,
    leaves,
)
from generator.problems import Finding

_CONDITION = "enligt "
"""How a text that gives the condition instead of an amount begins ("Enligt kvitto")."""


class _Shared(NamedTuple):
    """How a table shares amounts out: the amount column, and the column of shares its
    formula multiplies by."""

    amount: ColumnSpec
    share: ColumnSpec


def empty_row_findings(result: TableResult) -> list[Finding]:
    """A warning at each row with nothing but its name in a table that shares amounts out."""
    shared = next(_sharing(result), None)
    if shared is None:
        return []
    return [Finding(row.spec.loc, _message(row, shared), "varning")
            for row in leaves(result.rows) if _empty(row)]


def _sharing(result: TableResult) -> Iterator[_Shared]:
    """Each way the table shares amounts out: an amount column whose formula multiplies by
    a number column of shares."""
    spec = result.spec
    by_key = {column.key: column for column in spec.columns}
    for column in spec.amount_columns:
        for term in column.formula:
            keys = [term.key] if term.source == "tal" else []
            keys += [factor.written for factor in term.factors if factor.kind == "tal"]
            yield from (_Shared(column, by_key[key]) for key in keys
                        if key in by_key and _of_shares(by_key[key], result))


def _of_shares(column: ColumnSpec, result: TableResult) -> bool:
    """Whether a number column holds shares: percentages ("60 %"), or a header that says
    so ('Andel', 'Ägarandel')."""
    return column.percent or "andel" in column.header.lower() or any(
        number.percent for row in every_row(result.rows)
        if (number := row.spec.numbers.get(column.key)) is not None)


def _empty(row: RowResult) -> bool:
    """Whether a row has nothing but its texts, none of which gives a condition."""
    spec = row.spec
    return not (row.amounts or spec.stated or spec.numbers or spec.words or spec.fixed) \
        and not any(text.strip().lower().startswith(_CONDITION) for text in spec.texts.values())


def _message(row: RowResult, shared: _Shared) -> str:
    """What to write on the row: its share (or its amount), "–" for no amount, or no row
    at all."""
    amount = shared.amount.title
    return (f"{row.spec.name} har varken andel eller belopp, så den står tom i tabellen och "
            f"räknas inte i summan; fyll i radens andel i kolumnen '{shared.share.title}' "
            f"(eller beloppet i kolumnen '{amount}'), skriv \"–\" i kolumnen '{amount}' om "
            "raden ska stå utan belopp, eller ta bort raden")
