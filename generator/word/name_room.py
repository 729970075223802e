"""Room for the names of a table's text column from amount columns wider than they need
(trial 71, F14).

`widths` counts every character as the font's average, and a header word in bold as wider
still: "Prognos" counts as 862 twips and is set in 743 in bold Calibri, "108,7" as 550 and
is set in 501. Vårgårda's investeringsredovisning, six amount columns beside one column of
object names, left each amount column some 100 to 250 twips wider than its figures and
header words need, while "Inventarier nytt" / "äldreboende" and "Ombyggn Fridhem" /
"mottagnkök" took two lines each.

Measured with the font's own character widths (`glyph_widths`, MARGIN wider as
`header_room` counts a line that must fit), each amount column may give way down to the
width at which its figures still stand on one line and its header takes no more lines than
it does or than the tallest header beside it (the header row gets no taller), breaking no word
of it but after a hyphen (`header_room.header_lines`), nor its first word from a number after
it where they stand together now (trial 91, F1: "Taxa" / "2020 (kr)" beside a name kept on
one line). Where the table's
only text column has lines that do not fit on one line, it gets the width of the longest of
them that this room can make fit (its indent counted, as `tables` sets it), taken from the
widest amount columns first, down to one level, so that amount columns alike stay alike.
Where the header row could take more lines, the amount columns may give way further, down
to what their figures and header words need, their headers wrapping between words: the
row then grows by the fewest lines that keep the most of the names' lines whole, and by no
more lines than it keeps whole, so that the table gets no taller (trial 81, F4, without
its column "Andel som överförs": "Gymnasie- och vuxenutbildningsnämnden" took two lines
beside headers of two, and now "Överförs" / "till 2006" / "(tkr)" takes three).
A table of several text columns gets, the same way, the room for their words and date
ranges ("2024-04-01 – 2026-12-31") that would break, the cheapest first, as far as the
room goes (trial 79, F8: "Kapitalförsörj-" / "ning" and "2024-04-01 –" / "2026-12-31" on
every row of a landscape table, beside seven amount columns). A table whose names fit
keeps its widths; so does a table in a font without known character widths.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from typing import Final

from generator.word.glyph_widths import Glyphs
from generator.word.header_room import (
    CELL_MARGINS,
    FINE,
    MARGIN,
    TOO_TALL,
    header_lines,
    one_line,
)
from generator.word.typography import number_kept
from generator.word.widths import ColumnText
from generator.word.word_lengths import may_hold_word

_LONGEST_RANGE: Final = 23  # characters of a date range: "2024-04-01 – 2026-12-31"


def roomier_names(columns: Sequence[ColumnText], widths: list[int], char: int,
                  glyphs: Glyphs | None) -> list[int]:
    """`widths` with room moved from the amount columns to the text columns, as the
    module docstring says; as they are without `glyphs`."""
    text = [i for i, column in enumerate(columns) if not column.fixed]
    if glyphs is None or not text or len(text) == len(columns):
        return widths
    if len(text) > 1:
        return _whole_words(columns, widths, text, char, glyphs)
    name = text[0]
    wanted = _wanted(columns[name], widths[name], char, glyphs)
    if not wanted:
        return widths
    chosen = _fewest_broken(columns, widths, name, wanted, (char, glyphs))
    if chosen is None:
        return widths
    least, need = chosen
    result = _levelled(widths, least, need - widths[name])
    result[name] += sum(widths) - sum(result)
    return result


def _fewest_broken(columns: Sequence[ColumnText], widths: list[int], name: int,
                   wanted: list[int], font: tuple[int, Glyphs]
                   ) -> tuple[dict[int, tuple[int, ...]], int] | None:
    """The widths each amount column may have and the width of the text column `name`
    that leave the fewest of its lines broken (`wanted`: each line's need, narrowest first,
    of those that break at `widths`), the header row taller by no more lines than that
    keeps whole (the table gets no taller), and no taller than it must be; None where no
    line can be kept whole."""
    char, glyphs = font
    row = _header_row(columns, widths, char, glyphs)
    most = max(len(_pieces(column)) for column in columns if column.fixed)
    best: tuple[dict[int, tuple[int, ...]], int] | None = None
    kept = 0
    for taller in range(min(len(wanted), max(0, most - row)) + 1):
        least = _amount_floors(columns, widths, char, glyphs, row + taller)
        room = sum(widths[i] - steps[-1] for i, steps in least.items())
        reachable = [need for need in wanted if need - widths[name] <= room]
        if len(reachable) > kept and len(reachable) >= taller:
            best, kept = (least, reachable[-1]), len(reachable)
        if kept == len(wanted):
            break
    return best


def _header_row(columns: Sequence[ColumnText], widths: list[int], char: int,
                glyphs: Glyphs) -> int:
    """The lines of the header row at `widths`."""
    return max(header_lines(column, width, char, glyphs)
               for column, width in zip(columns, widths, strict=True))


def _amount_floors(columns: Sequence[ColumnText], widths: list[int], char: int,
                   glyphs: Glyphs, row: int) -> dict[int, tuple[int, ...]]:
    """The widths each amount column may have (`_allowed`), the header row no taller than
    `row` lines."""
    return {i: _allowed(column, widths[i], char, glyphs, row)
            for i, column in enumerate(columns) if column.fixed}


def _whole_words(columns: Sequence[ColumnText], widths: list[int], text: list[int],
                 char: int, glyphs: Glyphs) -> list[int]:
    """`widths` with room moved from the amount columns to the several `text` columns, so
    that their words and date ranges stand whole (`_units`), the cheapest first, as far
    as the amount columns' room goes; as they are where none needs it."""
    units = ((i, _units(columns[i], widths[i], char, glyphs)) for i in text)
    wanted = {i: needs for i, needs in units if needs}
    if not wanted:  # (most tables)
        return widths
    least = _amount_floors(columns, widths, char, glyphs,
                           _header_row(columns, widths, char, glyphs))
    room = sum(widths[i] - steps[-1] for i, steps in least.items())
    given = {i: widths[i] for i in text}
    while wanted:
        cost, index = min((wants[0] - given[i], i) for i, wants in wanted.items())
        if cost > room:  # (its larger needs cost more still)
            del wanted[index]
            continue
        room -= cost
        given[index] = wanted[index].pop(0)
        if not wanted[index]:
            del wanted[index]
    cost = sum(given[i] - widths[i] for i in text)
    if not cost:
        return widths
    result = _levelled(widths, least, cost)
    for index, width in given.items():
        result[index] = width
    result[text[-1]] += sum(widths) - sum(result)
    return result


