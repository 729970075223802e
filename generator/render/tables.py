"""Table views of the computed figures: which rows and columns each kind of table shows.

Every table of a document is built here as a `views.Table` and printed by the one
template `partials/table.md.j2`; the figures come from the compute stage unchanged.
"""

from __future__ import annotations

from generator.compute.allocation import AllocationTotal, AreaTotal
from generator.compute.case_splits import SplitResult
from generator.compute.computed import Computed
from generator.compute.funds import FundsTotal, RiskTotal
from generator.render.views import AmountList, Block, Cell, Column, Table, TableRow

TOTAL = "Totalt"


def _total_row(label: str, amounts: list[int], blanks: int = 0) -> TableRow:
    """A bold total row: label, amounts, then empty cells."""
    cells = [Cell(label, bold=True), *(Cell(amount=a, bold=True) for a in amounts)]
    return TableRow((*cells, *(Cell() for _ in range(blanks))))


def summary_table(allocation: AllocationTotal, area_header: str) -> Table:
    """One row per area with its sum, then the total."""
    rows = [TableRow((Cell(a.area.namn), Cell(amount=a.amount))) for a in allocation.areas]
    columns = (Column(area_header), Column("Belopp (kr)", "right"))
    return Table(columns, (*rows, _total_row(TOTAL, [allocation.amount])))


_INSATS_COLUMNS = (
    Column("Insats"), Column("Totalbelopp i kr", "right"), Column("Syfte och mål"),
    Column("Ansvar/mottagare"),
)


def area_table(area: AreaTotal, heading_marks: str) -> Table:
    """The insatser of one area, sub-items as 'varav' rows, with the area's sum."""
    rows: list[TableRow] = []
    for item in area.rows:
        row = item.row
        rows.append(TableRow((Cell(row.insats), Cell(amount=item.amount), Cell(row.syfte),
                              Cell(row.ansvar))))
        rows += [TableRow((Cell(part.text, label="varav"), Cell(amount=part.belopp), Cell(),
                           Cell(part.ansvar))) for part in item.parts]
    rows.append(_total_row("Summa", [area.amount], blanks=2))
    return Table(_INSATS_COLUMNS, tuple(rows), heading=area.area.namn,
                 heading_amount=area.amount, heading_marks=heading_marks)


def funds_table(funds: FundsTotal) -> Table:
    """Funds per area with the total."""
    rows = [TableRow((Cell(i.namn), Cell(amount=i.belopp))) for i in funds.items]
    columns = (Column(funds.funds.rubrik), Column(funds.funds.kolumnrubrik, "right"))
    return Table(columns, (*rows, _total_row(TOTAL, [funds.amount])))


def funds_list(funds: FundsTotal) -> AmountList:
    """Funds as a list with amounts in parentheses, then the total."""
    return AmountList(tuple((i.namn, i.belopp) for i in funds.items), funds.amount)


def risk_table(risk: RiskTotal) -> Table:
    """Allocated − used = at risk per area, with totals of every column."""
    table = risk.table
    columns = (
        Column("Insatsområde"),
        Column(f"{table.rubrik_tilldelat} (kr)", "right"),
        Column(f"{table.rubrik_anvant} (kr)", "right"),
        Column(f"{table.rubrik_risk} (kr)", "right"),
    )
    rows = [
        TableRow((Cell(line.row.insatsomrade, bold=True, note="; ".join(line.row.beskrivning)),
                  Cell(amount=line.row.tilldelat), Cell(amount=line.used),
                  Cell(amount=line.at_risk)))
        for line in risk.lines
    ]
    totals = [risk.allocated, risk.used, risk.at_risk]
    return Table(columns, (*rows, _total_row(TOTAL, totals)))


def split_table(result: SplitResult) -> Table:
    """An exact split: the method in words, the parts, and the total they add up to."""
    phrase = result.phrase[:1].upper() + result.phrase[1:]
    rounding = result.split.enhet if result.split.enhet > 1 else None
    rows = [TableRow((Cell(name), Cell(amount=amount))) for name, amount in result.parts]
    columns = (Column("Part"), Column("Belopp (kr)", "right"))
    return Table(columns, (*rows, _total_row(TOTAL, [result.split.summa])), lead=phrase,
                 rounding=rounding)


def section_blocks(
    kind: str | None, split: str | None, computed: Computed, area_header: str, marks: str
) -> tuple[Block, ...]:
    """The tables (or list) a section asks for with `tabell`."""
    if kind in ("sammanstallning", "insatser") and computed.allocation:
        if kind == "sammanstallning":
            return (summary_table(computed.allocation, area_header),)
        return tuple(area_table(area, marks + "#") for area in computed.allocation.areas)
    if kind in ("medel", "medelslista") and computed.funds:
        return (funds_table(computed.funds) if kind == "medel" else funds_list(computed.funds),)
    if kind == "risk" and computed.risk:
        return (risk_table(computed.risk),)
    if kind == "uppdelning" and split in computed.splits:
        return (split_table(computed.splits[split]),)
    return ()
