"""Percent and minus signs in typed text, as the documents' tables print them.

A table prints "3 %" with a space before the sign and a negative figure with a real minus,
"−70". Text typed on a keyboard often has "3%" and "-70". The documents write both as the
tables do:

* "3%" is written "3 %", and the check warns (`checks.style`), as for a unit's spelling, so
  that the case file is set right too (Språkrådet writes a space before %); so is "7§",
  written "7 §" (trial 73, F11: "8 kap. 7§ skollag" copied from a web page);
* a hyphen or an en dash joined to a figure's digits, where a sign stands (after a space,
  an opening bracket or emphasis, or at the start), is written as a minus, quietly: a
  keyboard has no minus sign, so a hyphen before a figure is no slip. In "2019-2020",
  "s. 3-5", "KS 2015/12-3", "2015-03-18" or "COVID-19" it follows a digit or a letter
  and stays; so does "10 -20", a range typed with a space; and "– 1,8", with a space, may
  be a dash between clauses ("Kostnaden – 1,8 mnkr – …"), so it stays as typed too.

Neither rule touches `{{ … }}`, code, a link's target or a web address ("…/rapport-3%20").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cache
from typing import Final

MINUS: Final = "\u2212"


@cache
def _unspaced_percent() -> re.Pattern[str]:
    """A number with "%" joined to it (group 1: the number)."""
    return re.compile(
        r"(?<![\w.,])(\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)%(?![\w%])")


@cache
def _unspaced_section() -> re.Pattern[str]:
    """A number with "§" joined after it, "7§" (group 1: the number; not "§§", trial 73,
    F11)."""
    return re.compile(r"(?<![\w.,])(\d+)§(?!§)")


_HYPHEN_SIGN: Final = re.compile(r"[-\u2013](?<![^\s(\[*_][-\u2013])(?<!\d [-\u2013])(?=\d)")
"""A hyphen or en dash joined to digits where a sign stands: at the start, after a space not
after a digit, or after "(", "[", "*" or "_". (It starts with the sign and looks back only
after it, so that the regex engine skips ahead to the hyphens instead of trying every
character: most texts have some, in dates and references.)"""


@cache
def _shielded() -> re.Pattern[str]:
    """What the sign rules leave alone: `{{ … }}`, code, a link's target, a web address."""
    return re.compile(
        r"\{\{.*?\}\}|`[^`]*`|\]\([^)]*\)|<[^<>\s]+>|(?:https?://|www\.|mailto:)[^\s<>]*",
        re.DOTALL)


def unspaced_percents(text: str) -> Iterator[re.Match[str]]:
    """Every "3%" of text (group 1: the number), in text order."""
    return outside_shielded(_unspaced_percent(), text) if "%" in text else iter(())


def unspaced_sections(text: str) -> Iterator[re.Match[str]]:
    """Every "7§" of text (group 1: the number), in text order."""
    return outside_shielded(_unspaced_section(), text) if "§" in text else iter(())


def spaced_signs(text: str) -> str:
    """The text with "3 %" for "3%", "7 §" for "7§" and a minus for a hyphen or an en dash
    as a sign."""
    if "%" in text and _digit_beside(text, "%", -1):  # (`in` first: a call costs more)
        text = replaced(_unspaced_percent(), lambda match: f"{match[1]} %", text)
    if "§" in text and _digit_beside(text, "§", -1):
        text = replaced(_unspaced_section(), lambda match: f"{match[1]} §", text)
    if ("-" in text and _digit_beside(text, "-", 1)) or (
            "\u2013" in text and _digit_beside(text, "\u2013", 1)):
        text = replaced(_HYPHEN_SIGN, lambda _: MINUS, text)
    return text


def _digit_beside(text: str, mark: str, side: int) -> bool:
    """Whether some `mark` of text has a digit right before it (`side` -1: "3%", where "3 %"
    has none) or right after it (1: a dash where a sign can be, "-70"), found by plain
    searches: most texts have no "%", and their hyphens join words ("barn- och")."""
    at = text.find(mark)
    while at >= 0:
        beside = at + side
        if 0 <= beside < len(text) and text[beside].isdigit():
            return True
        at = text.find(mark, at + 1)
    return False


def outside_shielded(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of pattern in text that are not in a shielded part (`_shielded`)."""
    starts: list[int] | None = None
    ends: list[int] = []
    for match in pattern.finditer(text):
        if starts is None:  # (found for the first match: most texts have none)
            spans = [shielded.span() for shielded in _shielded().finditer(text)]
            starts, ends = [start for start, _ in spans], [end for _, end in spans]
        # the shields are apart and in order: only the last to start before the match ends
        # may reach into it
        last = bisect_left(starts, match.end()) - 1
        if last < 0 or ends[last] <= match.start():
            yield match


def replaced(pattern: re.Pattern[str], replacement: Callable[[re.Match[str]], str],
             text: str) -> str:
    """text with every match of pattern outside a shielded part replaced."""
    pieces: list[str] = []
    done = 0
    for match in outside_shielded(pattern, text):
        pieces += (text[done:match.start()], replacement(match))
        done = match.end()
    return "".join(pieces) + text[done:] if pieces else text
