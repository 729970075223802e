"""Every table of a case as a `TableSpec` for the one table computation.

The seeds' tables are presets: an allocation is areas (group rows) of insatser (rows, with
their delposter as children), funds are rows with a total, and the risk table has the derived
column allocated − used = at risk. A general table (`tabeller`) is read from its columns and
rows, its amounts in its unit. Messages name rows the way each table's readers do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP
from typing import Any, Literal

from generator.case.base_fees import BaseFee, base_fee, base_fee_message
from generator.case.money import (
    AmountError,
    cell_word,
    not_a_cell_word,
    parse_count,
    parse_in_unit,
    parse_number,
    typed_places,
)
from generator.case.row_numbers import number_column
from generator.case.table_models import (
    AS_WRITTEN,
    CHANGE,
    COUNT,
    DATE,
    PREVIOUS_ROW,
    RATIO,
    SUMMED,
    Allocation,
    Funds,
    GeneralTable,
    RiskTable,
    TableColumn,
    TableRow,
)
from generator.case.unit_numbers import UnitNumber, unit_number, unit_number_message
from generator.case.unit_prices import (
    UNIT_COLUMN_HEADERS,
    UnitPrice,
    unit_price,
    unit_price_message,
)
from generator.compute.cell_refs import Resolver, is_reference
from generator.compute.column_limits import cap_column, column_limit
from generator.compute.constant_columns import ConstantColumn, constant_cells
from generator.compute.count_formula import parse_counts
from generator.compute.dashed_formulas import with_dashed_formulas
from generator.compute.date_cells import (
    DateCellError,
    cell_date,
    shown_date,
    yearless_message,
)
from generator.compute.follow_ons import follows_of
from generator.compute.formula import Fixed, RateSlip, Term
from generator.compute.formula import parse as parse_formula
from generator.compute.items import items_in_line
from generator.compute.named_percents import (
    Stated,
    as_formula_names,
    named_again,
    rate_slip_message,
    written_out,
)
from generator.compute.nearest import NEAREST, step_words
from generator.compute.number_formula import parse_numbers
from generator.compute.percent_rows import percent_cells, percent_row_message
from generator.compute.tables import DIRECTIONS, ORE, ColumnSpec, RowSpec, TableSpec, with_unit
from generator.compute.unit_names import amount_bands
from generator.formatting import Kronor, WrittenNumber, as_written, written_unit
from generator.problems import Finding, Loc
from generator.text.footnotes import without_footnote_star
from generator.text.wording import house_wording

COMPUTED = ("andel", CHANGE, RATIO)
"""The kinds of column whose cells the tool computes (a change or ratio column's stated cells
are checked by `checks.change_columns`)."""

_INSATS_COLUMNS = (
    ColumnSpec("insats", "Insats"), ColumnSpec("belopp", "Totalbelopp i kr", amount=True),
    ColumnSpec("syfte", "Syfte och mål"), ColumnSpec("ansvar", "Ansvar/mottagare"),
)


def allocation_spec(allocation: Allocation, loc: Loc = ("fordelning",)) -> TableSpec:
    """Areas of insatser of delposter, with the stated sums at every level."""
    areas = []
    for a, area in enumerate(allocation.omraden):
        area_loc = (*loc, "omraden", a)
        rows = []
        for r, row in enumerate(area.insatser):
            row_loc = (*area_loc, "insatser", r)
            parts = tuple(
                RowSpec((*row_loc, "delposter", p), f"delposten '{part.text}'",
                        {"insats": part.text, "ansvar": part.ansvar}, {"belopp": part.belopp},
                        {"belopp": (*row_loc, "delposter", p, "belopp")})
                for p, part in enumerate(row.delposter)
            )
            rows.append(RowSpec(
                row_loc, f"insatsen '{row.insats}'",
                {"insats": row.insats, "syfte": row.syfte, "ansvar": row.ansvar},
                _given(belopp=row.belopp), {"belopp": (*row_loc, "belopp")}, parts,
            ))
        areas.append(RowSpec(area_loc, f"området '{area.namn}'", {"insats": area.namn},
                             _given(belopp=area.summa), {"belopp": (*area_loc, "summa")},
                             tuple(rows)))
    return TableSpec(loc, "hela fördelningen", _INSATS_COLUMNS, tuple(areas),
                     stated_total=_given(belopp=allocation.summa),
                     stated_total_locs={"belopp": (*loc, "summa")})


def funds_spec(funds: Funds, loc: Loc = ("medel",)) -> TableSpec:
    """Funds per area with the total."""
    columns = (ColumnSpec("namn", funds.rubrik), ColumnSpec("belopp", funds.kolumnrubrik, True))
    rows = tuple(
        RowSpec((*loc, "poster", i), f"'{item.namn}'", {"namn": item.namn},
                {"belopp": item.belopp}, {"belopp": (*loc, "poster", i, "belopp")})
        for i, item in enumerate(funds.poster)
    )
    return TableSpec(loc, "medlen totalt", columns, rows, stated_total=_given(belopp=funds.summa),
                     stated_total_locs={"belopp": (*loc, "summa")})


RISK_TOTAL = "medel som riskerar återbetalning"
"""How messages name the risk table's total, unless the case renames its risk column: then
by the column's header, "totalen i kolumnen 'Kvar (kr)'"."""


