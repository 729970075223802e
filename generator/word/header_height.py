"""The lines of table text a data table's header takes, for its keeps (see `keeps`).

A table is kept whole while it takes at most half a page, so its header counts as it is
set: each column's header measured by its glyphs at the width the column got (as
`header_room` measured it when it set the widths), else by its characters; under a row of
the headings of the table's groups of columns (`kolumngrupper`), the headers of the
columns of a group stand below that row, the others beside both (trial 92, F10: a heading
row over "kr/m²" / "och år" is three lines, not the four lines "Nuvarande årshyra (kr)"
and "kr/m² och år" made by their characters in bold).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.table_shape import ColumnGroup
from generator.word.glyph_widths import Glyphs
from generator.word.header_room import header_lines
from generator.word.widths import ColumnText, characters_in


def header_height(columns: Sequence[ColumnText], widths: Sequence[int], char: int,
                  glyphs: Glyphs | None, groups: Sequence[ColumnGroup] = ()) -> int:
    """Lines of the header of a data table of `columns` at `widths` (twips, at average
    character width `char`; `glyphs` the font's character widths, None if unknown), under
    the headings of its `groups` of columns."""
    own = [_column_header(column, width, char, glyphs)
           for column, width in zip(columns, widths, strict=False)]
    if not groups:
        return max(own, default=1)
    grouped = {index for group in groups for index in range(group.first, group.last + 1)}
    headings = max(_column_header(ColumnText((), (group.heading,)),
                                  sum(widths[group.first:group.last + 1]), char, glyphs)
                   for group in groups)
    below = max((own[index] for index in grouped if index < len(own)), default=0)
    beside = max((lines for index, lines in enumerate(own) if index not in grouped),
                 default=0)
    return max(headings + below, beside)


def _column_header(column: ColumnText, width: int, char: int, glyphs: Glyphs | None) -> int:
    """Lines of one column's header (bold; or a group's heading over columns together
    `width` wide)."""
    if glyphs is not None:
        return header_lines(column, width, char, glyphs)
    return sum(_lines(line, width, char) for line in column.header_lines) or 1


def _lines(text: str, width: int, char: int) -> int:
    """Lines of a line of bold `text` at `width`, by its characters."""
    return max(1, -(-len(text) // characters_in(width, char, bold=True)))
