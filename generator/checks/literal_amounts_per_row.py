"""An amount per year in text beside a table of one row a year (trial 91, F4).

"driftstöd på 3,5 mnkr per år" beside the table of the years 2017–2020 whose one amount
column "Driftstöd" has 3 000 000 kr on every row (typed so, or `formel:
belopp.driftstod_per_ar`, `compute.constant_columns`) passed in silence: 3,5 mnkr lies 17 %
from 3 000 000 kr, so the near-miss rules (`literal_amounts`: a rounding lies within 5 %)
read it as another amount, and the heading "Driftstöd" gives no unit per year, so it is no
price per unit either (`literal_unit_prices`). Yet its wording says which figure it is: a
row's.

An amount per unit is one with "per" or "/" and a unit right after it ("per år", "per
kommun", `literal_unit_prices.per_unit_after`), or, per year, "om året", "årligen" or
"varje år" after it or "årlig", "årligt" or "årliga" before it in its sentence, at most
`MAX_GAP` words before it with no figure between ("ett årligt driftstöd till bolaget om 3,5
mnkr"). It is the amount of one row of a table near its text
(`figure_scopes.tables_near`) whose rows are that unit (`rows_are`): the first column's
heading names it ("År", "Kommun" for "per kommun"), or, for a year, every row's text is a
year. Where those tables have one amount column in all, no column whose heading gives that
unit itself (then the text gives a price, `literal_unit_prices`), and the same figure on
every row, the amount is compared with that figure at the precision the text writes:
"3,0 mnkr" and "3 mnkr" state 3 000 000 kr, "3,5 mnkr" does not (its right rounding is
"3,0 mnkr"), and "ca 3 mnkr" states 2,5 … 3,5 mnkr. An amount more than `WINDOW` of the
figure off is another amount per year ("intäkter på 12 mnkr per år" beside a driftstöd of
3 mnkr a year); where the rows differ, which the text means is unsure, and nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Final, NamedTuple

from generator.checks.literal_amount import LiteralAmount, as_the_literal, rounding_filter
from generator.checks.literal_amounts import rounding_step
from generator.checks.literal_amounts_approx import covered, right_approximation
from generator.checks.literal_amounts_parts import sentence_start
from generator.checks.literal_unit_prices import per_unit_after, unit_price_columns
from generator.checks.report import Reporter
from generator.compute.column_means import is_year, listed_rows
from generator.compute.tables import TableResult
from generator.formatting import Kronor, in_unit, magnitude
from generator.problems import Loc, Problem
from generator.text.unit_words import unit_of

YEAR: Final = "år"
"""The unit of "per år", as `unit_words.unit_of` names it."""
MAX_GAP: Final = 6
"""The most words between "årlig" and the amount it makes yearly."""
WINDOW: Final = Decimal("0.5")
"""How far, as a share of a row's figure, an amount per unit may lie and still be read as
that figure (beyond, it is another amount per unit)."""


@cache
def _yearly_after() -> re.Pattern[str]:
    """What says after an amount that it is per year: "om året", "årligen", "varje år"."""
    return re.compile(r"\s+(?:om\s+året|i\s+året|årligen|varje\s+år)(?!\w)", re.IGNORECASE)


@cache
def _yearly_before() -> re.Pattern[str]:
    """"årlig", "årligt" or "årliga" and what follows it, with no figure, up to an amount."""
    return re.compile(r"(?<!\w)årlig[at]?(?!\w)(?P<gap>[^\d]*)$", re.IGNORECASE)


def per_unit(text: str, literal: LiteralAmount) -> tuple[str, int] | None:
    """The unit a literal of text is an amount per (`unit_words.unit_of`) and where the
    words that say so end (the literal's end where they stand before it), or None."""
    end = literal.offset + len(literal.text)
    if (per := per_unit_after(text, literal)) is not None:
        return unit_of(per["per"]), per.end()
    if (yearly := _yearly_after().match(text, end)) is not None:
        return YEAR, yearly.end()
    if "rlig" not in text:  # (a plain test first: most texts say no "årlig")
        return None
    before = text[sentence_start(text, literal.offset) : literal.offset]
    found = _yearly_before().search(before)
    return (YEAR, end) if found and len(found["gap"].split()) <= MAX_GAP else None


def rows_are(result: TableResult, unit: str) -> bool:
    """Whether a table's rows are each one of unit: its first column is a text column whose
    heading names the unit ("År", "Kommun" or "Kommuner" for "kommun"), or, for a year, every
    row's text is a year."""
    columns = result.spec.columns
    first = columns[0] if columns else None
    if first is None or first.amount or first.counted or first.number:
        return False
    heading = first.header.strip().lower()
    if unit_of(heading) == unit or (len(unit) > 2 and heading.startswith(unit)):
        return True
    texts = [row.spec.first_text for row in listed_rows(result.rows)]
    return unit == YEAR and bool(texts) and all(is_year(text) for text in texts)


class PerRowMiss(NamedTuple):
    """An amount per unit that misses the one figure of a column's rows: the literal, its
    words ("3,5 mnkr per år"), the table, its unit and column's title, the figure and the name
    text may write it by."""

    literal: LiteralAmount
    written: str
    table: str
    unit: str
    title: str
    figure: Kronor
    name: str


def per_row_problems(at: tuple[Loc, str], literals: Sequence[LiteralAmount],
                     near: Sequence[str], tables: Mapping[str, TableResult],
                     report: Reporter, reported: set[int],
                     stated: Mapping[str, Kronor] | None = None) -> list[Problem]:
    """Warn about the amounts per unit of a text that miss the one figure of a column whose
    rows are that unit (see above), unless warned about already (reported, by offset: those
    warned about here are added). stated: the amounts the case states (`belopp:`), by name:
    the one that is the column's figure is offered by its name."""
    shown = [name for name in near if name in tables]
    if not any(_one_figure(tables[name]) for name in shown):
        return []  # (cheap: most tables have rows of different figures)
    loc, text = at
    problems = []
    for literal in literals:
        if literal.offset in reported:
            continue
        miss = _per_row_miss(text, literal, shown, tables)
        if miss is not None:
            reported.add(literal.offset)
            where = report.in_text(loc, text, literal.offset, literal.text)
            problems.append(report.problem(where, per_row_message(miss, stated or {}),
                                           "varning"))
    return problems


def _one_figure(result: TableResult) -> Kronor | None:
    """The figure on every row of a table of one amount column and no groups, or None."""
    columns = result.spec.amount_columns
    if len(columns) != 1 or not result.rows or any(row.children for row in result.rows):
        return None
    figures = {row.amounts.get(columns[0].key) for row in result.rows}
    return figures.pop() if len(figures) == 1 else None


def _per_row_miss(text: str, literal: LiteralAmount, shown: Sequence[str],
                  tables: Mapping[str, TableResult]) -> PerRowMiss | None:
    """The miss of an amount per unit of the one figure of its rows' column, or None."""
    found = per_unit(text, literal)
    if found is None:
        return None
    unit, end = found
    if any(own == unit for name in shown for own, _ in unit_price_columns(tables[name])):
        return None  # (a price per unit: `literal_unit_prices`)
    columns = [(name, column) for name in shown if rows_are(tables[name], unit)
               for column in tables[name].spec.amount_columns]
    if len(columns) != 1:
        return None
    table, column = columns[0]
    figure = _one_figure(tables[table])
    if figure is None or _states(literal, figure) \
            or magnitude(literal.value - figure) > WINDOW * magnitude(figure):
        return None
    said = text[literal.offset : end]
    return PerRowMiss(literal, f"{literal.qualifier} {said}" if literal.approximate else said,
                      table, tables[table].spec.unit, column.title, figure,
                      f"tabeller.{table}.rader[0].{column.key}")


def _step(literal: LiteralAmount) -> Decimal:
    """The step the literal states a figure to: its last digit written, or for an approximate
    one its last that tells (`rounding_step`)."""
    return rounding_step(literal) if literal.approximate else literal.precision


def _states(literal: LiteralAmount, figure: Kronor) -> bool:
    """Whether the literal states figure at its own precision (both ends of its range in)."""
    low, high = covered(literal, _step(literal))
    return low <= figure <= high


def per_row_message(miss: PerRowMiss, stated: Mapping[str, Kronor]) -> str:
    """The warning for an amount per unit that misses its rows' one figure."""
    literal = miss.literal
    shown = in_unit(miss.figure, miss.unit)
    right = as_the_literal(literal, right_approximation(literal, miss.figure, _step(literal)))
    if literal.approximate:
        right = f"{literal.qualifier} {right}"
    also = f", alltså {right}" if right != shown else ""
    own = [name for name, amount in stated.items() if amount == miss.figure]
    name = own[0] if len(own) == 1 else miss.name
    return (f"beloppet '{miss.written}' i texten stämmer inte med kolumnen '{miss.title}' i "
            f"tabellen '{miss.table}', som har {shown} på varje rad{also}; menar texten det "
            f"beloppet, skriv {{{{ {name}{rounding_filter(literal)} }}}} så följer texten "
            f"tabellen")
