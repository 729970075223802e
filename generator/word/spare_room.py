"""The room text columns hold beyond what their cells need, given to amount headers that
wrap (trial 83, F9).

A decision on ledsagarservice had one text column, "Aktivitet", of three short
activities, and two columns of hours headed "Ansökt (timmar per månad)" and "Beviljat
(timmar per månad)": the text column was some 500 twips wider than its longest cell while
both headers took two lines, as they must (they cannot both stand on one line beside it).
The earlier passes give a text column's spare only where it saves a header a line
(`header_room`, `even_amounts`); here, last, what is left of it goes to the amount
columns whose headers still wrap, so that a text column is no wider than its cells need
while a header beside it wraps for want of room.

Measured with the font's own character widths (`glyph_widths`), each text column gives
what it has beyond what its cells need to stay on the lines they have (`header_room.
narrowest`), and the amount columns whose headers take more lines than they have get it,
the narrowest first, raised to one level: none beyond the width its header needs on one
line, nor to a width where its header would take more lines. Amount columns as wide as
one of them (alike, as `widths` and `even_amounts` set them) are raised with it, so that
they stay alike, and while not all their headers stand on one line, none is raised so far
that a header of theirs that may not stand on one line now may then (a line counts MARGIN
narrower when it may fit): their headers wrap alike, not "Ansökt (timmar per månad)" on
one line beside "Beviljat (timmar per" / "månad)". What they do not take stays with the
text columns. A table without a text column or a wrapping amount header, or in a font
without known character widths, keeps its widths.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from generator.word.glyph_widths import Glyphs
from generator.word.header_room import (
    CELL_MARGINS,
    FINE,
    MARGIN,
    header_lines,
    narrowest,
    one_line,
    take,
)
from generator.word.table_text import widest_word
from generator.word.widths import ColumnText


def spare_to_headers(columns: Sequence[ColumnText], widths: list[int], char: int,
                     glyphs: Glyphs | None) -> list[int]:
    """`widths` with the text columns' spare given to the wrapping amount headers, as the
    module docstring says."""
    if glyphs is None or all(column.fixed for column in columns):
        return widths
    wrapping = {widths[i] for i, column in enumerate(columns) if column.fixed
                and header_lines(column, widths[i], char, glyphs) > len(column.header_lines)}
    if not wrapping:  # (most tables)
        return widths
    spare = {i: max(0, widths[i] - narrowest(column, widths[i], char, glyphs,
                                             widest=widest_word(columns, i, char)))
             for i, column in enumerate(columns) if not column.fixed}
    groups = _groups(columns, widths, wrapping, char, glyphs)
    level = _level(groups, sum(spare.values()), columns, (char, glyphs))
    result = list(widths)
    for group in groups:
        for index in group.members:
            result[index] = group.at(level)
    take(sum(result) - sum(widths), spare, result)
    return result


class _Group(NamedTuple):
    """Amount columns as wide as one whose header wraps."""

    width: int  # their width
    members: list[int]  # their indexes
    most: int  # the width at which each of their headers stands on one line
    shy: int  # the widest at which none of their headers may stand on one line

    def at(self, level: int) -> int:
        """Their width raised to `level`: at their most from it up, else no wider than
        `shy`, never narrower than they are."""
        return self.most if level >= self.most else max(self.width, min(level, self.shy))


def _groups(columns: Sequence[ColumnText], widths: list[int], wrapping: set[int],
            char: int, glyphs: Glyphs) -> list[_Group]:
    """The amount columns as wide as one whose header wraps (`wrapping`: their widths), by
    their width, narrowest first (see `_Group`)."""
    groups: list[_Group] = []
    for width in sorted(wrapping):
        members = [i for i, column in enumerate(columns) if column.fixed and widths[i] == width]
        lines = [line for i in members for line in columns[i].header_lines]
        most = max(width, *(one_line(line, char, glyphs, True) for line in lines))
        may = [math.floor(glyphs.width(line, bold=True) / MARGIN) + CELL_MARGINS
               for line in lines]
        shy = most if len(members) == 1 else min(
            [need - 1 for need in may if need > width], default=width)
        groups.append(_Group(width, members, most, shy))
    return groups


def _level(groups: list[_Group], room: int, columns: Sequence[ColumnText],
           font: tuple[int, Glyphs]) -> int:
    """The highest level, a FINE at a time from the narrowest group up, to which `room`
    raises the groups (see `_Group.at`), no header taking more lines on the way (where
    `tables` puts no zero-width space after its "/", "Två gånger/vecka (kr)" takes three
    lines at 1775 twips and two at 1736)."""
    char, glyphs = font
    lines = {i: header_lines(columns[i], group.width, char, glyphs)
             for group in groups for i in group.members}
    level = groups[0].width
    while not all(group.most <= level for group in groups):
        higher = level + FINE
        cost = sum(len(group.members) * (group.at(higher) - group.width) for group in groups)
        if cost > room or any(header_lines(columns[i], group.at(higher), char, glyphs)
                              > lines[i] for group in groups for i in group.members):
            break
        level = higher
    return level
