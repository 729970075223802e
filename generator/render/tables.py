"""Table views of the computed tables: the one way every table of a document is laid out.

Each computed table becomes a `views.Table` printed by `partials/table.md.j2`:

* a group row with a subtotal label prints as a label row (its label bold, every text of
  it: "1.1 | ORGANISATION", trial 59, F11; its amounts empty), its children, then the bold
  subtotal row; a group without a label of its own (`mottagare: ""`) prints no label row,
  only its children and its subtotal row; a group with `delsumma: nej` prints its label row
  and its children, no subtotal row; a group row without a subtotal label prints with its
  amounts, its children as `varav`; the view names these groups by their printed rows
  (`views.Table.groups`), by which Word indents and keeps the rows;
* a text cell's lines stay lines: a newline, or a backslash ending a line as in text, breaks
  it (`<br>` in the Markdown, a line break in Word; trial 59, F5);
* text cells and headers are written by the documents' wording rules, as text is ("75 %"
  for "75%", `text.wording`), and the style check warns about them (trial 39, F12);
* columns that no row fills are left out, unless the case says `visa_tom: ja`; amounts are
  shown in the table's unit, with as many decimals in a column as its figures need (in kr
  each amount as typed, or made from typed amounts: 42 beside 21,50,
  `formatting.decimals_needed`); counts (`typ: antal`) are shown and summed as amounts are,
  without a unit; numbers (`typ: tal`) are shown right-aligned with as many decimals in a
  column as its most exact number is written with (percentages as written), or its
  `decimaler` (`column_decimals`), and never summed: their cell in a total or subtotal row
  stays empty;
* computed shares (`typ: andel`) are right-aligned percentages: a row's share on its row (a
  group with a subtotal label: on the subtotal row), 100 % on the total row;
* computed changes (`typ: forandring`) and ratios (`typ: kvot`) are right-aligned
  percentages on every row with amounts, the subtotal rows and the total row; where there is
  none (a base of 0) the cell shows "–", never empty; a change from the row above
  (`fran: foregaende_rad`) is empty on the first of its rows and on the total and subtotal
  rows, which have no row above to change from;
* the bold total row carries the table's label ("Totalt", "Totalt länet") unless turned off;
  it is the last row, or the first with `totalt_forst` (Malmö's "Årets resultat" heads its
  table: trials 37 and 39); rows computed from other rows (`rad_formel`) at the table's end
  stand under it, since it does not count them ("Netto", trial 62); such a row that adds
  and subtracts rows is a result, bold as a total row is ("Årets resultat", trial 71,
  F13), one that scales a single row ("maxdag / 8") is not;
  in a table of rounded amounts (`avrundat`) it shows the stated total, and where the table
  states a total or a group's subtotal, a sentence under the table says that the total may
  differ from the sum of the amounts (whether or not it does: the figures are rounded).

The seeds' tables are the same layout with fixed choices (summary of areas, one table of
insatser per area, funds, risk, funds as a list). `beslut visa` prints the same views in the
terminal, so what it shows is laid out as the document is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator.compute.changes import NO_CHANGE
from generator.compute.computed import Computed
from generator.compute.shares import hundred, percent
from generator.compute.split_weights import weight_total, written_weights
from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    every_row,
    uncapped,
    with_unit,
)
from generator.formatting import (
    NBSP,
    Kronor,
    WrittenNumber,
    counted_percent,
    places_shown,
    whole_units,
)
from generator.problems import Loc
from generator.render.markdown_escape import escape
from generator.render.views import AmountList, Block, Cell, Column, Table, TableRow
from generator.table_shape import RowGroup
from generator.text.breaks import cell_text
from generator.text.wording import house_wording

if TYPE_CHECKING:
    from generator.compute.case_splits import SplitResult


_NOWHERE: Mapping[str, Loc] = MappingProxyType({})
_NO_CHANGES: Mapping[str, WrittenNumber] = MappingProxyType({})


class _Layout:
    """Lays out rows of one table: which columns, which unit and decimals."""

    def __init__(self, result: TableResult, columns: Sequence[ColumnSpec]) -> None:
        self.spec = result.spec
        self.columns = tuple(columns)
        self.decimals = result.decimals

    def view_columns(self) -> tuple[Column, ...]:
        """Headers, written by the documents' wording rules as a title is ("Avvikelse, mnkr"
        for "Avvikelse, Mkr"), alignment and group heading (`kolumngrupper`) of the shown
        columns."""
        groups = self.spec.column_groups
        return tuple(Column(house_wording(c.header), "right" if c.amount or c.counted or c.number
                            or c.share_of or c.change else "left", groups.get(c.key, ""))
                     for c in self.columns)

    def rows(self, rows: Sequence[RowResult]) -> tuple[list[TableRow], tuple[RowGroup, ...]]:
        """The printed rows of a list of rows and their children, and the groups among them
        (each after the groups it holds)."""
        printed: list[TableRow] = []
        groups: list[RowGroup] = []
        self._add(rows, printed, groups)
        return printed, tuple(groups)

    def _add(self, rows: Sequence[RowResult], printed: list[TableRow], groups: list[RowGroup],
             varav: bool = False, depth: int = 0) -> None:
        """Add the printed rows of `rows` and their children to `printed`, their groups to
        `groups`."""
        for index, row in enumerate(rows):
            if row.children and row.spec.subtotal is not None:
                top = len(printed)
                label = self.row(row, varav, depth, amounts=False)
                labelled = not _blank(label)  # (a group without a label of its own prints none)
                if labelled:
                    printed.append(label)
                self._add(row.children, printed, groups, depth=depth + 1)
                subtotal = row.spec.subtotal
                if subtotal is not False:  # (`delsumma: nej`: a heading, no sum)
                    printed.append(self.total(subtotal, row.amounts, row.spec.stated_locs,
                                              depth, row.shares, row.changes))
                groups.append(RowGroup(top, len(printed) - 1, labelled, subtotal is not False))
            elif _empty_heading(row):  # (a label row like any group's, kept with the next)
                groups.append(RowGroup(len(printed), len(printed), summed=False))
                printed.append(self.row(row, varav, depth, amounts=False))
            else:
                printed.append(self.row(row, varav, depth, first=index == 0))
                self._add(row.children, printed, groups, varav=True, depth=depth + 1)

    def row(self, row: RowResult, varav: bool, depth: int = 0,
            amounts: bool = True, first: bool = False) -> TableRow:
        """One row's cells: texts (worded as text is), amounts, 'varav' before the first text
        of a sub-item.

        Without `amounts` the row is a group's label row: its texts are bold, the label
        whole ("1.1" and "ORGANISATION" in a delegationsordning: trial 59, F11). A text's
        lines stay lines (`text.breaks.cell_text`). The `first` of its rows has no row above
        to show a change from (empty). A marked row (`markerad`) has its texts bold."""
        cells = []
        first_text = True
        marked = row.spec.marked
        result = row.spec.is_result  # (bold as a total is: "Årets resultat", trial 71, F13)
        for column in self.columns:
            if column.amount or column.counted:
                value = row.amounts.get(column.key) if amounts else None
                word = row.spec.words.get(column.key) if amounts and not value else None
                if word:  # ("–" for no amount, "Gratis" for 0 kr: as the case writes it)
                    cells.append(Cell(word, bold=result))
                    continue
                if amounts and (number := row.spec.numbers.get(column.key)) is not None:
                    # (a row of numbers, `summeras: nej`)
                    cells.append(Cell(number=number, bold=result))
                    continue
                cell = self.amount(value, column, row.spec.stated_locs.get(column.key),
                                   bold=result)
                if value is not None and column.limited:
                    cell = cell._replace(uncapped=uncapped(self.spec, column, row.spec,
                                                           row.amounts))
                cells.append(cell)
                continue
            if column.number:
                number = row.spec.numbers.get(column.key)
                places = self.decimals.get(column.key)
                cells.append(Cell(number=number if number is None or places is None
                                  else number.with_places(places), bold=result))
                continue
            if column.share_of:
                cells.append(Cell(number=row.shares.get(column.key) if amounts else None,
                                  bold=result))
                continue
            if column.change:
                shown = amounts and not (first and column.previous)
                cells.append(_change(row.changes, column, bold=result) if shown else Cell())
                continue
            text = house_wording(cell_text(row.spec.texts.get(column.key, "")))
            if first_text:
                cells.append(Cell(text, bold=row.spec.emphasis or result or marked or not amounts,
                                  note=row.spec.note, label="varav" if varav else ""))
                first_text = False
            else:
                cells.append(Cell(text, bold=result or marked or not amounts))
        return TableRow(tuple(cells), depth, marked)

    def total(self, label: str, values: Mapping[str, Kronor],
              stated_at: Mapping[str, Loc] = _NOWHERE, depth: int = 0,
              shares: Mapping[str, WrittenNumber] | None = None,
              changes: Mapping[str, WrittenNumber] = _NO_CHANGES) -> TableRow:
        """A bold total row: the label in the first text column (not a leading column of row
        numbers, "Nr.": trial 66, F4), the amounts bold.

        Shares are a subtotal's own (`shares`), else the grand total's 100 %; changes are the
        row's own (`changes`)."""
        cells = []
        labelled = False
        for column in self.columns:
            if column.amount or column.counted:
                cells.append(self.amount(values.get(column.key), column,
                                         stated_at.get(column.key), bold=True))
            elif column.share_of:
                share = percent(hundred(column.places), column.places) if shares is None \
                    else shares.get(column.key)
                cells.append(Cell(number=share, bold=True))
            elif column.change:
                cells.append(_change(changes, column, bold=True) if not column.previous
                             else Cell())
            elif column.number:
                cells.append(Cell())
            elif not (labelled or column.row_numbers):
                cells.append(Cell(label, bold=True))
                labelled = True
            else:
                cells.append(Cell())
        return TableRow(tuple(cells), depth)

    def amount(self, value: Kronor | None, column: ColumnSpec, stated_at: Loc | None = None,
               bold: bool = False) -> Cell:
        """An amount cell in the table's unit, or a count cell (empty when the row has none),
        with the decimals its column shows (`TableResult.decimals`; in kr each amount's own,
        `formatting.exact`)."""
        if value is None:
            return Cell()
        if column.percent:  # (a summed key in percent: its counts shown as percentages)
            return Cell(number=counted_percent(value, self.decimals[column.key]), bold=bold)
        unit = self.spec.unit_of(column)
        return Cell(amount=value, bold=bold, unit=unit,
                    decimals=places_shown(value, unit, self.decimals[column.key]),
                    stated_at=stated_at,
                    footnote=stated_at in self.spec.starred, plus=column.plus)


