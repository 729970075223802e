"""The computed figures case text may name, and their dotted names for the checks.

Case text such as `medel om {{ summa }}` names a figure instead of typing it, so text and
tables cannot disagree. `prose_figures` builds the names (summa, omraden, medel, risk,
uppdelningar); `named_figures` flattens them to `omraden[0].summa` and the like.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from generator import formatting
from generator.case.models import Case
from generator.compute.changes import NO_CHANGE
from generator.compute.part_names import part_shorts
from generator.compute.shares import hundred, percent
from generator.compute.split_weights import weight_total, written_weights
from generator.compute.tables import RowResult, TableResult, leaves
from generator.compute.unsummed_totals import unsummed_group, unsummed_totals
from generator.formatting import Kronor, WrittenNumber
from generator.problems import Loc

if TYPE_CHECKING:
    from generator.compute.case_splits import SplitResult


class CaseFigures(Protocol):
    """What `prose_figures` reads of a case's computed tables (`compute.computed.Computed`,
    which imports this module's figures for the cells that name another table's)."""

    @property
    def allocation(self) -> TableResult | None: ...
    @property
    def funds(self) -> TableResult | None: ...
    @property
    def risk(self) -> TableResult | None: ...
    @property
    def tables(self) -> Mapping[str, TableResult]: ...
    @property
    def splits(self) -> Mapping[str, SplitResult]: ...
    @property
    def stated(self) -> Mapping[str, Kronor | WrittenNumber]: ...


@dataclass(frozen=True)
class Figure:
    """An amount computed by the tool, in kronor (whole, or with öre in a table in kr), shown
    in its table's unit.

    Prints exactly: `21 724 100 kr`, `1 250,5 tkr` for a figure of a table in tkr; with
    the word `kronor` (the house style's, for running text) the unit in words:
    `21 724 100 kronor`, `42 miljoner kronor`. A figure of a table has the decimals it shows
    there (`decimals`): `3,0 mnkr` in a column that shows 2,4; in kr its own, as typed or
    made from typed figures: `42 kr` beside `21,50 kr` (`formatting.decimals_needed`), but
    never öre that are zero: `38 584 kr` for a total the table shows as 38 584,00 (trial 49),
    and `2 530 kr` for a fee its column shows as 2 530,00 beside 8,40 (trial 64, F7). A
    figure of a column with `plustecken: ja` prints a positive amount with "+" (`plus`), as
    the table does: +80 mnkr (trial 85, F5).
    """

    kronor: Kronor
    unit: str = "kr"
    word: str = "kr"
    decimals: int | None = None
    plus: bool = False

    @property
    def in_text(self) -> Kronor:
        """The amount as text writes it: without öre places that are zero (38 584 kr beside a
        table column of 38 584,00)."""
        return formatting.without_zero_ore(self.kronor)

    def __str__(self) -> str:
        decimals = None if formatting.whole_kronor(self.unit) else self.decimals
        return formatting.in_unit(self.in_text, self.unit, decimals=decimals,
                                  words=self.word == "kronor", plus=self.plus)


@dataclass(frozen=True)
class Percentage:
    """A percentage a table computes (`typ: forandring`, `kvot` or `andel`), printed in text as
    the table prints it: `5,0 %`, with the column's decimals; a change that cannot be
    computed (a base of 0) as the table's "–"; or one the case states by name under `belopp:`
    ("73,37 %"), printed as written. Never an amount: text is not checked against it as
    against the amounts (`checks.literal_percents` reads it)."""

    value: WrittenNumber | None
    word: str = "%"
    """The unit text writes: '%', or 'procent' where the house style spells it out (the
    tables keep '%'; trial 63, F4)."""
    plus: bool = False
    """Whether a rise prints with "+", as its column does (`plustecken: ja`): +28,0 %."""

    def __str__(self) -> str:
        if self.value is None:
            return NO_CHANGE
        return formatting.as_written(self.value, percent=self.word, plus=self.plus)


class Rows(list[Any]):
    """A general table's rows as text names them: by place, `rader[6]`, or by the short name
    a row has (`rad_namn`), `rader.justerat`, which finds the row at any depth of its table
    and stays right when rows are added above it (trial 82, F1: a balanskravsutredning with
    one row more made every `rader[6]` name the row above). A short name begins with a letter
    (`table_models`): `rader.2` is a place, `rader[2]`."""

    def __init__(self, rows: Iterable[dict[str, Any]], shorts: Iterable[str] = (),
                 named: Mapping[str, dict[str, Any]] | None = None) -> None:
        super().__init__(rows)
        self.shorts = tuple(shorts)
        """Each row's short name by place, '' for none."""
        self.named = dict(named or {})
        """Every row at any depth below, by its short name."""

    def row_named(self, name: str) -> dict[str, Any] | None:
        """The row with this short name, or None."""
        return self.named.get(name)

    def short_at(self, index: int) -> str:
        """The short name of the row at a place, '' where it has none."""
        return self.shorts[index] if 0 <= index < len(self.shorts) else ""


def part_of(whole: Any, key: str | int) -> Any:
    """What one step of a name finds in a figure's collection: a key of a mapping, an item of
    a list by place, or a table's row by its short name (`Rows`); None where none."""
    if isinstance(whole, Mapping) and isinstance(key, str):
        return whole.get(key)
    if isinstance(whole, list) and isinstance(key, int):
        return whole[key] if 0 <= key < len(whole) else None
    if isinstance(whole, Rows) and isinstance(key, str):
        return whole.row_named(key)
    return None


ROW_COUNT = "antal_rader"
"""The name of a table's number of rows in text, `{{ tabeller.projekt.antal_rader }}`: the
rows it lists without rows under them (not those computed from other rows), as digits, "5"
(trial 79, F5: "de sex projekten" over five rows)."""


PART_COUNT = "antal_parter"
"""The name of a split's number of parts in text, `{{ uppdelningar.kommuner.antal_parter }}`:
its rows, each member of a group counted, as digits, "12" (trial 95, F12: "samtliga elva
kommuner" over twelve)."""


def named_figures(figures: dict[str, Any]) -> dict[str, Kronor]:
    """Every computed amount under the name case text uses for it, from the case's
    `prose_figures` (in any wording: only the amounts are read)."""
    return {name: fig.kronor for name, fig in _walk(figures, "", [])}


def named_percentages(figures: dict[str, Any]) -> dict[str, WrittenNumber]:
    """Every percentage a table computes under the name case text uses for it
    (`tabeller.taxa.rader[0].procent`), from the case's `prose_figures`; none where there is
    no change to show ("–")."""
    return {name: percentage.value for name, percentage in _walk(figures, "", [], Percentage)
            if percentage.value is not None}


_STEP = re.compile(r"\.?([^.\[\]]+)|\[(\d+)\]")
"""One step of a dotted name: `.summa` (a key) or `[0]` (an item of a list)."""


@lru_cache(maxsize=1024)
def _steps(name: str) -> tuple[str | int, ...]:
    """The steps of a dotted name, a key or an index (`_STEP`), read once for each name: the
    documents of a run name the same figures again and again."""
    return tuple(step.group(1) if step.group(2) is None else int(step.group(2))
                 for step in _STEP.finditer(name))


def row_label(figures: dict[str, Any], name: str) -> str | None:
    """The first text of the row a named figure is in (`Musikföreningar` for
    `tabeller.bidrag.rader[0].belopp`), or None if the figure is not in a row or the row
    has no text. Looks only along the name: made when a message needs it."""
    row, _ = _row_of(figures, name)
    return None if row is None else first_text(row)


def labels_beside(figures: dict[str, Any], name: str) -> list[str]:
    """The first texts of the other rows of the list the row of a named figure is in (its
    table's, or its group's), each that has one: what tells the row from them (trial 77,
    F6)."""
    row, rows = _row_of(figures, name)
    return [label for other in rows if other is not row and isinstance(other, dict)
            and (label := first_text(other)) is not None]


def row_of(figures: dict[str, Any], name: str) -> tuple[dict[str, Any] | None, list[Any]]:
    """The row a named figure is in and the list of rows it is an item of (its table's, its
    group's or its split's parties); (None, []) where the figure is not in a row."""
    return _row_of(figures, name)


def _row_of(figures: dict[str, Any], name: str) -> tuple[dict[str, Any] | None, list[Any]]:
    """The row a named figure is in and the list it is an item of; (None, []) where the
    figure is not in a row."""
    value: Any = figures
    row: Any = None
    rows: list[Any] = []
    for key in _steps(name.rsplit(".", 1)[0] if "." in name else ""):
        found = part_of(value, key)
        if found is None:
            return None, []
        if isinstance(value, list):
            rows, row = (_beside(value, found), found)
        else:
            row = None
        value = found
    return (row, rows) if isinstance(row, dict) else (None, [])


def _beside(rows: list[Any], row: Any) -> list[Any]:
    """The list of rows a row is an item of: the list itself, or, for a row a table's `Rows`
    finds by its short name at any depth, the list of its group."""
    if any(item is row for item in rows):
        return rows
    for item in rows:
        if isinstance(item, dict) and isinstance(item.get("rader"), list):
            found = _beside(item["rader"], row)
            if found:
                return found
    return []


def first_text(row: dict[str, Any]) -> str | None:
    """A row's first text, or None where it has none."""
    return next((text for text in row.values() if isinstance(text, str) and text), None)


def figure_named(figures: dict[str, Any], name: str) -> Figure | None:
    """The figure case text names (`tabeller.bidrag.rader[0].belopp`), or None if the name
    is written otherwise or names no figure."""
    value: Any = figures
    for key in _steps(name):
        value = part_of(value, key)
        if value is None:
            return None
    return value if isinstance(value, Figure) else None


def prose_figures(computed: CaseFigures, word: str, percent: str = "%") -> dict[str, Any]:
    """The figures case text may name: summa, omraden, medel, risk, uppdelningar, tabeller,
    and the amounts the case states by name (belopp); word: the unit of amounts in text,
    'kr' or 'kronor'; percent: of percentages, '%' or 'procent'."""
    names: dict[str, Any] = {}
    if computed.allocation:
        allocation = computed.allocation
        names["summa"] = Figure(allocation.total, "kr", word)
        names["omraden"] = [
            {"namn": area.spec.texts.get("insats", ""), "summa": _fig(area, "belopp", word),
             "insatser": [{"insats": row.spec.texts.get("insats", ""),
                           "belopp": _fig(row, "belopp", word)} for row in area.children]}
            for area in allocation.rows
        ]
    if computed.funds:
        names["medel"] = {"summa": Figure(computed.funds.total, "kr", word),
                          "poster": [{"namn": row.spec.texts.get("namn", ""),
                                      "belopp": _fig(row, "belopp", word)}
                                     for row in computed.funds.rows]}
    if computed.risk:
        totals = computed.risk.totals
        names["risk"] = {"summa": Figure(totals.get("risk", 0), "kr", word),
                         "tilldelat": Figure(totals.get("tilldelat", 0), "kr", word),
                         "anvant": Figure(totals.get("anvant", 0), "kr", word),
                         "rader": [{"namn": row.spec.texts.get("omrade", ""),
                                    "risk": _fig(row, "risk", word)}
                                   for row in computed.risk.rows]}
    if computed.splits:
        names["uppdelningar"] = {key: split_figures(s, word) for key, s in computed.splits.items()}
    if computed.tables:
        names["tabeller"] = {key: _table(result, word, key, percent)
                             for key, result in computed.tables.items()}
    if computed.stated:
        names["belopp"] = stated_figures(computed.stated, word, percent)
    return names


def stated_figures(stated: Mapping[str, Kronor | WrittenNumber], word: str = "kr",
                   percent: str = "%") -> dict[str, Figure | Percentage]:
    """The figures a case states by name (`belopp`) as text names them: an amount in kronor a
    Figure, a percentage ("73,37 %") a Percentage, printed as written."""
    return {key: Percentage(value, percent) if isinstance(value, WrittenNumber)
            else Figure(value, "kr", word) for key, value in stated.items()}


def split_figures(result: SplitResult, word: str) -> dict[str, Any]:
    """A split's figures; with `per_vikt` that amount per unit of weight; with a base amount
    also the base, the rest split by the method and each party's share of it (`fordelat`);
    the number of its parts (`PART_COUNT`) and, with weights, their sum as its total row
    prints it (`vikt`, trial 95, F10: "247 791" invånare)."""
    figures: dict[str, Any] = {"summa": Figure(result.total, "kr", word),
                               "metod": result.wording(word),
                               PART_COUNT: str(len(result.parts))}
    if result.split.metod in ("befolkning", "vikter") \
            and (total := weight_total(result.split)) is not None:
        figures["vikt"] = formatting.as_written(total)
    if (rate := result.split.per_vikt) is not None:
        figures["per_vikt"] = _rate(rate, word)
    parties: list[dict[str, Any]] = [{"namn": name, "belopp": Figure(part, "kr", word)}
                                     for name, part in result.parts]
    weights = party_weights(result)
    for party in parties:
        if (weight := weights.get(party["namn"])) is not None:
            party["vikt"] = weight
    if result.base is not None:
        figures["grundbelopp"] = Figure(result.base, "kr", word)
        figures["rest"] = Figure(result.rest, "kr", word)
        for party, (_, part) in zip(parties, result.parts, strict=True):
            party["grundbelopp"] = Figure(result.base, "kr", word)
            party["fordelat"] = Figure(result.by_method(part), "kr", word)
    by_name = part_shorts(result.split)
    shorts = [by_name.get(name, "") for name, _ in result.parts]
    figures["parter"] = Rows(parties, shorts, {short: party for short, party
                                               in zip(shorts, parties, strict=True) if short})
    return figures


def party_weights(result: SplitResult) -> dict[str, str]:
    """Each party's weight as the split's table prints it, by the party's name ("49 %" for a
    key in percent, "12" for a number of seats): text names it `{{ uppdelningar.x.parter.
    kommunen.vikt }}` (trial 91, F7); none for a split without weights (`lika`, `fasta`)."""
    split = result.split
    if split.metod not in ("befolkning", "vikter"):
        return {}
    return {name: formatting.as_written(weight)
            for name, weight in written_weights(split).items()}


def _rate(rate: Decimal, word: str) -> Figure | str:
    """An amount per unit of weight: a figure in whole kronor, or with its öre as written
    ("12,50 kr", text: no figure to compare typed amounts with)."""
    if rate == rate.to_integral_value():
        return Figure(int(rate), "kr", word)
    return f"{formatting.as_written(rate)}{formatting.NBSP}{word}"


def refused_names(case: Case, places: Iterable[Loc]) -> frozenset[str]:
    """The names text would give what could not be computed at the given places (where a
    problem was reported): the cell of a general table whose value was refused,
    `('tabeller', 0, 'rader', 1, 'ar2015')` being `tabeller.bidrag.rader[1].ar2015` in a
    case whose first table is 'bidrag', and a whole split that could not be made
    (`uppdelningar.kostnad`), and an amount under `belopp` that could not be worked out
    from others (`belopp.grans`)."""
    names = set()
    for place in places:
        index = place[1] if len(place) > 1 else None
        if place[:1] == ("belopp",) and isinstance(index, str):
            names.add(f"belopp.{index}")
        if place[:1] == ("uppdelningar",) and isinstance(index, int) \
                and 0 <= index < len(case.uppdelningar):
            names.add(f"uppdelningar.{case.uppdelningar[index].namn}")
        if len(place) < 5 or place[0] != "tabeller" or place[2] != "rader":
            continue
        if not isinstance(index, int) or not 0 <= index < len(case.tabeller):
            continue
        steps = [f"[{step}]" if isinstance(step, int) else f".{step}" for step in place[2:]]
        table = f"tabeller.{case.tabeller[index].namn}"
        names.add(table + "".join(steps))
        names.update(_by_short_name(table, case.tabeller[index].rader, place[2:]))
    return frozenset(names)


def _by_short_name(table: str, rows: Sequence[Any], steps: Sequence[str | int]) -> list[str]:
    """The name text gives a cell at `steps` (`rader`, 1, `rader`, 0, `ar2015`) by the short
    name of the deepest row on the way that has one (`tabeller.bidrag.rader.kultur.ar2015`),
    if one has."""
    found: list[str] = []
    for at in range(1, len(steps), 2):
        index = steps[at]
        if steps[at - 1] != "rader" or not isinstance(index, int) or not 0 <= index < len(rows):
            break
        short = getattr(rows[index], "rad_namn", None)
        if short:
            rest = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in steps[at + 1:])
            found = [f"{table}.rader.{short}{rest}"]
        rows = getattr(rows[index], "rader", [])
    return found


