"""`beslut visa`: a case's computed figures as terminal tables, no Word needed.

Every table shows the figures the tool computes. Where the case states a figure of its own that
differs, the cell shows both, highlighted: the stated one struck through and the computed one.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.table import Table
from rich.text import Text

from generator.compute.allocation import AllocationTotal, Loc, Mismatch
from generator.compute.computed import Computed
from generator.compute.tables import FundsTotal, RiskTotal, SplitResult
from generator.formatting import kr, number
from generator.snapshot import Snapshot

WRONG = "bold red"
TOTAL = "bold"


def headline_total(computed: Computed) -> tuple[str, int] | None:
    """The case's main total and what it is called: the allocation, funds, risk or a split."""
    if computed.allocation:
        return "totalt", computed.allocation.amount
    if computed.funds:
        return "medel totalt", computed.funds.amount
    if computed.risk:
        return "riskerar återbetalning", computed.risk.at_risk
    for name, split in computed.splits.items():
        return f"uppdelningen '{name}'", split.split.summa
    return None


def tables(snapshot: Snapshot) -> list[Table]:
    """Every table of the case's figures, in the order of the case format."""
    computed = snapshot.computed
    if computed is None:
        return []
    stated = {m.loc: m for m in snapshot.mismatches}
    found: list[Table] = []
    if computed.allocation:
        found += allocation_tables(computed.allocation, stated)
    if computed.funds:
        found.append(funds_table(computed.funds, stated))
    if computed.risk:
        found.append(risk_table(computed.risk, stated))
    found += [split_table(i, split) for i, split in enumerate(computed.splits.values())]
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


def amount_cell(computed: int, loc: Loc, stated: Mapping[Loc, Mismatch], style: str = "") -> Text:
    """The computed amount; with a differing stated amount, both and highlighted."""
    mismatch = stated.get(loc)
    if mismatch is None:
        return Text(number(computed), style=style)
    return _both(mismatch.stated, computed)


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


def allocation_tables(total: AllocationTotal, stated: Mapping[Loc, Mismatch]) -> list[Table]:
    """One table per area (insatser and delposter), then the areas with the total."""
    found = []
    for index, area in enumerate(total.areas):
        loc: Loc = ("fordelning", "omraden", index)
        table = _table(f"{area.area.namn}", "Insats", "Belopp (kr)")
        for row_index, row in enumerate(area.rows):
            row_loc = (*loc, "insatser", row_index, "belopp")
            _add(table, row.row.insats, amount_cell(row.amount, row_loc, stated))
            for part in row.parts:
                _add(table, Text(f"  varav {part.text}", style="italic"), number(part.belopp))
        _add(table, Text("Summa", style=TOTAL),
                      amount_cell(area.amount, (*loc, "summa"), stated, TOTAL))
        found.append(table)
    summary = _table("Fördelning per område", "Område", "Summa (kr)")
    for index, area in enumerate(total.areas):
        loc = ("fordelning", "omraden", index, "summa")
        _add(summary, area.area.namn, amount_cell(area.amount, loc, stated))
    _add(summary, Text("Totalt", style=TOTAL),
                    amount_cell(total.amount, ("fordelning", "summa"), stated, TOTAL))
    return [*found, summary]


def funds_table(total: FundsTotal, stated: Mapping[Loc, Mismatch]) -> Table:
    """The funds per area and their total."""
    table = _table("Medel", total.funds.rubrik, total.funds.kolumnrubrik)
    for item in total.items:
        _add(table, item.namn, number(item.belopp))
    _add(table, Text("Totalt", style=TOTAL),
                  amount_cell(total.amount, ("medel", "summa"), stated, TOTAL))
    return table


def risk_table(total: RiskTotal, stated: Mapping[Loc, Mismatch]) -> Table:
    """Allocated − used = at risk, per area and in total."""
    table = _table("Medel som riskerar att återbetalas", "Insatsområde", "Tilldelat (kr)",
                   "Använt (kr)", "Risk (kr)")
    for index, line in enumerate(total.lines):
        loc = ("risk", "rader", index, "risk")
        _add(table, line.row.insatsomrade, number(line.row.tilldelat), number(line.used),
                      amount_cell(line.at_risk, loc, stated))
    _add(table, Text("Totalt", style=TOTAL), Text(number(total.allocated), style=TOTAL),
                  Text(number(total.used), style=TOTAL),
                  amount_cell(total.at_risk, ("risk", "summa"), stated, TOTAL))
    return table


def split_table(index: int, result: SplitResult) -> Table:
    """The parts of a split, each stated part that differs shown beside the exact one."""
    split = result.split
    table = _table(f"Uppdelning '{split.namn}': {kr(split.summa)}", "Part", "Vikt", "Del (kr)")
    table.caption = Text(result.phrase)
    table.caption_justify = "left"
    parts = dict(result.parts)
    for party in split.parter:
        weight = "" if party.vikt is None else number(party.vikt)
        _add(table, party.namn, weight, _part_cell(parts.get(party.namn, 0), party.belopp,
                                                     split.metod == "fasta"))
    if split.rest_till and split.rest_till in parts:
        _add(table, f"{split.rest_till} (resten)", "", number(parts[split.rest_till]))
    _add(table, Text("Summa", style=TOTAL), "", Text(number(sum(parts.values())), style=TOTAL))
    return table


def _part_cell(exact: int, stated: int | None, fixed: bool) -> Text:
    """A split's part; a stated part that differs from the exact one is shown beside it."""
    if fixed or stated is None or stated == exact:
        return Text(number(exact))
    return _both(stated, exact)


def _both(stated: int, computed: int) -> Text:
    """The stated figure struck through, then the computed one, both highlighted."""
    cell = Text()
    cell.append(number(stated), style=f"{WRONG} strike")
    cell.append(f" → {number(computed)}", style=WRONG)
    return cell


def mismatch_table(mismatches: tuple[Mismatch, ...]) -> Table:
    """Every stated figure that differs from the computed one, with the difference."""
    table = _table("Angivna belopp som inte stämmer", "Gäller", "Angivet (kr)",
                   "Uträknat (kr)", "Skillnad (kr)")
    for mismatch in mismatches:
        _add(table, mismatch.level, Text(number(mismatch.stated), style=WRONG),
                      number(mismatch.computed), Text(_signed(mismatch.difference), style=WRONG))
    return table


def _signed(amount: int) -> str:
    """A difference with its sign: +1, −1."""
    return f"+{number(amount)}" if amount > 0 else number(amount)

