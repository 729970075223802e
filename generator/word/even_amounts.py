"""Amount columns alike in their figures set equally wide (trial 73, F7).

`widths` evens out amount columns whose headers are alike, but "Bokslut 2009", "Budget
2010" and "plan 2012" over figures of the same width ended some 145, 140 and 130 px wide,
"Budget" / "2010" on two lines beside "plan 2012" on one. Measured with the font's own
character widths (`glyph_widths`), amount columns of one kind (percentages apart) whose
widest figures are within ALIKE of each other share the room they have together equally,
at no width where a figure or a header word of theirs would break (`name_room.whole_need`)
or a header of theirs take more lines than it does now (`header_room.header_lines`); and
where a little more room from the text columns (what they have beyond what their cells
need, `header_room.narrowest`) sets every one of their headers on one line, they get it.
What an even split leaves over goes to the last text column. Where they cannot be even
without a header taking more lines and the text columns cannot give the room, they are set
at the widest width no wider than their average at which no header of theirs takes more
lines than the header row has (the row gets no taller, the headers wrap alike) and no
word breaks but where `tables` may break it: a fee matrix's "Var 4:e vecka (kr)",
"Varannan vecka (kr)", "En gång/vecka (kr)" and "Två gånger/vecka (kr)" were 1545 / 1812 /
1904 / 2203 twips, three headers on two lines and one on one (trial 81, F5). A header of
two words on one line ("Kostnadsunderlag (kr)") keeps it, as `header_room` set it: broken,
its unit would stand alone. Else they stay as they are; so does a table in a font without
known character widths.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from generator.word.glyph_widths import Glyphs
from generator.word.header_room import (
    FINE,
    header_lines,
    narrowest,
    one_line,
    take,
    two_words,
)
from generator.word.name_room import whole_need
from generator.word.table_text import widest_word
from generator.word.widths import ColumnText

ALIKE: Final = 1.2  # amount columns whose widest figures are within this factor are alike


def even_amounts(columns: Sequence[ColumnText], widths: list[int], char: int,
                 glyphs: Glyphs | None) -> list[int]:
    """`widths` with the amount columns alike in their figures equally wide, as the module
    docstring says; as they are without `glyphs`."""
    amounts = [i for i, column in enumerate(columns) if column.fixed and column.lines]
    if glyphs is None or len(amounts) < 2:
        return widths
    figures = {i: _widest_figure(columns[i], char, glyphs) for i in amounts}
    groups = _alike(figures, columns)
    if not groups:
        return widths
    result = list(widths)
    spare = _Spare(columns, widths, char, glyphs)
    for group in groups:
        _even(group, (columns, result, spare), char, glyphs)
    return result


class _Spare:
    """What each text column has beyond what its cells need (`header_room.narrowest`),
    worked out when first asked: most groups of amount columns need none of it."""

    def __init__(self, columns: Sequence[ColumnText], widths: list[int], char: int,
                 glyphs: Glyphs) -> None:
        self.columns, self.widths, self.char, self.glyphs = columns, widths, char, glyphs
        self.text = [i for i, column in enumerate(columns) if not column.fixed]
        self.found: dict[int, int] | None = None

    def room(self) -> dict[int, int]:
        """Each text column's spare (twips), by its index."""
        if self.found is None:
            self.found = {i: max(0, self.widths[i] - narrowest(
                self.columns[i], self.widths[i], self.char, self.glyphs,
                widest=widest_word(self.columns, i, self.char))) for i in self.text}
        return self.found


