"""Room for amount headers that would take more than two lines, from text columns wider
than their cells need (trial 42).

`widths` counts every character as the font's average, which is safe but coarse: in
Calibri, "1:e vice ordf, k-råd" is set in three quarters of the width it counts, so a
text column may keep room no cell of it uses while the amount header beside it breaks into
three lines ("Månads- / arvode / (kr)"). Measured with the widths of the font's own
characters (`glyph_widths`), each text column gives what it has beyond what its cells need
to stay on the lines they have now (its header too), never going below its longest word,
and the amount headers that would take more than two lines get it, the tallest first, each
only if that brings it down to two lines (amount columns alike, as `widths` evens them out,
all or none). A line counts MARGIN wider than its characters when it must fit, and as much
narrower when it may already fit, so that neither Word nor LibreOffice wraps a cell that
the widths before kept on fewer lines. Then, the same way, an amount header of two words
that may break only between them ("Väglängd (m)", "Kostnadsunderlag (kr)") gets the width
of one line where what the text columns have left is enough (trial 49, F7: "Väglängd" /
"(m)" beside a column of road names wider than its longest name). For a font without
known character widths the widths stay as they are.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Final

from generator.word.compounds import compound_joints
from generator.word.glyph_widths import Glyphs
from generator.word.hyphenation import SOFT_HYPHEN, ZERO_WIDTH_SPACE, hyphenate_long_words
from generator.word.span import Span
from generator.word.table_text import widest_word
from generator.word.widths import ColumnText, characters_in

MARGIN: Final = 1.03  # a line that must fit counts this much wider (one that may, narrower)
FINE: Final = 10  # twips a width is tried at a time
CELL_MARGINS: Final = 2 * 115  # a cell's left and right margins (twips)
TOO_TALL: Final = 99  # the lines of a header broken between syllables (see `_lines`)
# where a line may break in Word: after a hyphen, a soft hyphen or a zero-width space
# (LibreOffice also after a "/": counted only where it may save a line, see `_lines`)
_BREAKS: Final = re.compile(f"(?<=[-{SOFT_HYPHEN}{ZERO_WIDTH_SPACE}])")
_LETTER_RUNS: Final = re.compile(r"[^\W\d_]+")


@cache
def _breaks_or_slash() -> re.Pattern[str]:
    return re.compile(f"(?<=[-/{SOFT_HYPHEN}{ZERO_WIDTH_SPACE}])")


def roomier_headers(columns: Sequence[ColumnText], widths: list[int], char: int,
                    glyphs: Glyphs | None) -> list[int]:
    """`widths` (adding up to the table's width, at average character width `char`) with
    the room of the text columns given to amount headers of more than two lines, then to
    headers of two words on two lines, as the module docstring says; as they are without
    `glyphs` (the font's character widths)."""
    text = [i for i, column in enumerate(columns) if not column.fixed]
    if glyphs is None or not text:
        return widths
    lines = {i: header_lines(column, widths[i], char, glyphs)
             for i, column in enumerate(columns) if column.fixed}
    tall = sorted((i for i, count in lines.items() if count > 2), key=lambda i: -lines[i])
    pairs = [i for i, count in lines.items() if count > 1 and two_words(columns[i])]
    if not tall and not pairs:
        return widths
    spare = {i: max(0, widths[i] - narrowest(columns[i], widths[i], char, glyphs,
                                             widest=widest_word(columns, i, char)))
             for i in text}
    result = list(widths)
    for group in alike(tall, columns, widths):
        _give(group, 2, (columns, result, spare), char, glyphs)
    pairs = [i for i in pairs if header_lines(columns[i], result[i], char, glyphs) > 1]
    for group in alike(pairs, columns, result):
        _give(group, 1, (columns, result, spare), char, glyphs)
    return result


def two_words(column: ColumnText) -> bool:
    """Whether the header of `column` is one line of two words and may break only between
    them ("Väglängd (m)", "Kostnadsunderlag (kr)"; not "Pedagogisk/Socialmåltid** (kr)",
    which may break after its "/" too): broken, each line holds a word (trial 49, F7)."""
    if len(column.header_lines) != 1:
        return False
    words = column.header_lines[0].split(" ")
    return len(words) == 2 and all(len(_breaks_or_slash().split(word)) == 1 for word in words)


def _give(group: list[int], most: int,
          table: tuple[Sequence[ColumnText], list[int], dict[int, int]], char: int,
          glyphs: Glyphs) -> None:
    """Widen the amount columns of `group` in `widths` until each header takes at most
    `most` lines, taking the room from the text columns' `spare` (`table`: the columns,
    their widths and the spare), if it is there for all of them; else leave them."""
    columns, widths, spare = table
    wanted = [_fewer_lines(columns[i], widths[i], most, char, glyphs) for i in group]
    cost = sum(want - widths[i] for i, want in zip(group, wanted, strict=True)
               if want is not None)
    if None in wanted or cost > sum(spare.values()):
        return
    for index, want in zip(group, wanted, strict=True):
        widths[index] = want or widths[index]
    take(cost, spare, widths)


def alike(tall: list[int], columns: Sequence[ColumnText], widths: list[int]) -> list[list[int]]:
    """The columns of `tall` (here the tallest header first) in groups alike in header
    length and width ("Plan 2026 (mnkr)", "Plan 2027 (mnkr)"), in the order of their first."""
    groups: dict[tuple[tuple[int, ...], int], list[int]] = {}
    for index in tall:
        groups.setdefault((tuple(map(len, columns[index].header_lines)), widths[index]),
                          []).append(index)
    return list(groups.values())


def take(cost: int, spare: dict[int, int], widths: list[int]) -> None:
    """Take `cost` twips from the text columns, the one with the most `spare` first."""
    while cost > 0:
        index = max(spare, key=spare.__getitem__)
        taken = min(cost, spare[index])
        spare[index] -= taken
        widths[index] -= taken
        cost -= taken


def _fewer_lines(column: ColumnText, width: int, most: int, char: int,
                 glyphs: Glyphs) -> int | None:
    """The narrowest width from `width` up, a FINE at a time, at which the header of
    amount column `column` takes at most `most` lines, None if it takes more even unbroken."""
    limit = column.header_width(char)
    while width <= limit:
        if header_lines(column, width, char, glyphs, syllables=False) <= most:
            return width
        width += FINE
    return None


def header_lines(column: ColumnText, width: int, char: int, glyphs: Glyphs, *,
                  syllables: bool = True) -> int:
    """Lines the header (bold) of `column` takes at `width`, at the most (see MARGIN);
    without `syllables`, a header that breaks a word between syllables, not at a joint of
    its known parts ("Soci-almåltid", not "Månads-arvode"), counts as too tall."""
    return _header_line_count(column.header_lines, width, char, glyphs, syllables)


@functools.lru_cache(maxsize=1024)
def _header_line_count(header: tuple[str, ...], width: int, char: int, glyphs: Glyphs,
                       syllables: bool) -> int:
    """`header_lines` of a header of lines `header` (memoized: headers recur, in the
    documents of an archive, at the same widths)."""
    return sum(_lines(line, width, char, glyphs, bold=True, factor=MARGIN,
                      syllables=syllables) for line in header)


@functools.lru_cache(maxsize=256)  # (several passes of `table_widths` ask for one column)
def narrowest(column: ColumnText, width: int, char: int, glyphs: Glyphs,
              wrapping: bool = True, widest: int | None = None) -> int:
    """The narrowest width, down from `width` a FINE at a time and not below its longest
    word (`widest`, if given: its `widest_word(char)`), at which each cell of text column
    `column` and its header takes no more lines (at the most) than it may take at `width`
    (at the least); without `wrapping`, `width` itself for a column with a line that takes
    more than one line there (told at once: what such a column could give is costly to
    find)."""
    bold = set(column.bold_lines)
    lines = list(dict.fromkeys([(line, line in bold) for cell in column.cells
                                for line in cell.split("\n")]
                               + [(line, True) for line in column.header_lines]))
    if not wrapping and any(one_line(line, char, glyphs, strong) > width * MARGIN * MARGIN
                           for line, strong in lines):
        return width
    now = [_lines(line, width, char, glyphs, bold=strong, factor=1 / MARGIN, slash=True)
           for line, strong in lines]
    least = max([column.widest_word(char) if widest is None else widest, *(
        one_line(line, char, glyphs, strong)
        for (line, strong), count in zip(lines, now, strict=True) if count == 1)])
    wrapped = [(line, strong, count) for (line, strong), count in zip(lines, now, strict=True)
               if count > 1]
    steps = steps_down((width - least) // FINE, lambda step: all(
        _lines(line, width - step * FINE, char, glyphs, bold=strong, factor=MARGIN) <= count
        for line, strong, count in wrapped))
    return max(width - steps * FINE, least)


def steps_down(most: int, fits: Callable[[int], bool]) -> int:
    """The most FINE steps down from a width, `most` at the most, at which `fits` holds:
    text takes no more lines wider, so once it fails a step it fails every step further.
    Found by doubling the steps from the top, then halving (the same step as trying one
    after another, in a few tries)."""
    low, step = 0, 1
    while low + step <= most and fits(low + step):
        low, step = low + step, step * 2
    high = min(most, low + step - 1)
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if fits(middle) else (low, middle - 1)
    return low


def _joints(word: str) -> tuple[int, ...]:
    """Where the known parts of the words of letters in `word` (soft hyphens taken out)
    join, as indexes of `word` without its soft hyphens (see `compounds`)."""
    plain = word.replace(SOFT_HYPHEN, "")
    return tuple(match.start() + joint for match in _LETTER_RUNS.finditer(plain)
                 for joint in compound_joints(match.group()))


@functools.lru_cache(maxsize=8192)  # (the passes of `table_widths` measure a line each)
def one_line(line: str, char: int, glyphs: Glyphs, bold: bool) -> int:
    """The width a line needs to stay on one line (at the most, see MARGIN; memoized: the
    passes of `table_widths` measure the same lines, and cell texts recur in an archive)."""
    words = line.lstrip(" ")
    indent = (len(line) - len(words)) * char  # (a group's indent, as `tables` sets it)
    return math.ceil(indent + glyphs.width(words, bold=bold) * MARGIN) + CELL_MARGINS


def body_lines(line: str, width: int, char: int, glyphs: Glyphs) -> int:
    """Lines of one line of a body cell's text (its leading spaces a group's indent) in a
    column `width` wide, measured by its glyphs as the column widths are, as Word and
    LibreOffice set it (CELL_MARGINS are a little wider than theirs): for the keeps, which
    would split a table that a line counted too many makes look long (trial 92, F10:
    "Hörnefors idrottsplats" on one line, counted as two MARGIN wider)."""
    return _lines(line, width, char, glyphs, bold=False, factor=1.0)


@functools.lru_cache(maxsize=8192)  # (cell texts recur in an archive's documents, as headers)
def _lines(line: str, width: int, char: int, glyphs: Glyphs, *, bold: bool, factor: float,
           slash: bool = False, syllables: bool = True) -> int:
    """Lines of one line of text in a cell `width` wide, each piece `factor` times its
    characters' width, broken where Word breaks it (and after a "/" if `slash`): at spaces,
    after hyphens and at the soft hyphens `hyphenation` puts in at this width; TOO_TALL if
    a line ends between syllables and not `syllables` (see `_joints`)."""
    words = line.lstrip(" ")
    room = width - CELL_MARGINS - (len(line) - len(words)) * char
    if glyphs.width(words, bold=bold) * factor <= room:  # (most cells: one line at once)
        return 1
    capacity = characters_in(width, char, bold=bold)
    if any(len(word) > capacity for word in words.split(" ")):  # as `tables` hyphenates
        [span] = hyphenate_long_words([Span(words, bold=bold)], capacity)
        words = span.text
    space = glyphs.width(" ", bold=bold) * factor
    hyphen = glyphs.width("-", bold=bold) * factor
    count, used, ending = 1, 0.0, -1
    for word in filter(None, words.split(" ")):
        glue = space if used else 0.0
        joints = () if syllables or SOFT_HYPHEN not in word else _joints(word)
        at = 0  # where the piece begins in the word without its soft hyphens
        for piece in (_breaks_or_slash() if slash else _BREAKS).split(word):
            soft = piece.endswith(SOFT_HYPHEN)
            bare = piece.rstrip(SOFT_HYPHEN + ZERO_WIDTH_SPACE)
            size = glyphs.width(bare, bold=bold) * factor
            if used and used + glue + size + (hyphen if soft else 0.0) > room:
                if ending >= 0 and ending not in joints:
                    return TOO_TALL
                count, used, glue = count + 1, 0.0, 0.0
            ending = at + len(bare) if soft and not syllables else -1
            at += len(bare) + piece.count(ZERO_WIDTH_SPACE)
            used += glue + size
            glue = 0.0
            if used > room > 0:  # a piece wider than the column runs over
                count += math.ceil(used / room) - 1
                used -= (math.ceil(used / room) - 1) * room
    return count
