"""Year and month ranges as the documents write them: with an en dash and no spaces
(CONVENTIONS).

Case text often has `2019-2022`, `2019 - 2022` or `januari-augusti` with a hyphen, as typed
on a keyboard, `2019 – 2022` with an en dash between spaces (trial 45, F9), or `19—20` with
an em dash, as a source prints it (wrong in Swedish: trial 46, F7). The documents write such
a range `2019–2022`, `januari–augusti`; the check warns so that the case file is set right
too: one rule for the hyphen, the em dash and the spaced dash, in text, points and headings.
A year range counts only as two years in order, 1900–2099 and no more than a century apart:
`2019-09-27` (a date) and `2022-2019` are left as they are. A month range is two month
names, written out or with the usual abbreviations (`jan-aug`, `sept-dec`), in any order
(`november-februari` spans the turn of the year); a compound word (`maj-månad`,
`januari-augustiperioden`) is left as it is. A range of two small numbers counts only
before a word that says what they count (`6-25 år`, `10-15 procent`, `3-5 dagar`:
`_COUNTED`), in either order, as a countdown in a cancellation rule has it (`6-3 dagar
innan`, `2-0 dagar`: trial 47, F6), or in order before `-åringar` (`19-20-åringar`), so that
`2-1` in a result or an article number is left as it is. A range of school grades counts
after the word that says so (`åk 1-6`, `Årskurs 7-9`, `klass F-3`: trial 54, F2, where
"Förskola 1-2 år" got its en dash and "Årskurs 1-6" in the same column kept its hyphen), in
order, from a grade 1–12 or F (förskoleklass). A range of amounts counts where one end is
written with its thousands apart, in order (`25 001-50 000`, `0 - 25 000` in an alcohol
taxa's turnover bands: trial 91, F6).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

EN_DASH: Final = "\u2013"
EM_DASH: Final = "\u2014"
_SPACED_DASH: Final = " \u2013"
_DASH_SPACED: Final = "\u2013 "
_BETWEEN: Final = r"(?: ?[-\u2014] ?| \u2013 ?|\u2013 )"
"""What joins the two ends of a range typed wrong: a hyphen or an em dash, spaced or not, or
an en dash with a space on either side (the en dash alone is right)."""


@cache
def _years() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\-/])(?<!\d[.,])((?:19|20)\d\d){_BETWEEN}((?:19|20)\d\d)(?![\w\-/]|[.,]\d)")


_MONTH: Final = (r"(?:[Jj]an(?:uari)?|[Ff]eb(?:ruari)?|[Mm]ars?|[Aa]pr(?:il)?|[Mm]aj"
                 r"|[Jj]u(?:ni?|li?)|[Aa]ug(?:usti)?|[Ss]ep(?:t(?:ember)?)?|[Oo]kt(?:ober)?"
                 r"|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)")


@cache
def _months() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-/])({_MONTH}){_BETWEEN}({_MONTH})(?![\w\-/])")


_COUNTED: Final = (r"(?:år|kr|kronor|procent|%|timmar|dagar|veckor|månader|personer|elever"
                   r"|barn|platser|st)")


@cache
def _numbers() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w\-/.,:])(\d{{1,3}}){_BETWEEN}(\d{{1,3}})(?= {_COUNTED}(?![\w])|-åring)")


_AMOUNT: Final = r"\d{1,3}(?: \d{3})*"
"""A whole number as the case writes an amount, its thousands apart: "25 001"."""


@cache
def _amounts() -> re.Pattern[str]:
    """A range of two amounts (`_amount_range` decides): "25 001-50 000", "0 - 25 000"."""
    return re.compile(
        rf"(?<![\w\-/.,:])({_AMOUNT}){_BETWEEN}({_AMOUNT})(?![\w\-/]|[.,]\d| \d)")


def _amount_range(match: re.Match[str]) -> bool:
    """Whether two amounts make a range: in order, and one of them written with its
    thousands apart (so "3-5" and "10 - 3" stay for the other rules)."""
    first, last = match.group(1), match.group(2)
    return " " in first + last and int(first.replace(" ", "")) < int(last.replace(" ", ""))


@cache
def _grade_word() -> re.Pattern[str]:
    """A word a range of grades stands after, with the space after it."""
    return re.compile(r"(?<!\w)(?:åk\.?|årskurs(?:erna)?|klass(?:erna)?) ",
                      re.IGNORECASE)


@cache
def _grades() -> re.Pattern[str]:
    """A range of grades, matched right after its word (`_grade_word`)."""
    return re.compile(rf"([Ff]|\d{{1,2}}){_BETWEEN}(\d{{1,2}})(?![\w\-/]|[.,]\d)")


_END: Final = (r" ?(?:(?:19|20)\d\d|[Jj]an|[Ff]eb|[Mm]a[rj]|[Aa]pr|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]kt"
               r"|[Nn]ov|[Dd]ec|\d{1,3}[ -])")
"""What follows the hyphen or dash of a range: a year, a month or a small number."""
_END_OF_RANGE: Final = re.compile(_END)
"""The end of a range after its hyphen or dash: looked for only right after each of them
(found by plain searches), where a pattern starting with the dash would try every
character."""


def _may_hold_range(text: str) -> bool:
    """Whether text may hold a range typed wrong (False: it holds none): one with a hyphen
    or an em dash, or one with an en dash in a text that has one beside a space."""
    if _has_dash(text) and (_ends_after(text, "-") or _ends_after(text, EM_DASH)):
        return True
    return _has_spaced_dash(text) and _ends_after(text, EN_DASH)


def _ends_after(text: str, dash: str) -> bool:
    """Whether some `dash` of text has the end of a range right after it (`_END`)."""
    at = text.find(dash)
    while at >= 0:
        if _END_OF_RANGE.match(text, at + 1) is not None:
            return True
        at = text.find(dash, at + 1)
    return False


def _has_dash(text: str) -> bool:
    """Whether text has a hyphen or an em dash (most texts have neither)."""
    return "-" in text or EM_DASH in text


def _has_spaced_dash(text: str) -> bool:
    """Whether text has an en dash beside a space."""
    return _SPACED_DASH in text or _DASH_SPACED in text


def hyphenated_ranges(text: str) -> Iterator[re.Match[str]]:
    """Every year, month, counted, amount or grade range written with a hyphen, an em dash or a
    spaced en dash, in text order (groups: its two ends)."""
    grades, ranges = _may_hold_grades(text), _may_hold_range(text)
    if not (grades or ranges):
        return iter(())
    found = list(_grade_ranges(text)) if grades else []
    if ranges:
        found += [m for m in _years().finditer(text) if int(m.group(1)) < int(m.group(2))]
        found += [*_months().finditer(text), *filter(_counted_range, _numbers().finditer(text))]
        found += filter(_amount_range, _amounts().finditer(text))
    return iter(sorted(found, key=lambda m: m.start()))


def _may_hold_grades(text: str) -> bool:
    """Whether text may hold a range of grades typed wrong (False: it holds none): a dash
    with a digit after it and a word for grades (plain searches: few texts have one)."""
    if not (_has_dash(text) or _has_spaced_dash(text)) or not _digit_after_dash(text):
        return False
    lower = text.lower()
    return "åk " in lower or "åk." in lower or "rskurs" in lower or "klass" in lower


def _digit_after_dash(text: str) -> bool:
    """Whether some hyphen or dash of text has a digit (`\\d`) right after it or after one
    space, as the end of every range of grades has (`_BETWEEN`): a plain walk over the
    dashes, where lower-casing the text to look for the grade words costs far more."""
    for dash in ("-", EM_DASH, EN_DASH):
        at = text.find(dash)
        while at >= 0:
            after = text[at + 1:at + 3]
            if after[:1].isdecimal() or (after[:1] == " " and after[1:].isdecimal()):
                return True
            at = text.find(dash, at + 1)
    return False


def _grade_ranges(text: str) -> Iterator[re.Match[str]]:
    """Every range of grades right after a word for grades in text."""
    for word in _grade_word().finditer(text):
        match = _grades().match(text, word.end())
        if match is not None and _grade_range(match):
            yield match


def _grade_range(match: re.Match[str]) -> bool:
    """Whether two grades make a range: in order, 1–12 or F (förskoleklass) first."""
    first, last = match.group(1), int(match.group(2))
    return last <= _LAST_GRADE and (first in "Ff" or 0 < int(first) < last)


_LAST_GRADE: Final = 12


def _counted_range(match: re.Match[str]) -> bool:
    """Whether two small numbers make a range: in order, or counting down before a word
    that says what they count (`6-3 dagar`; never `20-19-åringar`)."""
    first, last = int(match.group(1)), int(match.group(2))
    return first < last or (first > last and match.string[match.end()] == " ")


def dash_ranges(text: str) -> str:
    """The text with every year, month, counted or grade range written with an en dash:
    2019–2022."""
    if not _has_dash(text) and not _has_spaced_dash(text):
        return text  # (most texts, table cells above all: no call, no loop)
    pieces: list[str] = []
    done = 0
    for match in hyphenated_ranges(text):
        pieces += (text[done:match.start()], f"{match.group(1)}{EN_DASH}{match.group(2)}")
        done = match.end()
    return "".join(pieces) + text[done:] if pieces else text
