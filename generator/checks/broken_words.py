"""A word broken by a hyphen inside it, as a PDF's line break leaves it ("mandat-perioden",
trial 55, F11), where the case's text also writes the word whole.

Swedish writes many words with a hyphen rightly ("e-post", "IT-avdelningen", "c-gruppen",
"Sverige-Norge", "barn- och ungdomsnämnden"), and without a dictionary a leftover hyphen
cannot be told from them by its parts. So only a hyphen between two parts of two lower-case
letters or more ("mandat-perioden", not "e-post", "IT-avdelningen" or "barn- och") is
read, and it is warned about only where another place in the case's text writes the
joined word whole: the same word, or one that shares with it at least `_PAST_HYPHEN`
letters after the hyphen ("mandatperiod", "mandatperiodens" for "mandat-perioden"). Each
hyphenated word is warned about once, at its first place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

from generator.checks.report import Reporter
from generator.problems import Loc, Problem

_BROKEN: Final = re.compile(r"(?<![\w-])([a-zåäöé]{2,})-([a-zåäöé]{2,})(?![\w-])")
_WORD: Final = re.compile(r"(?<![\w-])\w{4,}(?![\w-])")
_PAST_HYPHEN: Final = 3
"""How many letters after the hyphen a whole word must share with the joined word."""


class _Whole(NamedTuple):
    """A word the text writes whole, where it is first written."""

    word: str
    loc: Loc
    offset: int


def broken_word_problems(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Warn about each word broken by a hyphen whose joined form the texts write whole."""
    broken = [(loc, match) for loc, text in texts.items() if "-" in text
              for match in _BROKEN.finditer(text)]
    if not broken:
        return []
    wholes = _whole_words(texts)
    problems: list[Problem] = []
    warned: set[str] = set()
    for loc, match in broken:
        written = match.group(0)
        whole = _whole_of(match, wholes)
        if whole is None or written.lower() in warned:
            continue
        warned.add(written.lower())
        line = report.in_text(whole.loc, texts[whole.loc], whole.offset, whole.word).line
        message = (f"'{written}' har ett bindestreck inne i ordet, som när en radbrytning i en "
                   f"PDF följt med; texten skriver '{whole.word}' på rad {line}, skriv "
                   f"{match.group(1)}{match.group(2)} utan bindestreck")
        problems.append(report.problem(report.in_text(loc, texts[loc], match.start(), written),
                                       message, "varning"))
    return problems


def _whole_words(texts: Mapping[Loc, str]) -> dict[str, _Whole]:
    """Every word of four letters or more the texts write without a hyphen, in lower case,
    at its first place."""
    wholes: dict[str, _Whole] = {}
    for loc, text in texts.items():
        for match in _WORD.finditer(text):
            wholes.setdefault(match.group(0).lower(), _Whole(match.group(0), loc, match.start()))
    return wholes


def _whole_of(match: re.Match[str], wholes: Mapping[str, _Whole]) -> _Whole | None:
    """The whole word the texts write for a hyphenated one: the joined word itself, else the
    first that shares enough letters after the hyphen with it."""
    first, joined = match.group(1).lower(), (match.group(1) + match.group(2)).lower()
    if joined in wholes:
        return wholes[joined]
    return next(_sharing(joined, len(first) + _PAST_HYPHEN, wholes), None)


def _sharing(joined: str, needed: int, wholes: Mapping[str, _Whole]) -> Iterator[_Whole]:
    """The whole words that begin with the first `needed` letters of joined and go on as it
    does as far as either goes ("mandatperiod" and "mandatperiodens" for "mandatperioden")."""
    start = joined[:needed]
    for word, whole in wholes.items():
        if word.startswith(start) and (joined.startswith(word) or word.startswith(joined)):
            yield whole
