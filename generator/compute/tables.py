"""Compute any table: rows in a tree, group rows from their children, derived columns, totals.

The one code path for every table of a case (the general `tabeller` and the seeds' allocation,
funds and risk tables, which `presets` describe as `TableSpec`s):

* A leaf row's amount is the amount the case gives it. A group row's amount, per amount
  column, is the sum of its children's; an amount the case states for a group is checked.
* A derived column (`formel`, e.g. allocated − used) is computed per row from the row's
  other amounts; an amount the case states in it is checked, and a "–" it types there is
  no amount (a refused row's), as in any amount column. A column with a highest amount
  (`hogst`, a maxtaxa) has no row's figure above it, one with a lowest (`lagst`, "35 %,
  dock lägst 50 kr") none below it, and its groups and total sum its rows.
* The grand total of each amount column is the sum of the top-level rows; a stated total is
  checked.
* A stated figure that differs names both comparisons when its parts are stated wrong too:
  against what the parts compute to, and against the parts as the case states them.
* A table of rounded figures (`avrundat`, e.g. a published list in mnkr with one decimal)
  may state a total, or a group's subtotal, that differs from the sum of its rows by what
  their rounding explains: half a step of the column's last shown decimal per figure summed
  (`judged`, one rule for both). That stated figure is the one shown, and a stated total is
  the table's total, named in text; beyond the reach it is a mismatch as in any table. A
  derived column's figure in a group's row or in the total row is its formula over the
  figures shown in that row, so that the row adds up, and a stated one is checked exactly;
  but a row's stated figure in a column that adds and subtracts amount columns is rounded
  from exact amounts as its terms are, and within half a step per term it is the one shown
  (`_formula_judged`, trial 50, F2: a published −3 442 for −62 318 − (−58 877) tkr). In
  any other table a stated sum that differs is a mismatch; when rounding would explain it
  (in kronor: half a krona per amount, a published list's 1 or 2 kr), the message of a table
  under `tabeller` says the table may be one of rounded amounts.

All amounts are whole kronor (int), except that an amount of a table in kr may have öre (an
exact Decimal of two decimals, as typed: `formatting.Kronor`). Sums and formulas (which only
add and subtract, `formula`) stay exact and keep two decimals where a term has them, so that
every figure prints as it was typed or made from typed figures, per cell
(`formatting.decimals_needed`): 21,50 beside 42 in a row, 41,50 for 21,50 + 20. A table's
unit only changes how amounts are shown. A count column (`typ: antal`: mandat, invånare) is
summed and checked by the same rules as an amount column (never as rounded), its counts in
whole thousandths (`COUNT`) so that they add up exactly; it has no unit. Its formula only
adds and subtracts count columns (`count_formula`), so it is exact and a stated figure in it
is checked exactly. A number column (per capita, share) holds exact numbers, perhaps
percentages, that are shown as written, never summed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import cache, cached_property
from itertools import chain
from math import prod
from types import MappingProxyType
from typing import Final, Literal, NamedTuple

from generator.case.money import NO_AMOUNT, UNIT_EXPONENT
from generator.compute.formula import NAMED, Factor, Fixed, Term
from generator.compute.nearest import NEAREST, nearest_text
from generator.compute.row_counts import multiple
from generator.compute.stated import Mismatch, Multiple, Rounding, compare
from generator.compute.unit_names import names_unit
from generator.formatting import (
    COUNT,
    COUNT_PLACES,
    Kronor,
    WrittenNumber,
    as_written,
    decimals_needed,
    in_unit,
    kr,
    magnitude,
    whole_kronor,
    written_unit,
)
from generator.problems import Loc

DIRECTIONS: Final = {"nedat": ROUND_FLOOR, "uppat": ROUND_CEILING}
"""The roundings other than half up a column's products may have (`avrunda`), by the word
the case gives them."""
ORE: Final = "ore"
"""The `avrunda` that rounds a column's products half up to öre (trial 72, F5)."""
ROUNDINGS: Final = {ROUND_FLOOR: ", avrundat nedåt", ROUND_CEILING: ", avrundat uppåt"}
"""Those roundings as a formula's text says them."""


class ColumnSpec(NamedTuple):
    """A column: text, amount, count or number; a derived amount column has signed terms; a
    share column (`share_of` an amount or count column) is computed by `shares`, a change column
    (`change`: from and to amount or count columns) by `changes`, each with `places`
    decimals; a ratio column (`ratio`, `typ: kvot`) is a change column whose percentage is
    to / from (its `namnare` and `taljare`), not (to − from) / from. A count column
    (`counted`, `typ: antal`) is summed as an amount column is, in whole thousandths
    (`COUNT`), but it is no amount: it has no unit, and its formula only adds and subtracts
    count columns."""

    key: str
    header: str
    amount: bool = False
    formula: tuple[Term, ...] = ()
    number: bool = False
    share_of: str = ""
    places: int = 1
    change: tuple[str, str] | None = None
    counted: bool = False
    ratio: bool = False
    summed: bool = True
    """False for an amount column the case says is not summed (`summeras: nej`): its cells on
    the total and subtotal rows are empty, and it has no total."""
    number_places: int | None = None
    """The decimals a number column shows (`decimaler`); None: as many as its most exact
    number is written with (`column_decimals`)."""
    as_written: bool = False
    """Whether a number column shows each number as it is written (`decimaler: som skrivet`:
    3 beside 1,5, trial 53, F2)."""
    additive: bool = True
    """Whether a derived column is its formula over the figures of a group's row too: it only
    adds and subtracts summed columns, and multiplies none (else a group's figure is the sum
    of its rows')."""
    cap: Kronor | None = None
    """The highest figure a derived column has on a row (`hogst`, kronor): a row's formula
    that comes to more is this (trial 52, F6: "3 % av inkomsten, men högst 1 688 kr")."""
    cap_column: str = ""
    """The amount column whose figure on each row is that row's highest instead (`hogst:
    tak`, trial 58, F2: Nivå 1 capped at 1 824 kr, the others at 2 089 kr); a row without
    one has none."""
    rounding: str = ROUND_HALF_UP
    """How the column's products are rounded to its step (`avrunda`): half up, or down or up
    (`DIRECTIONS`: trial 63, F6, "70 % av vuxenpriset, avrundat nedåt", 105 kr → 73 kr)."""
    ore: bool = False
    """Whether the column's products are rounded half up to öre, in a table in kr
    (`avrunda: ore`: trial 72, F5, 37 % of 22 kr is 8,14 kr), shown so on every row."""
    nearest: str = ""
    """The word (`NEAREST`) for the step in whole kronor a column's figure on each row is
    rounded to half up as a whole, in a table in kr (`avrunda: tiotal`: trial 77, F5, 650 kr
    + 3,6 % is 670 kr); '' for none."""
    floor: Kronor | None = None
    """The lowest figure a derived column has on a row (`lagst`, kronor): a row's formula
    that comes to less is this (trial 63, F1: "35 procent, dock lägst 50 kr")."""
    percent: bool = False
    """Whether a summed number column (`typ: tal`, `summeras: ja`, held as a count) holds
    percentages: its figures, sums too, are shown with "%" (trial 57, F3)."""
    number_formula: tuple[Term, ...] = ()
    """A number column's formula ('s * k': products and sums of number and count columns,
    `number_formula`), whose figures are numbers, exact, never amounts (trial 57, F1)."""
    shown_empty: bool = False
    """Whether the column is printed when no row fills it (`visa_tom: ja`: a
    delegationsordning keeps its fixed columns, trial 59, F6)."""
    plus: bool = False
    """Whether a positive figure prints with "+" (`plustecken: ja`: a table of changes,
    +100 under −100, trial 66, F3)."""
    row_numbers: bool = False
    """Whether the column is the table's leading column of row numbers ("Nr.", `row_numbers`):
    the total row's label goes in the next text column (trial 66, F4)."""
    group: str = ""
    """The heading of the group of columns the column stands under (`kolumngrupper`), or ''
    (`title`)."""
    previous: bool = False
    """Whether a change column is from the row above (`fran: foregaende_rad`, trial 51, F4: a
    rate history, 2 561 → 2 953 = +15,3 %): its `change` is (till, till), from the row above
    to the row, and the first row and the total row have none (empty)."""
    fixed: tuple[Fixed, ...] = ()
    """The case's amounts a derived column's formula adds or subtracts alone, the same on
    every row that has its figures ('v2 + belopp.grundavgift', trial 81, F3): exact, inside
    the row's one rounding (`_multiplied`). Its groups and total sum its rows (never
    `additive`)."""

    @property
    def title(self) -> str:
        """The column as messages, `beslut visa` and `beslut bevaka` name it: its header, after
        the heading of its group where it stands under one, as the .md prints it ("Eget
        kapital 2005-12-31 (tkr)", not "2005-12-31 (tkr)": trial 81, F10)."""
        return f"{self.group} {self.header}" if self.group else self.header

    def cap_on(self, amounts: Mapping[str, Kronor]) -> Kronor | None:
        """The highest figure the column has on a row with these `amounts`."""
        return amounts.get(self.cap_column) if self.cap_column else self.cap

    @property
    def limited(self) -> bool:
        """Whether a derived column has a lowest or highest figure (`lagst`, `hogst`)."""
        return self.cap is not None or bool(self.cap_column) or self.floor is not None

    def within(self, figure: Kronor, amounts: Mapping[str, Kronor]) -> Kronor:
        """The one rule for `lagst` and `hogst`: a figure raised to the column's floor and
        lowered to its cap on a row with these `amounts` (a floor above the cap is an error
        the checks report; the cap wins)."""
        cap = self.cap_on(amounts)
        raised = figure if self.floor is None else max(figure, self.floor)
        return raised if cap is None else min(raised, cap)

    @property
    def own_rounding(self) -> bool:
        """Whether a derived column's figures are rounded by a rule the case gives (`avrunda:
        nedat`, `uppat` or a step such as `tiotal`), which its formula's text names."""
        return self.rounding != ROUND_HALF_UP or bool(self.nearest)

    @property
    def added(self) -> Kronor:
        """What the formula adds to each row's figure in the case's amounts alone (`fixed`:
        292 for 'v2 + belopp.grundavgift'), exact; 0 for none."""
        return sum((amount.sign * amount.value for amount in self.fixed), 0)

    @property
    def multiplies(self) -> bool:
        """Whether a derived column has a product among its terms ('manad * 12'), or adds
        one of the case's amounts times or divided by numbers ('manad + belopp.ram * 2,5 %'):
        its figure is then rounded on each row."""
        return any(term.product for term in self.formula) \
            or any(amount.product for amount in self.fixed)

    @property
    def grouped(self) -> bool:
        """Whether a derived column's figure on a group's row is its formula over that row's
        figures (a summed column that only adds and subtracts summed columns)."""
        return self.summed and self.additive


