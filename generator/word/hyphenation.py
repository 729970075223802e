"""Soft hyphens in words too long for their table column.

Swedish compounds ("suicidpreventionssamordnare") can be longer than a narrow column is
wide; without a hyphenation point Word and LibreOffice cut them anywhere. Such words get
soft hyphens at the points of Pyphen's Swedish patterns (the LibreOffice/Hunspell ones),
which show as a hyphen only where a line actually breaks. Shorter words are left alone. A
compound of known parts ("Budgetavvikelse", see `compounds`) is broken at its joints, and
at those points only inside a part that is itself too long for the column: the patterns
alone give "Bud-ge-tav-vi-kel-se". Words joined by a "/" ("Gäster/anhöriga/pensionär") or
a "_" ("Utfall_proc", trial 40) may break after it (a zero-width space there tells Word so;
LibreOffice breaks after a "/" anyway), and only a piece that is itself too long for the
column gets soft hyphens: not "anhö-riga" (nor "Utfall_pr/oc", cut without a hyphen).

The patterns are read from the file Pyphen ships, but not through Pyphen: it parses all
15 000 patterns before the first word (some 130 ms, a third of a cold `beslut
kontrollera`). Here the file is only split into lines keyed by their letters (a few ms),
and a pattern's numbers are read the first time a word needs it. The points are Liang's, as
Pyphen computes them; tests/word/test_hyphenation.py holds the two to the same answers.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Final

from generator.word.compounds import compound_joints
from generator.word.word_lengths import JOIN_BETWEEN_LETTERS

if TYPE_CHECKING:
    from generator.word.span import Span

SOFT_HYPHEN: Final = "\u00ad"
ZERO_WIDTH_SPACE: Final = "\u200b"  # a line may break here, with nothing shown
DICTIONARY: Final = "hyph_sv.dic"
LEFT: Final = 3  # fewest letters before the first hyphen
RIGHT: Final = 3  # and after the last
_UNBROKEN: Final = r"[^\s\u00a0]"  # what a line cannot break inside
_LETTERS: Final = re.compile(r"[^\W\d_]{6,}")
_DIGITS: Final = "0123456789"


def dictionary_path() -> Path:
    """The Swedish patterns shipped with Pyphen (found without importing it)."""
    spec = importlib.util.find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyphen")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionaries" / DICTIONARY


class Patterns:
    """Liang's hyphenation patterns of one Hunspell `hyph_*.dic` file."""

    def __init__(self, path: Path) -> None:
        encoding, _, body = path.read_bytes().replace(b"\r", b"").partition(b"\n")
        codec = encoding.decode("ascii").strip()
        # Each line keyed by its letters, the digits (ASCII in every such file) taken out.
        # Header and comment lines stay in too: their keys hold capitals, spaces, `%` or
        # `#`, which no lowercase word between dots can match.
        letters = body.translate(None, _DIGITS.encode()).decode(codec).split("\n")
        self._raw = dict(zip(letters, body.decode(codec).split("\n"), strict=True))
        self._longest = max(map(len, letters))
        self._parsed: dict[str, list[int]] = {}
        self._points: dict[str, list[int]] = {}

    def values(self, letters: str) -> list[int] | None:
        """The numbers of the pattern with these letters (one more than the letters)."""
        parsed = self._parsed.get(letters)
        if parsed is None:
            raw = self._raw.get(letters)
            if raw is None:
                return None
            parsed = [0] * (len(letters) + 1)
            index = 0
            for char in raw:
                if char in _DIGITS:
                    parsed[index] = int(char)
                else:
                    index += 1
            self._parsed[letters] = parsed
        return parsed

    def points(self, word: str) -> list[int]:
        """Every index of `word` where the patterns allow a hyphen (odd marks win)."""
        word = word.lower()
        found = self._points.get(word)
        if found is None:
            dotted = f".{word}."
            marks = [0] * (len(dotted) + 1)
            for start in range(len(dotted) - 1):
                for end in range(start + 1, min(start + self._longest, len(dotted)) + 1):
                    values = self.values(dotted[start:end])
                    for offset, value in enumerate(values or ()):
                        if value > marks[start + offset]:
                            marks[start + offset] = value
            found = self._points[word] = [i - 1 for i, mark in enumerate(marks) if mark % 2]
        return found

    def inserted(self, word: str, hyphen: str) -> str:
        """The word with `hyphen` at each point at least LEFT and RIGHT letters from its ends."""
        letters = list(word)
        for point in reversed(self.points(word)):
            if LEFT <= point <= len(word) - RIGHT:
                letters.insert(point, hyphen)
        return "".join(letters)