def _units(column: ColumnText, width: int, char: int, glyphs: Glyphs) -> list[int]:
    """The widths at which the words (a line may break after a hyphen) and the date ranges
    ("2024-04-01 – 2026-12-31") of text column `column` stand on one line, of those that
    do not at `width`, narrowest first. (For speed, a line is split only where it may hold
    a word, or a date range, of as many characters as may not fit: `_fewest`.)"""
    units: set[tuple[str, bool]] = set()  # (each measured once)
    for lines, bold in ((column.lines, False), (column.bold_lines, True)):
        for line in set(lines):
            indent = line[:len(line) - len(line.lstrip(" "))]
            fewest = _fewest(width - len(indent) * char, glyphs)
            long = may_hold_word(line, fewest)
            if not long and fewest > _LONGEST_RANGE:
                continue  # (most lines: every unit fits)
            # (a date range holds a hyphen: most lines need no search for one)
            dated = ("-" in line or "\u2011" in line) and _date_range().search(line)
            if not long and not dated:
                continue
            words = line
            if dated:
                units.update((indent + match[0], bold)
                             for match in _date_range().finditer(line))
                words = _date_range().sub(" ", line)
            units.update((indent + piece, bold)
                         for word in words.split()
                         if len(word) >= fewest
                         for piece in word.replace("-", "-\n").split("\n")
                         if len(piece) >= fewest)
    needs = {one_line(unit, char, glyphs, bold) for unit, bold in units}
    return sorted(need for need in needs if need > width)


def _fewest(width: int, glyphs: Glyphs) -> int:
    """The fewest characters that may not stand on one line `width` wide (see `one_line`):
    fewer fit, even of the font's widest character."""
    return max(1, math.floor((width - CELL_MARGINS) / (glyphs.widest * MARGIN)) + 1)