NO_SCALE: Final = (Decimal(1), Decimal(1))
"""A row formula's numbers when it only adds and subtracts rows (`RowSpec.row_scale`)."""


class RowSpec(NamedTuple):
    """A row as the case gives it: texts, stated amounts (kronor), numbers and children."""

    loc: Loc
    name: str
    texts: Mapping[str, str] = MappingProxyType({})  # shared and read-only: never changed
    stated: Mapping[str, Kronor] = MappingProxyType({})
    stated_locs: Mapping[str, Loc] = MappingProxyType({})
    children: tuple[RowSpec, ...] = ()
    subtotal: str | Literal[False] | None = None  # False: a heading with no subtotal row
    note: str = ""
    emphasis: bool = False
    numbers: Mapping[str, WrittenNumber] = MappingProxyType({})
    words: Mapping[str, str] = MappingProxyType({})
    """The amount and count columns whose cell is a word (`money.cell_word`), as it prints:
    "–" for no amount (no figure, as an empty cell), "Gratis …" for a fee of nothing (0 kr)."""
    short: str = ""
    """The row's short name (`rad_namn`), by which another row's formula names it."""
    row_formula: tuple[tuple[int, str], ...] | None = None
    """A row computed from other rows (`rad_formel`): their short names, each signed; ()
    for one whose formula cannot be read (reported): its typed figures stand, unchecked.
    Such a row is in no sum (`row_formulas`)."""
    row_scale: tuple[Decimal, Decimal] = NO_SCALE
    """What a row formula of one row multiplies and divides it by (trial 69, F2: "maxdag /
    8", the maximum per hour from the maximum per day): (1, 8); (1, 1) for none."""
    marked: bool = False
    """The row is emphasised (`markerad`, trial 64, F9: rows a source highlights): its text
    cells bold, and shaded in Word."""
    fixed: bool = False
    """The row's typed amounts are fixed ones that a column's formula does not compute where
    the row lacks the formula's figures (`fast_belopp`, trial 69, F2): shown unchecked, unwarned."""

    @property
    def summed(self) -> bool:
        """Whether the row counts in its group's sum and the total: not one computed from
        other rows (`rad_formel`)."""
        return self.row_formula is None

    @property
    def is_result(self) -> bool:
        """Whether the row is a result of other rows, added and subtracted (`rad_formel:
        budgeterat + avvikelse`, "Årets resultat"; "Kvar att fördela"), printed bold as a
        total is (trial 71, F13); not one row scaled ("maxdag / 8", a rate of its own)."""
        return bool(self.row_formula) and self.row_scale == NO_SCALE

    @property
    def first_text(self) -> str:
        """The row's first text, which names it in the table and in sentences ("" for none)."""
        return next(iter(self.texts.values()), "")


