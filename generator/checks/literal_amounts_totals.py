"""An amount that a sentence calls a table's total but that is not (trials 41 and 42).

A near miss (`literal_amounts`) is one a slip or a rounding explains; another amount is let
be, since a text has many that are no figure of a table. But a sentence that says it states
a total means the table's: "summan av årsarvodena blir 4 933 008 kr" for a table whose total
is 4 900 176 kr (trial 42), "omfördelas 26 miljoner kronor till nämnderna enligt följande:"
for 27,0 mnkr (trial 41). Such a sentence has a total word, and its total is the first
amount after it, at most `MAX_GAP` words on (and `WINDOW` characters), in the same
sentence. The total words, in any
letter case (`TOTAL_WORD`):

* "summa", "summan", "total", "totala", "totalt", "sammanlagt", "sammanlagda",
  "sammantaget", "årets resultat", and "uppgår till" or "uppgick till" (also with one or two
  words between: "uppgår totalt till", "uppgick den emellertid till", trial 85, F3);
* the label of the total row of a table near the text (`totalt: Årets resultat`), but
  where a sale word leads to the amount (trial 85, F3);
* "fördelas" and "omfördelas", where the sentence goes on to "enligt följande", "enligt
  tabellen" or "enligt nedan" (a sentence that leads into the table);
* "köpeskilling" and "köpeskillingen" (trial 48, F6: "Köpeskillingen föreslås till ca 8
  mnkr" beside a table whose sale prices come to 7 000 500 kr), but only for the total of a
  column whose heading or name, or the table's total row (`totalt: Köpeskilling`, trial 74,
  F5: a land value less the clean-up), speaks of a sale price (`SALE_COLUMN`): a sentence
  about another table's figures names some other sale.

Such an amount that states no figure and rounds none right (`literal_amounts`) is compared
with the totals of the general tables and the splits near its text (`figure_scopes.tables_near`,
`splits_near`: "Partistödet om totalt 1 300 000 kronor fördelas enligt följande:" before a
split of 1 205 000 kr): those of an amount column, or a split's, whose total is of the
amount's kind, that is
* in its unit family: the amount is written in the table's unit or a smaller one, or in a
  larger unit that the total is at least one of (a total of 4 900 176 kr may be said in kr,
  tkr or mnkr; a total of 27 mnkr in mnkr, tkr or kr, "26 500 000 kr", not in mdkr);
* of its sign, as the amount may be read (`literal_amounts.readings`);
* of its size: larger than every row of the column, or every party of the split (a part is
  no total: "varav 8 mnkr"), and at most `SIZE_FACTOR` times the total (farther off it is
  another sum, a year's budget). A row of the total's own size is no part but the total
  itself: a table whose one row is its total (a single plot sold) has no part, so any amount
  up to that bound may be said to be it. A row larger than the total still bounds the
  amount from below (trial 37: "+81 Mkr" beside rows of up to 229 mnkr and a total of 80
  mnkr is no total said; but a slip of the total's digits is told of as the total's,
  `literal_amounts_total_slips`, trial 85, F3), but for a sale word's: a sale price is
  often a value less deductions (1 000 000 − 220 000 = 780 000 kr, trial 74, F5), and the
  sale word says which figure the amount is. Its amount is bounded from below by the total
  over `SIZE_FACTOR` there, and one of a row's own size is that row (the value), not the
  price.
Where these are the columns of one table, the warning names the column whose total, rounded
as the amount is written, is the amount with two neighbouring digits swapped (`swapped_total`,
trial 81, F2: "sammanlagt drygt 47 mnkr" for the 74 210 tkr of eget kapital after the
transfer, not the 56 900 tkr before it, which lies nearer), else the column whose total lies
nearest the amount; where they are of several tables or splits, or two columns lie equally
near, which total the sentence means is unsure, and nothing is said.

An amount without a total word is left to the near-miss rules: "bedöms resultat bli 73
miljoner högre" states a change, which may be any amount (there, two digits swapped of the
stab's 37 mnkr are a slip of its own, `literal_amounts_swaps`); but one that the subject of a
summed column leads to, in a sentence that names no row, is compared with that column's
total as a slip of it (`total_subjects`: "en negativ prognosavvikelse på 160 mkr").

A text amount that differs from a table's total by just what a stated column total of that
table is off from its rows (the column's own, or one that its formula takes), or all of them
together (`sum_error_explains`), copies the table's own error, or is right while the table is not
(trial 42, F6: a row typed 2 258 for 2 285 under a stated sum of 2 000 000): the messages
then ask to put the sum right first, not to write the figure into the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import UNIT_STEPS, readings, rounding_step
from generator.checks.literal_amounts_approx import right_approximation, swapped_to
from generator.checks.literal_amounts_parts import SENTENCE_END
from generator.compute.tables import RowResult, TableResult
from generator.formatting import Kronor, magnitude

if TYPE_CHECKING:
    from generator.checks.column_subject import Subject

MAX_GAP: Final = 6
"""The most words between a total word and the amount it leads to."""
SIZE_FACTOR: Final = 2
"""How many times a table's total an amount said to be a total may be and still mean it."""
_STEMS: Final = ("summa", "total", "sammanla", "sammanta", "uppg", "fördelas",
                  "köpeskilling", "årets resultat")
