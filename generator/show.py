"""`beslut visa`: a case's computed figures as terminal tables, no Word needed.

Every table shows the figures the tool computes, in the table's unit. Where the case states a
figure of its own that differs, the cell shows both, highlighted: the stated one struck through
and the computed one. In a table of rounded amounts (`avrundat`) the total is the stated one,
marked so, and a caption gives what the amounts add up to.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from generator.compute.case_splits import SplitResult
from generator.compute.computed import Computed
from generator.compute.stated import Mismatch
from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import as_written, exact, in_unit, number
from generator.problems import Loc
from generator.snapshot import Snapshot

WRONG = "bold red"
TOTAL = "bold"


def headline_total(computed: Computed) -> tuple[str, int] | None:
    """The case's main total and what it is called: the allocation, funds, risk or a split."""
    if computed.allocation:
        return "totalt", computed.allocation.total
    if computed.funds:
        return "medel totalt", computed.funds.total
    if computed.risk:
        return "riskerar återbetalning", computed.risk.totals.get("risk", 0)
    for name, table in computed.tables.items():
        return f"tabellen '{name}'", table.total
    for name, split in computed.splits.items():
        return f"uppdelningen '{name}'", split.total
    return None


def tables(snapshot: Snapshot) -> list[Table]:
    """Every table of the case's figures, in the order of the case format."""
    computed = snapshot.computed
    if computed is None:
        return []
    stated = {m.loc: m for m in snapshot.mismatches}
    found: list[Table] = []
    if computed.allocation:
        found.append(result_table("Fördelning per område", computed.allocation, stated))
    found += [result_table(f"Tabell '{name}'", result, stated)
              for name, result in computed.tables.items()]
    if computed.funds:
        found.append(result_table("Medel", computed.funds, stated))
    if computed.risk:
        found.append(result_table("Medel som riskerar att återbetalas", computed.risk, stated))
    found += [split_table(split) for split in computed.splits.values()]
    if snapshot.mismatches:
        found.append(mismatch_table(snapshot.mismatches))
    return found


def print_figures(snapshot: Snapshot, console: Console) -> None:
    """Print the tables, then the problems of the case."""
    for table in tables(snapshot):
        console.print(table)
    for problem in snapshot.problems:
        console.print(Text(problem.format(), style=WRONG if problem.is_error else "yellow"))
    if snapshot.computed is not None and not snapshot.problems:
        console.print("Inga fel: alla angivna belopp stämmer med de uträknade.")


def amount_cell(computed: int, loc: Loc | None, stated: Mapping[Loc, Mismatch],
                style: str = "", unit: str = "kr") -> Text:
    """The computed amount; with a differing stated amount, both and highlighted."""
    mismatch = stated.get(loc) if loc is not None else None
    if mismatch is None:
        return Text(exact(computed, unit), style=style)
    return _both(mismatch.stated, computed, unit)


def _table(title: str, *columns: str) -> Table:
    """A table with a title and right-aligned figures after the first column."""
    table = Table(title=Text(title), title_justify="left", show_footer=False)
    table.add_column(Text(columns[0]))
    for column in columns[1:]:
        table.add_column(Text(column), justify="right")
    return table


def _add(table: Table, *cells: str | Text) -> None:
    """Add a row; text from the case is shown as written, never read as rich markup."""
    table.add_row(*(Text(cell) if isinstance(cell, str) else cell for cell in cells))


def result_table(title: str, result: TableResult, stated: Mapping[Loc, Mismatch]) -> Table:
    """A computed table: every row in its tree (sub-rows indented), then the total.

    Number columns (`typ: tal`) are shown as written, their total cell empty: never summed.
    """
    spec = result.spec
    first = next((c for c in spec.columns if not c.amount and not c.number), None)
    figures = [c for c in spec.columns if c.amount or c.number]
    table = _table(title, first.header if first else "", *(c.header for c in figures))
    for depth, row in _walk(result.rows, 0):
        label = row.spec.texts.get(first.key, "") if first else ""
        name = Text("  " * depth + ("varav " if depth else "") + label,
                    style="italic" if depth else "")
        _add(table, name, *(_figure_cell(row, c, stated, spec.unit) for c in figures))
    total = [_total_cell(result, c, stated) if c.amount else Text("") for c in figures]
    _add(table, Text(spec.total_label or "Totalt", style=TOTAL), *total)
    if result.parts:
        table.caption = Text(_rounded_caption(result))
        table.caption_justify = "left"
    return table