@dataclass(frozen=True)
class TableSpec:
    """A table as the case gives it, with how messages name its total."""

    loc: Loc
    name: str
    columns: tuple[ColumnSpec, ...]
    rows: tuple[RowSpec, ...]
    unit: str = "kr"
    total_label: str | None = "Totalt"
    stated_total: Mapping[str, Kronor] = field(default_factory=dict)
    stated_total_locs: Mapping[str, Loc] = field(default_factory=dict)
    column_in_messages: bool = True
    rounded: bool = False
    may_round: bool = False
    """The case may say `avrundat` (a table under `tabeller`; a seed's table cannot), so a
    stated sum that rounding would explain is told it may."""
    landscape: bool = False
    """The table goes on a landscape page of its own in Word (`liggande`)."""
    single_total: bool = False
    """A single stated total (`summa: "1 360,9"`): it is the first amount column's."""
    total_first: bool = False
    """The total row stands first, above the rows it sums (`totalt_forst`)."""
    total_printed: bool = True
    """A total (`total_label`) is printed on a row of its own: not when it would only repeat
    the table's single row (trial 46, F8), though text may still name it as the total."""
    starred: frozenset[Loc] = frozenset()
    """Where an amount (a row's or a stated total's) is marked with a footnote star, "1061*":
    its figure prints with the star after it (trial 64, F3)."""
    column_groups: Mapping[str, str] = field(default_factory=dict)
    """The heading of the group each grouped column is in, by column key (`kolumngrupper`)."""
    typed_places: Mapping[str, int] = field(default_factory=dict)
    """The most decimals a row's amount cell is typed with in each amount column of a table
    in tkr, mnkr or mdkr, by column key: 1 for "4,0" and "0,0" in mnkr, which the column
    shows whether or not its figures need them (trial 71, F1: `column_decimals`)."""
    typed_decimals: frozenset[Loc] = frozenset()
    """The amount cells (by place) of a table in tkr, mnkr or mdkr typed with decimals,
    whether they need them or not: "7 104,0" is one (trial 90, F8: `decimal_row`)."""

    @property
    def total_row(self) -> str | None:
        """The label of the total row the table prints, or None if it prints none."""
        return self.total_label if self.total_printed else None

    @cached_property
    def amount_columns(self) -> tuple[ColumnSpec, ...]:
        """The amount columns, in order (found once: every row asks for them)."""
        return tuple(c for c in self.columns if c.amount)

    @cached_property
    def figure_columns(self) -> tuple[ColumnSpec, ...]:
        """The columns of amounts and counts, summed or not, in order."""
        return tuple(c for c in self.columns if c.amount or c.counted)

    @cached_property
    def summed_columns(self) -> tuple[ColumnSpec, ...]:
        """The columns summed on the total and subtotal rows: amounts and counts, in order,
        but for an amount column the case says is not summed (`summeras: nej`)."""
        return tuple(c for c in self.figure_columns if c.summed)

    @cached_property
    def total_column(self) -> ColumnSpec | None:
        """The column whose total is the table's sum (`tabeller.X.summa`, a single stated
        `summa`): the first summed amount column."""
        return next((c for c in self.amount_columns if c.summed), None)

    def unit_of(self, column: ColumnSpec) -> str:
        """The unit a summed column's figures are in: the table's, or none for a count."""
        return COUNT if column.counted else self.unit

    @cached_property
    def product_steps(self) -> dict[str, Kronor]:
        """The step each column with products rounds them to (kronor): one of the table's
        unit, or finer as its own typed cells, the amount columns it multiplies or the
        amounts it multiplies a number or count column by are written (öre in a table in
        kr: "2 736,50", 'platser * 1 250,50'); a column rounded down or up (`avrunda`)
        always to whole units, as "avrundat nedåt" means (trial 67, F1: 65 kr, not 65,62
        kr, for 35 % of 187,50 kr). A fixed row's own figure (`fast_belopp`) is no product
        and does not count (trial 88, F4: "15,70" a month beside 41 606 / 12 = 3 467)."""
        steps: dict[str, Kronor] = {}
        exponent = UNIT_EXPONENT[self.unit]
        for column in (c for c in self.amount_columns if c.multiplies):
            if column.ore:
                steps[column.key] = Decimal("0.01")
                continue
            if column.nearest:
                steps[column.key] = NEAREST[column.nearest]
                continue
            if column.rounding != ROUND_HALF_UP:
                steps[column.key] = 10**exponent
                continue
            keys = {column.key} | {t.amount_column for t in column.formula} - {""}
            figures = chain((row.stated[key] for row in _every_spec(self.rows) for key in keys
                             if key in row.stated and not (row.fixed and key == column.key)),
                            (f.value for t in column.formula for f in t.factors if f.amount),
                            (amount.stated for amount in column.fixed))
            places = decimals_shown(figures, self.unit)
            steps[column.key] = 10**(exponent - places) if places <= exponent \
                else Decimal(1).scaleb(exponent - places)
        return steps

    @cached_property
    def unprinted_ore(self) -> frozenset[str]:
        """The columns with products rounded to öre (`product_steps`) only because an amount
        in the formula has öre, which the table does not print ("langd * 1,46"): a product
        there that comes to whole kronor is whole kronor, and a column of them shows none
        (trial 72, F8: 219 kr, not 219,00 kr, for 150 m × 1,46 kr). Öre typed in the column
        or in an amount column it multiplies show in it as they are typed."""
        printed = set()
        for column in (c for c in self.amount_columns if c.multiplies and not c.ore):
            keys = {column.key} | {t.amount_column for t in column.formula} - {""}
            typed = (row.stated[key] for row in _every_spec(self.rows) for key in keys
                     if key in row.stated)
            if decimals_shown(typed, self.unit) == 0 and self.product_steps[column.key] < 1:
                printed.add(column.key)
        return frozenset(printed)

    @cached_property
    def states_a_sum(self) -> bool:
        """Whether the case states a total or a group's subtotal of an amount column that is
        not derived, on a row the table prints: in a table of rounded amounts (`rounded`) such
        a sum is rounded on its own and may differ from the sum of the amounts shown, whether
        or not it does here."""
        summed = {c.key for c in self.amount_columns if not (c.formula and c.grouped)}
        shown = self.total_row is not None  # (an unprinted total is nobody's: trial 69, F1)
        return (shown and bool(summed & self.stated_total.keys())) or any(
            summed & row.stated.keys() for row in _groups(self.rows))


class RowResult(NamedTuple):
    """A row with its computed amounts (absent where the row has none), children, shares and
    changes (percentages, by share or change column; a change absent cannot be computed)."""

    spec: RowSpec
    amounts: Mapping[str, Kronor]
    children: tuple[RowResult, ...] = ()
    shares: Mapping[str, WrittenNumber] = MappingProxyType({})
    changes: Mapping[str, WrittenNumber] = MappingProxyType({})


class TableResult(NamedTuple):
    """A computed table: its rows and the total of every amount column.

    In a table of rounded figures a column's total is the stated one; `parts` then holds,
    for each such column, what its rows add up to, and for a derived column whose total (its
    formula over the totals shown) differs from its rows' sum, that sum. `taken` holds where a
    stated figure is the one shown: a column's total, a group's subtotal, or a row's figure in
    a column that adds and subtracts, that rounding explains (never a derived column's total:
    that one is computed, and a stated one only checked).
    `changes` holds the total row's changes, from the totals shown (`changes`). `decimals`
    holds the decimals each summed column shows (`column_decimals`), worked out once for the
    table and the text that names its figures.
    """

    spec: TableSpec
    rows: tuple[RowResult, ...]
    totals: Mapping[str, Kronor]
    decimals: Mapping[str, int]
    parts: Mapping[str, Kronor] = MappingProxyType({})
    taken: frozenset[Loc] = frozenset()
    changes: Mapping[str, WrittenNumber] = MappingProxyType({})

    @property
    def total(self) -> Kronor:
        """The total of the first summed amount column (the table's sum)."""
        first = self.spec.total_column
        return self.totals.get(first.key, 0) if first else 0


RowsStep = Callable[[tuple[RowResult, ...], TableSpec, list[Mismatch], set[Loc]],
                   tuple[RowResult, ...]]
"""A step over a table's computed rows before they are summed: `row_formulas`' rows
computed from other rows, given by `checked_tables` (which this module does not import)."""


def computed_table(spec: TableSpec, formula_rows: RowsStep | None = None
                   ) -> tuple[TableResult, list[Mismatch]]:
    """Compute every row and total of the table, the rows computed from other rows by
    `formula_rows` (`row_formulas.with_rows_computed`); report stated figures that differ
    (with the typed cells likelier wrong: `checked_tables.compute_table`)."""
    mismatches: list[Mismatch] = []
    taken: set[Loc] = set()
    rows = tuple(_row(row, spec, mismatches, taken) for row in spec.rows)
    if formula_rows is not None and any(row.row_formula for row in _every_spec(spec.rows)):
        rows = formula_rows(rows, spec, mismatches, taken)
    totals = _sums(rows, spec)
    parts: dict[str, Kronor] = {}
    derived = [c for c in spec.amount_columns if c.formula and c.grouped and spec.rounded
               and not any(_typed_dash(row, c.key) for row in spec.rows)]
    for column in spec.summed_columns:
        if column not in derived:
            found = _nearest_column(spec, _total(spec, column, rows, totals, parts), totals)
            mismatches += [_with_parts(m, rows, column, spec) for m in found]
    taken |= {spec.stated_total_locs.get(key, spec.loc) for key in parts}
    for column in derived:
        mismatches += [m._replace(unit=spec.unit)
                       for m in _derived_total(spec, column, totals, parts)]
    result = TableResult(spec, rows, totals, column_decimals(spec, rows, totals), parts,
                         frozenset(taken))
    return result, mismatches


