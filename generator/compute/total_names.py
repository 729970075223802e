"""Which table's `summa` is ambiguous, and what to name instead: the rule that text
(`checks.total_refs`) and a table cell's reference to another table (`case_tables`) share.

`tabeller.<tabell>.summa` is the total of the table's first amount column; in a table with
several amount columns, none of them named `summa`, it is rarely the one meant, so a name
of the column's own total is asked for instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from generator.compute.tables import ColumnSpec, TableResult
from generator.formatting import in_unit


def ambiguous_total(table: TableResult) -> bool:
    """Whether `summa` may mean more than one column's total: several amount columns, none
    of them named summa."""
    keys = [column.key for column in table.spec.amount_columns if column.summed]
    return len(keys) > 1 and "summa" not in keys


def ambiguous_message(named: str, name: str, table: TableResult,
                      headers: Mapping[str, str]) -> str:
    """What the total is, and how each column's total is named (headers: each column's
    heading as the case writes it, by key)."""
    columns = [column for column in table.spec.amount_columns if column.summed]
    keys = [column.key for column in columns]
    total = in_unit(table.totals.get(keys[0], 0), table.spec.unit)
    listed = ", ".join(f"{key} ({headers.get(key, key)})" for key in keys)
    return (
        f"'{named}' är summan av den första beloppskolumnen, '{headers.get(keys[0], keys[0])}' "
        f"({total}), men tabellen '{name}' har {len(keys)} beloppskolumner; skriv kolumnens "
        f"namn i stället för 'summa', t.ex. {{{{ tabeller.{name}.{_meant(columns)} }}}}; "
        f"beloppskolumnerna är: {listed}"
    )


def _meant(columns: Sequence[ColumnSpec]) -> str:
    """The column a reader means by "the table's total" (trial 42: 'fördela stöd … om X enligt
    tabellen' means Totalt, not Grundstöd): one whose formula adds up all the others, else the
    last amount column (Budget 2025 after Bokslut 2023) that is not another amount column of
    the table divided by a number (trial 92, F1: 'Månadshyra', `ar / 12`, after 'Årshyra')."""
    for column in columns:
        others = {c.key for c in columns if c is not column}
        if column.formula and not column.fixed \
                and all(t.sign > 0 and not t.product for t in column.formula) \
                and {t.key for t in column.formula} == others:
            return column.key
    keys = {column.key for column in columns}
    own = [column for column in columns if not _restated(column, keys)]
    return (own or columns)[-1].key


def _restated(column: ColumnSpec, keys: set[str]) -> bool:
    """Whether a column is one other amount column of the table divided by a number only
    (`divided_column`), or a share of it ('kostnad * belopp.kommunens_andel', 50 %: trial
    93, F6)."""
    divided = divided_column(column)
    if divided is not None:
        return divided[0] in keys
    terms = column.formula or ()
    return len(terms) == 1 and terms[0].sign > 0 and terms[0].key in keys \
        and terms[0].divisor is None and bool(terms[0].factors) \
        and all(not f.kind and not f.amount and 0 < f.value < 1 for f in terms[0].factors)


def divided_column(column: ColumnSpec) -> tuple[str, Decimal] | None:
    """The column a column only divides by a number, and the number: a share of it per month
    or quarter ('ar / 12' is 'ar' and 12; 'ar * 1,02', next year's, is none)."""
    terms = column.formula or ()
    if len(terms) != 1 or terms[0].factors or terms[0].sign < 0:
        return None
    divisor = terms[0].divisor
    if divisor is None or divisor.kind or divisor.amount:
        return None
    return terms[0].key, divisor.value
