"""A data table's group headings that span its width in Word.

A group's label row that holds only its heading (a `delsumma` group's label, a `delsumma:
nej` heading, a heading written `rader: []`) is printed in Word as one cell merged across
every column (`w:gridSpan`), as Swedish allocation tables set such a heading: a long heading
is then not wrapped inside the narrow name column. Only a label row counts whose first cell
holds bold text and every other cell nothing: a figure beside it, or a text in a second
column ("1.1" and "ORGANISATION" in a delegationsordning), keeps the row's cells; a total
row is no label row. The Markdown, whose tables cannot merge cells, prints the row as before.

The heading is measured by no column: the widths are worked out as if its row were empty
(`unmeasured`), and it wraps, if it must, over the table's whole width.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.table_shape import RowGroup
from generator.word.row_groups import label_row
from generator.word.span import Span
from generator.word.table_groups import RowPlace

_NONE: frozenset[int] = frozenset()


def spanning_rows(spans: Sequence[Sequence[list[Span]]],
                  groups: Sequence[RowGroup]) -> frozenset[int]:
    """The rows (by their numbers in the table, the header row 0) that span the table:
    the label rows of `groups` (by body row) that hold a heading alone (see the module;
    `row_groups.label_row`). `spans` holds each row's cells' spans."""
    found = [group.top + 1 for group in groups
             if group.labelled and label_row(spans[group.top + 1])]
    return frozenset(found) if found else _NONE


def unmeasured(spans: list[list[list[Span]]], places: list[RowPlace],
               spanning: frozenset[int]) -> tuple[list[list[list[Span]]], list[RowPlace]]:
    """The table's cells' `spans` and rows' `places` as the widths see them: each of the
    `spanning` rows as an empty row, not indented (its heading widens no column)."""
    spans, places = list(spans), list(places)
    for number in spanning:
        spans[number] = [[] for _ in spans[number]]
        places[number] = places[number]._replace(depth=0)
    return spans, places