def _derived_total(spec: TableSpec, column: ColumnSpec, totals: dict[str, Kronor],
                   parts: dict[str, Kronor]) -> list[Mismatch]:
    """In a table of rounded amounts, a derived column's total is its formula over the totals
    shown (some of them stated), as in a group's row, so that the total row adds up; `parts`
    keeps the rows' sum where that differs. A stated total is checked against it exactly."""
    if column.key not in totals:
        return []
    computed = sum(term.sign * totals.get(term.key, 0) for term in column.formula)
    if computed != totals[column.key]:
        parts[column.key], totals[column.key] = totals[column.key], computed
    loc = spec.stated_total_locs.get(column.key, spec.loc)
    return [m._replace(formula=formula_text(column, spec), from_totals=_unstated(spec, column))
            for m in compare(loc, level(spec, spec.name, column),
                             spec.stated_total.get(column.key), computed)]


def _unstated(spec: TableSpec, column: ColumnSpec) -> str:
    """The columns a derived total is computed from, named by header ("Tilldelat och
    Använt"), when the case states the total of some of them not (else "")."""
    keys = [term.key for term in column.formula]
    if all(key in spec.stated_total for key in keys):
        return ""
    headers = term_names(spec)
    names = [headers[key] for key in keys]
    return " och ".join((", ".join(names[:-1]), names[-1])) if len(names) > 1 else names[0]


def _total(spec: TableSpec, column: ColumnSpec, rows: tuple[RowResult, ...],
           totals: dict[str, Kronor], parts: dict[str, Kronor]) -> list[Mismatch]:
    """Check a column's stated total. In a table of rounded amounts one that rounding explains
    becomes the column's total (`parts` keeps the rows' sum); elsewhere a difference rounding
    would explain gets the hint that the table may say `avrundat` (`judged`)."""
    stated = spec.stated_total.get(column.key)
    loc = spec.stated_total_locs.get(column.key, spec.loc)
    found = compare(loc, level(spec, spec.name, column), stated, totals.get(column.key, 0))
    if stated is None or not (found or spec.rounded) or column.counted:
        return found  # (a count is never rounded: it is exact or wrong)
    found, take = judged(spec, found, _rounding(rows, column, stated, spec.unit))
    if take:
        parts[column.key], totals[column.key] = totals.get(column.key, 0), stated
    return found


def judged(spec: TableSpec, found: list[Mismatch], rounding: Rounding,
            off: Kronor | None = None, own_rule: bool = False) -> tuple[list[Mismatch], bool]:
    """The one rounding rule for a stated sum (a total or a group's subtotal): in a table of
    rounded amounts one that rounding explains is taken (True, no mismatch), one beyond it
    says how far rounding reaches; elsewhere, in a table that may say `avrundat`, a difference
    rounding would explain (in whole kronor too: half a krona per amount) gets that hint.
    `off` is how far the stated figure is from the exact one rounding is measured from, where
    that is not the computed figure (a product's, which the tool rounds). A figure whose
    column rounds by its own rule (`own_rule`: `avrunda`) gets no hint: `avrundat` would hide
    a slip of one krona there (trial 67, F4)."""
    if not spec.rounded:
        hint = not own_rule and spec.may_round and rounding.explains(
            found[0].difference if off is None else off)
        return [m._replace(may_be_rounded=hint) for m in found], False
    beyond = [m._replace(rounding=rounding) for m in found
              if not rounding.explains(m.difference if off is None else off)]
    return beyond, not beyond


def _nearest_column(spec: TableSpec, found: list[Mismatch],
                    totals: Mapping[str, Kronor]) -> list[Mismatch]:
    """A single stated total that differs, in a table of several amount columns: the column
    whose total comes nearest it (the first on a tie), so the message can show a total per
    column written with the table's own column names."""
    keys = [c.key for c in spec.amount_columns if c.summed and c.key in totals]
    if not spec.single_total or len(keys) < 2:
        return found
    return [m._replace(per_column=min(((k, totals[k]) for k in keys),
                                      key=lambda pair: magnitude(pair[1] - m.stated)))
            for m in found]


def _row(row: RowSpec, spec: TableSpec, mismatches: list[Mismatch],
         taken: set[Loc]) -> RowResult:
    """Compute one row (after its children) and check what it states; a group's stated
    subtotal that rounding explains (`judged`) is its amount, its place added to `taken`."""
    if row.row_formula is not None:  # (computed from other rows: `row_formulas`)
        return RowResult(row, {c.key: row.stated[c.key] for c in spec.figure_columns
                               if c.key in row.stated and not row.row_formula})
    children = tuple(_row(child, spec, mismatches, taken) for child in row.children)
    amounts: dict[str, Kronor] = dict(_sums(children, spec)) if children else {}
    for column in spec.figure_columns:
        if not column.formula and not children and column.key in row.stated:
            amounts[column.key] = row.stated[column.key]
    for column in spec.summed_columns:  # stated subtotals first: a formula uses those taken
        if column.key in row.stated and children and not (
                column.formula and column.grouped and not _typed_dash(row, column.key)):
            found = stated_mismatch(row, spec, column, amounts)
            if found and not column.counted:  # (a count is never rounded)
                rounding = _rounding(children, column, found[0].stated, spec.unit)
                found, take = judged(spec, found, rounding)
                if take:
                    amounts[column.key] = row.stated[column.key]
                    taken.add(row.stated_locs.get(column.key, row.loc))
            mismatches += [_with_parts(m, children, column, spec) for m in found]
    wrong: dict[str, Kronor] = {}  # the row's derived figures stated wrong, as stated
    chains: dict[str, tuple[tuple[str, Kronor], ...]] = {}  # and those each is right with
    for column in spec.figure_columns:
        if not column.formula or not (column.grouped or not children):
            continue
        if _typed_dash(row, column.key):
            continue  # (no amount on a refused row, its group the sum of the rest: `_typed_dash`)
        if not _derived(spec, column, row, amounts):
            continue  # (a divisor the row lacks: reported at its cell, `divisor_cells`)
        if column.key in row.stated and (column.key not in amounts or row.fixed):
            # (unchecked: `factor_cells`; or fixed, as a decision states it: trial 88, F5)
            amounts[column.key] = row.stated[column.key]
        elif column.key in row.stated:
            found, take = _formula_judged(spec, column, row, amounts)
            if take:
                amounts[column.key] = row.stated[column.key]
                taken.add(row.stated_locs.get(column.key, row.loc))
            follows = _follows(spec, column, row, amounts, wrong, chains)
            mismatches += [m._replace(formula=formula_text(column, spec, row, amounts),
                                      unit=spec.unit_of(column),
                                      uncapped=uncapped(spec, column, row, amounts),
                                      follows=follows, multiple=_multiple(spec, column, row, m),
                                      directed=_directed(spec, column, row, amounts),
                                      unrounded=_unrounded(spec, column, row, amounts, m))
                           for m in found]
            if found:
                wrong[column.key] = row.stated[column.key]
                chains[column.key] = follows
    return RowResult(row, amounts, children)


def _derived(spec: TableSpec, column: ColumnSpec, row: RowSpec,
             amounts: dict[str, Kronor]) -> bool:
    """Put a derived column's figure on a leaf row or a group's row into `amounts` (none
    where the row has no amounts), within the column's `floor` and `cap`; False where a
    divisor the row lacks leaves none."""
    if column.multiplies:
        computed = _multiplied(column, row, amounts, spec.product_steps[column.key],
                               column.key in spec.unprinted_ore)
    else:
        computed = True
        # (a row of counts only has no amounts, and one of amounts only no counts)
        alike = {c.key for c in spec.figure_columns if c.counted == column.counted}
        if alike & (amounts.keys() | row.stated.keys()):
            amounts[column.key] = sum((t.sign * amounts.get(t.key, 0) for t in column.formula),
                                      column.added)
    if column.key in amounts:
        amounts[column.key] = column.within(amounts[column.key], amounts)
    return computed


