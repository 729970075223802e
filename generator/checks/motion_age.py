"""A motion answered more than a year after it was filed (trial 48, F5).

Kommunallagen 5 kap. 35 § says a motion should be prepared so that the council can decide
on it within a year of its being filed; if it cannot, that is to be reported to the council
within the year. Gotland's KF § 13 of 2009-02-23 answered a motion of 2007-03-19.

The case has no key for the motion's date: protocols write it among the documents the
decision rests on ("- Motion 2007-03-19") or in a sentence ("Motionen inkom 2007-03-19").
So a date in a text (in ISO form or in words with its year, `dates.written_dates`) is the
motion's filing date where
* its line begins with "Motion" and nothing else before the date ("Motion 2007-03-19",
  "- Motion, 2007-03-19", "Motion daterad 19 mars 2007"), or
* its sentence names "motionen" (the motion answered: "en motion" is another) before a
  filing verb right before the date, with at most `_GAP` words between verb and date
  ("Motionen väcktes av Björn Jansson (S) den 19 mars 2007"; the verbs: `_filed`).
A date after other words ("Motionen ska besvaras senast 2008-03-19", "En liknande motion
väcktes 2001-05-03") is not. The case answers a motion where its title begins with "Motion"
or a point of its proposal or decision names "motionen"; it answers it on the decision's
date, else the document's. One filing date more than a year before that is warned about at
the date, unless a text says why (`_explained`: "inom ett år", "inte kunnat beredas"); two
different filing dates leave it unsure, and nothing is said.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import Final

from generator.case.models import Case
from generator.checks.dates import months_in, written_dates
from generator.checks.literal_amounts_parts import sentence_start
from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_GAP: Final = 6
"""The most words between a filing verb and the date it leads to ("av Björn Jansson (S)
den"); none of them a number or a verb in the past ("och behandlades i kommunstyrelsen")."""


@cache
def _line() -> re.Pattern[str]:
    """The start of a line that names the motion's date: "- Motion ", "Motion, daterad ". (The
    spaces after "Motion" are one run where no comma or colon stands in them: two would be tried
    at every split of thousands of spaces, seconds for each date of the line.)"""
    return re.compile(r"^[ \t]*(?:[-*•][ \t]*)?motion(?:[ \t]*[,:])?[ \t]*"
                      r"(?:daterad[ \t]+)?(?:den[ \t]+)?$", re.IGNORECASE)


@cache
def _filed() -> re.Pattern[str]:
    """A filing verb and at most `_GAP` words right before a date."""
    return re.compile(
        r"(?<!\w)(?:inkom|inkommit|inlämnades|inlämnad|lämnades\s+in|väcktes|väckt|väckts"
        r"|daterad|daterades)(?:\s+(?![^\W\d]+(?:ade|dde|tte)s?(?!\S))[^\s\d]+){0,"
        + str(_GAP) + r"}\s+$", re.IGNORECASE)


_THE_MOTION: Final = re.compile(r"(?<!\w)motionen(?!\w)", re.IGNORECASE)
_TITLE: Final = re.compile(r"^\s*motion(?!\w)", re.IGNORECASE)


@cache
def _explained() -> re.Pattern[str]:
    """Words of a text that says why the motion was not answered within the year."""
    return re.compile(r"inom\s+(?:ett|1)\s+år|(?:kunnat|kunde|kan)\s+beredas",
                      re.IGNORECASE)


_SENTENCE_START: Final = re.compile(r"[.!?]\s|\n\s*\n")
_Dated = tuple[Loc, str, int, str, datetime.date]
"""A date in a text: the text's place and text, the date's offset, as written, and the day."""


def motion_age_problems(case: Case, texts: Mapping[Loc, str],
                        report: Reporter) -> list[Problem]:
    """The warning for a motion answered more than a year after it was filed (see above)."""
    answered = _answered_on(case, texts)
    if answered is None:
        return []
    filed = list(_filing_dates(texts))
    if len({day for *_, day in filed}) != 1 or _year_after(filed[0][4]) >= answered \
            or any(_explained().search(text) for text in texts.values()):
        return []
    loc, text, offset, written, day = filed[0]
    return [report.problem(report.in_text(loc, text, offset, written), (
        f"motionen väcktes {day.isoformat()} och besvaras {answered.isoformat()}, mer än ett "
        "år senare (kommunallagen 5 kap. 35 §): kontrollera datumen, eller skriv i texten "
        "varför den inte kunde beredas inom ett år"), "varning")]


def _answered_on(case: Case, texts: Mapping[Loc, str]) -> datetime.date | None:
    """The day the case answers a motion on, or None if it answers none (or is undated)."""
    answers = _TITLE.match(case.titel) is not None or any(
        loc[0] in ("forslag", "beslut") and _THE_MOTION.search(text)
        for loc, text in texts.items())
    if not answers:
        return None
    decided = case.beslut.datum if case.beslut and case.beslut.datum else None
    return decided or case.datum or None


def _filing_dates(texts: Mapping[Loc, str]) -> Iterator[_Dated]:
    """The dates of the texts that are a motion's filing date (see above)."""
    months = months_in(texts.values())
    for loc, text in texts.items():
        for offset, written, day in written_dates(text, months):
            if _filed_at(text, offset):
                yield loc, text, offset, written, day


def _filed_at(text: str, offset: int) -> bool:
    """Whether the date at offset of text is a motion's filing date (see above)."""
    line = text[text.rfind("\n", 0, offset) + 1 : offset]
    if _line().match(line) is not None:
        return True
    start = sentence_start(text, offset, _SENTENCE_START)
    sentence = text[start:offset]
    return _filed().search(sentence, _last_words(sentence)) is not None \
        and _names_the_motion(text, start, offset)


def _last_words(sentence: str) -> int:
    """Where the last words of a sentence that `_filed` may match begin (a verb of two
    words and `_GAP` more), so that it is not tried at every word of a long sentence for
    each of its dates."""
    words = sentence.rsplit(None, _GAP + 2)
    return len(words[0]) if len(words) > _GAP + 2 else 0


def _names_the_motion(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names "motionen" (a date's sentence: neither a letter before
    it nor one of its own at its end, so the whole text's finds are the sentence's)."""
    starts, ends = _the_motion_in(text)
    first = bisect_left(starts, start)
    return first < len(starts) and ends[first] <= end


@lru_cache(maxsize=16)
def _the_motion_in(text: str) -> tuple[list[int], list[int]]:
    """Where text names "motionen", its starts and ends, found once for each of its dates."""
    spans = [found.span() for found in _THE_MOTION.finditer(text)]
    return [at for at, _ in spans], [at for _, at in spans]


def _year_after(day: datetime.date) -> datetime.date:
    """The same day a year later (1 March for 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, month=3, day=1)
