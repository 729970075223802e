"""Room for the figures of an amount column in the font a reader's machine may set in place
of the document's: a figure must never break ("209 011 09" / "9"), text may wrap.

A font without a metric twin (Georgia, Verdana; see `glyph_widths.has_twin`) is set by
LibreOffice on Linux in DejaVu Serif or DejaVu Sans, whose digits are wider than the average
character width `widths` counts for it (Georgia: 0,57 em; bold DejaVu Serif's digits 0,696
em). A secretary previews the Word file through a PDF from LibreOffice, so an amount column
gets at least the width of its widest figure in that font as well (trial 87, F5).
"""

from __future__ import annotations

import math

from generator.word.glyph_widths import Glyphs
from generator.word.widths import CELL_PADDING, ColumnText


def figure_need(column: ColumnText, figures: Glyphs) -> int:
    """The width (twips) the widest body line of the amount column `column` takes set in
    `figures`, a total's in bold, cell margins included."""
    plain = max(map(figures.width, column.lines), default=0.0)
    bold = max((figures.width(line, bold=True) for line in column.bold_lines), default=0.0)
    return math.ceil(max(plain, bold)) + CELL_PADDING
