"""A weekday written beside a date must be that date's (trial 41, F9).

Protocols write "måndagen den 26 juni 2017"; "tisdagen den 26 juni 2017" is a copy slip
(26 June 2017 was a Monday). The weekday stands right before the date, in any of the forms
"tisdag", "tisdagen", "Tisdagen den" or "tisdag," and before a date in words or ISO form
("tisdagen den 2017-06-26"); it is warned about where it is written, naming the date's own.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import Final

from generator.case.impossible_dates import WEEKDAYS
from generator.checks.report import Reporter
from generator.formatting import text_date
from generator.problems import Loc, Problem

WEEKDAY: Final = rf"(?<!\w)({'|'.join(WEEKDAYS)})(?:en)?,?"
"""A weekday as written before a date, its name captured: 'måndag', 'Måndagen', 'måndagen,'
(a pattern to be compiled with re.IGNORECASE)."""
_BACK: Final = 16
"""How far before a date its weekday is looked for ('lördagen, den ' and some space)."""


@cache
def _weekday_before() -> re.Pattern[str]:
    """A weekday right before a date: 'måndag ', 'måndagen den ', 'Måndagen, den '."""
    return re.compile(rf"{WEEKDAY}\s+(?:den\s+)?$", re.IGNORECASE)


def weekday_problem(
    dated: datetime.date | None, loc: Loc, text: str, offset: int, day: datetime.date,
    report: Reporter,
) -> Problem | None:
    """A warning at the weekday written right before the date `day` at offset in the text at
    loc, if it is not that date's; none if there is no weekday or it is right (dated: the
    document's date, before which a date 'was' a weekday, after it 'is' one; without one, a
    date 'is' one)."""
    start = max(0, offset - _BACK)
    if "dag" not in text[start:offset].casefold():  # (a plain search first: most dates have none)
        return None
    match = _weekday_before().search(text, start, offset)
    if match is None:
        return None
    return _wrong(dated, loc, text, match, day, report)


def lone_weekday_problem(
    dated: datetime.date | None, loc: Loc, text: str, day: datetime.date, report: Reporter
) -> Problem | None:
    """A warning at a table cell (text, at loc) that holds only a weekday ('måndag') beside a
    cell with the date `day`, if it is not that date's (trial 44, F3); none if it is right or
    the cell holds more than a weekday."""
    match = _lone_weekday().fullmatch(text)
    return None if match is None else _wrong(dated, loc, text, match, day, report)


@cache
def _lone_weekday() -> re.Pattern[str]:
    """A weekday alone, as a table's weekday column has it: 'måndag', 'Tisdagen'."""
    return re.compile(rf"\s*{WEEKDAY}\s*", re.IGNORECASE)


def _wrong(
    dated: datetime.date | None, loc: Loc, text: str, match: re.Match[str], day: datetime.date,
    report: Reporter,
) -> Problem | None:
    """The warning at the weekday matched in text (its name group 1), if it is not the date's."""
    own = WEEKDAYS[day.weekday()]
    if match.group(1).casefold() == own:
        return None
    tense = "var" if dated and day <= dated else "är"
    message = f"den {text_date(day)} {tense} en {own}; rätta veckodagen eller datumet"
    where = report.in_text(loc, text, match.start(1), match.group(1))
    return report.problem(where, message, "varning")
