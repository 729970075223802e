"""Column widths from the content of a table, in twentieths of a point (twips).

Word's automatic layout and LibreOffice's differ, and "equal widths" squeezes long text
into narrow columns until words break inside. Here amount columns get the width of
their widest figure and text columns share the rest by the length of their text, never
narrower than their longest word unless the page cannot hold even that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

CHAR_TWIPS: Final = 110  # a generous average character width at 10-11 pt
CELL_PADDING: Final = 2 * 115 + 30  # left and right cell margins plus a little slack
_BREAKS: Final = re.compile(r"(?<=[/-])|[ \t\n]+")  # where a line may break
LONGEST_UNBROKEN: Final = 18  # longer "words" (web addresses) may break anyway


@dataclass(frozen=True)
class ColumnText:
    """What the width of one column depends on."""

    lines: tuple[str, ...]  # every line of every body cell
    header_lines: tuple[str, ...] = ()
    fixed: bool = False  # an amount column: as wide as its widest line

    @property
    def widest_word(self) -> int:
        """Width of the longest word, header included."""
        words = [w for line in (*self.lines, *self.header_lines) for w in _BREAKS.split(line)]
        return _twips(min(LONGEST_UNBROKEN, max((len(w) for w in words), default=1)))

    @property
    def widest_line(self) -> int:
        """Width the column needs to show every body line unbroken."""
        return _twips(max((len(line) for line in self.lines), default=1))

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
    """Split `space` by text weight, each between its longest word and its natural width."""
    widths: dict[int, int] = {}
    active = list(range(len(columns)))
    while active:
        left = space - sum(widths.values())
        total = sum(columns[i].weight for i in active)
        offer = {i: left * columns[i].weight // total for i in active}
        low = [i for i in active if offer[i] < columns[i].widest_word]
        high = [i for i in active if offer[i] > columns[i].natural]
        clamped = low or high
        if not clamped:
            widths.update(offer)
            break
        for index in clamped:
            widths[index] = columns[index].widest_word if low else columns[index].natural
            active.remove(index)
    return [widths[i] for i in range(len(columns))]


def _fit(widths: list[int], available: int) -> list[int]:
    """Scale widths down (or the last up) so that they add up to `available`."""
    total = sum(widths)
    if total > available:
        widths = [width * available // total for width in widths]
    widths[-1] += available - sum(widths)
    return widths


def _twips(characters: int) -> int:
    return characters * CHAR_TWIPS + CELL_PADDING
