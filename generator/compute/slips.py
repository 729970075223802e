"""The typed cell behind a table's stated figures that differ (trials 43 and 45).

A secretary copies a table from a PDF and mistypes one cell: 80 870 for 80 780. Every
stated figure computed from it then differs: the total or a group's subtotal of its column,
and the figures a formula computes from it (trial 45: a subtotal, a group's "Period" cell
and the row's own, three errors that each advised to correct a figure that was right). The
rule, one for sums and formulas: a typed cell explains errors when the table, computed
again with that cell written otherwise, has none of them left and no new one.

* Two or more errors that one cell explains all (a single difference, so one cell off by
  it): each error names that cell, as typed and as meant (`Mismatch.slip`). When several
  cells would, the one among them with two neighbouring digits swapped is named, if one is.
* Else, per error, every cell with two neighbouring digits swapped that makes it right and
  no other figure wrong (`Mismatch.swaps`: 92 700 typed for 97 200).

Only a table under a formula or sums of amounts: never a count column (many rows count 1),
a table of rounded amounts, a difference rounding may explain or a single total checked
against the first of several columns. A table is computed again at most `_TRIES` times.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import NamedTuple

from generator.compute.stated import Mismatch, Slip
from generator.compute.tables import RowSpec, TableSpec, level
from generator.digit_swaps import is_digit_swap, is_swap_difference
from generator.formatting import COUNT, Kronor, magnitude
from generator.problems import Loc

_TRIES = 60
"""The most times a table is computed again to find the cell (a few for most errors)."""

Key = tuple[Loc, str]
"""A stated figure, as its mismatch names it: its place and level."""


class _Cell(NamedTuple):
    """A typed amount of a row without children: the rows' indices from the top, its column."""

    path: tuple[int, ...]
    key: str
    typed: Kronor
    where: str  # (as messages name it, with its column: "raden 'A', kolumnen 'B (kr)'")
    row: str  # (the row alone: "raden 'A'")


class _Figure(NamedTuple):
    """A stated figure: the rows' indices of its row (none for a total), its column."""

    path: tuple[int, ...]
    key: str


Recompute = Callable[[TableSpec], list[Mismatch]]


def explained(spec: TableSpec, found: list[Mismatch], recompute: Recompute) -> list[Mismatch]:
    """The table's mismatches, each with the typed cells that likelier are wrong."""
    if not found or spec.rounded:
        return found
    figures = _figures(spec)
    hinted = [m for m in found if _hinted(m) and (m.loc, m.level) in figures]
    if not hinted:
        return found
    before = {(m.loc, m.level) for m in found}
    tries = _Tries(spec, recompute)
    slip = _slip(spec, found, hinted, figures, tries)
    if slip is not None:
        return [m._replace(slip=slip, errors=len(found)) if m in hinted else m for m in found]
    return [m._replace(swaps=_swaps(spec, m, figures, before, tries)) if m in hinted else m
            for m in found]


def _hinted(mismatch: Mismatch) -> bool:
    """Whether a mismatch may name the cells behind it (not a count's, nor one whose likelier
    cause another hint names)."""
    return mismatch.unit != COUNT and not mismatch.may_be_rounded and not mismatch.per_column


class _Tries:
    """The table computed again with one cell written otherwise: the errors left, at most
    `_TRIES` times (None beyond)."""

    def __init__(self, spec: TableSpec, recompute: Recompute) -> None:
        self.spec, self.recompute, self.left = spec, recompute, _TRIES

    def errors(self, cell: _Cell, meant: Kronor) -> set[Key] | None:
        """The errors of the table with `cell` written `meant` (None: no tries left)."""
        if not self.left:
            return None
        self.left -= 1
        rows = _with_cell(self.spec.rows, cell.path, cell.key, meant)
        return {(m.loc, m.level) for m in self.recompute(replace(self.spec, rows=rows))}


