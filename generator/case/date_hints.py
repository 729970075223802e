"""The date a text written in another form than ÅÅÅÅ-MM-DD means, where that is certain.

A secretary writes dates as they are spoken and printed: `27 september 2019`, `27 sept.
2019`, `2019-9-27`, `27/9 2019`, `2019-09-27 kl 10`. Where such a text has one reading,
the message offers it (`skriv 2019-09-27`); a reading that does not exist says why. Month
names are Swedish, written out or cut (`sept.`, `okt`). A form like `9/10 2019` could be
read day first or month first, and no order is guessed: the message gives both. A month
without its day (`juni 2024`, `2024-06`) asks for the day, keeping the month and year. A day
and month without a year (`17 januari`, in a table's date cell) has readings of its own
(`yearless_readings`), which a table completes with its other dates' year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Final

from generator.case.impossible_dates import MONTHS, why_impossible

_CUT: Final = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
               "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}
_MONTH_NUMBERS: Final = {**{name: number for number, name in enumerate(MONTHS, 1)}, **_CUT}
_TIME: Final = re.compile(r"(.*?)[\s,]+(?:kl\.?|klockan)\s*[0-9]{1,2}(?:[.:][0-9]{2})?")
"""A date with a time of day after it (`2019-09-27 kl 10`, `27 september 2019, kl. 10.00`)."""
_YEAR_FIRST: Final = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_NAMED: Final = re.compile(r"(?:den\s+)?([0-9]{1,2})\.?\s+([a-zåäö]+)\.?\s+([0-9]{4})")
_NUMBERS: Final = re.compile(r"(?:den\s+)?([0-9]{1,2})([-/.])([0-9]{1,2})(?:\2|\s+)([0-9]{4})")
_MONTH_NAMED: Final = re.compile(r"(?:i\s+)?([a-zåäö]+)\.?\s+([0-9]{4})")
_MONTH_YEAR_FIRST: Final = re.compile(r"([0-9]{4})[-/.]([0-9]{1,2})")
_MONTH_YEAR_LAST: Final = re.compile(r"([0-9]{1,2})[-/.]([0-9]{4})")

_Reading = tuple[int, int, int]
"""Year, month and day as written (the date may not exist)."""


def date_hint(written: str) -> str | None:
    """What to say of a text written where a date belongs, after "'datum' ", when its
    reading is clear (or clearly two); None when it does not look like a date."""
    text = " ".join(written.split()).lower()
    timed = _TIME.fullmatch(text)
    readings = _readings(timed.group(1) if timed else text)
    if not readings:
        return _month_hint(text, written)
    shown = f"'{' '.join(written.split())}'"
    if len(readings) > 1:
        return (f"ska vara ett datum som ÅÅÅÅ-MM-DD, {shown} kan vara "
                f"{' eller '.join(_spoken(r) for r in readings)}, skriv "
                f"{' eller '.join(_iso(r) for r in readings)}")
    year, month, day = readings[0]
    try:
        dt.date(year, month, day)
    except ValueError:
        return f"ska vara ett datum, men {shown} finns inte: {why_impossible(year, month, day)}"
    kind = "utan klockslag" if timed else "som ÅÅÅÅ-MM-DD"
    return f"ska vara ett datum {kind}, för {shown} skriv {_iso(readings[0])}"


def _month_hint(text: str, written: str) -> str | None:
    """What to say of a month and year written without a day (`juni 2024`); None for any
    other text."""
    year = month = 0
    if found := _MONTH_NAMED.fullmatch(text):
        month, year = _MONTH_NUMBERS.get(found[1], 0), int(found[2])
    elif found := _MONTH_YEAR_FIRST.fullmatch(text):
        year, month = int(found[1]), int(found[2])
    elif found := _MONTH_YEAR_LAST.fullmatch(text):
        month, year = int(found[1]), int(found[2])
    if not 1 <= month <= 12:
        return None
    return (f"ska vara en dag, men '{' '.join(written.split())}' är en hel månad: skriv "
            f"dagen som {year:04d}-{month:02d}-DD")


def _readings(text: str) -> list[_Reading]:
    """Each way the text can be read as a date with a month that exists."""
    if found := _YEAR_FIRST.fullmatch(text):
        year, month, day = int(found[1]), int(found[3]), int(found[4])
        return [(year, month, day)] if 1 <= month <= 12 else []
    if found := _NAMED.fullmatch(text):
        named = _MONTH_NUMBERS.get(found[2])
        return [(int(found[3]), named, int(found[1]))] if named else []
    if found := _NUMBERS.fullmatch(text):
        first, second, year = int(found[1]), int(found[3]), int(found[4])
        orders = dict.fromkeys([(second, first), (first, second)])  # (month, day), day first
        return [(year, month, day) for month, day in orders if 1 <= month <= 12]
    return []


@cache
def _day_named() -> re.Pattern[str]:
    """A day and a month's name without a year: "17 januari", "den 17 jan."."""
    return re.compile(r"(?:den\s+)?([0-9]{1,2})\.?\s+([a-zåäö]+)\.?")


@cache
def _day_numbers() -> re.Pattern[str]:
    """A day and a month in figures without a year: "14/2", "3/4"."""
    return re.compile(r"(?:den\s+)?([0-9]{1,2})/([0-9]{1,2})")


def yearless_readings(written: str) -> list[tuple[int, int]]:
    """Each month and day a date written without its year may mean, day first ("17
    januari", "den 17 jan.", "14/2"; "3/4" two ways, as `_readings` reads "9/10 2019"); []
    for any other text."""
    text = " ".join(written.split()).lower()
    if found := _day_named().fullmatch(text):
        named = _MONTH_NUMBERS.get(found[2])
        return [(named, int(found[1]))] if named else []
    if found := _day_numbers().fullmatch(text):
        first, second = int(found[1]), int(found[2])
        return [(month, day) for month, day in dict.fromkeys([(second, first), (first, second)])
                if 1 <= month <= 12]
    return []


def _iso(reading: _Reading) -> str:
    year, month, day = reading
    return f"{year:04d}-{month:02d}-{day:02d}"


def _spoken(reading: _Reading) -> str:
    year, month, day = reading
    return f"{day} {MONTHS[month - 1]} {year}"
