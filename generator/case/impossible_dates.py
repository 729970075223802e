"""Why a date written ÅÅÅÅ-MM-DD does not exist, and what to write instead."""

from __future__ import annotations

import calendar
from typing import Final

_MONTHS: Final = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                  "september", "oktober", "november", "december")


def why_impossible(year: int, month: int, day: int) -> str:
    """What is wrong with a date that does not exist, and how to write it (year 1 to 9999,
    as four digits give)."""
    if year == 0:
        return "år 0000 finns inte, skriv året med fyra siffror, t.ex. 2024"
    if not 1 <= month <= 12:
        return f"månad {month:02d} finns inte, skriv en månad mellan 01 och 12"
    days = calendar.monthrange(year, month)[1]
    return (f"{_MONTHS[month - 1]} {year} har {days} dagar, skriv en dag mellan 01 och "
            f"{days}")
