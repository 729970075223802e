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
order, from a grade 1–12 or F (förskoleklass).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

EN_DASH: Final = "\u2013"
EM_DASH: Final = "\u2014"
_SPACED_DASH: Final = " \u2013"
_DASH_SPACED: Final = "\u2013 "
_BETWEEN: Final = r"(?: ?[-\u2014] ?| \u2013 ?|\u2013 )"
"""What joins the two ends of a range typed wrong: a hyphen or an em dash, spaced or not, or
an en dash with a space on either side (the en dash alone is right)."""
_YEARS: Final = re.compile(
    rf"(?<![\w\-/])(?<!\d[.,])((?:19|20)\d\d){_BETWEEN}((?:19|20)\d\d)(?![\w\-/]|[.,]\d)")
_MONTH: Final = (r"(?:[Jj]an(?:uari)?|[Ff]eb(?:ruari)?|[Mm]ars?|[Aa]pr(?:il)?|[Mm]aj"
                 r"|[Jj]u(?:ni?|li?)|[Aa]ug(?:usti)?|[Ss]ep(?:t(?:ember)?)?|[Oo]kt(?:ober)?"
                 r"|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)")
_MONTHS: Final = re.compile(rf"(?<![\w\-/])({_MONTH}){_BETWEEN}({_MONTH})(?![\w\-/])")
_COUNTED: Final = (r"(?:år|kr|kronor|procent|%|timmar|dagar|veckor|månader|personer|elever"
                   r"|barn|platser|st)")
_NUMBERS: Final = re.compile(
    rf"(?<![\w\-/.,:])(\d{{1,3}}){_BETWEEN}(\d{{1,3}})(?= {_COUNTED}(?![\w])|-åring)")
_GRADE_WORDS: Final = ("åk", "åk.", "årskurs", "årskurserna", "klass", "klasserna")
"""The words a range of grades stands after (in any letter case)."""
_AFTER_GRADE_WORD: Final = "(?:" + "|".join(
    rf"(?<=(?<!\w)(?i:{re.escape(word)}) )" for word in _GRADE_WORDS) + ")"
_GRADES: Final = re.compile(
    rf"{_AFTER_GRADE_WORD}([Ff]|\d{{1,2}}){_BETWEEN}(\d{{1,2}})(?![\w\-/]|[.,]\d)")
_END: Final = (r" ?(?:(?:19|20)\d\d|[Jj]an|[Ff]eb|[Mm]a[rj]|[Aa]pr|[Jj]u[nl]|[Aa]ug|[Ss]ep|[Oo]kt"
               r"|[Nn]ov|[Dd]ec|\d{1,3}(?!\d))")
_HYPHEN_YEAR_OR_MONTH: Final = re.compile("[-\u2014]" + _END)
_DASH_YEAR_OR_MONTH: Final = re.compile(EN_DASH + _END)
"""The end of a range: it starts with the hyphen (or a dash), so the engine skips ahead
to them, where `_YEARS` and `_MONTHS` try their look-behinds at every character."""


def _may_hold_range(text: str) -> bool:
    """Whether text may hold a range typed wrong (False: it holds none): one with a hyphen
    or an em dash, or one with an en dash in a text that has one beside a space."""
    if _has_dash(text) and _HYPHEN_YEAR_OR_MONTH.search(text) is not None:
        return True
    return _has_spaced_dash(text) and _DASH_YEAR_OR_MONTH.search(text) is not None


def _has_dash(text: str) -> bool:
    """Whether text has a hyphen or an em dash (most texts have neither)."""
    return "-" in text or EM_DASH in text


def _has_spaced_dash(text: str) -> bool:
    """Whether text has an en dash beside a space."""
    return _SPACED_DASH in text or _DASH_SPACED in text


def hyphenated_ranges(text: str) -> Iterator[re.Match[str]]:
    """Every year, month, counted or grade range written with a hyphen, an em dash or a spaced en
    dash, in text order (groups: its two ends)."""
    if not _may_hold_range(text):
        return iter(())
    years = (m for m in _YEARS.finditer(text) if int(m.group(1)) < int(m.group(2)))
    numbers = (m for m in _NUMBERS.finditer(text) if _counted_range(m))
    grades = (m for m in _GRADES.finditer(text) if _grade_range(m))
    return iter(sorted([*years, *_MONTHS.finditer(text), *numbers, *grades],
                       key=lambda m: m.start()))


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
