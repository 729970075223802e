"""A warning where a table's total adds a row and the rows another row subtracts from it.

"Kvar att fördela" = "Ram" − "Fördelat" (`rad_formel: ram - fordelat`) is right, but the
table's total adds "Ram" and "Fördelat" alike: 677 500 kr for a ram of 400 000 kr, in the
total row and wherever text names the total (`{{ tabeller.bidrag.summa }}`), which a decision
then says it shares out (trial 67, F2). The warning is conservative: only a total that is
printed or named in text, and only where the total adds both the row subtracted from and a
row subtracted (each, or a group it is in, a row of the sum), each with a figure in a summed
column. It stands at the row formula and says what to write instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator.checks.report import Reporter
from generator.checks.total_refs import totals_named_in
from generator.compute.tables import RowResult, TableResult, every_row
from generator.formatting import in_unit
from generator.problems import Loc, Problem


def counted_twice_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                           report: Reporter) -> list[Problem]:
    """A warning at each row formula whose table's total (printed, or named in text) adds
    the rows the formula subtracts and the row it subtracts them from."""
    named = totals_named_in(texts, tables)
    problems = []
    for name, table in tables.items():
        if table.spec.total_row is None and name not in named:
            continue
        summed = dict(summed_rows(table.rows, ()))
        by_short = {row.spec.short: row for row in every_row(table.rows) if row.spec.short}
        for row in every_row(table.rows):
            message = _message(name, table, row, summed, by_short, name in named)
            if message:
                where = report.at((*row.spec.loc, "rad_formel"))
                problems.append(report.problem(where, message, "varning"))
    return problems


def _message(name: str, table: TableResult, row: RowResult, summed: Mapping[str, str],
             by_short: Mapping[str, RowResult], in_text: bool) -> str:
    """The warning for a row formula whose terms the total adds ('' for none)."""
    terms = [(sign, by_short[short]) for sign, short in row.spec.row_formula or ()
             if short in by_short]
    added = [term for sign, term in terms if sign > 0 and _in_total(term, table, summed)]
    taken = [term for sign, term in terms if sign < 0 and _in_total(term, table, summed)]
    if not added or not taken:
        return ""
    printed = table.spec.total_row is not None
    reference = f"{{{{ tabeller.{name}.summa }}}}"
    column = table.spec.total_column
    figure = "" if column is None else \
        f" ({in_unit(table.totals.get(column.key, 0), table.spec.unit)})"
    whose = " och ".join([*([f"tabellens total{figure}"] if printed else []),
                          *([f"{reference} i texten{'' if printed else figure}"]
                            if in_text else [])])
    undo = " och ".join([*(["skriv 'totalt: false' i tabellen"] if printed else []),
                         *([f"nämn inte {reference} i texten"] if in_text else [])])
    return (f"{whose} räknar med både {_names(added)} och {_names(taken)}, som "
            f"dras från {'den' if len(added) == 1 else 'dem'} i raden {_text(row)}; är det "
            f"inte meningen, {undo}, utan lägg de rader som ska räknas i en grupp och nämn "
            f"gruppen (en grupp räknas med sin summa)"
            f"{_group_example(name, table, taken, summed)}")


def _in_total(row: RowResult, table: TableResult, summed: Mapping[str, str]) -> bool:
    """Whether the total adds the row (or the group it is in) with a figure in a summed
    column."""
    return row.spec.short in summed and any(
        column.key in row.amounts for column in table.spec.summed_columns)


def _group_example(name: str, table: TableResult, taken: list[RowResult],
                   summed: Mapping[str, str]) -> str:
    """How text names a subtracted group's sum, e.g. ', t.ex. {{ tabeller.bidrag.rader[0]
    .belopp }}' ('' where none subtracted is a group, or the table sums no amount)."""
    column = table.spec.total_column
    group = next((row for row in taken if row.children), None)
    if group is None or column is None:
        return ""
    return f", t.ex. {{{{ tabeller.{name}.{summed[group.spec.short]}.{column.key} }}}}"


def summed_rows(rows: tuple[RowResult, ...], path: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """The short names of the rows the total adds (every row outside a row formula's, at any
    depth under rows the total adds), with how text names each ('rader[0].rader[1]')."""
    for index, row in enumerate(rows):
        if not row.spec.summed:
            continue
        here = (*path, f"rader[{index}]")
        if row.spec.short:
            yield row.spec.short, ".".join(here)
        yield from summed_rows(row.children, here)


def _names(rows: list[RowResult]) -> str:
    """Rows as a message names them: "'Ram'", "'Ram' och 'Tillskott'"."""
    names = [_text(row) for row in rows]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def _text(row: RowResult) -> str:
    """A row by its first text (its short name where it has none), quoted."""
    return f"'{row.spec.first_text or row.spec.short}'"
