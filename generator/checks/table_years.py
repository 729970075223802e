"""A title, heading or intro that names one year over tables of another (trial 59, F9): the
page "Sammanträdestider 2024 … sammanträdestiderna för 2024" over two tables headed "2025",
a slip kept from last year's page.

Conservative, as a year in a heading is often another on purpose ("Utfall 2023" over a
budget): the tables' year is read only from column headings that are a year and nothing else
("2025") and from the dates of date columns (`typ: datum`), and only when every one of them,
in every table, is the same year. Then a warning is given at the title and at each heading
that names exactly one year, another one, and at each section text that speaks of exactly one
year that way, "för 2024" or "för år 2024" (a text names years for many reasons). Headings
are left to `heading_years` when the title itself names the tables' year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Final

from generator.case.models import Case, Section
from generator.case.table_models import DATE, GeneralTable
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.compute.date_cells import DateCellError, cell_date
from generator.problems import Loc, Problem

_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@cache
def _for_year() -> re.Pattern[str]:
    return re.compile(r"\bför\s+(?:år\s+)?((?:19|20)\d\d)(?![\d-])", re.IGNORECASE)


def table_year_problems(case: Case, report: Reporter) -> list[Problem]:
    """A warning at each title, heading or intro that names one year where every year of the
    tables is another."""
    years = {year for table in case.tabeller for year in years_of_table(table)}
    if len(years) != 1:
        return []
    (year,) = years
    problems = []
    title = _years(case.titel)
    if len(title) == 1 and year not in title:
        problems.append(_problem(report, ("titel",), case.titel, f"titeln '{case.titel}'",
                                 min(title), year))
    for loc, text in _texts(case.avsnitt, ("avsnitt",), headings=year not in title):
        if loc[-1] == "rubrik":
            named, what = _years(text), f"rubriken '{text}'"
        else:  # (a text names only one year, and that after "för")
            named, what = {m[1] for m in _for_year().finditer(text)}, "texten i avsnittet"
            named = named if _years(text) == named else set()
        if len(named) == 1 and year not in named:
            problems.append(_problem(report, loc, text, what, min(named), year))
    return problems


def _problem(report: Reporter, loc: Loc, text: str, what: str, named: str,
             year: str) -> Problem:
    """The warning at the year a text names, another than the tables' year."""
    where = report.in_text(loc, text, text.index(named), named)
    return report.problem(where, (
        f"{what} nämner året {named}, men tabellernas årsrubriker och datum är alla {year}; "
        "rätta årtalet om texten gäller samma år som tabellerna"), "varning")


def _years(text: str) -> set[str]:
    """The years a text names."""
    return set(_YEAR.findall(text))


def years_of_table(table: GeneralTable) -> Iterator[str]:
    """The years of a table: its column headings that are a year, its date columns' dates."""
    for column in table.kolumner:
        if column.rubrik is not None and _YEAR.fullmatch(column.rubrik.strip()):
            yield column.rubrik.strip()
    dates = [column.namn for column in table.kolumner if column.typ == DATE]
    for _, row in placed_rows(table.rader, ()):
        for key in dates:
            try:
                day = cell_date((row.model_extra or {}).get(key), key)
            except DateCellError:
                continue  # (reported where it is read)
            if day is not None:
                yield str(day.year)


def _texts(sections: Sequence[Section], loc: Loc, headings: bool) -> Iterator[tuple[Loc, str]]:
    """Each section heading (when `headings`) and text, with its place."""
    for index, section in enumerate(sections):
        here = (*loc, index)
        if headings and section.rubrik:
            yield (*here, "rubrik"), section.rubrik
        if section.text:
            yield (*here, "text"), section.text
        yield from _texts(section.avsnitt, (*here, "avsnitt"), headings)