def _empty_heading(row: RowResult) -> bool:
    """Whether a row is a heading with no rows under it (`delsumma: nej`, `rader: []`), a
    heading above groups of its own ("Skattefinansierade investeringsutgifter" over the
    objects under and over 3 mnkr: trial 71, F3): it prints as a group's label row, bold, its
    other cells empty (no "–" for a ratio: F7), and in Word is kept with the row after it."""
    return row.spec.subtotal is False and not row.children and not row.amounts


def _blank(row: TableRow) -> bool:
    """Whether a group's label row would show nothing (or only "varav"): its group has no
    label, e.g. `mottagare: ""` to nest "Summa kommuner" inside a län without a heading."""
    return all(cell._replace(label="").empty for cell in row.cells)


def _change(changes: Mapping[str, WrittenNumber], column: ColumnSpec,
            bold: bool = False) -> Cell:
    """A change cell: the percentage, or "–" where there is none (a base of 0)."""
    value = changes.get(column.key)
    return Cell(number=value, bold=bold, plus=column.plus) if value is not None \
        else Cell(NO_CHANGE, bold=bold)


def _filled(result: TableResult) -> list[ColumnSpec]:
    """The columns some row fills (a change column always: where a row has no change it
    shows "–"; one the case asks to show empty, `visa_tom`, always)."""
    rows = list(every_row(result.rows))
    return [c for c in result.spec.columns
            if c.change or c.shown_empty or any(c.key in r.amounts or c.key in r.spec.numbers
                               or r.spec.texts.get(c.key) or c.key in r.shares for r in rows)]


