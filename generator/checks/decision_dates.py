"""Two dates for one coming decision of the same organ (trial 63, F2).

A proposal said "Beslut fattas av kommunfullmäktige den 10 december 2018." in one paragraph
and "Beslut fattas av kommunfullmäktige den 5 november." in the next: one of the dates is a
slip. A sentence names a coming decision when it holds one organ ("kommunfullmäktige",
"Regionstyrelsen", "Barn- och utbildningsnämnden", "Kommunstyrelsens arbetsutskott"), one
date ("den 10 december 2018", "5 november", 2018-12-10) and a word of a decision in the
present or future ("fattas", "beslutar", "beslutas", "besluta" after "ska" or "kommer att"),
and no verb in the past. A later such sentence whose organ is the same and whose date is
another (the day or month differ, or both years are written and differ) is warned about, and
the warning names the line of the first.

Decisions already taken are left alone: a background tells of many decisions of one organ
on many days ("Kommunstyrelsen beslutade den 3 maj … och den 5 juni …"). So is a sentence
with two organs or two dates, whose decision cannot be told from its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Final, NamedTuple

from generator.case.impossible_dates import MONTHS
from generator.checks.dates import sentence_end
from generator.checks.report import Reporter
from generator.problems import Loc, Position, Problem
from generator.text.body_names import mid_sentence
from generator.text.units import places


@cache
def _organ() -> re.Pattern[str]:
    """An organ's name, in the definite form or the genitive."""
    return re.compile(
        r"(?<![\w-])(?:\w+-\s+och\s+)?\w*(?:fullmäktige|styrelsen?|nämnd(?:en)?|utskott(?:et)?)s?"
        r"(?:\s+arbetsutskott(?:et)?)?(?!\w)", re.IGNORECASE)


_DECIDING: Final = re.compile(
    r"(?<!\w)(?:fattas|beslutar|beslutas|(?:ska|skall|kommer\s+att)\s+(?:\w+\s+)?besluta)(?!\w)",
    re.IGNORECASE)
"""A decision in the present or future: 'Beslut fattas', 'beslutar', 'ska besluta'."""


def _may_decide(text: str) -> bool:
    """Whether `_DECIDING` may find something in text (False: it finds nothing).

    For speed: every match holds "fattas" or "luta" followed by "r", "s" or no letter or
    digit, in some case; no other character than these letters' capitals matches them
    when case is ignored, but "ſ" for "s", which stays so in lower case. So plain searches
    in the lower-cased text tell most texts at once ("innefattar", "beslutat": the pattern
    tries every character).
    """
    lowered = text.lower()
    if "fattas" in lowered or "fattaſ" in lowered:
        return True
    for at in places(lowered, "luta"):
        after = lowered[at + 4:at + 5]
        if not after.isalnum() or after in "rsſ":
            return True
    return False


@cache
def _past() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:\w+ades?|beslöt|togs|fattade)(?!\w)", re.IGNORECASE)


@cache
def _date() -> re.Pattern[str]:
    """A date: ISO, or a day and a month's name with or without the year."""
    months = "|".join(MONTHS)
    return re.compile(rf"(?<![\w-])(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|(\d{{1,2}})\s+({months})"
                      rf"(?:\s+(\d{{4}}))?)(?![\w-])")


class _Dated(NamedTuple):
    """A coming decision of an organ (its name as written) on a day (month, day, year or
    None), with where its date stands."""

    organ: str
    day: tuple[int, int, int | None]
    written: str
    where: Position


def decision_date_problems(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Warn at each coming decision of an organ dated otherwise than the first one."""
    first: dict[str, _Dated] = {}
    problems = []
    found = [dated for loc, text in texts.items() for dated in _coming(loc, text, report)]
    for dated in sorted(found, key=lambda dated: dated.where):
        earlier = first.setdefault(_key(dated.organ), dated)
        if not _same(earlier.day, dated.day):
            problems.append(report.problem(dated.where, _message(earlier, dated), "varning"))
    return problems


def _message(earlier: _Dated, dated: _Dated) -> str:
    """The warning at a second date for a coming decision (earlier: the first)."""
    return (f"beslutet av {dated.organ} har datumet '{dated.written}' här men "
            f"'{earlier.written}' på rad {earlier.where.line}, rätta det datum som är fel")


def _coming(loc: Loc, text: str, report: Reporter) -> Iterator[_Dated]:
    """The coming decisions in the sentences of the text at loc."""
    if not _may_decide(text) or _DECIDING.search(text) is None:
        return  # (most texts: one look)
    start = 0
    for end in [*sentence_end().finditer(text), None]:
        stop = end.start() + 1 if end else len(text)
        dated = _in_sentence(text, start, stop)
        if dated is not None:
            organ, match = dated
            where = report.in_text(loc, text, match.start(), match.group())
            yield _Dated(organ, _day(match), " ".join(match.group().split()), where)
        start = end.end() if end else len(text)


def _in_sentence(text: str, start: int, stop: int) -> tuple[str, re.Match[str]] | None:
    """The organ and the date of a coming decision in text[start:stop], if it names one."""
    sentence = text[start:stop]
    if _DECIDING.search(sentence) is None or _past().search(sentence) is not None:
        return None
    organs = {_key(found.group()): found.group() for found in _organ().finditer(sentence)}
    dates = list(_date().finditer(text, start, stop))
    if len(organs) != 1 or len(dates) != 1:
        return None
    name = " ".join(next(iter(organs.values())).split())
    return mid_sentence(name[:len(_key(name))]), dates[0]  # (without a genitive 's')


def _key(organ: str) -> str:
    """An organ's name as compared: in lower case, without a genitive 's'."""
    folded = " ".join(organ.casefold().split())
    return folded[:-1] if folded.endswith(("ens", "ets", "iges", "nds", "tts")) else folded


def _day(match: re.Match[str]) -> tuple[int, int, int | None]:
    """The month, day and year (None where not written) of a date match."""
    iso_year, iso_month, iso_day, day, month, year = match.groups()
    if iso_year:
        return int(iso_month), int(iso_day), int(iso_year)
    return MONTHS.index(month) + 1, int(day), int(year) if year else None


def _same(one: tuple[int, int, int | None], other: tuple[int, int, int | None]) -> bool:
    """Whether two days may be the same: month and day alike, and the years where both are
    written."""
    return one[:2] == other[:2] and (one[2] is None or other[2] is None or one[2] == other[2])
