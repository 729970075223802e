"""The narrowest a column may be for its header: as wide as the widest piece the header
breaks into (trials 57, F2; 51, F8).

A header line breaks at spaces, after a hyphen or a "/" and at the soft hyphens `tables`
puts into its words too long for the column (`hyphenation`). In a column narrower than one
of these pieces Word and LibreOffice cut it anywhere, without a hyphen: "Sannolikhet" in a
column of a digit's width came out "Sa" / "n-" / "n" / "o-" / "li" / … , and "bostads-"
came out "bostad" / "slägen-". A piece is measured with the font's own character widths
(`glyph_widths`), in bold, with the hyphen it ends in, MARGIN wider as `header_room` counts
a line that must fit. How a word is hyphenated depends on the column's width (a part
short enough for it gets no soft hyphen), so the width is found where the pieces the header
gets at that width fit it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from generator.word.glyph_widths import Glyphs
from generator.word.header_room import one_line
from generator.word.hyphenation import SOFT_HYPHEN, ZERO_WIDTH_SPACE, hyphenate_long_words
from generator.word.span import text_span
from generator.word.typography import NBSP
from generator.word.widths import ColumnText, characters_in

# where a header line may break: at a (no-break) space, after a hyphen, a soft hyphen, a
# zero-width space (after a "/", see `hyphenation`)
_PIECES: Final = re.compile(f"[ {NBSP}]|(?<=[-{SOFT_HYPHEN}{ZERO_WIDTH_SPACE}])")


def piece_need(column: ColumnText, char: int, glyphs: Glyphs) -> int:
    """The narrowest width at which each piece of the header of `column` fits on a line,
    as the module docstring says (0 for a column without a header)."""
    return _header_piece_need(column.header_lines, char, glyphs)


@functools.lru_cache(maxsize=1024)
def _header_piece_need(header: tuple[str, ...], char: int, glyphs: Glyphs) -> int:
    """`piece_need` of a header of lines `header` (memoized: headers recur, in the
    documents of an archive). From the finest pieces up: a wider column hyphenates less,
    so the width grows until the pieces at that width fit it."""
    need, capacity = 0, 1
    while True:
        widest = _widest_piece(header, capacity, char, glyphs)
        if widest <= need:
            return need
        need = widest
        capacity = max(capacity, characters_in(need, char, bold=True))


def _widest_piece(header: Sequence[str], capacity: int, char: int, glyphs: Glyphs) -> int:
    """The width the widest piece of `header` needs, its words hyphenated as in a column
    `capacity` bold characters wide (a piece ending in a soft hyphen shows a hyphen)."""
    spans = hyphenate_long_words([text_span(line, bold=True) for line in header], capacity)
    pieces = {piece for span in spans for piece in _PIECES.split(span.text)}
    return max((one_line(piece.replace(ZERO_WIDTH_SPACE, "").replace(SOFT_HYPHEN, "-"),
                         char, glyphs, True) for piece in pieces if piece.strip(SOFT_HYPHEN)),
               default=0)