def table_view(result: TableResult) -> Table:
    """A whole table: every row in its tree, then the total row unless the case turns it off
    (`totalt: false`: hourly rents, where adding up prices means nothing) or it would repeat
    the table's single row; with
    `totalt_forst` the total row comes first, and the groups' rows are numbered after it."""
    spec = result.spec
    layout = _Layout(result, _filled(result))
    below = _below_total(result) if spec.total_row and not spec.total_first else 0
    rows, groups = layout.rows(result.rows[:len(result.rows) - below])
    if spec.total_row:
        total = layout.total(spec.total_row, result.totals, spec.stated_total_locs,
                             changes=result.changes)
        if spec.total_first:
            rows.insert(0, total)
            groups = tuple(g._replace(top=g.top + 1, last=g.last + 1) for g in groups)
        else:
            rows.append(total)
    if below:
        rows += layout.rows(result.rows[-below:])[0]
    return Table(layout.view_columns(), tuple(rows), rounded=spec.rounded and spec.states_a_sum,
                 rounded_sums="totalen" if spec.total_row else "delsummorna",
                 landscape=spec.landscape, groups=groups)


def _below_total(result: TableResult) -> int:
    """How many rows at the table's end are computed from other rows (`rad_formel`): they
    stand under the total row, which does not count them ("Netto" under the total of
    intäkter and kostnader)."""
    count = 0
    for row in reversed(result.rows):
        if row.spec.summed:
            break
        count += 1
    return count