def uncapped(spec: TableSpec, column: ColumnSpec, row: RowSpec,
             amounts: Mapping[str, Kronor]) -> Kronor | None:
    """A derived column's figure on a row before its `hogst` or `lagst`, where that changes
    it (else None): what a message shows beside the limit ("= 2 100 kr, högst 1 688 kr",
    "= 35 kr, lägst 50 kr"), and `beslut visa` too (trial 58, F3)."""
    if not column.limited or column.key not in amounts:
        return None
    figures = dict(amounts)
    _derived(spec, column._replace(cap=None, cap_column="", floor=None), row, figures)
    figure = figures.get(column.key)
    if figure is None:
        return None
    limit = column.within(figure, amounts)
    return figure if figure != limit and amounts[column.key] == limit else None


def _follows(spec: TableSpec, column: ColumnSpec, row: RowSpec, amounts: Mapping[str, Kronor],
             wrong: Mapping[str, Kronor], chains: Mapping[str, tuple[tuple[str, Kronor], ...]]
             ) -> tuple[tuple[str, Kronor], ...]:
    """The row's derived figures stated wrong that a stated figure of `column`, wrong too, is
    right with (headers and figures as stated), and, behind a single one, those it is right
    with in turn, back to where the slip is: "Månadshyra = Årshyra / 12" stated from a wrong
    Årshyra is one slip, not two (trial 51, F3; trial 54, F3: a chain of three sums); ()
    where the figure is wrong with them too. Each is named by where it is, "i kolumnen
    'Årshyra (kr)'"."""
    used = {name for term in column.formula for name in _names(term)} & wrong.keys()
    if not used:
        return ()
    as_stated = {**amounts, **{key: wrong[key] for key in used}}
    if not _derived(spec, column, row, as_stated) or _formula_judged(
            spec, column, row, as_stated)[0]:
        return ()
    direct = tuple((f"i kolumnen '{c.title}'", wrong[c.key]) for c in spec.columns
                   if c.key in used)
    return direct + chains[next(iter(used))] if len(used) == 1 else direct


def _directed(spec: TableSpec, column: ColumnSpec, row: RowSpec,
              amounts: Mapping[str, Kronor]) -> str:
    """The `avrunda` a row's stated figure in a column rounded half up follows, where it is
    the formula's figure rounded down or up instead ('nedat', 'uppat'; else ''): the source
    may round so (trial 63, F6: 73 kr for 70 % × 105 kr)."""
    if not column.multiplies or column.own_rounding:
        return ""
    exact = _exact_formula(column, row, amounts)[0]
    step = spec.product_steps[column.key]
    stated = row.stated[column.key]
    return next((word for word, rounding in DIRECTIONS.items()
                 if column.within(rounded_to(exact, step, rounding), amounts) == stated),
                "") or _nearest(spec, column, exact, stated, amounts)


def _nearest(spec: TableSpec, column: ColumnSpec, exact: Decimal, stated: Kronor,
             amounts: Mapping[str, Kronor]) -> str:
    """The finest step (`NEAREST`) a row's stated figure in a table in kr is the formula's
    figure rounded to, where it is a figure of more than that step (trial 77, F5: 670 kr for
    673,40 kr is "tiotal"; trial 88, F4: 4 960 kr for 4 959,67 kr is "krona", as the column's
    other rows, not "tiotal" because it ends in 0); else ''."""
    if spec.unit != "kr":
        return ""
    return next((word for word, step in NEAREST.items() if magnitude(stated) > step
                 and column.within(rounded_to(exact, step), amounts) == stated), "")


def _unrounded(spec: TableSpec, column: ColumnSpec, row: RowSpec,
               amounts: Mapping[str, Kronor], mismatch: Mismatch) -> Decimal | None:
    """A row's figure in a column with products before it is rounded to the column's step,
    where that differs from the figure and the stated one is off by no more than a step, so
    that rounding may be the question: 322,56 kr for 0,7 % × 46 080 kr, stated 322 kr (trial
    73, F12); None for a formula that only adds and subtracts, and in a column whose
    `avrunda` the formula's text names already ("avrundat nedåt")."""
    if not column.multiplies or column.own_rounding \
            or magnitude(mismatch.difference) > spec.product_steps[column.key]:
        return None
    exact = _exact_formula(column, row, amounts)[0]
    return exact if exact != mismatch.computed else None


def _multiple(spec: TableSpec, column: ColumnSpec, row: RowSpec,
              mismatch: Mismatch) -> Multiple | None:
    """For a row's product stated a whole multiple of the computed one, how many times, and
    what the row and a count column say (`row_counts`); None for a sum or formula that only
    adds and subtracts, or adds one of the case's amounts alone."""
    if not column.multiplies or column.fixed:
        return None
    return multiple(mismatch.stated, mismatch.computed, row.texts.values(), column.formula,
                    [c.key for c in spec.columns])


def _names(term: Term) -> Iterator[str]:
    """The columns a formula's term reads: its own and those of its factors and divisor."""
    yield term.key
    yield from (factor.written for factor in term.factors if factor.kind)
    if term.divisor is not None and term.divisor.kind:
        yield term.divisor.written


def _formula_judged(spec: TableSpec, column: ColumnSpec, row: RowSpec,
                    amounts: Mapping[str, Kronor]) -> tuple[list[Mismatch], bool]:
    """A row's stated figure in a derived column, judged by the one rounding rule (`judged`)
    against its formula over the row's figures, exact (no product rounded): the figure and
    the amounts in the formula are rounded each, so in a table of rounded amounts a figure
    within half a step for its own rounding and half a step per amount, scaled by what
    multiplies or divides it, is taken as typed (trial 50, F2: a published −3 442 for
    −62 318 − (−58 877) = −3 441 tkr; trial 51, F1: 9 719 kr for 116 634 kr / 12)."""
    found = stated_mismatch(row, spec, column, amounts)
    if not found or column.counted:
        return found, False  # (a sum of counts is exact: never rounded)
    exact, weight, figures = _exact_formula(column, row, amounts)
    exact = Decimal(column.within(exact, amounts))
    step = step_of([found[0].stated, *figures], spec.unit)
    return judged(spec, found, Rounding(len(figures) + 1, step, 1 + weight),
                   found[0].stated - exact, own_rule=column.own_rounding)


def exact_figure(column: ColumnSpec, row: RowSpec, amounts: Mapping[str, Kronor]) -> Decimal:
    """A derived column's formula over a row's figures, exact, before any rounding."""
    return _exact_formula(column, row, amounts)[0]


def _exact_formula(column: ColumnSpec, row: RowSpec, amounts: Mapping[str, Kronor]
                   ) -> tuple[Decimal, Decimal, list[Kronor]]:
    """A derived column's formula over a row's figures, exact; the halves of a step the
    rounding of its amounts reaches, each amount weighted by the other factors over the
    divisor (numbers, counts and constants are exact); and those amounts."""
    exact, weight = Decimal(column.added), Decimal(0)
    figures: list[Kronor] = []
    for term in column.formula:
        operands = [(term.source, _operand(term.key, term.source, row, amounts))]
        operands += [(f.kind, f.value if not f.kind else _operand(f.written, f.kind, row, amounts))
                     for f in term.factors]
        divisor = divisor_on(term, row, amounts)
        values = [value for _, value in operands if value is not None]
        if len(values) < len(operands) or divisor <= 0:
            continue
        exact += term.sign * prod(values, start=Decimal(1)) / divisor
        for index, (kind, value) in enumerate(operands):
            if kind == "belopp":
                others = prod(values[:index] + values[index + 1:], start=Decimal(1))
                weight += magnitude(others / divisor)
                figures.append(value)  # type: ignore[arg-type]  # (not None: checked above)
    return exact, weight, figures


def stated_mismatch(row: RowSpec, spec: TableSpec, column: ColumnSpec,
            amounts: Mapping[str, Kronor]) -> list[Mismatch]:
    """How the row's stated figure in `column` differs from the computed one (if it does)."""
    loc = row.stated_locs.get(column.key, row.loc)
    return compare(loc, level(spec, row.name, column), row.stated[column.key],
                   amounts.get(column.key, 0))


