"""A price per unit in text that is not the price of a table's unit-price column (trial 48, F6).

"Tomterna säljs för 1 550 kr per kvm" beside a table whose column "Pris (kr/m²)" has 1 500
on every row passed in silence: 1 550 is neither a slip of 1 500's digits nor one step of a
rounding. A price per unit is an amount directly followed by "per" or "/" and a unit
("1 500 kr per kvm", "1 500 kr/m²", "85 kr/h"). A unit-price column is an amount column of a
table near the text (`figure_scopes.tables_near`) whose heading says its figures are per
such a unit ("Pris (kr/m²)", "Förening (kr/h)", "Avgift, kr per månad"), or any amount
column where the table's first column's heading says it for them all ("Idrottshall, kr per
timme"); a heading that gives the price itself ("50 kr per medlem") heads the amounts it
makes, no prices. The unit words that mean one unit are one (`_SAME_UNIT`): "kvm", "m²", "m2" and
"kvadratmeter"; "h", "tim", "timme" and "timma"; "st" and "styck"; "mån" and "månad"; "dag"
and "dygn"; any other word means itself ("per elev", "kr/elev").

The price the text means is the column's one price where every row with a figure there has
the same, or the price of the row whose text the sentence names; a price the text gives
that is none of the column's figures (for an approximate one, "ca", that its rounding does
not cover) is warned about, naming the column and its price. Where the unit is that of
several such columns, which the text means is unsure, and nothing is said.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Final, NamedTuple

from generator.checks.literal_amount import LiteralAmount
from generator.checks.literal_amounts import rounding_step
from generator.checks.literal_amounts_approx import covered
from generator.checks.literal_amounts_parts import sentence_of
from generator.compute.tables import ColumnSpec, RowResult, TableResult
from generator.formatting import Kronor, kr
from generator.text.unit_words import unit_of

_PER: Final = r"\s*(?:/\s*|per\s+)(?P<per>m²|m2|[^\W\d_]+)(?!\w)"
"""What follows a money amount or unit that is a price per unit: "/" or "per" and its unit.
(The spaces after "per" are one run: two runs one after the other would be tried at every
split of thousands of spaces, a second each.)"""
_TEXT_PER: Final = re.compile(_PER, re.IGNORECASE)


@cache
def _heading_per() -> re.Pattern[str]:
    """A heading's unit per unit, with no figure before it: "50 kr per medlem" heads the amounts
    that rate makes (trial 43: `medlemmar * 50`), not prices."""
    return re.compile(r"(?<!\d\s)(?<!\w)(?:kr|kronor|sek)" + _PER,
                      re.IGNORECASE)


class UnitPriceMiss(NamedTuple):
    """A price per unit in text that misses a column's price: the literal as written with
    its unit ("1 550 kr per kvm"), the column's heading and table, the price and its name,
    and the row the sentence names ("" where every row has that price)."""

    literal: LiteralAmount
    written: str
    table: str
    heading: str
    price: Kronor
    name: str
    row: str = ""


def unit_price_misses(text: str, literals: Sequence[LiteralAmount], near: Iterable[str],
                      tables: Mapping[str, TableResult]) -> list[UnitPriceMiss]:
    """The prices per unit of text that miss the price of the one unit-price column of the
    tables near it that has their unit (see above)."""
    priced = [(literal, match) for literal in literals
              if (match := per_unit_after(text, literal)) is not None]
    if not priced:
        return []
    columns = [(table, index, column) for table in near if table in tables
               for index, column in unit_price_columns(tables[table])]
    figures: dict[tuple[str, str], _Figures] = {}
    meant: dict[tuple[str, str, str], tuple[int, Kronor, str] | None] = {}
    misses = []
    for literal, per in priced:
        unit = unit_of(per["per"])
        same = [found for found in columns if found[1] == unit]
        if len(same) != 1:
            continue
        table, _, column = same[0]
        key = (table, column.key)
        if key not in figures:
            figures[key] = _figures(tables[table].rows, column.key)
        if _states_one(literal, figures[key].in_order):
            continue
        sentence = sentence_of(text, literal.offset)
        if (sentence, *key) not in meant:  # (a sentence of many prices is read once)
            meant[(sentence, *key)] = _meant_price(sentence, figures[key])
        if (found := meant[(sentence, *key)]) is not None:
            index, price, row = found
            misses.append(UnitPriceMiss(literal, text[literal.offset : per.end()], table,
                                        column.header, price,
                                        f"tabeller.{table}.rader[{index}].{column.key}", row))
    return misses


def unit_price_message(miss: UnitPriceMiss) -> str:
    """The warning for a price per unit in text that misses its column's price."""
    literal = miss.literal
    said = f"{literal.qualifier} {miss.written}" if literal.approximate else miss.written
    rows = f"raden '{miss.row}' har" if miss.row else "varje rad har"
    return (f"priset '{said}' i texten stämmer inte med kolumnen '{miss.heading}' i "
            f"tabellen '{miss.table}', där {rows} {kr(miss.price)}; menar texten det "
            f"priset, skriv {{{{ {miss.name} }}}} så följer texten tabellen")


def per_unit_after(text: str, literal: LiteralAmount) -> re.Match[str] | None:
    """The "per" or "/" and the unit right after a literal of text ("per kvm", "/år"),
    whose group `per` is the unit's word; or None."""
    return _TEXT_PER.match(text, literal.offset + len(literal.text))


def unit_price_columns(result: TableResult) -> list[tuple[str, ColumnSpec]]:
    """The amount columns of a table that hold prices per unit, with their unit: those whose
    heading names it, or all of them where the first column's heading does."""
    spec = result.spec
    first = _heading_per().search(spec.columns[0].header) if spec.columns else None
    found = []
    for column in spec.amount_columns:
        own = _heading_per().search(column.header) or first
        if own is not None:
            found.append((unit_of(own["per"]), column))
    return found


class _Figures(NamedTuple):
    """A column's figures: in order, and by row (its index, figure, text and text in lower
    case) for the rows that have one."""

    in_order: list[Kronor]
    rows: list[tuple[int, Kronor, str, str]]


def _figures(rows: Sequence[RowResult], key: str) -> _Figures:
    """The figures of a column, found once for the prices of a text."""
    found = [(index, row.amounts[key], label, label.lower()) for index, row in enumerate(rows)
             if key in row.amounts for label in (row.spec.first_text,)]
    return _Figures(sorted(figure for _, figure, _, _ in found), found)


def _states_one(literal: LiteralAmount, figures: Sequence[Kronor]) -> bool:
    """Whether the literal is one of a column's figures (in order; covers one, if
    approximate)."""
    low, high = (covered(literal, rounding_step(literal)) if literal.approximate
                 else (literal.value, literal.value))
    at = bisect_left(figures, low)
    return at < len(figures) and figures[at] <= high


def _meant_price(sentence: str, figures: _Figures) -> tuple[int, Kronor, str] | None:
    """The row (its index), price and text a sentence means in a column: of the row whose
    text it names, else of the first row where every row with a figure has the same price
    (then no text, ""); None if unsure."""
    said = sentence.lower()
    named = [(index, figure, label) for index, figure, label, lower in figures.rows
             if label and lower in said]
    if len(named) == 1:
        return named[0]
    if figures.rows and not named and figures.in_order[0] == figures.in_order[-1]:
        return figures.rows[0][0], figures.rows[0][1], ""
    return None