"""What every total word holds: text without any is passed over with plain `in` tests."""
WINDOW: Final = 160
"""How many characters before an amount a total word leading to it is looked for in (more
than `MAX_GAP` words of any length a text writes)."""
TOTAL_WORD: Final = re.compile(
    r"(?<!\w)(?:summan?|total[at]?|sammanlagda|sammanlagt|sammantaget|årets\s+resultat"
    r"|uppg(?:år|ick)(?:\s+\w+){0,2}\s+till|(?P<shared>(?:om)?fördelas)"
    r"|(?P<sale>köpeskilling(?:en)?))(?!\w)",
    re.IGNORECASE,
)
"""A total word; one in the group `shared` says a total only in a sentence that goes on to
`_into_table`, one in `sale` only a sale price's (`SALE_COLUMN`)."""
SALE_COLUMN: Final = re.compile(r"köpeskilling|köpesumma|pris", re.IGNORECASE)
"""What the heading or name of a column of sale prices holds ("Köpeskilling", "Pris")."""


@cache
def _into_table() -> re.Pattern[str]:
    return re.compile(r"enligt\s+(?:följande|tabellen|nedan)(?!\w)", re.IGNORECASE)


@cache
def _total_name() -> re.Pattern[str]:
    """The name of a general table's total: `tabeller.arvoden.ar`, `tabeller.stod.summa`."""
    return re.compile(r"tabeller\.(?P<table>[^.\[\]]+)\.(?P<column>[^.\[\]]+)")


class TableTotal(NamedTuple):
    """The total an amount said to be one misses: the reading compared, the total's name
    (`tabeller.arvoden.ar`, `uppdelningar.partistod.summa`), its value, how a message names
    it ("totalen i tabellen 'arvoden', kolumnen 'År (kr)',", "summan av uppdelningen
    'partistod'") and the table or split it is of (`tabeller.arvoden`)."""

    reading: LiteralAmount
    name: str
    figure: Kronor
    level: str
    source: str


class SaidTotal(NamedTuple):
    """An amount a sentence states as a total, and whether only a sale word says so (then it
    is a sale price column's total: `SALE_COLUMN`), or only the subject of a column
    (`total_subjects`: then it is that column's total, and only a slip of it is told of)."""

    literal: LiteralAmount
    sale: bool = False
    subject: Subject | None = None


def said_totals(text: str, literals: Sequence[LiteralAmount],
                labels: Iterable[str] = ()) -> list[SaidTotal]:
    """The literals of text that a sentence states as a total (see above), or that the
    label of a near table's total row leads to as a total word does ("Årets resultat blev
    −75 mnkr", trial 85, F3; labels: those of the tables near the text).

    For speed, only the few words before each literal are read (`WINDOW` characters, back
    to the literal before it), and only where they hold a total word's stem or a label."""
    found: list[SaidTotal] = []
    start = 0
    stems = (*_STEMS, *(label.lower() for label in labels))
    for literal in literals:
        at = max(start, literal.offset - WINDOW)
        start = literal.offset + len(literal.text)
        before = text[at : literal.offset].lower()
        if any(stem in before for stem in stems) \
                and (kind := _total_word_kind(text, at, literal, labels)) is not None:
            found.append(SaidTotal(literal, kind == "sale"))
    return found