def _total_cell(result: TableResult, column: ColumnSpec, stated: Mapping[Loc, Mismatch]) -> Text:
    """A column's total; a stated total of rounded amounts is marked as the stated one."""
    spec, total = result.spec, result.totals.get(column.key, 0)
    if column.key in result.parts:
        return Text(f"{exact(total, spec.unit)} (angiven)", style=TOTAL)
    return amount_cell(total, spec.stated_total_locs.get(column.key), stated, TOTAL, spec.unit)


def _rounded_caption(result: TableResult) -> str:
    """What a stated total of rounded amounts is, and what the amounts add up to."""
    unit = result.spec.unit
    sums = [(c.header, result.parts[c.key]) for c in result.spec.amount_columns
            if c.key in result.parts]
    added = in_unit(sums[0][1], unit) if len(sums) == 1 else \
        ", ".join(f"{header} {in_unit(amount, unit)}" for header, amount in sums)
    return ("Beloppen är avrundade var för sig: totalen är den angivna, och beloppen blir "
            f"tillsammans {added}.")


def _figure_cell(row: RowResult, column: ColumnSpec, stated: Mapping[Loc, Mismatch],
                 unit: str) -> Text:
    """A row's amount (computed, with a differing stated one) or number, or nothing."""
    if column.number:
        figure = row.spec.numbers.get(column.key)
        return Text(as_written(figure) if figure is not None else "")
    if column.key not in row.amounts:
        return Text("")
    return amount_cell(row.amounts[column.key], row.spec.stated_locs.get(column.key), stated,
                       unit=unit)


def _walk(rows: tuple[RowResult, ...], depth: int) -> Iterator[tuple[int, RowResult]]:
    """Every row with its depth in the tree."""
    for row in rows:
        yield depth, row
        yield from _walk(row.children, depth + 1)


def split_table(result: SplitResult) -> Table:
    """The parts of a split, each stated part that differs shown beside the exact one."""
    split = result.split
    table = _table(f"Uppdelning '{split.namn}': {in_unit(result.total)}", "Part", "Vikt",
                   "Del (kr)")
    table.caption = Text(result.phrase)
    table.caption_justify = "left"
    parts = dict(result.parts)
    for party in split.parter:
        names = party.namn if isinstance(party.namn, list) else [party.namn]
        weight = "" if party.vikt is None else number(party.vikt)
        for name in names:
            _add(table, name, weight, _part_cell(parts.get(name, 0), party.belopp,
                                                 split.metod == "fasta"))
    listed = {n for p in split.parter for n in (p.namn if isinstance(p.namn, list) else [p.namn])}
    if split.rest_till and split.rest_till in parts and split.rest_till not in listed:
        _add(table, f"{split.rest_till} (resten)", "", number(parts[split.rest_till]))
    _add(table, Text("Summa", style=TOTAL), "", Text(number(result.total), style=TOTAL))
    return table


def _part_cell(exact_part: int, stated: int | None, fixed: bool) -> Text:
    """A split's part; a stated part that differs from the exact one is shown beside it."""
    if fixed or stated is None or stated == exact_part:
        return Text(number(exact_part))
    return _both(stated, exact_part)


def _both(stated: int, computed: int, unit: str = "kr") -> Text:
    """The stated figure struck through, then the computed one, both highlighted."""
    cell = Text()
    cell.append(exact(stated, unit), style=f"{WRONG} strike")
    cell.append(f" → {exact(computed, unit)}", style=WRONG)
    return cell


def mismatch_table(mismatches: tuple[Mismatch, ...]) -> Table:
    """Every stated figure that differs from the computed one, with the difference."""
    table = _table("Angivna belopp som inte stämmer", "Gäller", "Angivet", "Uträknat",
                   "Skillnad")
    for m in mismatches:
        _add(table, m.level, Text(in_unit(m.stated, m.unit), style=WRONG),
             in_unit(m.computed, m.unit), Text(_signed(m.difference, m.unit), style=WRONG))
    return table


def _signed(amount: int, unit: str) -> str:
    """A difference with its sign and unit: +1 kr, −1 tkr."""
    return f"+{in_unit(amount, unit)}" if amount > 0 else in_unit(amount, unit)