def figures_view(result: TableResult) -> Table:
    """Every row in its tree with its first text and its amounts only, then the total.

    `beslut visa`'s view of an allocation, whose long texts (syfte, ansvar) the document
    prints in its own tables per area.
    """
    spec = result.spec
    layout = _Layout(result, [spec.columns[0], *spec.amount_columns])
    rows, groups = layout.rows(result.rows)
    rows.append(layout.total(spec.total_label or "Totalt", result.totals, spec.stated_total_locs))
    return Table(layout.view_columns(), tuple(rows), groups=groups)


def summary_view(result: TableResult, first_header: str) -> Table:
    """The top-level rows with their sums (the seeds' summary of areas), then the total."""
    first, amount = result.spec.columns[0], result.spec.amount_columns[0]
    layout = _Layout(result, [first, ColumnSpec(amount.key, "Belopp (kr)", True)])
    rows = [layout.row(RowResult(row.spec, row.amounts), varav=False) for row in result.rows]
    rows.append(layout.total("Totalt", result.totals))
    return Table((Column(first_header), Column("Belopp (kr)", "right")), tuple(rows))


def group_views(result: TableResult, heading_marks: str) -> tuple[Table, ...]:
    """One table per top-level row, headed by its name and sum (the seeds' insatser)."""
    layout = _Layout(result, result.spec.columns)
    key = result.spec.amount_columns[0].key
    return tuple(_group_view(layout, group, key, heading_marks) for group in result.rows)


def _group_view(layout: _Layout, group: RowResult, key: str, heading_marks: str) -> Table:
    """A top-level row's table: its children, then "Summa", headed by its name and sum."""
    rows, groups = layout.rows(group.children)
    rows.append(layout.total("Summa", group.amounts))
    return Table(layout.view_columns(), tuple(rows),
                 heading=group.spec.texts.get(layout.spec.columns[0].key, ""),
                 heading_amount=group.amounts.get(key, 0), heading_marks=heading_marks,
                 groups=groups)


def amount_list(result: TableResult) -> AmountList:
    """The rows as a list with amounts in parentheses, then the total."""
    text, amount = result.spec.columns[0].key, result.spec.amount_columns[0].key
    items = tuple((r.spec.texts.get(text, ""), r.amounts.get(amount, 0)) for r in result.rows)
    return AmountList(items, result.total)


_BY_METHOD = {
    "befolkning": "Efter befolkningsandel (kr)",
    "vikter": "Efter fördelningsnyckel (kr)",
    "lika": "Lika delar (kr)",
}


def split_view(result: SplitResult, word: str = "kr", text: str = "") -> Table:
    """An exact split: the method in words (its amounts with `word`, the house style's unit
    in running text), the parts, and the total they add up to. When the section's `text`
    already says how the split is made (`SplitResult.said_in`), the method is not said
    again: a rounding is then a sentence of its own ("Beloppen är avrundade till …").

    With a base amount each row shows the base, the share by the method and the party's
    total, and the total row sums all three. With `rubrik_vikt` a column of the weights
    follows the party, as written (a percentage as one), its total the weights' sum (a key
    in percent adds up to 100 %, shown with the weights' decimals: "100,0 %")."""
    split = result.split
    phrase = split_lead(result, word)
    rounding = split_rounding(result) if phrase else ""
    if phrase and result.said_in(text):
        said = [result.base_said(word), f"Beloppen är avrundade till {rounding}" if rounding
                else ""]
        phrase = Markup(NBSP.join(escape(part) for part in " ".join(
            f"{sentence}." for sentence in said if sentence).split(NBSP)))
        rounding = ""
    weights, weight_total = split_weights(result)
    rows = [TableRow((Cell(name), *weights.get(name, ()),
                      *(Cell(amount=a) for a in split_amounts(result, amount))))
            for name, amount in result.parts]
    if split.totalt is not False:
        totals = split_amounts(result, result.total, total=True)
        rows.append(TableRow((Cell(split.totalt, bold=True), *weight_total,
                              *(Cell(amount=a, bold=True) for a in totals))))
    columns = (Column(split.rubrik_part),
               *((Column(split.rubrik_vikt or "", "right"),) if weights else ()),
               *(Column(header, "right") for header in split_amount_headers(result)))
    return Table(columns, tuple(rows), lead=phrase, rounding=rounding)