@cache
def _date_range() -> re.Pattern[str]:
    """Two ISO dates joined by a dash, with or without spaces (its hyphens may be Word's
    non-breaking ones)."""
    date = r"\d{4}[-\u2011]\d\d[-\u2011]\d\d"
    return re.compile(f"{date} ?[-–] ?{date}")


def _wanted(column: ColumnText, width: int, char: int, glyphs: Glyphs) -> list[int]:
    """The widths the lines of text column `column` need to stand on one line, of those
    that do not at `width`, narrowest first (one for each line: a need may recur)."""
    needs = [one_line(line, char, glyphs, False) for line in column.lines]
    needs += [one_line(line, char, glyphs, True) for line in column.bold_lines]
    return sorted(need for need in needs if need > width)


def _allowed(column: ColumnText, width: int, char: int, glyphs: Glyphs,
             row: int) -> tuple[int, ...]:
    """The widths amount column `column`, `width` wide now, may have, widest first: from
    `width` down a FINE at a time, those at which each figure and each word of its header
    stands on one line (a word may break after a hyphen) and the header takes no more lines
    than it does or than the tallest header of the `row` (the header row gets no taller),
    none broken between syllables (`header_lines` counts a word cut where it has no hyphen
    as a line, not as a break: "Samb" / "o (kr)" takes two lines as "Sambo" / "(kr)" does,
    trial 46). A width between two allowed ones may not be: where `tables` hyphenates a
    word that still fits ("Andel som över-förs" at 1180 to 1220 twips, allowed again at
    1170 as "Andel" / "som" / "överförs", trial 81, F4); below a width where the header
    takes more lines, none is. A header's first word and a number after it that stand
    together at `width` are not parted ("Taxa 2020", trial 91, F1)."""
    need = whole_need(column, char, glyphs, kept=True)
    if need > width:  # (its first word and year stand apart already)
        need = whole_need(column, char, glyphs)
    lines = max(row, header_lines(column, width, char, glyphs))
    allowed = [width]
    for narrower in range(width - FINE, need - 1, -FINE):
        count = header_lines(column, narrower, char, glyphs, syllables=False)
        if count > lines and count != TOO_TALL:
            break  # (taller: looked at no further, as a header mostly gets no lower narrower)
        if count <= lines:
            allowed.append(narrower)
    return tuple(allowed)


def whole_need(column: ColumnText, char: int, glyphs: Glyphs, kept: bool = False) -> int:
    """The width at which each figure of amount column `column` and each word of its header
    stands on one line (a word may break after a hyphen; with `kept`, a header's first word
    and a number after it stand together, see `_pieces`)."""
    return max([one_line(line, char, glyphs, False) for line in column.lines]
               + [one_line(line, char, glyphs, True) for line in
                  (*column.bold_lines, *_pieces(column, kept))], default=0)


def _pieces(column: ColumnText, kept: bool = False) -> list[str]:
    """The words of the header of `column`, split after a hyphen too (with `kept`, its
    first word and a number after it as one, `number_kept`: "Taxa 2020"): it takes no more
    lines than these, none broken."""
    lines = map(number_kept, column.header_lines) if kept else column.header_lines
    return [piece for line in lines for word in line.split(" ")
            for piece in word.replace("-", "-\n").split("\n") if piece]


def _levelled(widths: list[int], allowed: dict[int, tuple[int, ...]], cost: int) -> list[int]:
    """`widths` with at least `cost` twips taken from the amount columns of `allowed` (the
    widths each may have, widest first), the widest first: each cut to one level (a FINE at
    a time), none below the narrowest it may have (see `_at_level`)."""
    level = max(widths[i] for i in allowed)
    while True:
        result = list(widths)
        for index, steps in allowed.items():
            result[index] = _at_level(widths[index], steps, level)
        if sum(widths) - sum(result) >= cost:
            return result
        level -= FINE


def _at_level(width: int, steps: tuple[int, ...], level: int) -> int:
    """A column `width` wide that may have the widths `steps` (a FINE apart where they
    run on, widest first), cut to `level`: at it where the steps on either side of it are
    allowed, else at the widest allowed step below it; never below the last step."""
    cut = max(steps[-1], min(width, level))
    below = width - -(-(width - cut) // FINE) * FINE  # the step at or below the cut
    if below in steps and (below == cut or below + FINE in steps):
        return cut
    return next(step for step in steps if step <= cut)