def _fig(row: RowResult, key: str, word: str) -> Figure:
    """A seed table's row's amount in a column as a figure, in kronor (zero where the row has
    none)."""
    return Figure(row.amounts.get(key, 0), "kr", word)


def table_figures(result: TableResult, name: str) -> dict[str, Any]:
    """A general table's figures under the names text gives them (`_table`), for a cell of
    another table that takes one (`compute.cell_refs`)."""
    return _table(result, "kr", name)


def _table(result: TableResult, word: str, name: str, percent: str = "%") -> dict[str, Any]:
    """A general table's figures: summa, each amount column's total, and its rows (no summa
    where it has no amount column: nothing is summed). Where it has several, each column's
    total comes before summa, so a message that names a figure names the column's total:
    summa is only the first's, and text naming it is an error (`checks.total_refs`). An
    amount column named summa keeps its name: summa is then that column's total.

    Every figure and count prints as it does in the table: in the table's unit, with the
    decimals its column shows (`TableResult.decimals`), in kr its own (`Figure`). A change
    or share column's percentage (`Percentage`) is named as an amount column's is: on a row
    by the column, and the total row's by the column alone, where the table prints a total
    row. An amount column that is not summed has no total, nor has any column of a table
    with `totalt: false`: text naming one is an error (`unsummed_totals`), and summa is the
    first summed column's total. A table that prints no
    total row (`totalt: false`, or a single row the total would repeat) has its rows first,
    so a message names a figure by its row (`rader[0].avgift`), not as a total the reader
    does not see (trial 43). `antal_rader` is the number of rows (`ROW_COUNT`), unless a
    column has that name."""
    shown = _Shown(result, word, percent, name)
    names: dict[str, Any] = dict(unsummed_totals(result, name))
    amounts = [c.key for c in result.spec.amount_columns if c.key not in names]
    names.update({key: shown.figure(result.totals, key) for key in amounts})
    if amounts and "summa" not in amounts:
        total = {"summa": shown.figure(result.totals, amounts[0])}
        names = {**names, **total} if len(amounts) > 1 else {**total, **names}
    names.update({key: count for key, count in shown.counts(result.totals).items()
                  if key not in names})
    names.setdefault(ROW_COUNT, str(sum(1 for _ in leaves(result.rows))))
    if result.spec.total_row:  # (the total row's percentages, where it is printed)
        names.update(shown.percentages(result.changes, shown.whole()))
    rows = _rows(result.rows, shown, "rader")
    return {**names, "rader": rows} if result.spec.total_row else {"rader": rows, **names}


