"""The cells of a date column (`typ: datum`, trial 59, F8): each holds one date, ÅÅÅÅ-MM-DD
(as YAML reads 2025-03-18 unquoted, or the same text quoted), or nothing. A date that does
not exist is told as the case file's reader tells it ('ogiltigt datum'); anything else in
the cell (a weekday with the date, a date in words, a time) is told to be written as a date;
a day and month without a year ("17 januari") is told the date with the year of the table's
other dates, where they all have one (`yearless_message`, trial 84, F15).
A date is printed as the document prints dates in tables (`formatting.iso_date`), or as in
running text (`formatting.text_date`, `datumform: text`; a cell's text is escaped, so
it keeps no no-break space)."""

from __future__ import annotations

import datetime
import re
from typing import Final

from generator.case.impossible_dates import why_impossible
from generator.formatting import iso_date, text_date

_ISO: Final = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


class DateCellError(ValueError):
    """A date column's cell that holds no date; `message` says what to write."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def cell_date(value: object, column: str) -> datetime.date | None:
    """The date in a cell of the date column `column`, None for an empty cell; raise
    DateCellError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    match = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise DateCellError(
            f"'{value}' är inget datum, och kolumnen '{column}' har 'typ: datum'; skriv bara "
            "datumet som ÅÅÅÅ-MM-DD, t.ex. 2025-03-18, eller lämna cellen tom (en veckodag "
            "eller ett klockslag skrivs i en egen kolumn med 'typ: text')")
    year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise DateCellError(f"ogiltigt datum '{match.group()}', "
                            f"{why_impossible(year, month, day)}") from None


def yearless_message(value: str, column: str, years: set[int]) -> str | None:
    """Why a day and month without a year in the date column `column` is no date, and the
    date to write: in the one year of the table's other dates (`years`), else with the year
    left to fill in; None for a text that is no such day (or one no year has)."""
    from generator.case.date_hints import yearless_readings  # (only for a cell in error)

    readings = yearless_readings(value)
    start = f"'{value.strip()}' saknar år, och kolumnen '{column}' har 'typ: datum'; skriv "
    year = next(iter(years)) if len(years) == 1 else None
    known = [(month, day) for month, day in readings if year and _exists(year, month, day)]
    if year and known:
        dates = " eller ".join(f"{year:04d}-{month:02d}-{day:02d}" for month, day in known)
        return f"{start}{dates}, med året som tabellens andra datum har"
    possible = [(month, day) for month, day in readings if _exists(2000, month, day)]
    if not possible:
        return None
    dates = " eller ".join(f"ÅÅÅÅ-{month:02d}-{day:02d}" for month, day in possible)
    return f"{start}datumet med sitt år, {dates}"


def _exists(year: int, month: int, day: int) -> bool:
    """Whether the date exists (2000, a leap year: in some year)."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def looks_like_date(value: object) -> bool:
    """Whether a cell holds a date and nothing else, as YAML reads one or as ÅÅÅÅ-MM-DD
    text (whether that day exists is `cell_date`'s to tell)."""
    if isinstance(value, datetime.datetime):
        return False
    return isinstance(value, datetime.date) or (
        isinstance(value, str) and _ISO.fullmatch(value.strip()) is not None)


def shown_date(day: datetime.date, form: str | None) -> str:
    """A date column's date as printed: 2025-03-18, or with `datumform: text` 18 mars 2025."""
    return text_date(day) if form == "text" else iso_date(day)
