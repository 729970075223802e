"""Checks of a table's groups of columns (`kolumngrupper`): each names columns of the table,
side by side and in the table's order, and no column is in two groups. A group's heading
stands over its columns in one merged cell (see `word.column_groups`), which only columns
side by side can share."""

from __future__ import annotations

import itertools

from generator.case.suggest import did_you_mean
from generator.case.table_models import GeneralTable
from generator.checks.report import Reporter
from generator.problems import Loc, Problem


def column_group_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """An error at each column a group names that the table lacks, that another group has
    already, or that stands apart from the group's other columns or out of their order."""
    order = {column.namn: index for index, column in enumerate(table.kolumner)}
    taken: dict[str, str] = {}
    problems = []
    for number, group in enumerate(table.kolumngrupper):
        here = (*loc, "kolumngrupper", number, "kolumner")
        known = []
        for place, name in enumerate(group.kolumner):
            message = _unknown(name, order) if name not in order else _taken(name, taken)
            if message:
                problems.append(report.problem(report.at((*here, place)), message))
            else:
                taken[name] = group.rubrik
                known.append((place, name))
        problems += _apart(group.rubrik, known, table, here, report)
    return problems


def _unknown(name: str, order: dict[str, int]) -> str:
    """The error for a group's column `name` that the table lacks."""
    suggestion = did_you_mean(name, list(order))
    hint = f"menade du '{suggestion}'?" if suggestion else f"kolumnerna är: {', '.join(order)}"
    return f"okänd kolumn '{name}' i kolumngruppen, {hint}"


def _taken(name: str, taken: dict[str, str]) -> str:
    """The error for a column already in group `taken[name]`, "" if it is in none."""
    if name not in taken:
        return ""
    return (f"kolumnen '{name}' står redan i kolumngruppen '{taken[name]}', ta bort den ur "
            "en av grupperna: en kolumn står under en grupprubrik")


def _apart(heading: str, known: list[tuple[int, str]], table: GeneralTable, here: Loc,
           report: Reporter) -> list[Problem]:
    """An error at the first of the group's `known` columns (each with its place in the
    group's list) that does not follow the one before it in the table."""
    names = [column.namn for column in table.kolumner]
    for (_, before), (place, name) in itertools.pairwise(known):
        start, end = names.index(before), names.index(name)
        if end == start + 1:
            continue
        if end < start:
            message = (f"kolumnen '{name}' står före '{before}' i tabellen, skriv kolumnerna i "
                       f"kolumngruppen '{heading}' i tabellens ordning")
        else:
            between = "', '".join(names[start + 1:end])
            message = (f"kolumnerna i kolumngruppen '{heading}' står inte bredvid varandra: "
                       f"'{between}' står mellan '{before}' och '{name}'; ta med "
                       f"{'den' if end == start + 2 else 'dem'} i gruppen, eller flytta "
                       "kolumnerna intill varandra")
        return [report.problem(report.at((*here, place)), message)]
    return []