def split_rounding(result: SplitResult) -> str:
    """What a split's parts are rounded to, after "avrundat till", "" for whole kronor; with
    a rest to one party of a split by weights, who gets it: "hela tusental kronor, utom för
    Socialförvaltningen, som får det som återstår" (trial 90, F11)."""
    split = result.split
    if split.rest_till is None or split.metod == "fasta":
        return whole_units(split.enhet) if split.enhet > 1 else ""
    return f"{whole_units(split.enhet)}, utom för {split.rest_till}, som får det som återstår"


def split_weights(result: SplitResult) -> tuple[dict[str, tuple[Cell]], tuple[Cell, ...]]:
    """The weight cell of each party (each member of a group) and of the total row, when the
    split shows its weights (`rubrik_vikt`); none otherwise."""
    split = result.split
    if not split.rubrik_vikt or split.metod not in ("befolkning", "vikter"):
        return {}, ()
    written = written_weights(split)
    cells = {name: (Cell(number=written.get(name)),)
             for party in split.parter
             for name in (party.namn if isinstance(party.namn, list) else [party.namn])}
    total = weight_total(split) or WrittenNumber(Decimal(0))
    return cells, (Cell(number=total, bold=True),)


def split_amount_headers(result: SplitResult) -> tuple[str, ...]:
    """The headers of a split's amount columns: the parts, or with a base amount the base,
    the share by the method and the parts; each names its unit, kr, as a general table's
    amount columns do ("Medlemsbidrag (kr)")."""
    split = result.split
    if result.base is None:
        return (with_unit(split.rubrik_belopp, "kr"),)
    by_method = split.rubrik_fordelat or _BY_METHOD.get(split.metod, "Fördelat (kr)")
    return tuple(with_unit(header, "kr")
                 for header in (split.rubrik_grundbelopp, by_method, split.rubrik_belopp))


def split_amounts(result: SplitResult, part: int, total: bool = False) -> tuple[int, ...]:
    """A row's amounts under `split_amount_headers`: a party's part, or the total row's."""
    if result.base is None:
        return (part,)
    if total:
        return (part - result.rest, result.rest, part)
    return (result.base, result.by_method(part), part)


def split_sentence(result: SplitResult, word: str = "kr") -> str:
    """The sentence before a split's table: how the sum is split, capitalised (or none),
    its amounts with `word` ("kr" or "kronor")."""
    phrase = result.wording(word)
    return phrase[:1].upper() + phrase[1:]


def split_lead(result: SplitResult, word: str = "kr") -> str:
    """The sentence before a split's table, for the document, its amounts with `word`, the
    house style's unit in running text (trial 68, F5).

    The tool's own sentence holds its amounts, with no-break spaces that Markdown escaping
    would make plain spaces, and perhaps a word of the case's headers ("efter antal
    mandat"): each text between the no-break spaces is escaped, the spaces kept."""
    lead = split_sentence(result, word)
    if result.split.metodtext is None:
        return Markup(NBSP.join(escape(part) for part in lead.split(NBSP)))
    return lead


def section_blocks(
    kind: str | None, split: str | None, computed: Computed, area_header: str, marks: str,
    word: str = "kr", text: str = "",
) -> tuple[Block, ...]:
    """The tables (or list) a section asks for with `tabell` (word: the house style's unit
    in running text, for a split's sentence; text: the section's own, which may already say
    how the split is made)."""
    allocation, funds = computed.allocation, computed.funds
    if kind == "sammanstallning" and allocation:
        return (summary_view(allocation, area_header),)
    if kind == "insatser" and allocation:
        return group_views(allocation, marks + "#")
    if kind == "medel" and funds:
        return (table_view(funds),)
    if kind == "medelslista" and funds:
        return (amount_list(funds),)
    if kind == "risk" and computed.risk:
        return (table_view(computed.risk),)
    if kind == "uppdelning" and split in computed.splits:
        return (split_view(computed.splits[split], word, text),)
    if kind in computed.tables:
        return (table_view(computed.tables[kind]),)
    return ()