def risk_spec(table: RiskTable, loc: Loc = ("risk",)) -> TableSpec:
    """Allocated − used = at risk per area; only the at-risk column's figures are stated,
    under the case's headers."""
    columns = (
        ColumnSpec("omrade", table.rubrik),
        ColumnSpec("tilldelat", with_unit(table.rubrik_tilldelat, "kr"), True),
        ColumnSpec("anvant", with_unit(table.rubrik_anvant, "kr"), True),
        ColumnSpec("risk", with_unit(table.rubrik_risk, "kr"), True,
                   (Term(1, "tilldelat"), Term(-1, "anvant"))),
    )
    rows = tuple(
        RowSpec((*loc, "rader", i), f"'{row.insatsomrade}'",
                {"omrade": row.insatsomrade},
                {"tilldelat": row.tilldelat, "anvant": sum(row.anvant),
                 **_given(risk=row.risk)},
                {"risk": (*loc, "rader", i, "risk")},
                note=items_in_line(row.beskrivning), emphasis=True)
        for i, row in enumerate(table.rader)
    )
    name = f"totalen i kolumnen '{columns[-1].header}'" if table.renamed else RISK_TOTAL
    return TableSpec(loc, name, columns, rows,
                     stated_total=_given(risk=table.summa),
                     stated_total_locs={"risk": (*loc, "summa")}, column_in_messages=False)


def _given(**amounts: int | None) -> dict[str, int]:
    """The amounts the case gives (leaving out those it leaves out)."""
    return {key: value for key, value in amounts.items() if value is not None}


def general_spec(table: GeneralTable, loc: Loc, named: Stated | None = None,
                 resolve: Resolver | None = None) -> tuple[TableSpec, list[Finding]]:
    """A table the case describes, its amounts read in its unit; unreadable ones reported
    (`named`: the case's named figures, which a formula may multiply; `resolve` reads an
    amount cell that names a figure, `compute.cell_refs`)."""
    reader = _Reader(table, loc, named, resolve)
    first = table.kolumner[0]
    label = first.heading if first.typ == "text" \
        and not amount_bands(_cells(table.rader, first.namn)) else ""
    groups = reader.groups
    columns = tuple(_column(c, table.enhet, f"{label} {groups.get(c.namn, '')}",
                            (*loc, "kolumner", i), reader)
                    for i, c in enumerate(table.kolumner))
    rows = named_apart(tuple(reader.row(row, (*loc, "rader", i))
                             for i, row in enumerate(table.rader)))
    if _names_rows(table.rader):  # (loaded only for a table whose rows name rows)
        from generator.compute.row_terms import with_row_formulas

        rows, found = with_row_formulas(table.rader, rows, table.total_label is not None)
        reader.findings += found
    rows = with_dashed_formulas(rows, columns)
    columns = tuple(c._replace(percent=c.key in reader.percent_sums, group=groups.get(c.key, ""))
                    for c in columns)
    reader.report_units()
    reader.report_dates()
    stated, stated_locs = reader.total()
    total = table.total_label
    spec = TableSpec(loc, _total_name(table.namn, total), columns, rows, table.enhet,
                     total, stated, stated_locs, rounded=table.avrundat, may_round=True,
                     landscape=table.liggande, total_first=table.totalt_forst,
                     single_total=table.summa is not None and not isinstance(table.summa, dict),
                     total_printed=not table.repeats_its_row,
                     starred=frozenset(reader.starred), column_groups=groups,
                     typed_places=reader.places, typed_decimals=frozenset(reader.decimals))
    return spec, reader.findings


