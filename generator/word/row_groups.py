"""Groups of rows in a data table, read from its Markdown: label rows and the rows inside.

A group with a subtotal is printed (see `render.tables`) as a label row, whose first cell
is bold and every other cell empty, then its rows, then the bold subtotal row: the next
row whose first cell is bold and some other cell is not. Groups may hold groups. In Word a
label row is kept with the row after it (`w:keepNext`), so that it never ends a page alone,
and so is a group's last row with the subtotal after it, so that no subtotal starts a page
without the rows it adds up; the first cell of each row inside a group is indented one step
for each group it is in, as `beslut visa` indents it. A label row without a subtotal row
after it is a heading without a subtotal (`delsumma: nej`, which stands at the top of its
table and holds no group): it is kept with the next row, and its group is the rows after it
up to the next row whose first cell is bold (a label, subtotal or total row). A group short
enough is kept on one page whole (see `keeps`).

A group without a label of its own (`mottagare: ""`, "Summa kommuner" inside a län) prints
no label row: only its subtotal row shows it. So where the rows after a label row, up to
the next label row, hold more subtotal rows than there are groups open, the first ones
close such groups inside the label's group: the first begins right after the label row,
each next one right after the subtotal row before it (the län's kommuner two steps in,
"Summa kommuner" and the landsting one step, "Totalt länet" none). The table's last row is
not counted there: it may be the table's total, which closes no group; it closes the
innermost group still open, if any (a table without `totalt`). The Markdown cannot tell a
group without a label that holds a labelled one, or rows of its own before the group it
closes: those are read as inside.
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


class RowGroup(NamedTuple):
    """A group's rows by number: from `top` (its label row, or its first row where it has
    no label) to `last` (its subtotal row, or a heading's last row)."""

    top: int
    last: int


_PLAIN = RowPlace()


def row_places(rows: Sequence[Sequence[Sequence[Span]]]) -> list[RowPlace]:
    """The place of each body row; `rows` holds each row's cells, each cell's spans."""
    return read_groups(rows)[0]


def read_groups(rows: Sequence[Sequence[Sequence[Span]]]
                ) -> tuple[list[RowPlace], list[RowGroup]]:
    """The place of each body row (as `row_places`) and the groups, each group inside
    another before it, and the headings after them."""
    kinds = [_kind(cells) for cells in rows]
    if _LABEL not in kinds:
        return [_PLAIN] * len(rows), []
    steps = [0] * (len(rows) + 1)  # +1 where a group's rows start, -1 after they end
    kept = {number for number, kind in enumerate(kinds) if kind is _LABEL}
    groups, headings = _groups(kinds)
    found = []
    for first, subtotal, labelled in groups:
        steps[first] += 1
        steps[subtotal] -= 1
        kept.add(subtotal - 1)
        found.append(RowGroup(first - 1 if labelled else first, subtotal))
    bold = [number for number, kind in enumerate(kinds) if kind is not None]
    for label in headings:  # (a heading's rows: up to the next bold row)
        end = next((i for i in bold if i > label), len(rows))
        steps[label + 1] += 1
        steps[end] -= 1
        found.append(RowGroup(label, end - 1))
    places = []
    depth = 0
    for number in range(len(rows)):
        depth += steps[number]
        places.append(RowPlace(number in kept, depth))
    return places, found


_LABEL = "label"
_SUBTOTAL = "subtotal"


def _kind(cells: Sequence[Sequence[Span]]) -> str | None:
    """A label row (first cell bold, the others empty), a subtotal row (first cell bold,
    another showing text), or neither (None)."""
    if not cells or not _bold_first(cells[0]):
        return None
    if any(map(_shows, cells[1:])):
        return _SUBTOTAL
    return _LABEL if len(cells) > 1 else None


def _groups(kinds: Sequence[str | None]) -> tuple[list[tuple[int, int, bool]], list[int]]:
    """Each group's first row after its label (if any), its subtotal row and whether it has a
    label row, by the rows' kinds (see the module), and the label rows of the headings that
    no subtotal closes. The table's last row, which may
    be the total, closes no heading: a label it would close with bold rows between the two,
    in a table with headings, is a heading too."""
    groups = []
    open_labels: list[int] = []  # the label row of each labelled group still open
    unlabelled = 0  # subtotal rows ahead that close groups without a label
    start = 0  # the first row of the next group without a label
    closed_by_last = -1  # the label the last row closed, if it closed one
    for number, kind in enumerate(kinds):
        if kind is _LABEL:
            open_labels.append(number)
            start = number + 1
            unlabelled = max(0, _subtotals_ahead(kinds, start) - len(open_labels))
        elif kind is _SUBTOTAL and unlabelled:
            groups.append((start, number, False))
            start = number + 1
            unlabelled -= 1
        elif kind is _SUBTOTAL and open_labels:
            label = open_labels.pop()
            groups.append((label + 1, number, True))
            closed_by_last = label if number == len(kinds) - 1 else -1
    if open_labels and closed_by_last >= 0 and any(
            kind is not None for kind in kinds[closed_by_last + 1:-1]):
        groups.pop()
        open_labels.append(closed_by_last)
    return groups, sorted(open_labels)


def _subtotals_ahead(kinds: Sequence[str | None], start: int) -> int:
    """The subtotal rows from `start` to the next label row, the table's last row aside."""
    count = 0
    for kind in kinds[start:-1]:
        if kind is _LABEL:
            break
        count += kind is _SUBTOTAL
    return count


def _bold_first(cell: Sequence[Span]) -> bool:
    """Whether a cell begins with bold text."""
    return bool(cell) and cell[0].bold and bool(cell[0].text.strip())


def _shows(cell: Sequence[Span]) -> bool:
    """Whether a cell shows any text."""
    return any(span.text.strip() for span in cell)
