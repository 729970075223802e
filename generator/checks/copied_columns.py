"""A warning at a computed column whose formula only names another column (trial 66, F6):
`formel: k2022` makes the column repeat that one, cell for cell, where a difference
(`k2022 - k2021`) was likely meant.

Conservative: a formula written as one column's name alone, without `hogst` or `lagst` (a
copy capped at a tak is meant), and not the first year of a run of differences, which is how a
per-year column from accumulated amounts looks (`p2022: k2022`, `p2023: k2023 - k2022`…): no
warning where another formula of the table names the copied column too.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.case.models import Case
from generator.case.table_models import TableColumn
from generator.checks.report import Reporter
from generator.compute.tables import ColumnSpec, TableResult
from generator.problems import Problem


def copied_column_problems(case: Case, tables: Mapping[str, TableResult],
                           report: Reporter) -> list[Problem]:
    """A warning at each formula written as one column's name that only copies that column,
    outside a run of differences (a formula with a refused part is reported as such)."""
    problems: list[Problem] = []
    for written in case.tabeller:
        table = tables.get(written.namn)
        if table is None:
            continue
        columns = table.spec.columns
        for index, column in enumerate(columns):
            copied = _copied(column)
            if copied and _only_names(written.kolumner[index], copied) \
                    and not _named_elsewhere(copied, column, columns):
                where = report.at((*table.spec.loc, "kolumner", index, "formel"))
                problems.append(report.problem(where, _message(column, copied, columns),
                                               "varning"))
    return problems


def _copied(column: ColumnSpec) -> str:
    """The column a formula only copies ('k2022'), or ""."""
    terms = column.formula
    if len(terms) != 1 or terms[0].sign != 1 or terms[0].product or column.fixed:
        return ""
    return terms[0].key


def _only_names(column: TableColumn, copied: str) -> bool:
    """Whether the case writes the column's formula as that name alone, with no highest or
    lowest amount (a copy capped at a tak is meant: 'formel: kostnad, hogst: tak')."""
    return (column.formel or "").strip() == copied \
        and column.hogst is None and column.lagst is None


def _named_elsewhere(key: str, column: ColumnSpec, columns: tuple[ColumnSpec, ...]) -> bool:
    """Whether another column's formula names the copied column (a run of differences)."""
    return any(term.key == key for other in columns if other is not column
               for term in other.formula)


def _message(column: ColumnSpec, copied: str, columns: tuple[ColumnSpec, ...]) -> str:
    """The warning: the column repeats the other one, and the difference likely meant."""
    headers = {c.key: c.title for c in columns}
    kind = next(c.amount for c in columns if c.key == copied)
    figures = [c.key for c in columns if c.amount == kind and (c.amount or c.counted)
               and not c.formula]
    place = figures.index(copied) if copied in figures else 0
    before = figures[place - 1] if place > 0 else "<kolumn>"
    return (f"kolumnen '{column.title}' har 'formel: {copied}', så den upprepar bara "
            f"kolumnen '{headers[copied]}'; menar du en skillnad, skriv den, t.ex. "
            f"'formel: {copied} - {before}', och ska kolumnen upprepa beloppen, skriv dem i "
            f"stället för formeln")
