"""Room for the header words of a table's text columns, where it costs no line (trial 84,
F2).

A sammanträdesplan headed "Kommunstyrelsen" and "Kommunfullmäktige" over columns of ISO
dates had both words broken, "Kommun-" / "styrelsen", while the column of notes beside
them had room its cells did not use. As `header_words` gives an amount header's words
their width from what costs no line, here, measured with the font's own character widths
(`glyph_widths`, MARGIN wider as `header_room` counts a line that must fit), each text
column with a header word (a line may break after a hyphen) wider than the column gets the
width of its widest header word, the column lacking the least first, from the first tier
of the donors only (`header_words.free_room`: amount columns wider than their figures and
header words need, what the text columns' cells leave unused), all of it or none. A word
breaks at its compound's joint where that room is not there ("Kommun-" / "fullmäktige"
reads well); a table in a font without known character widths keeps its widths.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from generator.word.glyph_widths import Glyphs
from generator.word.header_room import one_line
from generator.word.header_words import donors_to, given, wanted
from generator.word.widths import ColumnText


def whole_text_headers(columns: Sequence[ColumnText], widths: list[int], char: int,
                       glyphs: Glyphs | None) -> list[int]:
    """`widths` with room given to the text columns whose header words would break, as the
    module docstring says; as they are without `glyphs`."""
    if glyphs is None:
        return widths
    needs = {i: header_word_need(column, char, glyphs) for i, column in enumerate(columns)
             if not column.fixed}
    wants = wanted(needs, widths)
    if not wants:  # (most tables)
        return widths
    return given(wants, donors_to(wants, columns, widths, char, glyphs), widths)


def header_word_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The width at which each word of the header of `column` stands on one line (bold; a
    line may break after a hyphen)."""
    return _word_need(column.header_lines, char, glyphs)


@functools.lru_cache(maxsize=1024)
def _word_need(header: tuple[str, ...], char: int, glyphs: Glyphs) -> int:
    """`header_word_need` of a header of lines `header` (memoized: headers recur, in the
    documents of an archive)."""
    return max((one_line(piece, char, glyphs, True) for line in header
                for word in line.split() for piece in word.replace("-", "-\n").split("\n")
                if piece), default=0)