def _rounding(rows: tuple[RowResult, ...], column: ColumnSpec, stated: Kronor,
              unit: str) -> Rounding:
    """The rounded figures a column's total adds up (every leaf row's amount, or the amounts
    a derived column is computed from), and the step of the last decimal the column shows."""
    keys = [t.key for t in column.formula] if column.grouped and column.formula else [column.key]
    figures = [row.amounts[key] for row in leaves(rows) for key in keys if key in row.amounts]
    return Rounding(len(figures), step_of([stated, *figures], unit))


def step_of(figures: Sequence[Kronor], unit: str) -> Kronor:
    """The step of the last decimal these figures show, in kronor: what each is rounded to."""
    exponent = UNIT_EXPONENT[unit] - decimals_shown(figures, unit)
    return 10**exponent if exponent >= 0 else Decimal(1).scaleb(exponent)


def column_decimals(spec: TableSpec, rows: tuple[RowResult, ...],
                    totals: Mapping[str, Kronor]) -> dict[str, int]:
    """The decimals each summed column shows, in the table and wherever text names its
    figures: as many as its most exact amount is typed with ("4,0" in mnkr: one, trial 71,
    F1) or its total and any row's figure need (3,0 beside 2,4 and 5,4 mnkr), a column a
    formula adds and subtracts at least as many as the columns it is computed from (one that
    multiplies rounds to its `product_steps`); in a table in mnkr
    or mdkr every amount column as many as the most exact (`_published_places`); in kronor
    two for every figure when one of them has öre (100,00 beside 6,50, as a price
    list writes them: trial 64, F7), else none. A number
    column shows its `decimaler`, else as many as its most exact number is written with
    (4,20 beside 1,35, as a column of amounts does: trial 49, F8); a column of percentages
    without `decimaler` shows each as written (a list of rates: 100 %, 18 %, 2,5 %)."""
    shown = {c.key: places for c in spec.columns
             if c.number and (places := _number_places(c, rows)) is not None}
    typed = {} if whole_kronor(spec.unit) else spec.typed_places  # (kr: `decimals_needed`)
    for column in spec.figure_columns:
        key, unit = column.key, spec.unit_of(column)
        if column.counted and column.number_places is not None:  # (summed `tal`: its own)
            shown[key] = column.number_places
            continue
        if decimal_row(spec, column, rows) is not None:  # (its own decimals: trial 73, F2)
            shown[key] = 0
            continue
        values = (r.amounts[key] for r in every_row(rows) if key in r.amounts)
        needed = decimals_shown(chain((totals.get(key, 0),), values), unit)  # read lazily
        shown[key] = max(needed, *(typed.get(k, 0) for k in _typed_from(column)))
    return shown | _published_places(spec, shown)


def _published_places(spec: TableSpec, shown: Mapping[str, int]) -> dict[str, int]:
    """The decimals of a table's amount columns in mnkr or mdkr: one number for the whole
    table, its most exact column's. A published list in mnkr writes one decimal in every
    column, "4,0" beside "8,5" and "0,0" for a "0" (trial 71, F1); in tkr and kr a column
    of decimals (used amounts, fees in öre) may stand beside whole amounts."""
    if spec.unit not in ("mnkr", "mdkr"):
        return {}
    keys = [c.key for c in spec.amount_columns if spec.unit_of(c) == spec.unit]
    return dict.fromkeys(keys, max((shown[key] for key in keys), default=0))


def _number_places(column: ColumnSpec, rows: tuple[RowResult, ...]) -> int | None:
    """The decimals a number column shows: its `decimaler`, else its most exact number's;
    None for 'som skrivet' and for percentages without `decimaler` (each shown as written)."""
    if column.number_places is not None or column.as_written:
        return column.number_places
    numbers = [number for row in every_row(rows)
               if (number := row.spec.numbers.get(column.key)) is not None]
    if any(number.percent for number in numbers):
        return None
    return max((number.places for number in numbers), default=0)


def _typed_from(column: ColumnSpec) -> list[str]:
    """The columns whose typed decimals a column shows: itself and, where its formula adds
    and subtracts, the columns it is computed from."""
    return [column.key, *([] if column.multiplies else [t.key for t in column.formula])]


def decimal_row(spec: TableSpec, column: ColumnSpec,
                rows: Sequence[RowResult]) -> RowResult | None:
    """The one row whose amount in a column in tkr has decimals where the column's other
    rows (two or more) are whole and typed whole, else None: "Antal årsarbetare" 457,21
    under personnel costs of 198 256 tkr (trial 73, F2). Its decimals do not spread to the
    column, which shows whole tkr; each figure that needs decimals shows its own
    (`places_shown`). A row is not odd where another is typed with decimals it does not
    need: "1 578,7" under "7 104,0" and "4 736,0" (trial 90, F8); nor where a figure of its
    own in another amount column is whole, as an amount's beside it are: "1 020,5" beside
    "1 420" is an amount like the column's others, which then show a decimal too (trial
    92, F3)."""
    key, unit = column.key, spec.unit_of(column)
    if unit != "tkr":
        return None
    leaves = [r for r in every_row(rows) if not r.children and key in r.amounts]
    odd = [r for r in leaves if decimals_needed(r.amounts[key], unit)]
    if len(odd) != 1 or len(leaves) <= 2 or any(
            not decimals_needed(odd[0].amounts[other.key], unit)
            for other in spec.amount_columns if other.key in odd[0].amounts):
        return None
    typed = [r.spec.stated_locs.get(k, r.spec.loc) for r in leaves if r is not odd[0]
             for k in _typed_from(column)]
    return None if spec.typed_decimals.intersection(typed) else odd[0]


def decimals_shown(figures: Iterable[Kronor], unit: str) -> int:
    """The decimals that show each of these amounts exactly: as many as the most exact one
    needs (in kronor two where one carries öre: a step of rounding is then an öre)."""
    return max((decimals_needed(figure, unit) for figure in figures), default=0)


def every_row(rows: Sequence[RowResult]) -> Iterator[RowResult]:
    """Every row and its descendants, in order."""
    for row in rows:
        yield row
        yield from every_row(row.children)


def _every_spec(rows: tuple[RowSpec, ...]) -> Iterator[RowSpec]:
    """Every row as the case gives it, and its descendants."""
    for row in rows:
        yield row
        yield from _every_spec(row.children)


def _typed_dash(row: RowSpec, key: str) -> bool:
    """Whether a row, or a row under it, has "–" in a derived column, typed or because the
    formula reads only "–" there (`dashed_formulas`): no amount, not the formula's (trial 97,
    F7: a refused förening's "–" under Kompensation, its cost figures kept), so that a group's
    figure there is its other rows' sum, not the formula over the group's."""
    return any(r.words.get(key) == NO_AMOUNT[0] for r in _every_spec((row,)))


def _groups(rows: tuple[RowSpec, ...]) -> Iterator[RowSpec]:
    """The rows with children, at any depth."""
    for row in rows:
        if row.children:
            yield row
            yield from _groups(row.children)


def leaves(rows: Sequence[RowResult]) -> Iterator[RowResult]:
    """The rows without children, at any depth, that sums add up (not those computed from
    other rows, `rad_formel`)."""
    for row in rows:
        if row.children:
            yield from leaves(row.children)
        elif row.spec.summed:
            yield row


def formula_text(column: ColumnSpec, spec: TableSpec, row: RowSpec | None = None,
                 amounts: Mapping[str, Kronor] | None = None) -> str:
    """A derived column's formula in its columns' headers (`term_name`): 'Tilldelat −
    Använt', a product
    'Månadsarvode × 12', a bracketed sum '(Summa + Administration) × 6 %'; for a row's
    product with the row's figures too: 'Andel × riksdagsarvode (4 % × 68 400 kr)'."""
    headers = term_names(spec)
    named = [(amount, factor_named(Factor(amount.written))) for amount in column.fixed]
    text = terms_written(column.formula, lambda key, _: headers[key], factor_named, named)
    if row is not None and amounts is not None and (column.multiplies or column.fixed):
        figure = RowFigures(row, amounts, spec.unit)
        added = [(amount, fixed_figures(amount, spec.unit)) for amount in column.fixed]
        text += f" ({terms_written(column.formula, figure.cell, figure.constant, added)})"
    return text + (nearest_text(column.nearest) if column.nearest
                   else ROUNDINGS.get(column.rounding, ""))