class _Shown:
    """How a general table's figures print in text: as its columns show them."""

    def __init__(self, result: TableResult, word: str, percent: str = "%",
                 name: str = "") -> None:
        self.table = name
        self.unit = result.spec.unit
        self.word = word
        self.percent = percent
        self.amounts = result.spec.amount_columns
        self.counted = [c.key for c in result.spec.columns if c.counted]
        self.percents = {c.key for c in result.spec.columns if c.counted and c.percent}
        self.changes = [c for c in result.spec.columns if c.change]
        self.shares = [c for c in result.spec.columns if c.share_of]
        self.number_columns = [c for c in result.spec.columns if c.number]
        self.number_keys = {c.key for c in self.number_columns}
        self.decimals = result.decimals
        self.plus = {c.key for c in result.spec.columns if c.plus}

    def figure(self, amounts: Mapping[str, Kronor], key: str) -> Figure:
        """A column's amount (zero where there is none) as a figure, with its column's "+"."""
        amount = amounts.get(key, 0)
        return Figure(amount, self.unit, self.word,
                      formatting.places_shown(amount, self.unit, self.decimals[key]),
                      key in self.plus)

    def percentages(self, changes: Mapping[str, WrittenNumber],
                    shares: Mapping[str, WrittenNumber]) -> dict[str, Percentage]:
        """A row's computed percentages by column, as its table prints them: every change
        (a "–" where there is none) and the shares it has."""
        found = {c.key: Percentage(changes.get(c.key), self.percent, c.plus)
                 for c in self.changes}
        found.update({key: Percentage(share, self.percent) for key, share in shares.items()})
        return found

    def whole(self) -> dict[str, WrittenNumber]:
        """The total row's shares: 100 % in each share column, with its decimals."""
        return {c.key: percent(hundred(c.places), c.places) for c in self.shares}

    def numbers(self, numbers: Mapping[str, WrittenNumber],
                named: Mapping[str, Any]) -> dict[str, Percentage | str]:
        """The number columns' figures on a row (`typ: tal`, `_number`) that are not already
        `named` (a summed one is a count); a row of numbers in amount columns (`summeras:
        nej`) has each as written."""
        return {key: _number(number, self.decimals.get(key) if key in self.number_keys
                             else None, self.percent)
                for key, number in numbers.items() if key not in named}

    def counts(self, figures: Mapping[str, Kronor]) -> dict[str, str | Percentage]:
        """The count columns' figures (`typ: antal`) as plain numbers, "31": no money, so no
        unit, and never among the amounts text is checked against. A summed column of
        percentages (`typ: tal`, `summeras: ja`) is held as counts, but prints as its
        table does, "15 %" (trial 98, F1)."""
        return {key: Percentage(formatting.counted_percent(figures[key], self.decimals[key]),
                                self.percent)
                if key in self.percents else
                formatting.exact(figures[key], formatting.COUNT, self.decimals[key])
                for key in self.counted if key in figures}


