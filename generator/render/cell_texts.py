"""Text cells of a table that name figures: "{{ belopp.kajplats_per_meter }} per längdmeter".

A taxa's text column often repeats an amount of the decision ("Tillägg: 10 kr per
längdmeter"). Typed again, it may differ from the att-sats unseen; named, it follows it. A
text cell is therefore filled in as a text is, with the same names, filters and checks (an
unknown name is an error with what was meant, at the cell), and printed with the figure
(trial 85, F1: it was printed as written, braces and all, without a word). An amount cell
takes a reference of its own kind (`compute.cell_refs`): one figure alone, summed.

The cells are filled once the figures are computed, in the tables every later stage reads
(the document, the checks, `beslut visa`), and in the figures text names, so that a text
naming such a cell (`{{ tabeller.dygn.rader[1].tillagg }}`) prints it filled in too; a table
without such a cell is kept as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from generator.compute.computed import Computed
from generator.compute.tables import RowResult
from generator.render.prose_fields import TextRenderer


def filled_cells(computed: Computed, text: TextRenderer, figures: dict[str, Any]) -> Computed:
    """computed with every text cell of its general tables that names a figure filled in;
    the rows of `figures` (as text names them, `prose_figures`) get the filled cells too."""
    if not any(_names_figures(table.rows) for table in computed.tables.values()):
        return computed
    tables = dict(computed.tables)
    for name, table in computed.tables.items():
        if _names_figures(table.rows):
            tables[name] = table._replace(rows=_filled_rows(table.rows, text))
            named = figures.get("tabeller", {}).get(name, {})
            _refill(named.get("rader", []), tables[name].rows)
    return computed._replace(tables=tables)


def _refill(named: Sequence[Any], rows: tuple[RowResult, ...]) -> None:
    """Put the filled text cells of rows into the rows' figures as text names them (the
    same rows, in the same order, `prose_figures._rows`)."""
    for figures, row in zip(named, rows, strict=False):
        if isinstance(figures, dict):
            figures.update(row.spec.texts)
            _refill(figures.get("rader", []), row.children)


def _names_figures(rows: tuple[RowResult, ...]) -> bool:
    """Whether a text cell of the rows, or of the rows under them, has `{{` in it."""
    return any(any("{{" in value for value in row.spec.texts.values())
               or _names_figures(row.children) for row in rows)


def _filled_rows(rows: tuple[RowResult, ...], text: TextRenderer) -> tuple[RowResult, ...]:
    """The rows with their text cells, and their children's, filled in."""
    return tuple(row._replace(spec=row.spec._replace(texts=_filled(row, text)),
                              children=_filled_rows(row.children, text))
                 for row in rows)


def _filled(row: RowResult, text: TextRenderer) -> Mapping[str, str]:
    """A row's text cells, those that name a figure filled in (errors recorded by `text`)."""
    texts = row.spec.texts
    if not any("{{" in value for value in texts.values()):
        return texts
    return {key: text.cell(value, (*row.spec.loc, key)) if "{{" in value else value
            for key, value in texts.items()}