def _widest_figure(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width the widest figure of amount column `column` needs on one line."""
    return max([one_line(line, char, glyphs, False) for line in column.lines]
               + [one_line(line, char, glyphs, True) for line in column.bold_lines])


def _alike(figures: dict[int, int], columns: Sequence[ColumnText]) -> list[list[int]]:
    """The amount columns of `figures` (their widest figures) in groups of two or more of
    one kind (percentages or not: "100,1 %" is no amount) whose widest figures are within
    ALIKE of the group's narrowest, in table order."""
    groups: list[list[int]] = []
    for percent in (False, True):
        kind = [i for i in figures if _percentages(columns[i]) == percent]
        start = len(groups)
        for index in sorted(kind, key=figures.__getitem__):
            if len(groups) > start and figures[index] <= figures[groups[-1][0]] * ALIKE:
                groups[-1].append(index)
            else:
                groups.append([index])
    return [sorted(group) for group in groups if len(group) > 1]


def _percentages(column: ColumnText) -> bool:
    """Whether amount column `column` holds percentages."""
    return any("%" in line for line in column.lines)


def _even(group: list[int], table: tuple[Sequence[ColumnText], list[int], _Spare],
          char: int, glyphs: Glyphs) -> None:
    """Set the amount columns of `group` equally wide in `widths` (`table`: the columns,
    their widths and the text columns' spare): at one line a header if the spare allows
    it, else at the narrowest width from their average up at which no header of theirs
    takes more lines, none narrower than its figures and header words need
    (`name_room.whole_need`, unless it is already); else leave them."""
    columns, widths, spare = table
    room = sum(widths[i] for i in group)
    least = max(room // len(group), *(min(whole_need(columns[i], char, glyphs), widths[i])
                                      for i in group))
    even = _no_taller(group, least, columns, widths, (char, glyphs))
    one = _one_line(group, least, columns, (char, glyphs))
    if one is not None and len(group) * one - room <= sum(spare.room().values()):
        even = one
    cost = len(group) * even - room
    if cost > 0 and cost > sum(spare.room().values()):
        lower = _no_taller_below(group, room // len(group), columns, widths, (char, glyphs))
        if lower is None:
            return
        even, cost = lower, len(group) * lower - room
    for index in group:
        widths[index] = even
    if cost > 0:
        take(cost, spare.room(), widths)
    else:
        widths[spare.text[-1] if spare.text else group[-1]] -= cost


def _no_taller(group: list[int], width: int, columns: Sequence[ColumnText],
               widths: list[int], font: tuple[int, Glyphs]) -> int:
    """The narrowest width from `width` up, a FINE at a time, at which no header of the
    amount columns `group` takes more lines than at its width in `widths` (at the widest
    of them each takes no more)."""
    char, glyphs = font
    now = {i: header_lines(columns[i], widths[i], char, glyphs) for i in group}
    widest = max(widths[i] for i in group)
    while width < widest and any(header_lines(columns[i], width, char, glyphs) > now[i]
                                 for i in group):
        width += FINE
    return min(width, widest)


def _no_taller_below(group: list[int], width: int, columns: Sequence[ColumnText],
                     widths: list[int], font: tuple[int, Glyphs]) -> int | None:
    """The widest width from `width` down, a FINE at a time, at which no header of the
    amount columns `group` takes more lines than the header row has at `widths` (the row
    gets no taller) nor breaks a word between syllables, and each figure and header word of
    theirs stands whole (`name_room.whole_need`); None if there is none, or if a header of
    two words of theirs is on one line at `widths` ("Kostnadsunderlag (kr)": broken, its
    unit stands alone, see `header_room.two_words`)."""
    char, glyphs = font
    if any(two_words(columns[i]) and header_lines(columns[i], widths[i], char, glyphs) == 1
           for i in group):
        return None
    row = max(header_lines(column, now, char, glyphs)
              for column, now in zip(columns, widths, strict=True))
    least = max(whole_need(columns[i], char, glyphs) for i in group)
    while width >= least:
        if all(header_lines(columns[i], width, char, glyphs, syllables=False) <= row
               for i in group):
            return width
        width -= FINE
    return None


def _one_line(group: list[int], width: int, columns: Sequence[ColumnText],
              font: tuple[int, Glyphs]) -> int | None:
    """The narrowest width from `width` up at which every header of the amount columns
    `group`, each of one line, stands unbroken on one line; None if a header has more lines
    than one or every one fits at `width`."""
    char, glyphs = font
    if any(len(columns[i].header_lines) != 1 for i in group):
        return None
    wanted = max(one_line(columns[i].header_lines[0], char, glyphs, True) for i in group)
    return wanted if wanted > width else None
