"""An error where case text names the total of a table that has several totals.

`{{ tabeller.drift.summa }}` is the total of the table's first amount column. In a table
with one amount column that is its total; in a table with several (Bokslut 2023, Budget
2024, Budget 2025 …) it silently prints the first column's total, which is rarely the one
meant (trial 24: 1 274,2 mnkr for Bokslut 2023 where the text meant 1 360,8 for Budget
2025). The tool cannot tell which column the text means, and a wrong figure in a decision
is worse than a question, so this is an error: the text names the column's total instead,
`{{ tabeller.drift.budget25 }}`, which prints the same figure when the first was meant. The
example it offers is the column a reader takes for the table's total: one whose `formel` adds
up all the others, else the last (trial 42).
A table with an amount column named `summa` is not asked: its own name wins, and
`tabeller.<tabell>.summa` is that column's total (trial 27). The rule and its message are
`compute.total_names`', which a table cell's reference to another table's total meets too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from generator.case.models import Case
from generator.checks.report import Reporter
from generator.compute.tables import TableResult
from generator.compute.total_names import ambiguous_message, ambiguous_total
from generator.problems import Loc, Problem

_REFERENCE = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_TOTAL = re.compile(r"(?<![\w.])tabeller\.(\w+)\.summa(?!\w)")


def ambiguous_total_problems(
    case: Case, texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
    report: Reporter
) -> list[Problem]:
    """An error at each `tabeller.<tabell>.summa` in a text whose table has more than one
    amount column, naming the column it is the total of and how to name each column's.
    (tables: the computed general tables by name.)"""
    headers = {table.namn: {c.namn: c.heading for c in table.kolumner}
               for table in case.tabeller}
    problems = []
    for loc, text in texts.items():
        for match in totals_named(text):
            table = tables.get(match[1])  # (none without a total: `unsummed_totals`)
            if table is not None and table.spec.total_label is not None \
                    and ambiguous_total(table):
                where = report.in_text(loc, text, match.start(), match.group())
                message = ambiguous_message(match.group(), match[1], table,
                                            headers.get(match[1], {}))
                problems.append(report.problem(where, message))
    return problems


def totals_named(text: str) -> Iterator[re.Match[str]]:
    """Each `tabeller.<tabell>.summa` inside a `{{ … }}` of the text."""
    if "summa" not in text:
        return
    for reference in _REFERENCE.finditer(text):
        yield from _TOTAL.finditer(text, reference.start(), reference.end())


def totals_named_in(texts: Mapping[Loc, str], tables: Mapping[str, TableResult]) -> set[str]:
    """The tables whose total (`tabeller.<tabell>.summa`) the texts name, but those without
    a total (`totalt: false`), where naming it is an error of its own (`unsummed_totals`)."""
    named = {match[1] for text in texts.values() for match in totals_named(text)}
    return {name for name in named if name in tables
            and tables[name].spec.total_label is not None}