def _cells(rows: list[TableRow], key: str) -> Iterator[object]:
    """A column's cells in every row at any depth."""
    for row in rows:
        yield (row.model_extra or {}).get(key)
        yield from _cells(row.rader, key)


def _names_rows(rows: list[TableRow]) -> bool:
    """Whether a row at any depth has a short name or a formula of rows (`rad_namn`,
    `rad_formel`)."""
    return any(row.rad_namn is not None or row.rad_formel is not None or _names_rows(row.rader)
               for row in rows)


def _total_name(table: str, label: str | None) -> str:
    """How messages name a table's total: by the total row the reader sees when the case
    labels it ("totalraden 'Totalt länet' i tabellen 'blekinge'"), else by the table."""
    if label and label != GeneralTable.model_fields["totalt"].default:
        return f"totalraden '{label}' i tabellen '{table}'"
    return f"totalen i tabellen '{table}'"


UNNAMED_ROW = "raden"
"""How messages name a row that has no text to name it by."""


def row_name(first: str, subtotal: str | Literal[False] | None = None, above: str = "") -> str:
    """How messages name a row's figures: by the row's first text ("raden 'Karlshamn'"); a
    group's, printed on its subtotal row under another label, by that row and the group it
    closes, or the nearest group above with a label when it has none itself ("delsumman
    'Summa kommuner' under 'Blekinge län'"). The table checks and the checks of amounts in
    text both name rows so (trial 35)."""
    if subtotal and subtotal != first:
        return f"delsumman '{subtotal}'{_under(first or above)}"
    return f"{UNNAMED_ROW} '{first}'" if first else UNNAMED_ROW


def _under(heading: str) -> str:
    """How messages name the group a row is in: " under 'Blekinge län'"; none without one."""
    return f" under '{heading}'" if heading else ""


def named_apart(rows: tuple[RowSpec, ...]) -> tuple[RowSpec, ...]:
    """The rows, those a table names alike named with their group too (trial 44, F7: "raden
    'Enskild annan kommun'" under five groups is "raden 'Enskild annan kommun' under
    'Grundskola F–6'"), as a subtotal row is (`row_name`), or, in no group, by their text
    cells together (trial 51, F2: eight rows 'Riket' are "raden 'Riket, Allmännyttan,
    Presumtionshyra'" and so on)."""
    names = Counter(row.name for row in _every_row(rows))
    repeated = {name for name, count in names.items()
                if count > 1 and name.startswith(f"{UNNAMED_ROW} '")}
    return _with_group(rows, repeated) if repeated else rows


def _every_row(rows: tuple[RowSpec, ...]) -> Iterator[RowSpec]:
    """Every row at any depth."""
    for row in rows:
        yield row
        yield from _every_row(row.children)


def _with_group(rows: tuple[RowSpec, ...], repeated: set[str],
                above: str = "") -> tuple[RowSpec, ...]:
    """The rows with a name in `repeated` named with the nearest group above them that has a
    text (`above`, as `_Reader.row` passes it down), or by their texts in no group."""
    return tuple(row._replace(
        name=_apart(row, above) if row.name in repeated else row.name,
        children=_with_group(row.children, repeated,
                             row.first_text or above))
        for row in rows)


def _apart(row: RowSpec, above: str) -> str:
    """A row named alike with others, named with its group, or by its texts in none."""
    if above:
        return row.name + _under(above)
    return row_name(", ".join(text for text in row.texts.values() if text))


