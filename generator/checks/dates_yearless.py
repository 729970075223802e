"""A weekday beside a date in words without its year (trial 84, F1).

A sammanträdesplan writes "Kommunstyrelsen sammanträder måndagen den 7 juni" in a plan for
2022, where 7 June 2022 is a Tuesday. `dates` reads no date without its year (which year it
means cannot always be told), but a weekday before such a date is checked in the year the
case is about, when that is one year:

* the years that the headings of the text's sections name;
* where those name none, the years the title names, with those of the tables its sections
  show (their year headings and dates, `table_years.years_of_table`), or where they show
  none, of every table;
* where neither names any, the year of the meeting (`beslut: datum:`), else of the
  document's date. A document dated in December may speak of a January ahead, and one
  dated in January of a December past: a weekday that is the date's own in the year before
  or after that year is left alone.

Where these name two years or more, which the date is in is unsure, and nothing is said.
The warning is the one for a date with its year (`weekdays`): "den 7 juni 2022 är en
tisdag; rätta veckodagen eller datumet".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache

from generator.case.models import Case, Section
from generator.checks.dates import day_and_year, months_in
from generator.checks.report import Reporter
from generator.checks.table_years import years_of_table
from generator.checks.weekdays import WEEKDAY, weekday_problem
from generator.problems import Loc, Problem


@cache
def written_year() -> re.Pattern[str]:
    """A year in a title, a heading or a sentence: 2022."""
    return re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@cache
def _weekday() -> re.Pattern[str]:
    """A weekday in a text, as `weekdays` reads one before a date."""
    return re.compile(WEEKDAY, re.IGNORECASE)


def yearless_weekday_problems(case: Case, texts: Mapping[Loc, str],
                              report: Reporter) -> list[Problem]:
    """A warning at each weekday before a date in words without its year that is not the
    date's own in the year the text is about (see above)."""
    problems: list[Problem] = []
    months = months_in(text for text in texts.values() if "dag" in text)
    for loc, text in texts.items() if months else ():
        if not _weekday().search(text):
            continue
        year = None
        for offset, month, number in _yearless(text, months):
            year = year or _year_of(case, loc)
            if year is None:
                break
            found = _problem(case.datum or None, (loc, text, offset), year, (month, number),
                             report)
            if found is not None:
                problems.append(found)
    return problems


def _yearless(text: str, months: Iterable[tuple[int, str]]) -> Iterator[tuple[int, int, int]]:
    """Each date in words without its year in text: its offset, month and day."""
    for number, name in months:
        at = text.find(name)
        while at >= 0:
            day, year = day_and_year(text, at, at + len(name))
            if day is not None and year is None and not text[at + len(name):][:1].isalnum():
                yield day.start(), number, int(day[1])
            at = text.find(name, at + len(name))


def _problem(dated: datetime.date | None, at: tuple[Loc, str, int], year: tuple[int, bool],
             date: tuple[int, int], report: Reporter) -> Problem | None:
    """The warning at a weekday before the date (month, day) at an offset of the text at
    loc, read in its year (with whether that is only the meeting's or the document's: then
    a weekday right in the year before or after is let be), or None (dated: the
    document's date)."""
    loc, text, offset = at
    (the_year, fallback), (month, number) = year, date
    found = None
    for other in (the_year, the_year - 1, the_year + 1) if fallback else (the_year,):
        try:
            day = datetime.date(other, month, number)
        except ValueError:  # (an impossible date: `dates.impossible_date_problems` tells)
            if other == the_year:
                return None
            continue
        problem = weekday_problem(dated, loc, text, offset, day, report)
        if problem is None:
            return None
        found = found or problem
    return found


def _year_of(case: Case, loc: Loc) -> tuple[int, bool] | None:
    """The year a text at loc is about, and whether it is only the meeting's or the
    document's; None where the case names two or more (see above)."""
    headings, shown = _section_years(case, loc) if loc[:1] == ("avsnitt",) else (set(), set())
    title = set(written_year().findall(case.titel))
    years = headings or title | (shown or _all_table_years(case))
    if len(years) == 1:
        return int(next(iter(years))), False
    if years:
        return None
    meeting = case.beslut.datum if case.beslut is not None else None
    dated = meeting or case.datum or None
    return (dated.year, True) if dated else None


def _section_years(case: Case, loc: Loc) -> tuple[set[str], set[str]]:
    """The years the headings of the sections along loc (`("avsnitt", 0, "avsnitt", 1,
    "text")`) name, and those of the tables they show."""
    headings: set[str] = set()
    shown: set[str] = set()
    sections: Sequence[Section] = case.avsnitt
    at = 1
    while at < len(loc) and isinstance(index := loc[at], int) and index < len(sections):
        section = sections[index]
        headings |= set(written_year().findall(section.rubrik or ""))
        shown |= {year for table in case.tabeller if table.namn == section.tabell
                  for year in years_of_table(table)}
        sections, at = section.avsnitt, at + 2
    return headings, shown


def _all_table_years(case: Case) -> set[str]:
    """The years of every table's year headings and dates."""
    return {year for table in case.tabeller for year in years_of_table(table)}