def _number(number: WrittenNumber, places: int | None, percent: str = "%") -> Percentage | str:
    """A number cell as text quotes it (trial 60, F3: a rebate of "40 %"), as its table
    prints it, with the column's decimals: a percentage as one, another number as plain text
    ("1 250"), never an amount (text is not checked against it as against the amounts)."""
    shown = shown_number(number, places)
    return Percentage(shown, percent) if shown.percent else formatting.as_written(shown)


def shown_number(number: WrittenNumber, places: int | None) -> WrittenNumber:
    """A number cell as its table prints it: with the column's decimals, or as written
    (places None)."""
    return number if places is None else number.with_places(places)


def _row(row: RowResult, shown: _Shown, path: str) -> dict[str, Any]:
    """A row's texts, amounts, counts, numbers and computed percentages by column, and its
    children (path: the row's under its table, `rader[0]`). A group's row has no number in
    a number column the case does not sum: naming it is an error that says so
    (`unsummed_group`)."""
    names: dict[str, Any] = dict(row.spec.texts)
    names.update({c.key: shown.figure(row.amounts, c.key) for c in shown.amounts
                  if c.key in row.amounts})
    names.update(shown.counts(row.amounts))
    names.update(shown.numbers(row.spec.numbers, names))
    names.update(shown.percentages(row.changes, row.shares))
    if row.children:
        names["rader"] = _rows(row.children, shown, f"{path}.rader")
        names.update({c.key: unsummed_group(shown.table, c, row, path)
                      for c in shown.number_columns if c.key not in names})
    return names


