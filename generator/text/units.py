"""Money units as the documents write them, and the other spellings case text may use.

The documents write `kr`, `tkr`, `mnkr` and `mdkr` (CONVENTIONS, Amounts), or `mkr` for
millions where the house style writes so (`husstil.miljoner`: `formatting.written_unit`).
Other spellings in case text (`Mkr`, `MSEK`, `Tkr`, `kkr` …, and `mnkr` in a house that
writes `mkr`) are recognised, written in the documents' form and reported as a warning;
where the documents write `mnkr`, `mkr` is read as it, the usual meaning, with a note that it
is ambiguous. A unit written twice after an amount ("4,4 mnkr kronor", "5 tkr tkr", trial
40) is found for a warning too. (Whether a column header names its table's unit:
`compute.unit_names`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import Final, NamedTuple

from generator.case.money import KRONOR_SIGN, UNIT_SPELLINGS
from generator.formatting import MILLIONS, written_unit
from generator.text.signs import outside_shielded

AMBIGUOUS = frozenset({"mkr", "Mkr", "MKR"})
MARKS: Final = ("kr", "KR", "SEK", "sek")
"""Every spelling of a unit holds one of these (plain searches for them, in `may_hold_unit`,
are faster still: most texts, table cells above all, have none)."""


def spellings() -> dict[str, str]:
    """Every other spelling of a unit than the documents write, with the unit they write for
    it: `Mkr` is mnkr, or mkr where the house style writes so, and `mnkr` is then mkr."""
    return _spellings(written_unit(MILLIONS))


@cache
def _spellings(millions: str) -> dict[str, str]:
    named = {**UNIT_SPELLINGS, MILLIONS: MILLIONS}  # (one table, also read in amounts)
    written = {spelling: millions if unit == MILLIONS else unit
               for spelling, unit in named.items()}
    return {spelling: unit for spelling, unit in written.items() if spelling != unit}


def may_hold_unit(text: str) -> bool:
    """Whether text may hold a unit in any spelling (False: it holds none)."""
    return "kr" in text or "KR" in text or "SEK" in text or "sek" in text


def _may_hold_spelling(text: str) -> bool:
    """Whether text may hold another spelling of a unit (False: it holds none)."""
    return may_hold_unit(text) and _any_spelling(written_unit(MILLIONS)).search(text) is not None


@cache
def _any_spelling(millions: str) -> re.Pattern[str]:
    """Finds what `pattern()` needs far faster, as it has no look-behind to try at every
    character."""
    return re.compile("|".join(_spellings(millions)))


def pattern() -> re.Pattern[str]:
    """Another spelling of a unit as a word of its own (group 1)."""
    return _pattern(written_unit(MILLIONS))


@cache
def _pattern(millions: str) -> re.Pattern[str]:
    """`pattern` where the documents write millions as `millions`; compiled on first use, as
    most texts have none."""
    return re.compile(r"(?<![\w])(" + "|".join(sorted(_spellings(millions), key=len,
                                                       reverse=True)) + r")(?![\w])")


def other_spellings(text: str) -> Iterator[re.Match[str]]:
    """Every other spelling of a unit in text (group 1), in text order, but for those in
    `{{ … }}`, code or a web address (`{{ x | mnkr }}` names a filter), and for the
    documents' unit in capitals in a text set in capitals (`written_spelling`)."""
    if not _may_hold_spelling(text):
        return iter(())
    found = outside_shielded(pattern(), text)
    if not in_capitals(text):
        return found
    return (match for match in found if written_spelling(match) != match.group(1))


def normalise_units(text: str) -> str:
    """Write every other spelling of a unit in the documents' form."""
    if not _may_hold_spelling(text):
        return text
    return pattern().sub(written_spelling, text)


def written_spelling(match: re.Match[str]) -> str:
    """The unit the documents write for a spelling (a match of `pattern`): in a text set in
    capitals, in capitals ("PROGNOSAVVIKELSE, MKR" stays so where the documents write mkr,
    and "MSEK" is "MNKR" there where they write mnkr: trial 53, F7)."""
    unit = spellings()[match.group(1)]
    return unit.upper() if in_capitals(match.string) else unit


_WORD: Final = re.compile(r"[^\W\d_]{2,}")


def in_capitals(text: str) -> bool:
    """Whether text is set in capitals: it has no small letter, and a word of two letters
    or more besides its units ("ÅRETS RESULTAT, MKR"; not "MKR" alone)."""
    return text.upper() == text and _WORD.search(pattern().sub("", text)) is not None