def _total_word_kind(text: str, at: int, literal: LiteralAmount,
                     labels: Iterable[str] = ()) -> str | None:
    """Which total word (or total row's label) between at and a literal leads to it, at
    most `MAX_GAP` words before it in the same sentence: "total" for any but a sale word,
    else "sale", or None."""
    kind = None
    for word in TOTAL_WORD.finditer(text, at, literal.offset):
        if leads_to(text, word.end(), literal) \
                and (not word["shared"] or _into_table().search(_rest(text, literal.offset))):
            if not word["sale"]:
                return "total"
            kind = "sale"
    before = text[at : literal.offset].lower()
    for label in labels if kind is None else ():  # (a sale word's own rule stands)
        place = before.rfind(label.lower())
        if place >= 0 and leads_to(text, at + place + len(label), literal):
            return "total"
    return kind


def leads_to(text: str, end: int, literal: LiteralAmount) -> bool:
    """Whether a word that ends at end leads to a literal: at most `MAX_GAP` words before
    it, in the same sentence."""
    between = text[end : literal.offset]
    return len(between.split()) <= MAX_GAP and not SENTENCE_END.search(between)


def _rest(text: str, at: int) -> str:
    """The text from at to the end of its sentence."""
    end = SENTENCE_END.search(text, at)
    return text[at : end.start() if end else len(text)]


def missed_total(said: SaidTotal, near: Iterable[str],
                 tables: Mapping[str, TableResult], splits: Iterable[str] = (),
                 tree: Mapping[str, Any] | None = None) -> TableTotal | None:
    """The one total of the tables and splits near a text (by name; a split's figures from
    tree, the figures as text names them) that a literal said to be a total means but
    misses (the literal states no figure), or None. A sale word's total is a sale price
    column's: no split's."""
    literal = said.literal
    candidates = [found for table in near if (result := tables.get(table)) is not None
                  for found in _totals_of(literal, table, result, said.sale)]
    shown = (tree or {}).get("uppdelningar", {})
    candidates += [found for split in splits if split in shown and not said.sale
                   for found in _split_total(literal, split, shown[split])]
    if len({found.source for found in candidates}) != 1:
        return None
    ranked = sorted(candidates, key=rank)
    if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]


def _totals_of(literal: LiteralAmount, table: str, result: TableResult,
               sale: bool = False) -> list[TableTotal]:
    """The column totals of a table that a literal may mean, by unit, sign and size (of
    its summed amount columns: one that is not, `summeras: nej`, has no total; for a sale
    word, of those whose heading or name speaks of a sale price)."""
    spec = result.spec
    columns = [c for c in spec.amount_columns if c.summed]
    if spec.total_label is None or not columns:
        return []
    found: list[TableTotal] = []
    for column in columns:
        if sale and not SALE_COLUMN.search(f"{column.key} {column.header} {spec.total_label}"):
            continue
        total = result.totals.get(column.key, 0)
        parts = _part_sizes(result.rows, column.key, total)
        reading = _total_reading(literal, spec.unit, total, parts, less_deductions=sale)
        if reading is not None:
            found.append(column_total(reading, table, result, column.key))
    return found


def column_total(reading: LiteralAmount, table: str, result: TableResult,
                 key: str) -> TableTotal:
    """The total of a summed amount column of a table (by its key) that a reading of a
    literal is compared with, named as a reference and a message name it."""
    spec = result.spec
    columns = [c for c in spec.amount_columns if c.summed]
    column = next(c for c in columns if c.key == key)
    level = spec.name + (f", kolumnen '{column.title}',"
                         if len(spec.summed_columns) > 1 else "")
    return TableTotal(reading, f"tabeller.{table}.{key if len(columns) > 1 else 'summa'}",
                      result.totals.get(key, 0), level, f"tabeller.{table}")


def _split_total(literal: LiteralAmount, split: str,
                 figures: Mapping[str, Any]) -> list[TableTotal]:
    """A split's total, if a literal may mean it (as `_totals_of`: a split is in kr)."""
    total = figures["summa"].kronor
    parts = {size for party in figures["parter"]
             if (size := magnitude(party["belopp"].kronor)) != magnitude(total)}
    reading = _total_reading(literal, "kr", total, parts)
    if reading is None:
        return []
    return [TableTotal(reading, f"uppdelningar.{split}.summa", total,
                       f"summan av uppdelningen '{split}'", f"uppdelningar.{split}")]


