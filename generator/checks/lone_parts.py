"""A warning where a row's only part repeats it (trial 95, F13).

A row with `rader` and no `delsumma` shows its sum on its own line and its rows after it as
"varav" (`render.tables`). With one row under it and no figure of its own, that row is the
whole: "Preskriberad fordran 9 15 312,75" and right under it "varav Barn- och
utbildningsförvaltningen 9 15 312,75", which reads oddly to a nämnd. The warning names the
row and its part and says how to write them as one row.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.case.table_models import GeneralTable, TableRow
from generator.checks.report import Reporter
from generator.problems import Loc, Problem


def lone_part_problems(tables: Sequence[GeneralTable], report: Reporter) -> list[Problem]:
    """A warning for each row shown with one 'varav' row under it, in every table."""
    problems: list[Problem] = []
    for index, table in enumerate(tables):
        first = table.kolumner[0].namn if table.kolumner else ""
        problems += _rows(table.rader, first, ("tabeller", index), report)
    return problems


def _rows(rows: Sequence[TableRow], first: str, loc: Loc, report: Reporter) -> list[Problem]:
    """The warnings for `rows` (at `loc`) and the rows under them."""
    problems: list[Problem] = []
    for number, row in enumerate(rows):
        here = (*loc, "rader", number)
        lone = len(row.rader) == 1 and row.delsumma is None \
            and not _figures(row, first) and _figures(row.rader[0], first)
        whole, part = (_text(row, first), _text(row.rader[0], first)) if lone else ("", "")
        if whole and part:
            problems.append(report.problem(report.at((*here, "rader", 0)), (
                f"raden '{whole}' har bara en underrad, '{part}', så dokumentet skriver den "
                f"som 'varav {part}' med samma belopp som raden; skriv dem som en rad, t.ex. "
                f"'{whole}, {part}', eller skriv radens andra underrader"), "varning"))
        problems += _rows(row.rader, first, here, report)
    return problems


def _text(row: TableRow, column: str) -> str:
    """The text of a row's first column, as the case writes it."""
    value = (row.model_extra or {}).get(column, "")
    return " ".join(str(value).split())


def _figures(row: TableRow, first: str) -> bool:
    """Whether a row has a value of its own beside its text (the row's sum is then typed, or
    its part's figures are)."""
    return any(value not in (None, "") for key, value in (row.model_extra or {}).items()
               if key != first)