@cache
def _kronor_sign() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w,.])(?P<figure>(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?)[ \u00a0]?"
        + re.escape(KRONOR_SIGN))


def kronor_signs(text: str) -> Iterator[re.Match[str]]:
    """Every amount written with ':-' for whole kronor ("139 450:-", trial 44, F5): read as
    kronor (in text and in a table in kr), warned about as another spelling of kr is."""
    return _kronor_sign().finditer(text) if KRONOR_SIGN in text else iter(())


def without_kronor_signs(text: str) -> str:
    """The text with every amount written with ':-' written in kr ("450 kr" for "450:-"), as
    the warning about it says the document writes it (trial 55, F4)."""
    if KRONOR_SIGN not in text:
        return text
    return _kronor_sign().sub(lambda match: f"{match['figure']} kr", text)


_UNIT_WORDS: Final = frozenset(("kronor", "krona", "kr", "tkr", "mnkr", "mdkr", "SEK", "sek",
                                 *UNIT_SPELLINGS))
assert all(sum(unit.count(mark) for mark in MARKS) == 1 for unit in _UNIT_WORDS)
_UNITS_APART: Final = 40
"""The farthest apart the marks of two units written one after the other can be: a unit
and the white space after it (no case text has 30 blanks in a row)."""


@cache
def _amount_before() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?[ \u00a0]\Z")


_LONGEST_AMOUNT: Final = 40


class DoubledUnit(NamedTuple):
    """A unit written twice after an amount: where the amount starts, as written, and the
    amount with its first unit as the documents write it (the fix)."""

    offset: int
    written: str
    single: str


def doubled_units(text: str) -> Iterator[DoubledUnit]:
    """Every amount in text with two units after it ("4,4 mnkr kronor"), in text order.

    For speed, without a pattern search over the text (which costs ten times more): each
    unit holds one mark (`MARKS`), found by plain searches, and two units written one
    after the other hold two marks close together; only there are the words read.
    """
    if not may_hold_unit(text):
        return
    marks = sorted(at for mark in MARKS for at in places(text, mark))
    for first, second in pairwise(marks):
        if second - first <= _UNITS_APART and (units := _two_units(text, first)) is not None:
            start, first_end, end = units
            amount = _amount_before().search(text, max(0, start - _LONGEST_AMOUNT), start)
            if amount is not None:
                unit = text[start:first_end]
                yield DoubledUnit(amount.start(), text[amount.start():end],
                                  f"{amount[0]}{spellings().get(unit, unit)}")


def places(text: str, mark: str) -> Iterator[int]:
    """Where mark stands in text."""
    at = text.find(mark)
    while at >= 0:
        yield at
        at = text.find(mark, at + 1)


def _two_units(text: str, mark: int) -> tuple[int, int, int] | None:
    """Where the unit around the mark at `mark` starts and ends and where the unit right
    after it ends, if both are units and the first follows a digit and a space; else None."""
    start, end = _word_around(text, mark)
    if start < 2 or text[start - 1] not in " \u00a0" or not text[start - 2].isdigit() \
            or text[start:end] not in _UNIT_WORDS:
        return None
    second = end
    while second < len(text) and text[second].isspace():
        second += 1
    second_start, second_end = _word_around(text, second)
    if second == end or second_start != second or text[second:second_end] not in _UNIT_WORDS \
            or (second_end < len(text) and (text[second_end].isalnum()
                                            or text[second_end] == "_")):
        return None
    return start, end, second_end


def _word_around(text: str, at: int) -> tuple[int, int]:
    """Where the run of letters around `at` starts and ends."""
    start, end = at, at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


_KEEP_MKR: Final = ("eller, om organisationen skriver mkr, ange 'miljoner: mkr' i ärendet "
                    "eller under 'husstil' i profilen")
"""How a house that writes millions as mkr keeps it (trial 51, F5: the warning did not say)."""


def spelling_advice(match: re.Match[str]) -> str:
    """What to write instead of a spelling (a match of `pattern`), for the warning."""
    spelling, unit = match.group(1), spellings()[match.group(1)]
    written = written_spelling(match)
    return f"{written} ('{spelling}' är tvetydigt) {_KEEP_MKR}" \
        if spelling in AMBIGUOUS and unit == MILLIONS else written
