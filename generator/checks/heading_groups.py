"""Where a group heading without a subtotal (`delsumma: nej`) may stand: at the top of its
table, over rows that are no groups with a subtotal or heading of their own (wherever it
stands, the table's last row too: trial 71, F4; a heading over groups is a heading without
rows, `rader: []`, before them), and not right before a plain row of a table that adds up.
To the reader's eye such a heading's rows end at the next bold row: so they do in the .md,
which cannot indent them, to a screen reader, and where Word reads a table's groups from its
Markdown (`word.row_groups`, for a table a template of the user's own prints). In a table
that adds nothing up (`totalt: false` and no group with a sum: a price list, trial 81, F7)
the heading is a label, no figure depends on which rows it holds, and Word and `beslut
visa` print the row after its group flush left, outside it: that row is let be."""

from __future__ import annotations

from collections.abc import Sequence

from generator.case.table_models import TableRow
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.problems import Loc, Problem


def heading_group_problems(rows: Sequence[TableRow], loc: Loc, report: Reporter,
                           total: bool = True) -> list[Problem]:
    """A heading inside a group, a group inside a heading, a plain row after a heading in a
    table that adds up (total: whether the table prints a total row)."""
    problems = []
    adds_up = total or any(row.rader and row.delsumma is not False
                           for _, row in placed_rows(rows, loc))
    for index, row in enumerate(rows):
        here = (*loc, index)
        inner = list(placed_rows(row.rader, (*here, "rader")))
        problems += [report.problem(report.at((*at, "delsumma")), (
            "en grupprubrik utan delsumma (delsumma: nej) står överst i tabellen, inte under en "
            "annan rad; ge gruppen en delsumma, eller flytta den överst"))
            for at, child in inner if child.delsumma is False and child.rader]
        if not _is_heading(row):
            continue
        problems += [report.problem(report.at((*at, "delsumma")), (
            f"gruppen '{_first(row)}' har delsumma: nej och kan inte ha grupper under sig; ge "
            "den en delsumma, eller skriv den som en rubrik utan rader ('rader: []') och "
            "grupperna under den efter den"))
            for at, child in inner if isinstance(child.delsumma, str) and child.rader][:1]
        if index + 1 == len(rows) or not adds_up:
            continue  # (the table's last row: none after it; a price list's: a label)
        after = rows[index + 1]
        if not after.rader or after.delsumma is None:
            problems.append(report.problem(report.at((*loc, index + 1)), (
                f"raden '{_first(after)}' står direkt efter gruppen '{_first(row)}' (delsumma: "
                "nej) och ser ut att höra till den; flytta raden före gruppen, eller ge gruppen "
                "en delsumma"), "varning"))
    return problems


def _is_heading(row: TableRow) -> bool:
    """Whether a row is a group heading without a subtotal."""
    return row.delsumma is False and bool(row.rader)


def _first(row: TableRow) -> str:
    """A row's first text, as messages name it."""
    return next((str(v) for v in (row.model_extra or {}).values() if isinstance(v, str)), "")
