"""Millions and billions of kronor written in words beside the same scale abbreviated.

The Huddinge text wrote "drygt 4,5 miljarder kr" in one paragraph and "drygt 5 mdkr" in the
next, and "2,4 miljoner kronor" beside "5 mnkr" passed as well (trial 96, F7): the style check
compared "miljoner kronor" with amounts in kr only. An amount in running text written with
"miljoner" or "miljarder" and a unit (kr or kronor) is warned about where the texts also
write an amount of that scale abbreviated (mnkr, or mkr where the house writes so, and
mdkr): once per scale and file, at its first place, offering the abbreviation the document
writes. Quotations stand as written, and so do tables' cells and the amounts under `belopp`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import NamedTuple

from generator.formatting import MILLIONS, NBSP, written_unit
from generator.problems import Loc, Position
from generator.text.quotations import unquoted

_FIGURE = r"(?<![\w,.])(?P<figure>\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)[ \u00a0]"


class ScaleSlip(NamedTuple):
    """An amount in words of a scale beside its abbreviation: the scale (its key), where, and
    the warning."""

    key: str
    position: Position
    message: str


@cache
def _in_words() -> re.Pattern[str]:
    """An amount in millions or billions in words with its unit: '4,5 miljarder kr'."""
    return re.compile(rf"{_FIGURE}(?P<scale>miljon(?:er)?|miljard(?:er)?)[ \u00a0]"
                      r"(?:kronor|kr)(?!\w)")


@cache
def _abbreviated() -> re.Pattern[str]:
    """An amount in millions or billions abbreviated: '5 mdkr', '2,4 mnkr', '3 mkr'."""
    return re.compile(rf"{_FIGURE}(?P<unit>mnkr|mkr|mdkr)(?!\w)")


def _scale(word_or_unit: str) -> str:
    """The scale a word or an abbreviation says: 'miljoner' or 'miljarder'."""
    return "miljarder" if word_or_unit.startswith(("miljard", "md")) else "miljoner"


def _found(texts: Mapping[Loc, str], pattern: re.Pattern[str], marker: str,
           locate: Callable[[Loc, str, re.Match[str]], Position],
           ) -> Iterator[tuple[Position, re.Match[str]]]:
    """Each unquoted match of `pattern` in the texts that hold `marker`, with its place."""
    for loc, text in texts.items():
        if marker in text:
            for match in unquoted(pattern.finditer(text), text):
                yield locate(loc, text, match), match


def scale_word_slips(texts: Mapping[Loc, str],
                     locate: Callable[[Loc, str, re.Match[str]], Position],
                     covered: frozenset[Position] = frozenset()) -> list[ScaleSlip]:
    """A slip at each amount of the running texts in words of a scale that the texts also
    write abbreviated, except where another warning stands already (`covered`: "2,4
    miljoner kronor" where the house writes kr)."""
    short: dict[str, tuple[Position, str]] = {}
    for where, match in _found(texts, _abbreviated(), "kr", locate):
        scale = _scale(match["unit"])
        if scale not in short or where < short[scale][0]:
            short[scale] = (where, match.group(0).replace(NBSP, " "))
    if not short:
        return []
    return [ScaleSlip(f"med ord {scale}", where, _message(match, short[scale]))
            for where, match in _found(texts, _in_words(), "milj", locate)
            if (scale := _scale(match["scale"])) in short and where not in covered]


def _message(match: re.Match[str], beside: tuple[Position, str]) -> str:
    """The warning at an amount in words, naming the first abbreviated one of its scale."""
    scale = _scale(match["scale"])
    unit = "mdkr" if scale == "miljarder" else written_unit(MILLIONS)
    figure = match["figure"].replace(NBSP, " ")
    return (f"'{match.group(0).replace(NBSP, ' ')}' är skrivet med ord, men texten skriver "
            f"också {scale} kronor förkortat ('{beside[1]}' på rad {beside[0].line}): skriv "
            f"'{figure} {unit}', så att dokumentet skriver belopp på ett sätt; ett citat inom "
            "citattecken står kvar som det är skrivet")
