"""The shape of a printed data table that the Word writer needs and the Markdown cannot say:
its groups of rows, and its groups of columns under a heading of their own. `render.tables`
records them as it lays a table's rows out; the Word writer indents and keeps the rows by
them (see `word.table_groups`) and sets the columns' headings over them (`word.column_groups`).
Here, between the two stages, so that neither imports the other for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple


class RowGroup(NamedTuple):
    """A group's body rows by number (from 0): from `top` (its label row, or its first row
    where it has no label: `labelled` False) to `last` (its subtotal row, or its last row
    where it has no subtotal: `summed` False, a heading with `delsumma: nej`)."""

    top: int
    last: int
    labelled: bool = True
    summed: bool = True


class ColumnGroup(NamedTuple):
    """Columns side by side, from `first` to `last` (by their numbers, from 0), under
    `heading` (`kolumngrupper`): the Markdown has it first in each of their headers."""

    heading: str
    first: int
    last: int


TableGroups = tuple[tuple[str, ...], tuple[RowGroup, ...], tuple[ColumnGroup, ...],
                    tuple[int, ...]]
"""A data table the document prints, as the Word writer knows it: the text of each body row's
first cell as the Markdown shows it (label, text and note: "varav ap.1 Psykisk hälsa"), the
table's groups of rows, its groups of columns and the numbers (from 0) of its marked body
rows (`markerad`), which Word shades. (A tuple, not a named tuple: one class less to make at
start-up.)"""


def indented_column(groups: Sequence[RowGroup], filled: Callable[[int], Sequence[bool]],
                    default: int = 0) -> int:
    """The column whose cells a table indents under their group: the one where the first
    group's label row has its text (trial 69, F4: "Övriga sammanträden" beside a column of
    lönearter, whose codes stayed put), else `default`. `filled` tells, for a body row's
    number, which of its cells hold text."""
    label = next((group.top for group in groups if group.labelled), None)
    if label is None:
        return default
    return next((index for index, full in enumerate(filled(label)) if full), default)
