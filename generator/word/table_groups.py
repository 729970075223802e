"""Groups of rows in a data table, and where they put each row in Word.

A group with a subtotal is printed (see `render.tables`) as a label row, then its rows, then
its subtotal row; a group without a label of its own (`mottagare: ""`, "Summa kommuner")
prints no label row, and a heading without a subtotal (`delsumma: nej`) no subtotal row.
Groups may hold groups. In Word a label row is kept with the row after it (`w:keepNext`), so
that it never ends a page alone, and so is a group's last row with the subtotal after it, so
that no subtotal starts a page without the rows it adds up; the first cell of each row inside
a group (after its label row, before its subtotal row) is indented one step for each group it
is in, as `beslut visa` indents it: the cell of the column where the label row has its text,
where that is not the first (a column of codes before it: `table_shape.indented_column`). A
group short enough is kept on one page whole (see `keeps`).

The computed table knows its groups (`render.tables` records them as it lays the rows out, as
`table_shape.RowGroup`); the document passes them to the Word writer with the table's first
column (`table_shape.TableGroups`),
by which the writer knows the Markdown table they belong to (`KnownTables`). A table no
structure matches, one a template of the user's own prints otherwise, has its groups read
from its Markdown instead (see `row_groups`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from generator.table_shape import ColumnGroup, RowGroup, TableGroups

if TYPE_CHECKING:
    import xml.etree.ElementTree as etree

INDENT_CHARACTERS = 2  # characters of indent per group a row is in (as in `beslut visa`)


class RowPlace(NamedTuple):
    """Where a body row stands among the groups: whether it is kept with the next row (a
    group's label row or last row), and how deep it is."""

    keep_next: bool = False
    depth: int = 0


_PLAIN = RowPlace()


def place_rows(count: int, groups: Sequence[RowGroup]) -> list[RowPlace]:
    """The place of each of `count` body rows among `groups` (see the module)."""
    if not groups:
        return [_PLAIN] * count
    steps = [0] * (count + 1)  # +1 where a group's rows start, -1 after they end
    kept = set()
    for top, last, labelled, summed in groups:
        steps[top + 1 if labelled else top] += 1  # (a label row or a subtotal row is no
        steps[last if summed else last + 1] -= 1  # row inside its own group)
        if labelled:
            kept.add(top)
        if summed:
            kept.add(last - 1)
    places = []
    depth = 0
    for number in range(count):
        depth += steps[number]
        places.append(RowPlace(number in kept, depth))
    return places


KnownShape = tuple[tuple[RowGroup, ...], tuple[ColumnGroup, ...], tuple[int, ...]]
"""What the writer knows of a printed table's shape: its groups of rows and of columns, and
its marked body rows by number (`table_shape.TableGroups` without its first column)."""


class KnownTables:
    """The groups of the tables a document prints, found by a Markdown table's row count and
    the exact text of its first column, row by row (white space aside). Of tables printed
    alike with other groups, a table is the one printed in its place (the n-th of them in the
    document is the n-th printed, see `place`) where that one fits its header and bold rows,
    else the one that alone fits them; failing both it is known by none: a table is never
    given another's groups (trial 93, F7: two tables whose one row is "0–12 år" lost the
    first one's column groups)."""

    def __init__(self, tables: Iterable[TableGroups] = ()) -> None:
        self._by_count: dict[int, list[TableGroups]] = {}
        for table in tables:
            self._by_count.setdefault(len(table[0]), []).append(table)
        self._order: Sequence[etree.Element] = ()

    def place(self, tables: Sequence[etree.Element]) -> None:
        """Tell the Markdown tables the document writes, in order (see the class)."""
        self._order = tables

    def groups(self, rows: Sequence[Sequence[etree.Element]]) -> tuple[RowGroup, ...] | None:
        """The groups of the table whose body rows (each its cells) are `rows`, or None when
        no table printed is that one, or more than one with other groups."""
        shape = self.shape(rows)
        return None if shape is None else shape[0]

    def shape(self, rows: Sequence[Sequence[etree.Element]],
              header: Sequence[etree.Element] = (),
              element: etree.Element | None = None) -> KnownShape | None:
        """The groups of rows and of columns and the marked rows of the table `element`,
        whose body rows (each its cells) are `rows` under `header`, or None when no table
        printed is that one, or it cannot be told which of several (see the class)."""
        tables = self._by_count.get(len(rows))
        if not tables:  # (no table of as many rows: no text read)
            return None
        texts = _first_texts(rows)
        found = [(groups, columns, marked) for printed, groups, columns, marked in tables
                 if _same(texts, printed)]
        if len(set(found)) > 1 and element is not None:
            found = self._placed(element, texts, found, rows, header)
        distinct = set(found)
        return distinct.pop() if len(distinct) == 1 else None

    def _placed(self, element: etree.Element, texts: tuple[str, ...],
                found: list[KnownShape], rows: Sequence[Sequence[etree.Element]],
                header: Sequence[etree.Element]) -> list[KnownShape]:
        """Of the tables `found` printed alike with the first column `texts`, the one
        `element` is (see the class)."""
        fitting = [shape for shape in found if _fits(shape, rows, header)]
        before = 0
        for other in self._order:
            if other is element:
                placed = found[before] if before < len(found) else None
                return [placed] if placed in fitting else fitting
            body = [list(row) for row in other.iter("tr")][1:]
            before += len(body) == len(texts) and _same(_first_texts(body), texts)
        return fitting


def _fits(shape: KnownShape, rows: Sequence[Sequence[etree.Element]],
          header: Sequence[etree.Element]) -> bool:
    """Whether a table's Markdown could print `shape`: each group of columns's heading first
    in its columns' headers, and each marked row's first cell bold."""
    _, columns, marked = shape
    return all(group.last < len(header) and all(
        (cell.text or "").startswith(f"{group.heading} ")
        for cell in header[group.first:group.last + 1]) for group in columns) and all(
        rows[number] and rows[number][0].find("strong") is not None for number in marked)


def _first_texts(rows: Sequence[Sequence[etree.Element]]) -> tuple[str, ...]:
    """The text of each row's first cell."""
    return tuple([_text(cells[0]) if cells else "" for cells in rows])


def _same(texts: tuple[str, ...], printed: tuple[str, ...]) -> bool:
    """Whether a Markdown table's first column, `texts`, reads as `printed`, row by row."""
    return texts == printed or all(  # (most tables: the same texts, compared in one go)
        text == other or _plain(text) == _plain(other)
        for text, other in zip(texts, printed, strict=True))


def _text(cell: etree.Element) -> str:
    """The text of a cell, its formatting aside (most first cells have none)."""
    return "".join(cell.itertext()) if len(cell) else cell.text or ""


def _plain(text: str) -> str:
    """Text with its white space as single spaces, none at the ends."""
    return " ".join(text.split())
