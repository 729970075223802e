"""Column widths from the content of a table, in twentieths of a point (twips).

Word's automatic layout and LibreOffice's differ, and "equal widths" squeezes long text
into narrow columns until words break inside. Here amount columns get the width of
their widest figure and text columns share the rest: each starts at its longest word
and the space left goes, step by step, where it lowers the estimated height of the
table most (a row is as tall as its fullest cell). Widths are estimated from an
average character width of the document's font (see `character_width`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

CELL_PADDING: Final = 2 * 115 + 30  # left and right cell margins plus a little slack
BOLD: Final = 1.12  # bold text is wider
STEP: Final = 60  # twips handed out at a time
HYPHENATED_WORD: Final = 13  # longer words are hyphenated where the column is narrower
ADDRESS_UNBROKEN: Final = 18  # web addresses and identifiers may break anywhere
DEFAULT_EM: Final = 0.55  # average character width in em of an unknown font
# Average width in em of Swedish text with digits, per font (and its metric twins).
FONT_EMS: Final = {
    "calibri": 0.50, "carlito": 0.50, "cambria": 0.53, "caladea": 0.53,
    "arial": 0.54, "liberation sans": 0.54, "helvetica": 0.54, "times new roman": 0.48,
    "georgia": 0.57, "verdana": 0.63, "dejavu sans": 0.62, "tahoma": 0.55,
}
_BREAKS: Final = re.compile(r"(?<=-)|[ \t\n]+")  # where a line may break
_ADDRESS: Final = re.compile(r"://|^www\.|^_?[0-9a-f]{16,}$")


def character_width(font: str | None, points: float | None) -> int:
    """Average character width in twips of `font` at `points` (default 11 pt)."""
    em = FONT_EMS.get((font or "").strip().lower(), DEFAULT_EM)
    return round(em * (points or 11.0) * 20)


@dataclass(frozen=True)
class ColumnText:
    """What the width of one column depends on."""

    lines: tuple[str, ...]  # every line of every body cell
    header_lines: tuple[str, ...] = ()  # the header row's lines (bold)
    fixed: bool = False  # an amount column: as wide as its widest line
    bold_lines: tuple[str, ...] = ()  # body lines in bold (a total row)
    cells: tuple[str, ...] = ()  # each body row's cell text, lines split by "\n"

    def widest_word(self, char: int) -> int:
        """Width of the longest word, header included."""
        plain = max((_word_length(w) for line in self.lines for w in _BREAKS.split(line)),
                    default=1)
        bold = max((_word_length(w) for line in (*self.header_lines, *self.bold_lines)
                    for w in _BREAKS.split(line)), default=0)
        return max(_twips(plain, char), _twips(bold, char, BOLD))

    def natural(self, char: int) -> int:
        """Width without any line breaking in the body (the header may wrap)."""
        plain = max((len(line) for line in self.lines), default=1)
        bold = max((len(line) for line in self.bold_lines), default=0)
        return max(_twips(plain, char), _twips(bold, char, BOLD), self.widest_word(char))

    @property
    def weight(self) -> int:
        """How much text the column holds."""
        return max(1, sum(len(line) for line in self.lines))


def column_widths(columns: Sequence[ColumnText], available: int, char: int) -> list[int]:
    """Widths that fill `available` twips, as described in the module docstring."""
    if not columns:
        return []
    natural = [column.natural(char) for column in columns]
    text = [i for i, column in enumerate(columns) if not column.fixed] or list(range(len(columns)))
    if sum(natural) <= available:
        return _spread(natural, text, available - sum(natural))
    widths = list(natural)
    fixed_total = sum(natural[i] for i in range(len(columns)) if i not in text)
    shared = _share(available - fixed_total, [columns[i] for i in text], char)
    for index, width in zip(text, shared, strict=True):
        widths[index] = width
    return _fit(widths, available)


def characters_in(width: int, char: int, *, bold: bool = False) -> int:
    """How many characters fit on one line of a column `width` twips wide."""
    usable = width - CELL_PADDING
    return max(1, int(usable / (char * (BOLD if bold else 1.0))))


def _spread(widths: list[int], receivers: list[int], extra: int) -> list[int]:
    """Give `extra` to the receiving columns in proportion to their width."""
    result = list(widths)
    total = sum(widths[i] for i in receivers) or 1
    for index in receivers:
        result[index] += extra * widths[index] // total
    result[receivers[-1]] += sum(widths) + extra - sum(result)
    return result


def _share(space: int, columns: Sequence[ColumnText], char: int) -> list[int]:
    """Split `space` among text columns so that the table gets as short as it can."""
    widths = [column.widest_word(char) for column in columns]
    natural = [column.natural(char) for column in columns]
    left = space - sum(widths)
    while left >= STEP:
        growing = [i for i in range(len(columns)) if widths[i] + STEP <= natural[i]]
        if not growing:
            break

        def height_with(index: int) -> float:
            trial = list(widths)
            trial[index] += STEP
            return _height(columns, trial, char)

        best = min(growing, key=lambda i: (height_with(i), -columns[i].weight))
        widths[best] += STEP
        left -= STEP
    return widths


def _height(columns: Sequence[ColumnText], widths: Sequence[int], char: int) -> float:
    """Estimated lines of the table's body: per row, the most any of its cells needs."""
    rows = max((len(column.cells) for column in columns), default=0)
    total = 0.0
    for row in range(rows):
        total += max(_lines(column.cells[row] if row < len(column.cells) else "", width, char)
                     for column, width in zip(columns, widths, strict=True))
    return total


def _lines(text: str, width: int, char: int) -> float:
    """Lines a cell needs at `width` (smoothly, so that every step counts)."""
    per_line = max(1.0, (width - CELL_PADDING) / char)
    return sum(max(1.0, len(line) / per_line) for line in text.split("\n"))


def _fit(widths: list[int], available: int) -> list[int]:
    """Scale widths down (or the last up) so that they add up to `available`."""
    total = sum(widths)
    if total > available:
        widths = [width * available // total for width in widths]
    widths[-1] += available - sum(widths)
    return widths


def _word_length(word: str) -> int:
    """Characters a word needs on one line.

    Addresses and identifiers may break anywhere, and long words get hyphenation points
    (see `hyphenation`), so they count as shorter.
    """
    if _ADDRESS.search(word):
        return min(len(word), ADDRESS_UNBROKEN)
    return min(len(word), HYPHENATED_WORD)


def _twips(characters: int, char: int, factor: float = 1.0) -> int:
    return round(characters * char * factor) + CELL_PADDING
