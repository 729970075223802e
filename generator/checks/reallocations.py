"""A warning at a reallocation table that does not come to zero (trial 66, F1).

An omfördelning, omdisponering or ramjustering moves money within a frame:
its lines minus and plus net to zero. A case that does not state `summa: 0` had its total
unchecked: −100 and +110 printed a total of 10 without a word. The rule is conservative: a
summed amount column, not computed (`formel`), with both negative and positive amounts, for
which the case states no total, in a table whose total row or column headings, or the
heading or text of a section that shows it, name a reallocation (`_REALLOCATION`), and
whose total is not zero. The warning says to write `summa: 0` (the stated-sum check then
names the rows) or to correct a row, or, where the total is meant, to state it.

"Ombudgetering" is no such word (trial 71, F5): in a municipality's investment report it
mostly carries unused funds over to the next year (Vårgårda's "Om-budget År", 126,2 mnkr
from 2022, one project −0,5), whose total is no zero.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from generator.case.models import Case, Section
from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, TableResult, leaves
from generator.formatting import exact, in_unit
from generator.problems import Problem


@cache
def _reallocation() -> re.Pattern[str]:
    """A word that names a reallocation: omfördela, omdisponera, ramjustera, budgetjustera,
    or money that "flyttas" or "överförs" "från … till" (compiled when first needed)."""
    return re.compile(r"\b(?:omfördel|omdispon|ramjuster|budgetjuster)\w*"
                      r"|\b(?:flyttas|överförs)\s+(?:\S+\s+){0,6}?från\s+[^.;:]*?\btill\b",
                      re.IGNORECASE)


def reallocation_problems(case: Case, tables: Mapping[str, TableResult],
                          report: Reporter) -> list[Problem]:
    """A warning at each reallocation table's column whose lines do not come to zero."""
    problems: list[Problem] = []
    for name, table in tables.items():
        for column in _unbalanced(table):
            said = _named(table, _section_texts(case.avsnitt, name))
            if said:
                problems.append(report.problem(report.at(table.spec.loc),
                                               _message(name, table, column, said), "varning"))
    return problems


def _unbalanced(table: TableResult) -> Iterator[ColumnSpec]:
    """The typed, summed amount columns with no stated total whose rows hold both negative
    and positive amounts and whose total is not zero."""
    spec = table.spec
    for column in spec.amount_columns:
        if not column.summed or column.formula or column.key in spec.stated_total:
            continue
        amounts = [row.amounts[column.key] for row in leaves(table.rows)
                   if column.key in row.amounts]
        if any(a < 0 for a in amounts) and any(a > 0 for a in amounts) \
                and table.totals.get(column.key, 0) != 0:
            yield column


def _section_texts(sections: Sequence[Section], table: str) -> Iterator[str]:
    """The headings and texts of the sections, at any depth, that show the table."""
    for section in sections:
        if section.tabell == table:
            yield from (section.rubrik, section.text, section.text_efter)
        yield from _section_texts(section.avsnitt, table)


def _named(table: TableResult, texts: Iterator[str]) -> str:
    """The first words that name the table a reallocation, in its total row's label, its
    column headings or the texts of its sections ("" for none)."""
    spec = table.spec
    for text in (spec.total_label or "", *(c.header for c in spec.columns), *texts):
        if found := _reallocation().search(text):
            return " ".join(found.group().split())
    return ""


def _message(name: str, table: TableResult, column: ColumnSpec, said: str) -> str:
    """The warning: the table, the words that make it a reallocation, its total and what
    to write."""
    spec = table.spec
    total = table.totals[column.key]
    several = len([c for c in spec.amount_columns if c.summed]) > 1
    where = f", kolumnen '{column.title}'," if several else ""
    zero = f"summa: {{{column.key}: 0}}" if several else "summa: 0"
    stated = f"summa: {{{column.key}: \"{exact(total, spec.unit)}\"}}" if several \
        else f"summa: \"{exact(total, spec.unit)}\""
    return (f"tabellen '{name}'{where} har både negativa och positiva belopp och gäller en "
            f"omfördelning ('{said}'), men beloppen tar inte ut varandra: summan blir "
            f"{in_unit(total, spec.unit)}; ska de bli noll, skriv '{zero}' i tabellen så "
            f"visar kontrollen vilken rad som inte stämmer, eller rätta raden; är summan "
            f"rätt, skriv '{stated}'")