def _total_reading(literal: LiteralAmount, unit: str, total: Kronor, parts: set[Kronor],
                   less_deductions: bool = False) -> LiteralAmount | None:
    """The reading of a literal that may mean a total of a table in unit whose parts have
    the sizes parts: of its sign and unit family, larger than every part and at most
    `SIZE_FACTOR` times the total; None if none may. A total that may be a value less
    deductions (`less_deductions`: a sale price's) and has a part larger than itself bounds
    the reading from below by itself over `SIZE_FACTOR` instead, and no part's size is it."""
    reading = next((r for r in readings(literal) if (r.value < 0) == (total < 0)), None)
    if not total or reading is None or not in_family(literal.unit, unit, total):
        return None
    size, largest = magnitude(reading.value), max(parts, default=0)
    if less_deductions and largest > magnitude(total):
        above = size * SIZE_FACTOR > magnitude(total) and size not in parts
    else:
        above = size > largest
    return reading if above and size <= SIZE_FACTOR * magnitude(total) else None


def in_family(unit: str, table_unit: str, total: Kronor) -> bool:
    """Whether an amount in unit may say a total of a table in table_unit: in that unit or
    a smaller one, or in a larger one that the total is at least one of."""
    step = UNIT_STEPS.get(unit, 1)
    return step <= UNIT_STEPS.get(table_unit, 1) or magnitude(total) >= step


def _part_sizes(rows: Iterable[RowResult], key: str, total: Kronor) -> set[Kronor]:
    """The sizes of the rows' amounts in a column, subtotals and their rows included, but
    for one of the total's size (the total itself, on a table's one row)."""
    sizes: set[Kronor] = set()
    for row in rows:
        sizes |= {magnitude(row.amounts.get(key, 0))} | _part_sizes(row.children, key, total)
    return sizes - {magnitude(total)}


def rank(found: TableTotal) -> tuple[bool, Decimal]:
    """Which total an amount said to be one means first: one it is with two digits swapped,
    then the nearest."""
    return swapped_total(found) is None, _distance(found)


def _distance(found: TableTotal) -> Decimal:
    """How far a total lies from the amount said to be it."""
    return Decimal(magnitude(found.reading.value - found.figure))


def swapped_total(found: TableTotal) -> Decimal | None:
    """The total rounded as the amount said to be it is written (its step, or as its
    approximation word rounds), where that is the amount with two neighbouring digits
    swapped ("drygt 74 mnkr" for "drygt 47 mnkr" and 74 210 tkr); else None."""
    reading = found.reading
    step = rounding_step(reading) if reading.approximate else reading.precision
    if not swapped_to(reading, found.figure, step):
        return None
    return right_approximation(reading, found.figure, step)


def is_total_name(name: str) -> bool:
    """Whether a figure's name is a general table's column total (`tabeller.drift.b2011`,
    `tabeller.stod.summa`), not a row's figure."""
    return _total_name().fullmatch(name) is not None


def sum_error_explains(literal: LiteralAmount, name: str, figure: Kronor,
                       tables: Mapping[str, TableResult]) -> str | None:
    """The table whose total, by name, a literal misses by just what the total of its column
    would be off by with the table's stated column totals (the column's own, or one that its
    formula adds or subtracts), or None: the text then says what the stated sums make the
    total (trial 42, F6)."""
    match = _total_name().fullmatch(name)
    result = tables.get(match["table"]) if match else None
    if match is None or result is None:
        return None
    offs = _stated_offs(result, match["column"])
    if not offs:
        return None
    gaps = {reading.value - figure for reading in readings(literal)}
    return match["table"] if gaps & {*offs, sum(offs)} else None


def _stated_offs(result: TableResult, key: str) -> list[Kronor]:
    """How far each stated column total that a column's total is made of (the column's own,
    or an amount column its formula adds or subtracts, with its sign; not one it multiplies,
    whose rows are rounded each) lies from what the rows make it."""
    spec = result.spec
    column = next((c for c in spec.amount_columns if c.key == key),
                  spec.total_column if key == "summa" else None)
    if column is None:
        return []
    stated, totals = spec.stated_total, result.totals
    terms = [(term.sign, term.key) for term in column.formula
             if not term.product]
    return [sign * (stated[part] - totals[part])
            for sign, part in ((1, column.key), *terms)
            if part in stated and part in totals and stated[part] != totals[part]]
