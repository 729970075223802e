"""What the Word writer is told of the data tables a document prints: each table's groups of
rows (see `views.Table`) and of columns (`views.Column.group`) and its marked rows
(`views.TableRow.marked`), known by the text of its first column as the table partial prints
it.

The Markdown stays the one source of the wording: the Word writer gives a table the groups
of the table whose first column reads exactly as the Markdown table's, row for row (see
`word.table_groups`). A template of the user's own that prints a table otherwise matches
none, and Word reads that table's groups from its Markdown as before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.render import views
from generator.table_shape import ColumnGroup, TableGroups

_EMPTY = views.Cell()  # (the first cell of a row without cells)


def table_groups(sections: Sequence[views.SectionView]) -> tuple[TableGroups, ...]:
    """Each table of the sections whose first column is text, with its groups and its
    marked rows."""
    return tuple((first, table.groups, column_groups(table.columns), marked_rows(table))
                 for table in _tables(sections) if (first := first_column(table)) is not None)


def marked_rows(table: views.Table) -> tuple[int, ...]:
    """The numbers (from 0) of the table's marked rows (`markerad`)."""
    return tuple(number for number, row in enumerate(table.rows) if row.marked)


def column_groups(columns: Sequence[views.Column]) -> tuple[ColumnGroup, ...]:
    """The runs of columns side by side with the same group heading, each under it."""
    groups: list[ColumnGroup] = []
    for index, column in enumerate(columns):
        if not column.group:
            continue
        if groups and groups[-1].heading == column.group and groups[-1].last == index - 1:
            groups[-1] = groups[-1]._replace(last=index)
        else:
            groups.append(ColumnGroup(column.group, index, index))
    return tuple(groups)


def first_column(table: views.Table) -> tuple[str, ...] | None:
    """The text of each row's first cell as the table partial prints it, Markdown aside: its
    label, its text (its lines joined by `<br>`) and its note ("varav ap.1 Psykisk hälsa",
    "Revision: ny nämnd"). None
    where a first cell shows an amount or a number, which a filter writes."""
    texts = []
    for row in table.rows:
        cell = row.cells[0] if row.cells else _EMPTY
        if cell.amount is not None or cell.number is not None:
            return None
        text = cell.text.replace("\n", "<br>") if "\n" in cell.text else cell.text
        text = f"{cell.label} {text}" if cell.label else text
        texts.append(f"{text}: {cell.note}" if cell.note else text)
    return tuple(texts)


def _tables(sections: Sequence[views.SectionView]) -> Iterator[views.Table]:
    """The tables of the sections and their own, in order."""
    for section in sections:
        yield from (block for block in section.blocks if isinstance(block, views.Table))
        yield from _tables(section.children)
