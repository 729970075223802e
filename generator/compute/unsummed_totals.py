"""The column totals a table has not: text or a cell that names one is an error.

A column with `summeras: nej` has no total, and a table with `totalt: false` has none at all:
a list of rates per age band or a price list (trial 93, F13: `{{ tabeller.omkostnad.grund }}`
in an att-sats printed 9 321 kr, the two age bands' monthly rates added, as the rate for
0–12 år). Such a sum is printed nowhere in the document and says nothing, so the name stands
for a `NotSummed`, whose message names the rows text can name instead: the table's last row
where that row is the table's own sum (`rad_formel: lov + start + red`), else its first rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from generator.compute.tables import ColumnSpec, RowResult, TableResult

EXAMPLES = 2
"""How many rows a message offers."""


class NotSummed(NamedTuple):
    """A column's total that the table does not have (`summeras: nej` on the column, or
    `totalt: false` on the table): text that names it is an error (`render.prose_sandbox`
    prints no such value), saying so and which rows to name instead."""

    table: str
    key: str
    """The name text wrote: the column's key, or `summa`."""
    column: str = ""
    """The column's header."""
    column_key: str = ""
    """The key of the column whose total it would be (that of `summa`'s column)."""
    no_total_row: bool = False
    """The whole table is not summed (`totalt: false`), not just the column."""
    rows: tuple[tuple[str, str], ...] = ()
    """The rows to name instead: each one's path under the table (`rader[0]`,
    `rader.summa`) and its first text."""
    number: bool = False
    """The column is a number column (`typ: tal`) the case does not sum (no `summeras:
    ja`): neither its total nor a group's row has a figure in it (trial 98, F2)."""
    group: tuple[str, str] | None = None
    """Where it is a group's figure: the group row's path under the table
    (`rader.arvodet.`) and its text."""

    @property
    def reference(self) -> str:
        """The name text writes it by: `tabeller.arvoden.manad`."""
        return f"tabeller.{self.table}.{self.group[0] if self.group else ''}{self.key}"

    @property
    def message(self) -> str:
        """Why it cannot be printed, and what to write instead."""
        if self.number and not self.no_total_row:
            column = f"kolumnen '{self.column}' i tabellen '{self.table}' (typ: tal)"
            why = (f"{column} summeras inte, så gruppen '{self.group[1]}' har inget tal i den"
                   if self.group else f"{column} summeras inte och har ingen summa")
            undo = ("skriv 'summeras: ja' i kolumnen, så visar delsummorna och totalraden "
                    "summan av talen")
        elif self.no_total_row:
            why = (f"tabellen '{self.table}' summeras inte (totalt: false), så kolumnen "
                   f"'{self.column}' har ingen summa")
            undo = "ta bort 'totalt: false' om tabellen ska ha en totalrad"
        else:
            why = (f"kolumnen '{self.column}' i tabellen '{self.table}' summeras inte "
                   "(summeras: nej) och har ingen summa")
            undo = "ta bort 'summeras: nej'"
        return f"{{{{ {self.reference} }}}}: {why}; {self._instead()}, eller {undo}"

    def _instead(self) -> str:
        """The rows to name: "skriv en rad, t.ex. {{ … }} (0–12 år) eller {{ … }} (13–19 år)"."""
        named = [f"{{{{ tabeller.{self.table}.{path}.{self.column_key} }}}}"
                 + (f" ({label})" if label else "") for path, label in self.rows]
        if not named:
            return "hänvisa till en rad"
        return "skriv en rad, t.ex. " + " eller ".join(named)


def unsummed_totals(result: TableResult, name: str) -> dict[str, NotSummed]:
    """The totals a table has not, by the name text would give them: each column's with
    `summeras: nej`, and in a table with `totalt: false` every summed column's and `summa`."""
    spec = result.spec
    whole = spec.total_label is None
    columns = spec.figure_columns if whole else spec.amount_columns
    missing = {c.key: _not_summed(result, name, c.key, c, whole)
               for c in columns if whole or not c.summed}
    missing.update({c.key: _not_summed(result, name, c.key, c, whole)._replace(number=True)
                    for c in spec.columns if c.number and c.key not in missing})
    first = spec.total_column
    if whole and first is not None and "summa" not in missing:
        missing["summa"] = _not_summed(result, name, "summa", first, whole)
    return missing


def _not_summed(result: TableResult, name: str, key: str, column: ColumnSpec,
                whole: bool) -> NotSummed:
    """The missing total of one column, named `key`, with the rows to name instead."""
    return NotSummed(name, key, column.title, column.key, whole,
                     tuple(_examples(result.rows, column.key)))


def unsummed_group(table: str, column: ColumnSpec, group: RowResult, path: str) -> NotSummed:
    """A group row's figure in a number column the case does not sum, which it has not
    (path: the group row's under its table, `rader.arvodet`), with its rows to name
    instead."""
    return NotSummed(table, column.key, column.title, column.key, rows=tuple(
        _examples(group.children, column.key, f"{path}.rader")), number=True,
        group=(f"{path}.", group.spec.first_text))


def _examples(rows: Sequence[RowResult], key: str, prefix: str = "rader"
              ) -> list[tuple[str, str]]:
    """The rows text can name instead of a column's total: the table's last row where it is
    its own sum, else the first rows with a figure in the column."""
    last = rows[-1] if rows else None
    if last is not None and _adds_rows(last) and key in last.amounts:
        return [(_path(last, f"{prefix}[{len(rows) - 1}]"), last.spec.first_text)]
    found = []
    for path, row in _with_figure(rows, key, prefix):
        subtotal = row.spec.subtotal if row.children else None
        found.append((path, subtotal or row.spec.first_text))
        if len(found) == EXAMPLES:
            break
    return found


def _with_figure(rows: Sequence[RowResult], key: str, prefix: str
                 ) -> Iterator[tuple[str, RowResult]]:
    """The rows with a figure in the column (an amount, a count or a number), in order,
    each with its path: a group by its subtotal, or its rows where it has none in the
    column (`summeras: nej`, a number)."""
    for index, row in enumerate(rows):
        if key in row.amounts or key in row.spec.numbers:
            yield _path(row, f"{prefix}[{index}]"), row
        else:
            yield from _with_figure(row.children, key, f"{prefix}[{index}].rader")


def _path(row: RowResult, by_place: str) -> str:
    """A row's path under its table: by its short name where it has one (`rader.summa`)."""
    return f"rader.{row.spec.short}" if row.spec.short else by_place


def _adds_rows(row: RowResult) -> bool:
    """Whether a row adds two or more rows and subtracts none (`rad_formel: lov + start +
    red`): the table's own sum, where it stands last."""
    terms = row.spec.row_formula or ()
    return row.spec.is_result and len(terms) > 1 and all(sign > 0 for sign, _ in terms)
