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
_AFTER_HYPHEN: Final = re.compile(r"-[a-zåäöé]{2}")
"""What every broken word holds: looked for first, as a pattern that starts with a character
is found far faster than `_BROKEN`, which starts with a look-behind (dates have hyphens too)."""
_PAST_HYPHEN: Final = 3
"""How many letters after the hyphen a whole word must share with the joined word."""


class _Whole(NamedTuple):
    """A word the text writes whole, where it is first written."""

    word: str
    loc: Loc
    offset: int


def broken_word_problems(texts: Mapping[Loc, str], report: Reporter) -> list[Problem]:
    """Warn about each word broken by a hyphen whose joined form the texts write whole."""
    broken = [(loc, match) for loc, text in texts.items()
              if "-" in text and _AFTER_HYPHEN.search(text)
              for match in _BROKEN.finditer(text)]
    if not broken:
        return []
    lowered = {loc: text.lower() for loc, text in texts.items()}
    problems: list[Problem] = []
    warned: set[str] = set()
    for loc, match in broken:
        written = match.group(0)
        whole = _whole_of(match, texts, lowered)
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


def _whole_of(match: re.Match[str], texts: Mapping[Loc, str],
              lowered: Mapping[Loc, str]) -> _Whole | None:
    """The whole word the texts write for a hyphenated one (lowered: the texts in lower
    case): the joined word itself, else the first that shares enough letters after the
    hyphen with it."""
    first, joined = match.group(1).lower(), (match.group(1) + match.group(2)).lower()
    found = list(_sharing(joined, len(first) + _PAST_HYPHEN, texts, lowered))
    return next((whole for whole in found if whole.word.lower() == joined),
                found[0] if found else None)


def _sharing(joined: str, needed: int, texts: Mapping[Loc, str],
             lowered: Mapping[Loc, str]) -> Iterator[_Whole]:
    """The whole words that begin with the first `needed` letters of joined and go on as it
    does as far as either goes ("mandatperiod" and "mandatperiodens" for "mandatperioden"),
    looked for as plain text (a broken word is rare, and a text's words many)."""
    start = joined[:needed]
    for loc, lower in lowered.items():
        at = lower.find(start)
        while at >= 0:
            end = at + len(start)
            while end < len(lower) and _in_word(lower[end]):
                end += 1
            word = lower[at:end]
            if (at == 0 or not _in_word(lower[at - 1])) and len(lower) == len(texts[loc]) \
                    and (joined.startswith(word) or word.startswith(joined)):
                yield _Whole(texts[loc][at:end], loc, at)
            at = lower.find(start, end)


def _in_word(char: str) -> bool:
    """Whether a character belongs to a word, or joins one (a hyphen: "mandat-perioden" is
    not a whole word)."""
    return char.isalnum() or char in "_-"
