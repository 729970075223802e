"""Weekdays in the tables' text cells (trial 44, F3): a sammanträdesplan keeps its meeting
days in a table, so a weekday there is checked as in running text, in a cell that writes
both ("måndagen den 9 december 2025") and in a weekday column ("måndag") beside a column
with the date (2025-10-14, "14 oktober 2025"), a text column or a date column (`typ: datum`,
whose cells `compute.date_cells` reads and reports). Only the weekday is checked in a cell: a
table of dates after the document is no slip (the meetings of a year ahead).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any

from generator.case.models import Case
from generator.case.table_models import GeneralTable
from generator.checks.dates import impossible_date_problems, written_dates
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.checks.weekdays import lone_weekday_problem, weekday_problem
from generator.problems import Loc, Problem


def cell_weekday_problems(case: Case, report: Reporter) -> list[Problem]:
    """Warn about each weekday in a text cell that is not its date's: one right before a date
    in the cell, or one alone in the cell beside a cell holding only a date; and report each
    date in a text cell that does not exist ('31 juni 2025')."""
    problems: list[Problem] = []
    dated = case.datum or None
    for t, table in enumerate(case.tabeller):
        for row_loc, row in placed_rows(table.rader, ("tabeller", t, "rader")):
            problems += _row_problems(dated, table, row_loc, row.model_extra or {}, report)
    return problems


def _row_problems(
    dated: datetime.date | None, table: GeneralTable, row_loc: Loc, cells: Mapping[str, Any],
    report: Reporter,
) -> Iterator[Problem]:
    """The wrong weekdays and impossible dates of one row's text cells (dated: the
    document's date)."""
    keys = [column.namn for column in table.kolumner]
    texts = {column.namn for column in table.kolumner if column.typ == "text"}
    for index, key in enumerate(keys):
        cell = cells.get(key)
        if key not in texts or not isinstance(cell, str):
            continue
        loc = (*row_loc, key)
        yield from impossible_date_problems(loc, cell, report)
        for offset, _, day in written_dates(cell):
            if (found := weekday_problem(dated, loc, cell, offset, day, report)) is not None:
                yield found
        beside = _beside(cells, keys, index)
        if beside is not None and (
                found := lone_weekday_problem(dated, loc, cell, beside, report)) is not None:
            yield found


def _beside(cells: Mapping[str, Any], keys: list[str], index: int) -> datetime.date | None:
    """The date in the cell right after the index-th column, or else right before it."""
    for other in (index + 1, index - 1):
        if 0 <= other < len(keys) and (day := _date_of(cells.get(keys[other]))) is not None:
            return day
    return None


def _date_of(cell: Any) -> datetime.date | None:
    """The date a cell holds and nothing else: 2025-10-14 (read as a date), '2025-10-14' or
    '14 oktober 2025'."""
    if isinstance(cell, datetime.date):
        return cell
    if not isinstance(cell, str):
        return None
    found = list(written_dates(cell.strip()))
    return found[0][2] if len(found) == 1 and found[0][1] == cell.strip() else None