def terms_written(formula: tuple[Term, ...], cell: Callable[[str, str], str],
                   constant: Callable[[Factor], str],
                   fixed: Sequence[tuple[Fixed, str]] = ()) -> str:
    """A formula's terms written out (`_written`), those of one bracketed sum once, with the
    sum in brackets where its amount column stands: '(Summa + Administration) × 6 %'; the
    case's amounts it adds alone (`fixed`, each with its text) where the formula has them."""
    written: list[tuple[int, str]] = []
    for index, term in enumerate([*formula, None]):
        written += [(amount.sign, text) for amount, text in fixed if amount.after == index]
        if term is not None and (not term.bracket or not index
                                 or formula[index - 1].bracket != term.bracket):
            written.append((term.sign, _bracket_written(term, formula, cell, constant)
                            if term.bracket else _written(term, cell, constant)))
    return _joined(written)


def _bracket_written(first: Term, formula: tuple[Term, ...], cell: Callable[[str, str], str],
                     constant: Callable[[Factor], str]) -> str:
    """The first term of a bracketed sum written with the sum of its bracket's amount
    columns, signed from the first, in place of its own: '(Summa − Avdrag) / 12'."""
    inner = _joined((t.sign * first.sign, cell(t.amount_column, "belopp"))
                    for t in formula if t.bracket == first.bracket)

    def bracketed(key: str, kind: str) -> str:
        return f"({inner})" if key == first.amount_column else cell(key, kind)

    return _written(first, bracketed, constant)


def _written(term: Term, cell: Callable[[str, str], str],
             constant: Callable[[Factor], str]) -> str:
    """A term written out, its columns by `cell` (key and kind) and its constants by
    `constant`: 'Platser × Pris × 12', '3 × 1 250 kr × 12', 'År / Dagar'."""
    parts = [cell(term.key, term.source)]
    parts += [cell(f.written, f.kind) if f.kind else constant(f) for f in term.factors]
    text = " × ".join(parts)
    divisor = term.divisor
    if divisor is not None:
        text += f" / {cell(divisor.written, divisor.kind) if divisor.kind else divisor.written}"
    if term.per is not None:
        text += f" / {term.per.written}"
    return text


def _joined(terms: Iterable[tuple[int, str]]) -> str:
    """Signed terms written out: 'a − b + c'."""
    text = ""
    for sign, term in terms:
        text += ("−" if sign < 0 else "") + term if not text else \
            (" − " if sign < 0 else " + ") + term
    return text


def factor_named(factor: Factor) -> str:
    """A constant factor as a message writes it in a formula: a number as written, an amount
    the case states under `belopp` as other messages name it, "ärendets belopp
    'per_tillfalle'" (trial 70, F9: the bare key stood beside the columns' headers)."""
    if "*" in factor.written or "/" in factor.written:  # (a fixed amount times or divided by
        return _fixed_written(factor.written, lambda part: factor_named(Factor(part)))  # numbers)
    if factor.written.startswith(NAMED):
        return f"ärendets belopp '{factor.written.removeprefix(NAMED)}'"
    return factor.written


def fixed_figures(amount: Fixed, unit: str) -> str:
    """One of the case's amounts a formula adds alone as a row's figures in a message show
    it: '292 kr'; times or divided by numbers, with the amount as the case states it, '12 ×
    68 400 kr', '68 401 kr × 2,5 %' (the product exact is rounded with the row)."""
    if not amount.product:
        return in_unit(amount.value, unit)
    return _fixed_written(amount.written, lambda part: kr(amount.stated)
                          if part.startswith(NAMED) else part)


def _fixed_written(written: str, part: Callable[[str], str]) -> str:
    """A product or quotient of one of the case's amounts and numbers ('12 * belopp.avgift /
    52') written out, each part by `part`: '12 × ärendets belopp 'avgift' / 52'."""
    product, divided, divisor = written.partition("/")
    text = " × ".join(part(factor.strip()) for factor in product.split("*"))
    return f"{text} / {divisor.strip()}" if divided else text


class RowFigures(NamedTuple):
    """How a message writes a row's figures in a term: '4 %', '68 400 kr', '–' for none."""

    row: RowSpec
    amounts: Mapping[str, Kronor]
    unit: str

    def cell(self, key: str, kind: str) -> str:
        """The row's figure in a column: a number or count as written, an amount in the
        table's unit."""
        if kind == "tal":
            number = self.row.numbers.get(key)
            return "–" if number is None else as_written(number)
        if key not in self.amounts:
            return "–"
        if kind == COUNT:
            return as_written(Decimal(self.amounts[key]).scaleb(-COUNT_PLACES).normalize())
        return in_unit(self.amounts[key], self.unit)

    def constant(self, factor: Factor) -> str:
        """A constant factor: a named amount in kronor, a number that is an amount in the
        table's unit, a plain number as written."""
        if not factor.amount:
            return factor.written
        return kr(factor.value) if factor.written.startswith(NAMED) \
            else in_unit(factor.value, self.unit)


def _multiplied(column: ColumnSpec, row: RowSpec, amounts: dict[str, Kronor],
                step: Kronor, whole: bool = False) -> bool:
    """A leaf row's figure in a column with products: each product or quotient exact, those
    with one multiplier added ('(summa + admin) * 6 %', 'summa * 6 % + admin * 6 %'), then
    rounded half up to the column's `step` once, the terms then added (in a column rounded
    to a step such as tiotal, `nearest`, the whole figure is rounded to it once instead); the
    case's amounts the formula adds alone (`ColumnSpec.added`) go into the first product's
    rounding ('belopp.grundavgift + tomningar * pris' is rounded once, trial 81, F3); a
    term with a column the row has no figure in (`lacking`) is left out, and the row has
    none where every term is (a figure it states is then its figure, unchecked:
    `factor_cells`). False where a quotient's divisor on the row is empty or not above zero
    (reported at its cell): the row's figure cannot be computed. With `whole`, a product
    rounded to öre that comes to whole kronor is an int (`TableSpec.unprinted_ore`)."""
    total: Kronor = 0
    products: dict[object, Decimal] = {}  # (exact, by multiplier)
    found = False
    for term in column.formula:
        if lacking(term, row, amounts):
            continue
        figures = [_operand(term.key, term.source, row, amounts)]
        figures += [f.value if not f.kind else _operand(f.written, f.kind, row, amounts)
                    for f in term.factors]
        known = [figure for figure in figures if figure is not None]  # (all: not lacking)
        divisor = divisor_on(term, row, amounts)
        if divisor <= 0:
            return False
        found = True
        if term.product:
            exact = term.sign * prod(known, start=Decimal(1)) / divisor
            products[term.multiplier] = products.get(term.multiplier, Decimal(0)) + exact
        else:
            total += term.sign * known[0]
    exacts = list(products.values()) or [Decimal(0)]  # (the case's amount times a number
    exacts[0] += column.added  # is rounded alone; added alone, in the first product's one)
    if found and column.nearest:
        amounts[column.key] = rounded_to(total + sum(exacts), step)
    elif found:
        rounded = (rounded_to(exact, step, column.rounding) for exact in exacts)
        amounts[column.key] = total + sum(_whole(figure) if whole else figure
                                          for figure in rounded)
    return True


def _whole(figure: Kronor) -> Kronor:
    """An amount in öre that comes to whole kronor as an int (219,00 as 219)."""
    return int(figure) if figure == int(figure) else figure