def _rows(rows: Sequence[RowResult], shown: _Shown, prefix: str) -> Rows:
    """Rows' figures (`_row`), each also by its short name (`Rows`); prefix: their path
    under the table (`rader`, `rader[0].rader`)."""
    made = [_row(row, shown, f"rader.{row.spec.short}" if row.spec.short else
                 f"{prefix}[{index}]") for index, row in enumerate(rows)]
    named: dict[str, dict[str, Any]] = {}
    for row, figures in zip(rows, made, strict=True):
        if row.spec.short:
            named[row.spec.short] = figures
        if isinstance(below := figures.get("rader"), Rows):
            named.update({key: value for key, value in below.named.items()
                          if key not in named})
    return Rows(made, (row.spec.short for row in rows), named)


def _walk(value: Any, prefix: str, found: list[tuple[str, Any]],
          kind: type = Figure) -> list[tuple[str, Any]]:
    """Flatten nested figures of a kind (amounts, `Figure`, or `Percentage`) into dotted
    names: omraden[0].summa, medel.summa …, added to found in order. (One list appended to,
    not a list made at every level and joined: a case has hundreds of values here.)"""
    if isinstance(value, kind):
        found.append((prefix, value))
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{prefix}.{key}" if prefix else str(key), found, kind)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _walk(item, f"{prefix}[{i}]", found, kind)
    return found
