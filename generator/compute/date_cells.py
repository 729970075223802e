"""The cells of a date column (`typ: datum`, trial 59, F8): each holds one date, ÅÅÅÅ-MM-DD
(as YAML reads 2025-03-18 unquoted, or the same text quoted), or nothing. A date that does
not exist is told as the case file's reader tells it ('ogiltigt datum'); anything else in
the cell (a weekday with the date, a date in words, a time) is told to be written as a date.
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