def _slip(spec: TableSpec, found: list[Mismatch], hinted: list[Mismatch],
          figures: dict[Key, _Figure], tries: _Tries) -> Slip | None:
    """The one typed cell that explains two or more errors, all of one difference; among
    several, the one with two digits swapped, if one is."""
    sizes = {magnitude(m.difference) for m in found}
    if len(found) < 2 or len(hinted) < len(found) or len(sizes) != 1:
        return None
    size = sizes.pop()
    places = [figures[(m.loc, m.level)] for m in found]
    cells = [cell for cell in _cells(spec) if all(_may_change(cell, f, spec) for f in places)]
    slips = []
    for cell in cells:
        for meant in (cell.typed - size, cell.typed + size):
            left = tries.errors(cell, meant)
            if left is None:
                return None
            if not left:
                slips.append(Slip(cell.where, cell.typed, meant))
    swapped = [slip for slip in slips if is_digit_swap(slip.typed, slip.meant)]
    return slips[0] if len(slips) == 1 else swapped[0] if len(swapped) == 1 else None


def _swaps(spec: TableSpec, mismatch: Mismatch, figures: dict[Key, _Figure],
           before: set[Key], tries: _Tries) -> tuple[Slip, ...]:
    """The typed cells with two digits swapped that make this figure right and no other one
    wrong (named by row alone in the figure's column)."""
    if not is_swap_difference(mismatch.difference):
        return ()
    key = (mismatch.loc, mismatch.level)
    figure = figures[key]
    found = []
    for cell in _cells(spec):
        if not _may_change(cell, figure, spec):
            continue
        for meant in (cell.typed - mismatch.difference, cell.typed + mismatch.difference):
            if not is_digit_swap(cell.typed, meant):
                continue
            left = tries.errors(cell, meant)
            if left is not None and key not in left and left <= before:
                where = cell.row if cell.key == figure.key else cell.where
                found.append(Slip(where, cell.typed, meant))
    return tuple(found)


def _may_change(cell: _Cell, figure: _Figure, spec: TableSpec) -> bool:
    """Whether a typed cell may go into a stated figure: the figure's row or one above it, in
    its column or one its formula may read (every column, for a derived one)."""
    if cell.path[:len(figure.path)] != figure.path:
        return False
    return cell.key == figure.key or any(c.key == figure.key and c.formula for c in spec.columns)


def _cells(spec: TableSpec) -> Iterator[_Cell]:
    """Every typed amount of a row without children, in an amount column without formula."""
    keys = [c for c in spec.amount_columns if not c.formula]
    for path, row in _rows(spec.rows, ()):
        if not row.children:
            yield from (_Cell(path, c.key, row.stated[c.key], level(spec, row.name, c), row.name)
                        for c in keys if c.key in row.stated)


def _figures(spec: TableSpec) -> dict[Key, _Figure]:
    """Every stated figure that a mismatch may be about, by its place and level."""
    columns = {c.key: c for c in spec.figure_columns}
    figures = {(spec.stated_total_locs.get(key, spec.loc), level(spec, spec.name, columns[key])):
               _Figure((), key) for key in spec.stated_total if key in columns}
    for path, row in _rows(spec.rows, ()):
        figures |= {(row.stated_locs.get(key, row.loc), level(spec, row.name, columns[key])):
                    _Figure(path, key) for key in row.stated if key in columns}
    return figures


def _rows(rows: Sequence[RowSpec], path: tuple[int, ...]
          ) -> Iterator[tuple[tuple[int, ...], RowSpec]]:
    """Every row with the indices that lead to it, and its descendants."""
    for index, row in enumerate(rows):
        yield (*path, index), row
        yield from _rows(row.children, (*path, index))


def _with_cell(rows: tuple[RowSpec, ...], path: tuple[int, ...], key: str,
               amount: Kronor) -> tuple[RowSpec, ...]:
    """The rows with one typed cell written otherwise."""
    index, rest = path[0], path[1:]
    row = rows[index]
    row = row._replace(children=_with_cell(row.children, rest, key, amount)) if rest else \
        row._replace(stated={**row.stated, key: amount})
    return (*rows[:index], row, *rows[index + 1:])
