"""Column widths from the content of a table, in twentieths of a point (twips).

Word's automatic layout and LibreOffice's differ, and "equal widths" squeezes long text
into narrow columns until words break inside. Here amount columns get the width of
their widest figure and text columns share the rest: each starts at its longest word
and the space left goes, step by step, where it lowers the estimated height of the
table most (a row is as tall as its fullest cell).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

CHAR_TWIPS: Final = 120  # a generous average character width at 10-11 pt
CELL_PADDING: Final = 2 * 115 + 30  # left and right cell margins plus a little slack
BOLD: Final = 1.12  # bold text is wider
SAFETY: Final = 1.2  # wide letters: words near a column's width get hyphenation points
_BREAKS: Final = re.compile(r"(?<=-)|[ \t\n]+")  # where a line may break
_ADDRESS: Final = re.compile(r"://|^www\.|^_?[0-9a-f]{16,}$")
STEP: Final = 60  # twips handed out at a time
HYPHENATED_WORD: Final = 13  # longer words are hyphenated where the column is narrower
ADDRESS_UNBROKEN: Final = 18  # web addresses and identifiers may break anywhere


@dataclass(frozen=True)
class ColumnText:
    """What the width of one column depends on."""

    lines: tuple[str, ...]  # every line of every body cell
    header_lines: tuple[str, ...] = ()  # the header row's lines (bold)
    fixed: bool = False  # an amount column: as wide as its widest line
    bold_lines: tuple[str, ...] = ()  # body lines in bold (a total row)
    cells: tuple[str, ...] = ()  # each body row's cell text, lines split by "\n"

    @property
    def widest_word(self) -> int:
        """Width of the longest word, header included."""
        plain = max((_word_length(w) for line in self.lines for w in _BREAKS.split(line)),
                    default=1)
        bold = max((_word_length(w) for line in (*self.header_lines, *self.bold_lines)
                    for w in _BREAKS.split(line)), default=0)
        return max(_twips(plain), _twips(bold, BOLD))

    @property
    def widest_line(self) -> int:
        """Width the column needs to show every body line unbroken."""
        plain = max((len(line) for line in self.lines), default=1)
        bold = max((len(line) for line in self.bold_lines), default=0)
        return max(_twips(plain), _twips(bold, BOLD))

    @property
    def natural(self) -> int:
        """Width without any line breaking (the header may still wrap at spaces)."""
        return max(self.widest_line, self.widest_word)

    @property
    def weight(self) -> int:
        """How much text the column holds."""
        return max(1, sum(len(line) for line in self.lines))


def column_widths(columns: Sequence[ColumnText], available: int) -> list[int]:
    """Widths that fill `available` twips, as described in the module docstring."""
    if not columns:
        return []
    natural = [column.natural for column in columns]
    text = [i for i, column in enumerate(columns) if not column.fixed] or list(range(len(columns)))
    if sum(natural) <= available:
        return _spread(natural, text, available - sum(natural))
    widths = list(natural)
    fixed_total = sum(natural[i] for i in range(len(columns)) if i not in text)
    shared = _share(available - fixed_total, [columns[i] for i in text])
    for index, width in zip(text, shared, strict=True):
        widths[index] = width
    return _fit(widths, available)


def _spread(widths: list[int], receivers: list[int], extra: int) -> list[int]:
    """Give `extra` to the receiving columns in proportion to their width."""
    result = list(widths)
    total = sum(widths[i] for i in receivers) or 1
    for index in receivers:
        result[index] += extra * widths[index] // total
    result[receivers[-1]] += sum(widths) + extra - sum(result)
    return result


def _share(space: int, columns: Sequence[ColumnText]) -> list[int]:
    """Split `space` among text columns so that the table gets as short as it can."""
    widths = [column.widest_word for column in columns]
    natural = [column.natural for column in columns]
    left = space - sum(widths)
    while left >= STEP:
        growing = [i for i in range(len(columns)) if widths[i] + STEP <= natural[i]]
        if not growing:
            break
        def height_with(index: int) -> float:
            trial = list(widths)
            trial[index] += STEP
            return _height(columns, trial)
        best = min(growing, key=lambda i: (height_with(i), -columns[i].weight))
        widths[best] += STEP
        left -= STEP
    return widths


def _height(columns: Sequence[ColumnText], widths: Sequence[int]) -> float:
    """Estimated lines of the table's body: per row, the most any of its cells needs."""
    rows = max((len(column.cells) for column in columns), default=0)
    total = 0.0
    for row in range(rows):
        total += max(_lines(column.cells[row] if row < len(column.cells) else "", width)
                     for column, width in zip(columns, widths, strict=True))
    return total


def _lines(text: str, width: int) -> float:
    """Lines a cell needs at `width` (smoothly, so that every step counts)."""
    per_line = max(1.0, (width - CELL_PADDING) / CHAR_TWIPS)
    return sum(max(1.0, len(line) / per_line) for line in text.split("\n"))


def _fit(widths: list[int], available: int) -> list[int]:
    """Scale widths down (or the last up) so that they add up to `available`."""
    total = sum(widths)
    if total > available:
        widths = [width * available // total for width in widths]
    widths[-1] += available - sum(widths)
    return widths


def characters_in(width: int, *, bold: bool = False) -> int:
    """How many characters surely fit on one line of a column `width` twips wide."""
    usable = width - CELL_PADDING
    return max(1, int(usable / (CHAR_TWIPS * SAFETY * (BOLD if bold else 1.0))))


def _word_length(word: str) -> int:
    """Characters a word needs on one line.

    Addresses and identifiers may break anywhere, and long words get hyphenation points
    (see `hyphenation`), so they count as shorter.
    """
    if _ADDRESS.search(word):
        return min(len(word), ADDRESS_UNBROKEN)
    return min(len(word), HYPHENATED_WORD)


def _twips(characters: int, factor: float = 1.0) -> int:
    return round(characters * CHAR_TWIPS * factor) + CELL_PADDING
