"""An average in text that is not the mean of the table it is about (trial 90, F10).

"Under de senaste fem åren har totalt 70,5 mnkr fördelats, i genomsnitt 14,6 mnkr per år"
above a table of five year columns that add up to 70 325,6 tkr passed in silence: the mean
per year is 14 065,1 tkr, so "14,1 mnkr", but no figure of the case is the mean (a column
"Genomsnitt per år" has it as its total at best), and 14,6 mnkr lies too far from anything
for a slip or a rounding (`literal_amounts`).

An average is an amount that follows, in its sentence, a word that says average ("i
genomsnitt", "i snitt", "i medeltal", "genomsnittlig", "genomsnittligt", "snittet",
"medelvärdet" …), at most `MAX_GAP` words before it with no figure between, or one that
"i genomsnitt", "i snitt" or "i medeltal" follows right after, maybe with "per <unit>" on
either side ("14,6 mnkr i genomsnitt per år", "14,6 mnkr per år i snitt"). It is compared
with the means of the tables near its text (`figure_scopes.tables_near`) and those it names
(`tabeller.<namn>`), computed by `compute.column_means`: every amount column's mean over its
rows, and a table of year columns' mean per year. A unit per which the text gives it ("per
år" after the amount or in between, "per kommun i snitt" before the word) keeps the means
over rows that are that unit (`literal_amounts_per_row.rows_are`) and, for "år", the mean per
year; a text that says none keeps every mean.

The amount states a mean at the precision it is written to (its last digit that tells,
`rounding_step`: "14,6 mnkr" to a tenth of a million, "146 000 kr" to a thousand): where it
states one of the means kept, or any figure of the case, all is well. Otherwise the means it
may mean are those that lie within `WINDOW` of it; where there is exactly one, the amount
is a wrong average of it, and the warning names the mean and its right rounding
("medelvärdet per år av kolumnerna '2019'–'2023' i tabellen 'historik' är 14 065,1 tkr,
alltså 14,1 mnkr"). With none, the amount is some other average; with several, which one
the text means is unsure; both pass in silence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Final, NamedTuple

from generator.case.money import UNIT_EXPONENT
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import LiteralAmount, as_the_literal, rounding_filter
from generator.checks.literal_amounts import rounding_step, states_a_figure
from generator.checks.literal_amounts_approx import covered, right_approximation
from generator.checks.literal_amounts_parts import sentence_start
from generator.checks.literal_amounts_per_row import YEAR, rows_are
from generator.checks.literal_amounts_rounding import Units
from generator.checks.literal_unit_prices import per_unit_after
from generator.checks.report import Reporter
from generator.compute.column_means import Mean, row_means, year_mean
from generator.compute.tables import TableResult
from generator.formatting import Kronor, in_unit, magnitude
from generator.problems import Loc, Problem
from generator.text.unit_words import unit_of

MAX_GAP: Final = 6
"""The most words between the word that says average and the amount."""
WINDOW: Final = Decimal("0.1")
"""How far, as a share of a mean, an average in text may lie and still be read as that mean
gone wrong (beyond, it is another average: last year's, the country's)."""


@cache
def _average_word() -> re.Pattern[str]:
    """A word that says average, maybe after "per <unit>" ("per kommun i snitt"), and what
    follows it up to the end of the text it is searched in, with no figure."""
    return re.compile(
        r"(?:(?<!\w)per\s+(?P<per>[^\W\d_]+)\s+)?(?<!\w)(?P<word>i\s+(?:genom)?snitt|"
        r"i\s+medeltal|genomsnitt\w*|snittet|medelvärde\w*|medeltal\w*)(?!\w)"
        r"(?P<gap>[^\d]*)$", re.IGNORECASE)


@cache
def _average_after() -> re.Pattern[str]:
    """A word that says average right after an amount, maybe after or before "per <unit>"
    ("14,6 mnkr i genomsnitt per år", "14,6 mnkr per år i snitt")."""
    return re.compile(
        r"\s+(?:per\s+(?P<per>[^\W\d_]+)\s+)?(?P<word>i\s+(?:genom)?snitt|i\s+medeltal)"
        r"(?!\w)(?:\s+per\s+(?P<after>[^\W\d_]+))?", re.IGNORECASE)


@cache
def _per_between() -> re.Pattern[str]:
    """"per <unit>" between the word that says average and the amount."""
    return re.compile(r"(?<!\w)per\s+(?P<per>[^\W\d_]+)", re.IGNORECASE)


@cache
def _named_tables() -> re.Pattern[str]:
    """The table a figure text names is in: `historik` of `tabeller.historik.summa`."""
    return re.compile(r"\btabeller\.(\w+)")


class Average(NamedTuple):
    """An amount of text that follows a word that says average: the literal, the word as
    written, and the unit it is per ("år"), or "" where the text says none."""

    literal: LiteralAmount
    word: str
    per: str
    after: bool = False
    """Whether the word follows the amount ("14,6 mnkr i genomsnitt")."""


def averages(text: str, literals: Sequence[LiteralAmount]) -> list[Average]:
    """The amounts of text that a word that says average leads to (see above)."""
    found = []
    for literal in literals:
        before = text[sentence_start(text, literal.offset) : literal.offset]
        match = _average_word().search(before)
        if match is None or len(match["gap"].split()) > MAX_GAP:
            if (average := _said_after(text, literal)) is not None:
                found.append(average)
            continue
        after = per_unit_after(text, literal)
        between = _per_between().search(match["gap"])
        per = next((unit_of(said["per"]) for said in (after, between, match)
                    if said is not None and said["per"]), "")
        found.append(Average(literal, " ".join(match["word"].split()), per))
    return found


def _said_after(text: str, literal: LiteralAmount) -> Average | None:
    """The average an amount is where a word that says average follows it (see above)."""
    match = _average_after().match(text, literal.offset + len(literal.text))
    if match is None:
        return None
    per = match["per"] or match["after"]
    return Average(literal, " ".join(match["word"].split()), unit_of(per) if per else "", True)


def average_problems(at: tuple[Loc, str], literals: Sequence[LiteralAmount],
                     near: Sequence[str], tables: Mapping[str, TableResult],
                     figures: FigureIndex, unit_of_figure: Units, report: Reporter,
                     reported: set[int]) -> list[Problem]:
    """Warn about the averages of a text that miss the one mean of the tables near it, or
    named in it, that they may mean (see above); reported: the literals warned about already,
    by offset (those warned about here are added)."""
    loc, text = at
    if "snitt" not in text and "medel" not in text.lower():  # (a plain test first)
        return []
    said = [average for average in averages(text, literals)
            if average.literal.offset not in reported]
    if not said:
        return []
    shown = list(dict.fromkeys([*near, *_named_tables().findall(text)]))
    problems = []
    for average in said:
        literal = average.literal
        means = _means(shown, tables, average.per)
        if any(_states(literal, mean.mean) for mean in means) \
                or states_a_figure(literal, figures, unit_of_figure):
            continue
        close = [mean for mean in means
                 if magnitude(literal.value - mean.mean) <= WINDOW * magnitude(mean.mean)]
        if len(close) == 1:
            reported.add(literal.offset)
            where = report.in_text(loc, text, literal.offset, literal.text)
            problems.append(report.problem(
                where, average_message(average, close[0], tables[close[0].table]), "varning"))
    return problems


def _means(shown: Sequence[str], tables: Mapping[str, TableResult], per: str) -> list[Mean]:
    """The means of the tables shown that an average per unit (per, "" for none) may be."""
    means = []
    for name in shown:
        result = tables.get(name)
        if result is None:
            continue
        if not per or rows_are(result, per):
            means += row_means(name, result)
        if per in ("", YEAR) and (yearly := year_mean(name, result)) is not None:
            means.append(yearly)
    return means


def _step(literal: LiteralAmount) -> Decimal:
    """The step an average in text is written to: its last digit that tells."""
    return rounding_step(literal)


def _states(literal: LiteralAmount, mean: Decimal) -> bool:
    """Whether the literal states the mean at the precision it is written to."""
    low, high = covered(literal, _step(literal))
    return low <= mean <= high


def average_message(average: Average, mean: Mean, result: TableResult) -> str:
    """The warning for an average in text that misses the mean it means."""
    literal = average.literal
    unit = result.spec.unit
    rounded = _rounded(mean.mean, unit, result.decimals.get(mean.key, 0))
    shown = in_unit(rounded, unit)
    right = as_the_literal(literal, right_approximation(literal, mean.mean, _step(literal)))
    if literal.approximate:
        right = f"{literal.qualifier} {right}"
    said = f"{literal.qualifier} {literal.text}" if literal.approximate else literal.text
    columns = (f"per år av kolumnerna '{mean.columns[0]}'–'{mean.columns[-1]}'"
               if mean.per_year else f"av kolumnen '{mean.columns[0]}' över {mean.figures} rader")
    also = f", alltså {right}" if right != shown else ""
    place = "före" if average.after else "efter"
    return (f"beloppet '{said}' i texten står {place} '{average.word}' men är inte tabellens "
            f"medelvärde: medelvärdet {columns} i tabellen '{mean.table}' är {shown}{also}; "
            f"menar texten det medelvärdet, skriv {right}"
            f"{_named(literal, mean, rounded, result)}")


def _named(literal: LiteralAmount, mean: Mean, rounded: Kronor, result: TableResult) -> str:
    """' eller {{ … }}' naming the one column whose total is the mean as the table shows it
    (a column "Genomsnitt per år" beside the years), else ''."""
    same = [key for key, total in result.totals.items() if total == rounded and key != mean.key]
    if len(same) != 1:
        return ""
    return f" eller {{{{ tabeller.{mean.table}.{same[0]}{rounding_filter(literal)} }}}}"


def _rounded(mean: Decimal, unit: str, decimals: int) -> Kronor:
    """A mean rounded half up to the decimals its column shows in unit, in kronor."""
    step = Decimal(1).scaleb(UNIT_EXPONENT[unit] - decimals)
    value = (mean / step).quantize(Decimal(1), ROUND_HALF_UP) * step
    return int(value) if value == value.to_integral_value() else value