def _column(column: TableColumn, unit: str, label: str, loc: Loc,
            reader: _Reader) -> ColumnSpec:
    """A column spec; the header of an amount column names the table's unit unless the label
    column's header (`label`, the first column's when it is text and its cells are no
    amount bands, `amount_bands`, with the heading of the column's group, `kolumngrupper`)
    names it for all (a count
    column's has none: it is no money). The header is as the document prints it, so that
    messages name it so ("Period 2019–2022" for "Period 2019-2022": trial 45, F3)."""
    amount = column.typ == "belopp"
    heading = house_wording(column.heading)
    header = with_unit(heading, unit, label) if amount else heading
    reported = len(reader.findings)
    formula, fixed = reader.formula(column, (*loc, "formel")) \
        if column.formel and column.typ in SUMMED else ((), ())
    if fixed and not formula:  # (one of the case's amounts on every row: trial 91, F4)
        group = reader.groups.get(column.namn, "")
        reader.constants[column.namn] = ConstantColumn(fixed[0], f"{group} {header}".strip())
        fixed = ()
    cap, cap_column = reader.cap(column, loc) if formula and amount else (None, "")
    floor = reader.floor(column, loc) if formula and amount else None
    unread = len(reader.findings) > reported  # (its `avrunda` waits: trial 99, F13)
    rounding = ROUND_HALF_UP if unread else reader.rounding(column, loc,
                                                            formula if amount else ())
    numbers = reader.number_formula(column, (*loc, "formel")) \
        if column.typ == "tal" and column.formel else ()
    number = column.typ == "tal" and not column.summed_numbers
    return ColumnSpec(column.namn, header, amount, formula, number=number,
                      share_of=reader.share_of(column), places=_places(column.decimaler),
                      change=reader.change(column),
                      counted=column.typ == COUNT or column.summed_numbers,
                      ratio=column.typ == RATIO, summed=column.summeras or not amount,
                      number_places=column.decimaler if column.typ == "tal"
                      and isinstance(column.decimaler, int)
                      and column.decimaler in _SHOWN_PLACES else None,
                      as_written=column.typ == "tal" and column.decimaler == AS_WRITTEN,
                      additive=all(t.key in reader.summed and not t.product
                                   for t in formula) and cap is None and not cap_column
                      and floor is None and not fixed,
                      cap=cap, cap_column=cap_column, floor=floor, rounding=rounding,
                      ore=reader.ore(column, formula if amount else ()),
                      nearest=reader.nearest(column, formula if amount else ()),
                      number_formula=numbers,
                      shown_empty=column.visa_tom,
                      plus=column.plustecken and column.typ in (CHANGE, "belopp"),
                      row_numbers=column.namn == reader.numbers,
                      previous=from_previous(column), fixed=fixed)


def from_previous(column: TableColumn) -> bool:
    """Whether a change column is from the row above (`fran: foregaende_rad`)."""
    return column.typ == CHANGE and column.fran == PREVIOUS_ROW


_SHOWN_PLACES = range(4)
"""The decimals a column may show (`decimaler`)."""


def _places(decimals: int | str | None) -> int:
    """A share or change column's decimals: 0–3, else 1 (what is out of range, or 'som
    skrivet', the checks report)."""
    return decimals if isinstance(decimals, int) and 0 <= decimals <= 3 else 1


