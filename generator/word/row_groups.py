"""Groups of rows in a data table, read from its Markdown: label rows and the rows inside.

A group with a subtotal is printed (see `render.tables`) as a label row, whose first cell
is bold and every other cell empty, then its rows, then the bold subtotal row: the next
row whose first cell is bold and some other cell is not. Groups may hold groups. In Word a
label row is kept with the row after it (`w:keepNext`), so that it never ends a page alone,
and so is a group's last row with the subtotal after it, so that no subtotal starts a page
without the rows it adds up; the first cell of each row inside a group is indented one step
for each group it is in, as `beslut visa` indents it. A label row without a subtotal row
after it is still kept with the next row, but opens no group: no row is indented because
of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from generator.word.span import Span

INDENT_CHARACTERS = 2  # characters of indent per group a row is in (as in `beslut visa`)


class RowPlace(NamedTuple):
    """Where a body row stands among the groups: whether it is kept with the next row (a
    group's label row or last row), and how deep it is."""

    keep_next: bool = False
    depth: int = 0


_PLAIN = RowPlace()


def row_places(rows: Sequence[Sequence[Sequence[Span]]]) -> list[RowPlace]:
    """The place of each body row; `rows` holds each row's cells, each cell's spans."""
    open_labels: list[int] = []
    steps = [0] * (len(rows) + 1)  # +1 where a group's rows start, -1 after they end
    kept = []
    for number, cells in enumerate(rows):
        if not cells or not _bold_first(cells[0]):
            continue
        if not any(map(_shows, cells[1:])):
            if len(cells) > 1:
                open_labels.append(number)
                kept.append(number)
        elif open_labels:  # the subtotal row closes the latest group
            steps[open_labels.pop() + 1] += 1
            steps[number] -= 1
            kept.append(number - 1)
    if not kept:
        return [_PLAIN] * len(rows)
    places = []
    depth = 0
    kept_set = frozenset(kept)
    for number in range(len(rows)):
        depth += steps[number]
        places.append(RowPlace(number in kept_set, depth))
    return places


def _bold_first(cell: Sequence[Span]) -> bool:
    """Whether a cell begins with bold text."""
    return bool(cell) and cell[0].bold and bool(cell[0].text.strip())


def _shows(cell: Sequence[Span]) -> bool:
    """Whether a cell shows any text."""
    return any(span.text.strip() for span in cell)
