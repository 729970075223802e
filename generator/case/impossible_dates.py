"""Why a date written ÅÅÅÅ-MM-DD or in words, or a time of day, does not exist, and what to
write."""

from __future__ import annotations

import calendar
from typing import Final

MONTHS: Final = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                 "september", "oktober", "november", "december")
"""The Swedish names of the months, January first."""
WEEKDAYS: Final = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
"""The Swedish names of the weekdays, Monday first (as `datetime.date.weekday` counts)."""


def why_impossible(year: int | None, month: int, day: int) -> str:
    """What is wrong with a date that does not exist, and how to write it (year 1 to 9999,
    as four digits give; None for a date in words without its year, '31 april')."""
    if year == 0:
        return "år 0000 finns inte, skriv året med fyra siffror, t.ex. 2024"
    if not 1 <= month <= 12:
        return f"månad {month:02d} finns inte, skriv en månad mellan 01 och 12"
    if year is None:
        days = calendar.monthrange(2024, month)[1]  # (a leap year: February's most)
        has = "har högst" if month == 2 else "har"
        return f"{MONTHS[month - 1]} {has} {days} dagar, skriv en dag mellan 01 och {days}"
    days = calendar.monthrange(year, month)[1]
    return (f"{MONTHS[month - 1]} {year} har {days} dagar, skriv en dag mellan 01 och "
            f"{days}")


def why_impossible_time(hour: int, minute: int, second: int, zone: str | None) -> str:
    """What is wrong with a time of day (or its zone) that does not exist, and how to write
    it; "" if nothing is (then its date is what is wrong)."""
    for value, noun, the_noun, highest in ((hour, "timme", "timmen", 23),
                                           (minute, "minut", "minuten", 59),
                                           (second, "sekund", "sekunden", 59)):
        if value > highest:
            return f"{noun} {value:02d} finns inte, skriv {the_noun} mellan 00 och {highest}"
    if zone not in (None, "Z") and (int(zone[1:3]) > 23 or int(zone[4:6]) > 59):
        return f"tidszonen {zone} finns inte, skriv t.ex. +01:00 eller utelämna den"
    return ""
