"""One error at each column a formula multiplies by that rows stating the formula's figure
leave empty (trial 52, F3: `antal * andel * belopp.riksdagsarvode` with Antal empty on 29
rows): such a row's figure cannot be computed, so the figure it states is shown as typed,
unchecked, and the columns computed from it compute from it (no error there for this one
empty cell). A stated 0 is no error: nothing times an empty factor is what the source says
("0 kr/månad" where the rule has no percentage, trial 52, F1)."""

from __future__ import annotations

from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    formula_text,
    lacking,
    leaves,
)
from generator.problems import Finding

_NAMED = 3
"""The most rows a message names before it counts the others (all of four or fewer)."""


def factor_findings(result: TableResult) -> list[Finding]:
    """Per derived column and column its formula lacks on rows that state a figure other
    than 0, one error at the lacking column naming how many rows and the first of them."""
    spec = result.spec
    places = {column.key: index for index, column in enumerate(spec.columns)}
    findings: list[Finding] = []
    for column in (c for c in spec.amount_columns if c.multiplies):
        rows: dict[str, list[str]] = {}
        for row in leaves(result.rows):
            key = _unchecked(column, row)
            if key:
                rows.setdefault(key, []).append(row.spec.name)
        findings += [Finding((*spec.loc, "kolumner", places[key]),
                             _message(result, column, spec.columns[places[key]], names))
                     for key, names in rows.items()]
    return findings


def _unchecked(column: ColumnSpec, row: RowResult) -> str:
    """The column the row lacks for every term of `column`'s formula, where it states a
    figure other than 0 there ('' where it states none or the formula computes it)."""
    if not row.spec.stated.get(column.key):
        return ""
    lacks = [lacking(term, row.spec, row.amounts) for term in column.formula]
    return lacks[0] if all(lacks) else ""


def _message(result: TableResult, column: ColumnSpec, empty: ColumnSpec,
             names: list[str]) -> str:
    """Which rows state a figure the formula cannot compute, and what to write."""
    figure = "tal" if empty.number or empty.counted else "belopp"
    lack = (f"i kolumnen '{column.header}' men har inget {figure} i kolumnen '{empty.header}', "
            f"som formeln räknar med ({formula_text(column, result.spec)}), så")
    if len(names) == 1:
        return (f"{names[0]} anger ett belopp {lack} beloppet kan inte räknas ut eller "
                f"kontrolleras; skriv radens {figure} i cellen")
    rows = ", ".join(names[:-1]) + f" och {names[-1]}" if len(names) <= _NAMED + 1 else \
        ", ".join(names[:_NAMED]) + f" och {len(names) - _NAMED} rader till"
    return (f"{len(names)} rader anger belopp {lack} beloppen kan inte räknas ut eller "
            f"kontrolleras: {rows}; skriv radens {figure} i kolumnen '{empty.header}' på "
            "varje rad")
