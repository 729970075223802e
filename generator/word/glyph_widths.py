"""The width of table text from the widths of its own characters, for the fonts of
`glyph_data`: Calibri, Cambria, Arial (and Helvetica, which Arial matches in width) and
Times New Roman, by their metric twins Carlito, Caladea, Liberation Sans and Liberation
Serif.

`widths` estimates a line from an average character width, safe for any font but coarse:
"1:e vice ordf, k-råd" counts as 20 average characters (2 200 twips at 11 pt) and
LibreOffice sets it in 1 673 twips; "Kommunfullmäktige" counts as 1 870 and is set in 1 812. Where a
few twips decide whether a header takes two lines or three, `header_room` measures with
these widths. A character the font's table lacks counts as wide as its widest one, but for the
non-breaking hyphen the Word writer puts into dates and references, which is a hyphen.
"""

from __future__ import annotations

import functools
from itertools import repeat
from typing import Final

from generator.word.glyph_data import CHARACTERS, WIDTHS
from generator.word.typography import NO_BREAK_HYPHEN

_FONTS: Final = {  # a font and its metric twin
    "calibri": "carlito", "carlito": "carlito",
    "cambria": "caladea", "caladea": "caladea",
    "arial": "liberation sans", "helvetica": "liberation sans",
    "liberation sans": "liberation sans",
    "times new roman": "liberation serif", "liberation serif": "liberation serif",
}


class Glyphs:
    """The widths (twips) of the characters of one font at one size, plain and bold."""

    def __init__(self, font: str, points: float) -> None:
        self.points = points
        scale = points * 20 / 1000  # thousandths of an em to twips
        regular, bold = WIDTHS[font]
        self._plain = {char: width * scale for char, width in zip(CHARACTERS, regular,
                                                                    strict=True)}
        self._bold = {char: width * scale for char, width in zip(CHARACTERS, bold,
                                                                   strict=True)}
        self._widest = (max(self._plain.values()), max(self._bold.values()))
        self.widest = max(self._widest)  # (plain or bold)
        for table in (self._plain, self._bold):  # Word's non-breaking hyphen (dates, "1:1-")
            table[NO_BREAK_HYPHEN] = table["-"]

    def width(self, text: str, *, bold: bool = False) -> float:
        """Width (twips) of `text` on one line."""
        table, widest = (self._bold, self._widest[1]) if bold else (self._plain,
                                                                    self._widest[0])
        # (`get` mapped over the text and `widest` repeated: the same widths added in the
        # same order as a generator gives them, at a third of its cost a character)
        return sum(map(table.get, text, repeat(widest)))


@functools.cache
def font_glyphs(font: str | None, points: float) -> Glyphs | None:
    """The character widths of `font` at `points`, None for a font `glyph_data` lacks."""
    known = _FONTS.get((font or "").strip().lower())
    return None if known is None else Glyphs(known, points)
