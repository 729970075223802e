"""The width of table text from the widths of its own characters, for the fonts of
`glyph_data`: Calibri, Cambria, Arial (and Helvetica, which Arial matches in width) and
Times New Roman, by their metric twins Carlito, Caladea, Liberation Sans and Liberation
Serif.

`widths` estimates a line from an average character width, safe for any font but coarse:
"1:e vice ordf, k-råd" counts as 20 average characters (2 200 twips at 11 pt) and
LibreOffice sets it in 1 673 twips; "Kommunfullmäktige" counts as 1 870 and is set in 1 812. Where a
few twips decide whether a header takes two lines or three, `header_room` measures with
these widths. A character the font's table lacks counts as wide as its widest one, but for the
non-breaking hyphen the Word writer puts into dates and references, which is a hyphen, and
the space measured as one that does not break (`typography.KEPT_SPACE`), which is a space.

A font without a metric twin (Georgia, Verdana) is set by LibreOffice on Linux in DejaVu
Serif or DejaVu Sans, which are wider: `substitute_glyphs` gives their widths, so that a
figure, which must never break, gets the room it takes in either (trial 87, F5: "209 011 09"
/ "9" in bold Georgia previewed in DejaVu Serif). Georgia's own figures are no wider: its
digits are at most 613 thousandths of an em (bold 701, the zero, against DejaVu Serif's 696)
and its spaces and commas narrower.
"""

from __future__ import annotations

import functools
from itertools import repeat
from typing import Final

from generator.word.glyph_data import CHARACTERS, WIDTHS
from generator.word.typography import KEPT_SPACE, NO_BREAK_HYPHEN

_FONTS: Final = {  # a font and its metric twin
    "calibri": "carlito", "carlito": "carlito",
    "cambria": "caladea", "caladea": "caladea",
    "arial": "liberation sans", "helvetica": "liberation sans",
    "liberation sans": "liberation sans",
    "times new roman": "liberation serif", "liberation serif": "liberation serif",
}
_SERIF: Final = frozenset({  # fonts without a twin that fontconfig replaces by DejaVu Serif
    "georgia", "garamond", "palatino linotype", "book antiqua", "constantia",
})


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
            table[KEPT_SPACE] = table[" "]  # (written as a space, see `number_kept`)

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


def has_twin(font: str | None) -> bool:
    """Whether `font` (None: Calibri, Word's default) is one of those whose metric twin
    fonts-crosextra-carlito, fonts-crosextra-caladea or fonts-liberation2 install, so that
    LibreOffice breaks its lines as Word does."""
    return font is None or font.strip().lower() in _FONTS


@functools.cache
def substitute_glyphs(font: str | None, points: float) -> Glyphs | None:
    """The character widths of the font LibreOffice on Linux sets in place of `font` when
    it has no metric twin (`has_twin`): DejaVu Serif for Georgia and its kind, else DejaVu
    Sans; None for a font with a twin."""
    if has_twin(font):
        return None
    name = (font or "").strip().lower()
    return Glyphs("dejavu serif" if name in _SERIF else "dejavu sans", points)