def lacking(term: Term, row: RowSpec, amounts: Mapping[str, Kronor]) -> str:
    """The first column a term multiplies that the row has no figure in ('' where it has
    all): its own, or a factor's."""
    columns = chain(((term.key, term.source),), ((f.written, f.kind) for f in term.factors
                                                if f.kind))
    return next((key for key, kind in columns if _operand(key, kind, row, amounts) is None), "")


def divisor_on(term: Term, row: RowSpec, amounts: Mapping[str, Kronor]) -> Decimal:
    """What a term divides by on a row: 1 for none, a number, or the row's figure in a
    number or count column (0 where the row has none), times the number the term is divided
    by beside it ('utrymme / anstallda / 12')."""
    divisor = term.divisor
    if divisor is None or not divisor.kind:
        return Decimal(1) if divisor is None else divisor.value
    figure = Decimal(_operand(divisor.written, divisor.kind, row, amounts) or 0)
    return figure if term.per is None else figure * term.per.value


def _operand(key: str, kind: str, row: RowSpec, amounts: Mapping[str, Kronor]) -> Kronor | None:
    """A column's figure on a row: an amount (kronor), a count, or a number (a percentage
    as a fraction: 4 % is 0,04); None where the row has none."""
    if kind == "tal":
        number = row.numbers.get(key)
        if number is None:
            return None
        return number.value.scaleb(-2) if number.percent else number.value
    value = amounts.get(key)
    if value is None or kind == "belopp":
        return value
    return Decimal(value).scaleb(-COUNT_PLACES)  # (a count is held in thousandths)


def rounded_to(exact: Kronor, step: Kronor, rounding: str = ROUND_HALF_UP) -> Kronor:
    """An amount rounded half up (away from zero), or as `rounding` says, to a step: whole
    kronor (an int) or a multiple of them, or öre (a Decimal of two decimals, shown with
    öre)."""
    units = (Decimal(exact) / step).to_integral_value(rounding)
    return int(units * step) if step >= 1 else (units * step).quantize(Decimal(step))


def bare_header(header: str, unit: str) -> str:
    """A header without the unit `with_unit` gives it: "Bidrag" for "Bidrag (kr)",
    "Momskompensation (6 %)" for "Momskompensation (6 %, kr)"."""
    written = written_unit(unit)
    if header.endswith(f", {written})"):
        return f"{header.removesuffix(f', {written})')})"
    return header.removesuffix(f" ({written})")


def term_names(spec: TableSpec) -> dict[str, str]:
    """Each column of a table by the name a message gives it in a formula written out
    (`term_name`), by its key: by its `title`, with its group's heading where it stands under
    one, as the message names the column it computes (trial 88, F7: "Per år" under both
    "Kommunal skola" and "Fristående skola"; trial 91, F9: "Taxa 2020", not "'2020 (kr)'")."""
    return {c.key: term_name(c.title, spec.unit) for c in spec.columns}


def term_name(header: str, unit: str) -> str:
    """A column as a formula written out in a message names it: by its header (as printed,
    `with_unit`) without the unit ('Tilldelat − Använt'); but a header that is or begins with
    a year in quotes, as printed, so that it cannot be read as the number ("'2024 (kr)' +
    '2024 (kr)' × 3,6 %", trial 77, F4: "2024 + 2024 × 3,6 %" read as arithmetic on the
    year)."""
    bare = bare_header(header, unit)
    year = bare[:4]
    if not (year.isdigit() and 1900 <= int(year) <= 2100 and not bare[4:5].isdigit()):
        return bare
    return f"'{header}'"


def with_unit(header: str, unit: str, label: str = "") -> str:
    """An amount column's header naming its unit as the documents write it: "Bidrag" is
    "Bidrag (kr)", "Plan" in mnkr "Plan (mkr)" where the house style writes so, and one that
    ends in brackets names it in them, "Momskompensation (6 %)" as "Momskompensation (6 %,
    kr)" (trial 54, F7: not "(6 %) (kr)"); one that names it already ("Belopp (kr)", "Plan
    2026 mnkr"), or in a table whose label column's header `label` names it once for all
    ("Tillskott, mdkr"), stays as the case writes it. Brackets that name parties or organs
    rather than qualify the figure ("Skillnad (M/KD/C)") are no place for the unit: it gets
    brackets of its own, "Skillnad (M/KD/C) (tkr)" (trial 64, F4)."""
    if names_unit(header, unit) or names_unit(label, unit):
        return header
    if header.endswith(")") and "(" in header and not _names_in_brackets().search(header):
        return f"{header.removesuffix(')')}, {written_unit(unit)})"
    return f"{header} ({written_unit(unit)})"


@cache
def _names_in_brackets() -> re.Pattern[str]:
    """Brackets closing a header that hold abbreviations in capitals, parties or organs, one or
    more parted by slashes or commas: "(M/KD/C)", "(S, V, MP)", "(KS)"."""
    return re.compile(r"\([A-ZÅÄÖ]{1,5}(?:\s?[/,]\s?[A-ZÅÄÖ]{1,5})*\)$")


def _sums(rows: tuple[RowResult, ...], spec: TableSpec) -> dict[str, Kronor]:
    """Per summed column (amounts and counts), the sum of the rows that have a figure there
    (but those computed from other rows, `rad_formel`)."""
    sums: dict[str, Kronor] = {}
    for column in spec.summed_columns:
        values = [r.amounts[column.key] for r in rows
                  if column.key in r.amounts and r.spec.summed]
        if values:
            sums[column.key] = sum(values)
    return sums


def _with_parts(mismatch: Mismatch, parts: tuple[RowResult, ...], column: ColumnSpec,
               spec: TableSpec) -> Mismatch:
    """A sum's mismatch in its column's unit, with the rows that may explain the difference
    (`_row_hints`), and what the parts come to as the case states them, when that differs."""
    mismatch = _row_hints(mismatch._replace(unit=spec.unit_of(column)), parts, column)
    key = column.key
    as_stated = sum(p.spec.stated.get(key, p.amounts.get(key, 0)) for p in parts
                    if (key in p.amounts or key in p.spec.stated) and p.spec.summed)
    if not parts or as_stated == mismatch.computed:
        return mismatch
    return mismatch._replace(stated_parts=as_stated)


def _row_hints(mismatch: Mismatch, parts: tuple[RowResult, ...],
               column: ColumnSpec) -> Mismatch:
    """A sum's mismatch with the rows under `parts` (at any depth) whose amount is its
    difference, by name (`alike`: a positive amount, so that 'too high' means the sum has it
    once too often), and the rows computed from other rows, in no sum, whose amount it is
    (`unsummed`: the stated sum counts them), and a derived column's rows below 0 whose sum
    it is (`negative`: the stated sum counts them as 0). None in a count column, where many
    rows count 1, nor where rounding may explain the difference or a single total was
    checked against the first column: those hints name the likelier cause. (Cells with two
    digits swapped: `slips`.)"""
    if column.counted or mismatch.may_be_rounded or mismatch.per_column:
        return mismatch
    size = magnitude(mismatch.difference)
    rows = [(row.spec.name, row.amounts.get(column.key)) for row in leaves(parts)]
    alike = tuple(name for name, amount in rows if amount == size)
    blank = tuple(name for name, amount in rows if amount is None) \
        if mismatch.difference > 0 and not alike else ()
    unsummed = tuple(row.spec.name for row in every_row(parts) if row.spec.row_formula
                     and row.amounts.get(column.key) == mismatch.difference)
    below = tuple((name, amount) for name, amount in rows if amount is not None and amount < 0)
    negative = below if column.formula and mismatch.difference > 0 \
        and -sum(amount for _, amount in below) == mismatch.difference else ()
    return mismatch._replace(alike=alike, blank=blank, unsummed=unsummed, negative=negative)


def level(spec: TableSpec, name: str, column: ColumnSpec) -> str:
    """How a message names a figure or a cell: the row, and the column when there are several summed
    ones."""
    if spec.column_in_messages and len(spec.summed_columns) > 1:
        return f"{name}, kolumnen '{column.title}'"
    return name

