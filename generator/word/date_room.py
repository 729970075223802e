"""Room for the dates of a table's text columns, so that no date breaks (trial 84, F2).

A sammanträdesplan with its dates in words (`datumform: text`) had them broken in two,
"12 september" / "2022", while the columns of months and weekdays beside them had room to
spare: `widths` counts every character as the font's average and a date as three words, of
which it keeps only the longest whole. A date is read as one unit, as a figure is, so here,
measured with the font's own character widths (`glyph_widths`, MARGIN wider as
`header_room` counts a line that must fit), each text column with a cell line that is a
date alone, ISO ("2022‑09‑12") or in words ("12 september 2022"), gets the width of its
widest date (where the room for that is not there, of its characters' own width, which
still holds it), the column lacking the least first: from what costs no line (amount columns
wider than their figures and header words need, what the text columns' cells leave
unused: `header_words.free_room`), then from the other text columns down to their
longest word, a header word with a compound's joint counted at its longest part ("Kommun-"
/ "styrelsen"): a note then wraps onto one more line in its row, where a date broken takes
one more in every row. A column the room cannot widen enough keeps its width; there a date
in words breaks before its year, never between its day and month (`typography` joins them
with a no-break space). A table without a date that breaks, or in a font without known
character widths, keeps its widths.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from generator.word.compounds import compound_joints
from generator.word.glyph_widths import Glyphs
from generator.word.header_room import CELL_MARGINS, MARGIN, one_line
from generator.word.header_words import donors_to, given, wanted
from generator.word.typography import MONTHS
from generator.word.widths import ColumnText


def whole_dates(columns: Sequence[ColumnText], widths: list[int], char: int,
                glyphs: Glyphs | None) -> list[int]:
    """`widths` with room given to the text columns whose dates would break, as the module
    docstring says; as they are without `glyphs`."""
    if glyphs is None:
        return widths
    needs = {i: date_need(column, char, glyphs) for i, column in enumerate(columns)
             if not column.fixed}
    wants = wanted(needs, widths)
    if not wants:  # (most tables)
        return widths
    donors = donors_to(wants, columns, widths, char, glyphs)
    free = donors.tiers[0]
    donors.tiers.append({(i,): max(0, widths[i] - free[(i,)]
                                   - max(needs[i], word_need(columns[i], char, glyphs)))
                         for i in needs if (i,) in free})
    exact = {i: date_need(columns[i], char, glyphs, margin=1.0) - widths[i] for _, i in wants}
    return given(wants, donors, widths, exact)


def date_need(column: ColumnText, char: int, glyphs: Glyphs, margin: float = MARGIN) -> int:
    """The width at which each cell line of `column` that is a date alone stays on one line
    (0 if it has none), each counted `margin` times its characters' width."""
    need = 0.0
    for lines, bold in ((column.lines, False), (column.bold_lines, True)):
        for line in set(lines):
            if _LEAST <= len(line) <= _MOST and line[0].isdigit() and _date().fullmatch(line):
                need = max(need, glyphs.width(line, bold=bold) * margin + CELL_MARGINS)
    return math.ceil(need) if need else 0


def word_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width at which each word of text column `column` stays whole (a line may break
    after a hyphen), a header word with a compound's joint counted at its longest part."""
    need = 0
    for lines, bold in ((column.lines, False), (column.bold_lines, True)):
        for line in set(lines):
            need = max(need, *(one_line(piece, char, glyphs, bold) for piece in _pieces(line)))
    for line in column.header_lines:
        for piece in _pieces(line):
            joints = compound_joints(piece)
            parts = [piece[start:end] + ("-" if end < len(piece) else "")
                     for start, end in pairwise((0, *joints, len(piece)))]
            need = max(need, *(one_line(part, char, glyphs, True) for part in parts))
    return need


def _pieces(line: str) -> list[str]:
    """The words of `line`, split after a hyphen too (a line may break there)."""
    return [piece for word in line.split() for piece in word.replace("-", "-\n").split("\n")
            if piece] or [""]


_LEAST = len("2022-09-12")  # the shortest and longest dates `_date` matches
_MOST = len("12 september 2022")


@cache
def _date() -> re.Pattern[str]:
    """A date, ISO (its hyphens maybe Word's non-breaking ones) or in words (its spaces
    maybe no-break ones)."""
    iso = r"\d{4}[-\u2011]\d\d[-\u2011]\d\d"
    return re.compile(rf"{iso}|\d\d?[ \u00a0](?:{MONTHS})[ \u00a0]\d{{4}}")
