"""Groups of rows in a data table, read from its Markdown: label rows and the rows inside.

A group with a subtotal is printed (see `render.tables`) as a label row, whose first cell
is bold and every other cell empty, then its rows, then the bold subtotal row: the next
row whose first cell is bold and some other cell is not. Groups may hold groups. In Word a
label row is kept with the row after it (`w:keepNext`), so that it never ends a page alone,
and so is a group's last row with the subtotal after it, so that no subtotal starts a page
without the rows it adds up; the first cell of each row inside a group is indented one step
for each group it is in, as `beslut visa` indents it. A label row that no subtotal row
closes is a heading without a subtotal (`delsumma: nej`, which stands at the top of its
table and holds no group): it is kept with the next row, and its group is the rows after
it up to the next row whose first cell is bold (a label, subtotal or total row).
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
    bold = [i for i, cells in enumerate(rows) if cells and _bold_first(cells[0])]
    pairs, headings = _groups(rows, bold)
    steps = [0] * (len(rows) + 1)  # +1 where a group's rows start, -1 after they end
    kept = [label for label, _ in pairs] + headings
    for label, closing in pairs:
        steps[label + 1] += 1
        steps[closing] -= 1
        kept.append(closing - 1)
    for label in headings:  # (a heading's rows: up to the next bold row)
        steps[label + 1] += 1
        steps[next((i for i in bold if i > label), len(rows))] -= 1
    if not kept:
        return [_PLAIN] * len(rows)
    places = []
    depth = 0
    kept_set = frozenset(kept)
    for number in range(len(rows)):
        depth += steps[number]
        places.append(RowPlace(number in kept_set, depth))
    return places


def _groups(rows: Sequence[Sequence[Sequence[Span]]],
            bold: Sequence[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """The groups closed by a subtotal row (label row, subtotal row), each subtotal closing
    the latest open label, and the headings that none closes. The last row, which may be
    the total, closes no heading: a label with bold rows between it and the last row, in a
    table with headings, is a heading too (a heading holds no group, a group with a subtotal
    may)."""
    open_labels: list[int] = []
    pairs = []
    for number in bold:
        cells = rows[number]
        if not any(map(_shows, cells[1:])):
            if len(cells) > 1:
                open_labels.append(number)
        elif open_labels:  # the subtotal row closes the latest group
            pairs.append((open_labels.pop(), number))
    if open_labels and pairs and pairs[-1][1] == len(rows) - 1 \
            and any(pairs[-1][0] < i < len(rows) - 1 for i in bold):
        open_labels.append(pairs.pop()[0])
    return pairs, sorted(open_labels)


def _bold_first(cell: Sequence[Span]) -> bool:
    """Whether a cell begins with bold text."""
    return bool(cell) and cell[0].bold and bool(cell[0].text.strip())


def _shows(cell: Sequence[Span]) -> bool:
    """Whether a cell shows any text."""
    return any(span.text.strip() for span in cell)
