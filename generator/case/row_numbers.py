"""A table's leading column of row numbers ("Nr.": "1.", "2", "1.1", "a)") or codes ("B 1647",
"5702"), beside a later text column that names the rows (trial 66, F8 and F4; trial 69, F4).

Messages name such a row by its text, not its number ("raden 'Skatteintäkter'", not "raden
'1., Skatteintäkter'"), and the total row's label stands in the naming column, not in the
narrow number column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

from generator.case.table_models import GeneralTable, TableRow

_ROW_NUMBER: Final = re.compile(
    r"\d{1,2}(?:\.\d{1,2})*\.?|[a-zA-Z]\)|[A-ZÅÄÖ]{1,3}[ -]?\d{1,6}|\d{3,6}")
"""A row's number: 1, 1., 1.1, 1.1.2 or a); or its code: a löneart's "B 1647" or "5702", an
account's "3010" (trial 69, F4)."""


def number_column(table: GeneralTable) -> str:
    """The name of the table's first column where it is a text column that holds only row
    numbers and a later text column holds text; "" for none."""
    first, *later = table.kolumner
    if first.typ != "text" or not later:
        return ""
    texts = [c.namn for c in later if c.typ == "text"]
    numbers = list(_cells(table.rader, [first.namn]))
    if not numbers or not any(True for _ in _cells(table.rader, texts)):
        return ""
    return first.namn if all(_is_number(cell) for cell in numbers) else ""


def _cells(rows: Sequence[TableRow], keys: Sequence[str]) -> Iterator[Any]:
    """The filled cells of these columns in every row at any depth."""
    for row in rows:
        cells = row.model_extra or {}
        yield from (cells[key] for key in keys if cells.get(key) not in (None, ""))
        yield from _cells(row.rader, keys)


def _is_number(cell: Any) -> bool:
    """Whether a cell is a row's number or code ("1.", 2, "1.1", "a)", "B 1647")."""
    return isinstance(cell, str | int | float) and not isinstance(cell, bool) \
        and _ROW_NUMBER.fullmatch(str(cell).strip()) is not None
