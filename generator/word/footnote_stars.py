"""Figures that line up beside a figure with a footnote star (trial 67, F6).

In a right-aligned column "1 061*" ends in its star, so its digits stood a star's width
left of the figures above and below it. The figures of a column with a starred figure are
set in from the right by the star's width instead (a right indent), so that every figure's
last digit lines up and the star stands beside the column's digits, as in print. The
Markdown keeps "1 061\\*" as it is: plain text has no alignment to keep.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from generator.word.glyph_widths import Glyphs
from generator.word.widths import ColumnText

_STARRED: Final = re.compile(r"\d\*$")  # a figure with its footnote star


def starred_columns(columns: Sequence[ColumnText]) -> frozenset[int]:
    """The right-aligned columns with a starred figure in a body cell."""
    return frozenset(index for index, column in enumerate(columns)
                     if column.fixed and any(_starred(text) for text in column.cells))


def _starred(text: str) -> bool:
    """Whether a cell's text is a starred figure (`_STARRED`); a plain test first, as most
    cells end in no star and the pattern would try each of their digits."""
    return text.endswith(("*", "*\n")) and _STARRED.search(text) is not None


def star_width(glyphs: Glyphs | None, char: int) -> int:
    """The width (twips) of a star in the table's font: half an average character for a
    font whose character widths are unknown."""
    return round(glyphs.width("*")) if glyphs is not None else char // 2


def set_in(column: ColumnText, row: int) -> bool:
    """Whether body row `row` (from 0) of a starred column holds a figure without a star,
    which is set in by the star's width."""
    text = column.cells[row].strip() if row < len(column.cells) else ""
    return bool(text) and not text.endswith("*")
