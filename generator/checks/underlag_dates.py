"""Dates in a list of beslutsunderlag that lie after the meeting that decided (trial 95, F14).

A protokollsutdrag is dated the day it is written, often the justering day, some days after
the meeting (`beslut.datum`). Its "Beslutsunderlag" section lists the papers the organ had
before it: "Tjänsteskrivelse 2024-03-07", "Regionstyrelsens arbetsutskott 2024-03-08,
RSAU § 31". Such a paper dated after the meeting cannot have been before it, though it lies
before the document's own date, which is all the general rule (`dates`) measures from. So a
date in a section headed as such a list ("Beslutsunderlag", "Underlag", "Underlag för
beslut", "Handlingar", "Handlingar i ärendet") is measured from the meeting's date instead.
"""

from __future__ import annotations

import datetime
import re
from functools import cache

from generator.case.models import Case, Section
from generator.problems import Loc


@cache
def _underlag_heading() -> re.Pattern[str]:
    """A heading of a list of the papers decided on ('Beslutsunderlag', 'Underlag för beslut',
    'Handlingar i ärendet')."""
    return re.compile(r"\s*(?:(?:besluts)?underlag(?:et)?|handlingar)(?!\w)", re.IGNORECASE)


def _section_at(case: Case, loc: Loc) -> Section | None:
    """The section whose text (or text after its table) is at loc, nested or not."""
    sections, section = case.avsnitt, None
    parts = list(loc)
    while len(parts) >= 2 and parts[0] == "avsnitt" and isinstance(parts[1], int):
        if parts[1] >= len(sections):
            return None
        section = sections[parts[1]]
        sections, parts = section.avsnitt, parts[2:]
    return section if parts in (["text"], ["text_efter"]) else None


def meeting_before(case: Case, loc: Loc, day: datetime.date) -> datetime.date | None:
    """The meeting's date, when the text at loc lists beslutsunderlag and day lies after it."""
    decided = case.beslut.datum if case.beslut is not None else None
    if decided is None or day <= decided:
        return None
    section = _section_at(case, loc)
    if section is None or not _underlag_heading().match(section.rubrik):
        return None
    return decided


def later_than_meeting(written: str, decided: datetime.date) -> str:
    """Message for a date in a list of beslutsunderlag that lies after the meeting."""
    return (
        f"datumet '{' '.join(written.split())}' i beslutsunderlaget ligger efter sammanträdet "
        f"{decided.isoformat()} (beslutets datum); ett underlag fanns före beslutet, rätta "
        "datumet eller beslutets datum"
    )