@functools.cache
def _patterns() -> Patterns:
    return Patterns(dictionary_path())


def hyphenate_long_words(spans: Sequence[Span], capacity: int,
                         bold_capacity: int | None = None) -> list[Span]:
    """Put soft hyphens into the words of `spans` longer than `capacity` characters, in a
    bold span than `bold_capacity` (bold letters are wider; `capacity` if not given)."""
    return [span if span.href or span.line_break
            else span.with_text(_hyphenated_text(span.text, bold_capacity or capacity
                                                 if span.bold else capacity))
            for span in spans]


def _hyphenated_text(text: str, capacity: int) -> str:
    """`text` with soft hyphens in its words longer than `capacity` characters."""
    return _longer_tokens(capacity).sub(lambda match: _hyphenated(match.group(), capacity),
                                        text)


@functools.lru_cache(maxsize=4096)
def _hyphenated(token: str, capacity: int) -> str:
    """The unbroken stretch `token` with soft hyphens in its words (memoized: a table's
    long words recur, in its rows and in the next document); if it has words joined by a
    "/" or "_", a zero-width space after each such mark and soft hyphens only in a piece (up
    to and with its mark) longer than `capacity`."""
    pieces = JOIN_BETWEEN_LETTERS.sub(lambda mark: mark[0] + ZERO_WIDTH_SPACE, token).split(
        ZERO_WIDTH_SPACE) if "/" in token or "_" in token else (token,)
    return ZERO_WIDTH_SPACE.join(
        _LETTERS.sub(lambda word: _with_hyphens(word.group(), capacity), piece)
        if len(piece) > capacity else piece for piece in pieces)


def _with_hyphens(word: str, capacity: int) -> str:
    """`word` with soft hyphens at its `break_points`."""
    points = break_points(word, capacity)
    return "".join(SOFT_HYPHEN + word[start:end] if start else word[start:end]
                   for start, end in pairwise((0, *points, len(word))))


def break_points(word: str, capacity: int) -> tuple[int, ...]:
    """Where `word` (letters only) may break with a hyphen in a column `capacity` characters
    wide: at the joints of a known compound ("Budget-avvikelse", see `compounds`), and at
    Liang's points only inside a part longer than `capacity` (none too near a joint); a word
    of unknown parts at Liang's points. `beslut visa` breaks a terminal's words here too."""
    joints = compound_joints(word)
    if not joints:
        return tuple(point for point in _patterns().points(word)
                     if LEFT <= point <= len(word) - RIGHT)
    bounds = (0, *joints, len(word))
    inside = [point for point in _patterns().points(word)
              if LEFT <= point <= len(word) - RIGHT
              and any(start + 2 <= point <= end - 2 and end - start > capacity
                      for start, end in pairwise(bounds))]
    return tuple(sorted({*joints, *inside}))


@functools.lru_cache(maxsize=64)
def _longer_tokens(capacity: int) -> re.Pattern[str]:
    """What a line cannot break inside, when longer than `capacity` characters.

    Each match is a whole stretch (the search reaches a stretch at its start, and a
    shorter one fails there and at every later position in it): short words cost no call.
    """
    return re.compile(rf"{_UNBROKEN}{{{capacity + 1},}}")
