"""Groups of rows in a data table, read from its Markdown: for a table that no computed
table's groups match (see `table_groups`), one a template of the user's own prints.

A label row is a row whose first cell is bold and every other cell empty; a group's subtotal
row is the next row whose first cell is bold and some other cell is not. A label row without
a subtotal row after it is a heading without a subtotal (`delsumma: nej`, which stands at the
top of its table and holds no group): its group is the rows after it up to the next row whose
first cell is bold (a label, subtotal or total row).

A group without a label of its own (`mottagare: ""`, "Summa kommuner" inside a län) prints
no label row: only its subtotal row shows it. So where the rows after a label row, up to
the next label row, hold more subtotal rows than there are groups open, the first ones
close such groups inside the label's group: the first begins right after the label row,
each next one right after the subtotal row before it (the län's kommuner two steps in,
"Summa kommuner" and the landsting one step, "Totalt länet" none). The table's last row is
not counted there: it may be the table's total, which closes no group; it closes the
innermost group still open, if any (a table without `totalt`). The Markdown cannot tell a
group without a label that holds a labelled one, or rows of its own before the group it
closes: those are read as inside; nor one heading before a group with a subtotal from a
group holding that group, closed by the table's total: it is read as the latter.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.table_shape import RowGroup
from generator.word.span import Span
from generator.word.table_groups import RowPlace, place_rows


def row_places(rows: Sequence[Sequence[Sequence[Span]]]) -> list[RowPlace]:
    """The place of each body row (see `table_groups`); `rows` holds each row's cells, each
    cell's spans."""
    return place_rows(len(rows), read_groups(rows))


def read_groups(rows: Sequence[Sequence[Sequence[Span]]]) -> list[RowGroup]:
    """The groups of the body rows, each group inside another before it, and the headings
    after them."""
    kinds = [_kind(cells) for cells in rows]
    if _LABEL not in kinds:
        return []
    found, headings = _groups(kinds)
    bold = [number for number, kind in enumerate(kinds) if kind is not None]
    for label in headings:  # (a heading's rows: up to the next bold row)
        end = next((i for i in bold if i > label), len(rows))
        found.append(RowGroup(label, end - 1, summed=False))
    return found


_LABEL = "label"
_SUBTOTAL = "subtotal"


def label_row(cells: Sequence[Sequence[Span]]) -> bool:
    """Whether a row (each cell's spans) is a label row: its first cell bold, every other
    cell empty, and more than one cell."""
    return _kind(cells) is _LABEL


def sum_row(cells: Sequence[Sequence[Span]]) -> bool:
    """Whether a row (each cell's spans) is a subtotal or total row: its first cell bold,
    another showing text."""
    return _kind(cells) is _SUBTOTAL


def _kind(cells: Sequence[Sequence[Span]]) -> str | None:
    """A label row (first cell bold, the others empty), a subtotal row (first cell bold,
    another showing text), or neither (None)."""
    if not cells or not _bold_first(cells[0]):
        return None
    if any(map(_shows, cells[1:])):
        return _SUBTOTAL
    return _LABEL if len(cells) > 1 else None


def _groups(kinds: Sequence[str | None]) -> tuple[list[RowGroup], list[int]]:
    """The groups with a subtotal, by the rows' kinds (see the module), and the label rows of
    the headings that no subtotal closes. The table's last row, which may be the total,
    closes no heading: a label it would close with bold rows between the two, in a table
    with headings, is a heading too."""
    groups: list[RowGroup] = []
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
            groups.append(RowGroup(start, number, labelled=False))
            start = number + 1
            unlabelled -= 1
        elif kind is _SUBTOTAL and open_labels:
            label = open_labels.pop()
            groups.append(RowGroup(label, number))
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