class _Reader:
    """Reads the cells of a general table, collecting what cannot be read."""

    def __init__(self, table: GeneralTable, loc: Loc,
                 named: Stated | None = None,
                 resolve: Resolver | None = None) -> None:
        self.table = table
        self.loc = loc
        self.named = named or {}
        """The case's named figures (`belopp`: amounts and percentages), which a formula
        may multiply."""
        self.resolve = resolve
        """Reads an amount cell that names a figure ("{{ tabeller.norm.summa }}")."""
        self.findings: list[Finding] = []
        self.kinds = {c.namn: c.typ for c in table.kolumner}
        self.formulas = {c.namn for c in table.kolumner if c.formel}
        self.summed = {c.namn for c in table.kolumner if c.typ in SUMMED and c.summeras}
        """The columns summed on the total row (`summeras: nej` is not)."""
        self.prices: dict[str, list[tuple[Loc, UnitPrice]]] = {}
        """The cells written as a price per unit ("85 kr/h"), by column."""
        self.based: dict[str, list[tuple[Loc, BaseFee]]] = {}
        """The cells written as a base fee plus a price per unit ("950 kr + 10 kr/m")."""
        self.summed_numbers = {c.namn: c.decimaler if isinstance(c.decimaler, int)
                               and c.decimaler in _SHOWN_PLACES else None
                               for c in table.kolumner if c.summed_numbers}
        """The number columns the case asks to sum (`summeras: ja`), as counts are, with the
        decimals each shows (`decimaler`), if any."""
        self.percent_sums: set[str] = set()
        """Those of them whose numbers are percentages ("10,44 %")."""
        self.measured: dict[str, list[tuple[Loc, UnitNumber]]] = {}
        """The number and count cells written with a unit ("3 h"), by column."""
        self.worded: dict[str, list[tuple[Loc, str]]] = {}
        """The amount cells holding words, no amount ("Enligt kvitto"), by column."""
        self.date_forms = {c.namn: c.datumform for c in table.kolumner if c.typ == DATE}
        """How each date column prints its dates (`datumform`)."""
        self.years: set[int] = set()
        """The years of the table's dates."""
        self.yearless: list[tuple[Loc, str]] = []
        """The date cells written without a year ("17 januari"), told at the end."""
        self.starred: set[Loc] = set()
        """The amount and count cells (and stated totals) marked with a footnote star."""
        self.places: dict[str, int] = {}
        """The most decimals a row's amount cell is typed with, by column
        (`TableSpec.typed_places`)."""
        self.decimals: set[Loc] = set()
        """The amount cells typed with decimals, needed or not ("7 104,0"), by place
        (`TableSpec.typed_decimals`)."""
        self.groups = {key: house_wording(group.rubrik) for group in table.kolumngrupper
                       for key in group.kolumner}
        """The heading of the group each grouped column is in, by column."""
        self.constants: dict[str, ConstantColumn] = {}
        """The amount columns whose formula is one of the case's amounts alone ('formel:
        belopp.driftstod_per_ar'), by column: every row has it (`constant_cells`)."""
        self.numbers = number_column(table)
        """The leading column of row numbers, if any (`row_numbers`): a row's text in it comes
        last among its texts, so that the row is named by its text ("Skatteintäkter")."""

    def share_of(self, column: TableColumn) -> str:
        """The amount or count column a share column is of ('' when it names none: the checks
        say)."""
        wanted = column.av or ""
        return wanted if column.typ == "andel" and wanted in self.summed else ""

    def change(self, column: TableColumn) -> tuple[str, str] | None:
        """The columns a change column is from and to, or a ratio column's `namnare` and
        `taljare`: two other amount columns, or two count columns (None when it names no
        such two: the checks say)."""
        ends = (column.fran or "", column.till or "") if column.typ == CHANGE \
            else (column.namnare or "", column.taljare or "")
        if from_previous(column):
            ends = (ends[1], ends[1])
        kinds = {self.kinds.get(end) for end in ends}
        if column.typ not in (CHANGE, RATIO) or column.namn in ends or len(kinds) != 1 \
                or not kinds <= set(SUMMED):
            return None
        return ends

    def cap(self, column: TableColumn, loc: Loc) -> tuple[Kronor | None, str]:
        """A formula column's highest figure on a row (`hogst`, kronor), or the amount
        column that holds each row's; (None, '') for none, or one that cannot be read,
        reported here (the table's figures without it mislead)."""
        if column.hogst is None:
            return None, ""
        try:
            named = cap_column(column.hogst, column.namn, self.kinds, self.formulas)
            if named:
                return None, named
            return self.limit(column, loc, "hogst"), ""
        except AmountError as exc:
            self.findings.append(Finding((*loc, "hogst"), f"'hogst': {exc.message}"))
            return None, ""

    def rounding(self, column: TableColumn, loc: Loc, formula: tuple[Term, ...]) -> str:
        """How an amount column's products are rounded (`avrunda`); half up where it says
        nothing, or names no formula that multiplies or divides (reported here)."""
        if column.avrunda is None:
            return ROUND_HALF_UP
        if not any(term.product for term in formula):
            self.findings.append(Finding((*loc, "avrunda"), (
                "'avrunda' gäller bara en kolumn med 'typ: belopp' och en formel som "
                "multiplicerar eller delar, t.ex. 'formel: vuxen * 70 %'; ta bort 'avrunda' "
                "här")))
            return ROUND_HALF_UP
        if column.avrunda == ORE:
            if self.table.enhet != "kr":
                self.findings.append(Finding((*loc, "avrunda"), (
                    f"'avrunda: {ORE}' gäller bara en tabell i kr, där belopp kan ha ören; i en "
                    f"tabell i {written_unit(self.table.enhet)} avrundas beloppen till hela "
                    f"{written_unit(self.table.enhet)}; ta bort 'avrunda' här")))
            return ROUND_HALF_UP
        if column.avrunda in NEAREST:
            if self.table.enhet != "kr":
                unit = written_unit(self.table.enhet)
                self.findings.append(Finding((*loc, "avrunda"), (
                    f"'avrunda: {column.avrunda}' avrundar till {step_words(column.avrunda)} "
                    f"och gäller bara en tabell i kr; i en tabell i {unit} avrundas "
                    f"beloppen till hela {unit}; ta bort 'avrunda' här")))
            return ROUND_HALF_UP
        return DIRECTIONS[column.avrunda]

    def nearest(self, column: TableColumn, formula: tuple[Term, ...]) -> str:
        """The step (`NEAREST`) an amount column's figures are rounded to (`avrunda:
        tiotal`, in a table in kr; elsewhere reported by `rounding`), '' for none."""
        return column.avrunda if column.avrunda in NEAREST and self.table.enhet == "kr" \
            and any(term.product for term in formula) else ""

    def ore(self, column: TableColumn, formula: tuple[Term, ...]) -> bool:
        """Whether an amount column's products are rounded to öre (`avrunda: ore`, in a
        table in kr; elsewhere reported by `rounding`)."""
        return column.avrunda == ORE and self.table.enhet == "kr" and any(
            term.product for term in formula)

    def floor(self, column: TableColumn, loc: Loc) -> Kronor | None:
        """A formula column's lowest figure on a row (`lagst`, kronor); None for none, or one
        that cannot be read, reported here."""
        try:
            return self.limit(column, loc, "lagst")
        except AmountError as exc:
            self.findings.append(Finding((*loc, "lagst"), f"'lagst': {exc.message}"))
            return None

    def limit(self, column: TableColumn, loc: Loc, key: str) -> Kronor | None:
        """A formula column's `lagst` or `hogst` in kronor (None where it has none), read by
        the one rule for both (`column_limit`); AmountError where it cannot be read."""
        value = getattr(column, key)
        return None if value is None else \
            column_limit(value, self.table.enhet, self.named, self.kinds)

    def formula(self, column: TableColumn, loc: Loc) -> tuple[tuple[Term, ...],
                                                            tuple[Fixed, ...]]:
        """Parse 'a - b + c' or 'andel * belopp.x' into signed terms (a count column's: count
        columns added and subtracted, `count_formula`), with the case's amounts it adds or
        subtracts alone ('v2 + belopp.grundavgift'); report what cannot stand in it. A
        percentage the case names ('kostnad * belopp.stodandel') is read as the percentage
        written out (`named_percents`)."""
        if column.typ == COUNT:
            terms, messages = parse_counts(column.formel or "", column.namn, self.kinds)
            self.findings += [Finding(loc, message) for message in messages]
            return terms, ()
        formula, written = written_out(column.formel or "", self.named)
        slips: list[RateSlip] = []
        fixed: list[Fixed] = []
        terms, messages = parse_formula(formula, column.namn, self.kinds,
                                        as_formula_names(self.named), self.table.enhet, slips,
                                        fixed)
        self.findings += [Finding(loc, named_again(message, written)) for message in messages]
        self.findings += [Finding(("belopp", slip.name), named_again(
            rate_slip_message(slip, column.namn), written)) for slip in slips]
        return terms, tuple(fixed)

    def number_formula(self, column: TableColumn, loc: Loc) -> tuple[Term, ...]:
        """Parse a number column's formula ('s * k'); report what cannot stand in it."""
        terms, messages = parse_numbers(column.formel or "", column.namn, self.kinds)
        self.findings += [Finding(loc, message) for message in messages]
        return terms

    def row(self, row: TableRow, loc: Loc, above: str = "") -> RowSpec:
        """A row spec: its cells by column, its children, its subtotal label (`above` is the
        first text of the nearest group above that has one, for messages)."""
        cells: Mapping[str, Any] = row.model_extra or {}
        texts: dict[str, str] = {}
        stated: dict[str, Kronor] = {}
        locs: dict[str, Loc] = {}
        numbers: dict[str, WrittenNumber] = {}
        words: dict[str, str] = {}
        percents = percent_cells(cells, self.kinds) if row.summeras else []
        for key, value in cells.items():
            here, kind = (*loc, key), self.kinds.get(key)
            if key in percents:
                continue  # (a row of percentages: one error, below)
            if kind in SUMMED and not row.summeras:  # (numbers, no amounts: trial 73, F2)
                if (word := cell_word(value, fees=False)) is not None:
                    words[key] = word.shown
                elif (number := self.number(value, here)) is not None:
                    numbers[key] = number
            elif kind in SUMMED and (word := cell_word(value, fees=kind == "belopp")):
                words[key] = word.shown  # ("–": no amount, as an empty cell; "Gratis": 0 kr)
                if word.amount is not None:
                    stated[key], locs[key] = word.amount, here
            elif kind == "belopp" and (fee := base_fee(value, self.table.enhet)):
                self.based.setdefault(key, []).append((here, fee))
            elif kind == "belopp" and isinstance(value, str) \
                    and (price := unit_price(value, self.table.enhet)):
                self.prices.setdefault(key, []).append((here, price))
            elif kind in SUMMED:
                amount = self.figure(value, here, kind)
                if amount is not None:
                    stated[key], locs[key] = amount, here
            elif kind == "tal":
                number = self.number(value, here)
                if number is not None and (places := self.summed_numbers.get(key)) is not None:
                    number = number.with_places(places)  # (summed as printed: trial 87, F3)
                if number is not None:
                    numbers[key] = number
                if number is not None and key in self.summed_numbers:
                    count = self.summed_number(number, key, here)
                    if count is not None:
                        stated[key], locs[key] = count, here
            elif kind == DATE:
                if (shown := self.date(value, here)) is not None:
                    texts[key] = shown
            elif key in self.kinds and kind not in COMPUTED and value is not None:
                texts[key] = value if isinstance(value, str) else str(value)
        if self.numbers in texts and any(texts[k] for k in texts if k != self.numbers):
            texts[self.numbers] = texts.pop(self.numbers)  # (named by its text, not its number)
        first = next(iter(texts.values()), "")
        children = tuple(self.row(child, (*loc, "rader", i), first or above)
                         for i, child in enumerate(row.rader))
        if self.constants and not children and row.summeras and not row.rad_formel:
            self.findings += constant_cells(self.constants, stated, locs, loc,
                                            row_name(first, None, above), self.table.enhet)
        name = row_name(first, row.delsumma if children else None, above)
        if percents:
            self.findings.append(Finding((*loc, percents[0]), percent_row_message(
                name, [cells[key] for key in percents])))
        return RowSpec(loc, name, texts, stated, locs, children, _subtotal(row), numbers=numbers,
                       words=words, marked=row.markerad, fixed=row.fast_belopp)

    def report_units(self) -> None:
        """One error per column for its cells written as a price per unit (or a base fee
        plus one), or as a number with its unit, or as words in an amount column ("Enligt
        kvitto"), at the first."""
        headings = {column.namn: column.heading for column in self.table.kolumner}
        units = next(((c.namn, c.heading) for c in self.table.kolumner if c.typ == "text"
                      and c.heading.strip().casefold() in UNIT_COLUMN_HEADERS), ("per", ""))
        for key, cells in self.prices.items():
            self.findings.append(Finding(cells[0][0], unit_price_message(
                [price for _, price in cells], headings[key], units)))
        for fees in self.based.values():
            self.findings.append(Finding(fees[0][0], base_fee_message([f for _, f in fees])))
        for key, measures in self.measured.items():
            (loc, number), others = measures[0], len(measures) - 1
            self.findings.append(Finding(loc, unit_number_message(number, headings[key],
                                                                  others)))
        for words in self.worded.values():
            (loc, word), others = words[0], len(words) - 1
            self.findings.append(Finding(loc, str(not_a_cell_word(word, others))))

    def _refused(self, value: Any, loc: Loc, error: AmountError) -> None:
        """Report a number or count cell that cannot be read: one written with its unit
        ("3 h") once per column (`report_units`), any other at once."""
        number = unit_number(value)
        if number is None:
            self.findings.append(Finding(loc, error.message))
        else:
            self.measured.setdefault(str(loc[-1]), []).append((loc, number))

    def figure(self, value: Any, loc: Loc, kind: str | None = "belopp") -> Kronor | None:
        """An amount in the table's unit (kronor), or a count (`kind` antal, in thousandths),
        or None after reporting why it cannot be read."""
        if value is None or value == "":
            return None
        if isinstance(value, str) and (figure := without_footnote_star(value)) is not None:
            self.starred.add(loc)
            value = figure
        try:
            if kind == "belopp" and self.resolve is not None and is_reference(value):
                return self.resolve(value, self.table.enhet)
            if kind == COUNT:
                return parse_count(value)
            amount = parse_in_unit(value, self.table.enhet)
            if "summa" not in loc[-2:]:  # (a stated sum's decimals are checked, not shown)
                key = str(loc[-1])
                places = typed_places(value, self.table.enhet)
                self.places[key] = max(self.places.get(key, 0), places)
                if places:
                    self.decimals.add(loc)
            return amount
        except AmountError as exc:
            if kind == COUNT:
                self._refused(value, loc, exc)
            elif "summa" in loc[-2:]:  # (a stated sum is checked: never passed over, trial 95)
                self.findings.append(Finding(loc, stated_sum_message(value, exc.message)))
            else:
                if isinstance(value, str) and not_a_cell_word(value) is not None:
                    self.worded.setdefault(str(loc[-1]), []).append((loc, value))
                else:
                    self.findings.append(Finding(loc, exc.message, follows=follows_of(exc)))
            return None

    def date(self, value: Any, loc: Loc) -> str | None:
        """A date column's cell as printed, or None when it is empty, or after reporting
        why it holds no date."""
        column = str(loc[-1])
        try:
            day = cell_date(value, column)
        except DateCellError as exc:
            if isinstance(value, str) and yearless_message(value, column, set()):
                self.yearless.append((loc, value))  # (told with the table's year, at the end)
            else:
                self.findings.append(Finding(loc, exc.message))
            return None
        if day is None:
            return None
        self.years.add(day.year)
        return shown_date(day, self.date_forms.get(column))

    def report_dates(self) -> None:
        """The error at each date cell without a year ("17 januari"), with the date in the
        year of the table's other dates where they all have one (trial 84, F15)."""
        for loc, value in self.yearless:
            self.findings.append(Finding(loc, str(yearless_message(value, str(loc[-1]),
                                                                   self.years))))

    def number(self, value: Any, loc: Loc) -> WrittenNumber | None:
        """A number (never summed), or None after reporting why it cannot be read."""
        if value is None or value == "" or isinstance(value, list | dict):
            return None  # (a list or a collection is reported by the table checks)
        try:
            return parse_number(value)
        except AmountError as exc:
            self._refused(value, loc, exc)
            return None

    def summed_number(self, number: WrittenNumber, key: str, loc: Loc) -> int | None:
        """A number of a summed number column as a count (whole thousandths, `COUNT`), its
        column marked as one of percentages where it is one; or None after reporting a
        number with more decimals than a count has."""
        if number.percent:
            self.percent_sums.add(key)
        try:
            return parse_count(as_written(number.value))
        except AmountError:
            self.findings.append(Finding(loc, (
                f"{as_written(number)} har fler än tre decimaler, och en kolumn med 'typ: tal' "
                "och 'summeras: ja' summerar tal med högst tre; avrunda talet")))
            return None

    def total(self) -> tuple[dict[str, Kronor], dict[str, Loc]]:
        """The stated grand total(s): one amount, or one per amount column."""
        given = self.table.summa
        if given is None:
            return {}, {}
        amounts = [k for k, v in self.kinds.items() if v == "belopp" and k in self.summed]
        first = amounts[0] if amounts else ""
        pairs = given.items() if isinstance(given, dict) else [(first, None)]
        stated, locs = {}, {}
        for key, value in pairs:
            kind = self.kinds.get(key)
            if kind in COMPUTED or (kind == "belopp" and key not in self.summed):
                continue  # (a computed or unsummed column in 'summa': an error of its own, checks)
            here = (*self.loc, "summa", key) if value is not None else (*self.loc, "summa")
            number = self.number(value, here) if key in self.summed_numbers else None
            amount = self.summed_number(number, key, here) if number is not None else \
                None if key in self.summed_numbers else \
                self.figure(given if value is None else value, here, self.kinds.get(key))
            if amount is not None:
                stated[key], locs[key] = amount, here
        return stated, locs


def stated_sum_message(value: object, message: str) -> str:
    """Why a table's stated `summa` cannot be read, and, for a figure named without `{{ }}`
    ("tabeller.fordringar.summa", "belopp.ram"), how a sum names one (trial 95, F11: "hej" and
    such names passed unchecked)."""
    name = value.strip() if isinstance(value, str) else ""
    if name.startswith(("tabeller.", "uppdelningar.", "belopp.")) and " " not in name:
        return (f"'{name}' är inte ett belopp; en tabells summa som hämtas ur ett annat belopp "
                f'skrivs med {{{{ }}}}, "{{{{ {name} }}}}", så kontrolleras tabellens summa '
                "mot det")
    return message


def _subtotal(row: TableRow) -> str | Literal[False] | None:
    """A row's subtotal label as `RowSpec.subtotal` holds it: False for a heading, which is
    `delsumma: nej` or a row written with `rader: []` and no `delsumma` (a heading over the
    groups after it, bold as theirs: trial 73, F1)."""
    if row.delsumma is None and not row.rader and "rader" in row.model_fields_set:
        return False
    return row.delsumma
