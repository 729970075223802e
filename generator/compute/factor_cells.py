"""One warning for each column a formula multiplies by that rows stating the formula's figure leave
empty, at the first such row's figure (trial 52, F3: `antal * andel * belopp.riksdagsarvode`
with Antal empty on 29 rows; trial 84, F10: at the row, where `fast_belopp: ja` goes, not at the
column's definition): such a row's figure cannot be computed, so the figure it states is shown
as typed, unchecked, and the columns computed from it compute from it (no error there for this
one empty cell). It is a warning, not an error (trial 69, F2): an arvodesbilaga's "Resor egen
bil 29" beside rows of "andel × riksdagsarvode" is a fixed amount, and a row marked so
(`fast_belopp: ja`) is not warned about; a row marked so whose every figure the formulas compute
gets a warning that the mark does nothing. A stated 0 is no warning: nothing times an empty
factor is what the source says ("0 kr/månad" where the rule has no percentage, trial 52, F1)."""

from __future__ import annotations

from generator.compute.tables import (
    ColumnSpec,
    RowResult,
    TableResult,
    formula_text,
    lacking,
    leaves,
)
from generator.problems import Finding, Loc

_NAMED = 3
"""The most rows a message names before it counts the others (all of four or fewer)."""
FIXED_KEY = "fast_belopp"


def factor_findings(result: TableResult) -> list[Finding]:
    """Per derived column and column its formula lacks on rows that state a figure other
    than 0 and are not marked fixed, one warning naming how many rows and the first of them,
    at the first row's figure, where 'fast_belopp: ja' would go (trial 84, F10: not at the
    lacking column's definition); and one at each row marked fixed that types no figure in
    a column with a formula."""
    spec = result.spec
    places = {column.key: index for index, column in enumerate(spec.columns)}
    findings: list[Finding] = []
    marks_used: set[Loc] = set()
    for column in (c for c in spec.amount_columns if c.multiplies):
        rows: dict[str, list[RowResult]] = {}
        for row in leaves(result.rows):
            key = _unchecked(column, row)
            if key and row.spec.fixed:
                marks_used.add(row.spec.loc)
            elif key:
                rows.setdefault(key, []).append(row)
        findings += [Finding(found[0].spec.stated_locs.get(column.key, found[0].spec.loc),
                             _message(result, column, spec.columns[places[key]],
                                      [row.spec.name for row in found]),
                             "varning")
                     for key, found in rows.items()]
    derived = [c for c in spec.amount_columns if c.formula]
    findings += [_mark_unused(row, derived) for row in leaves(result.rows)
                 if row.spec.fixed and row.spec.loc not in marks_used
                 and not any(c.key in row.spec.stated for c in derived)]
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
    lack = (f"i kolumnen '{column.title}' men har inget {figure} i kolumnen '{empty.title}', "
            f"som formeln räknar med ({formula_text(column, result.spec)}), så")
    if len(names) == 1:
        return (f"{names[0]} anger ett belopp {lack} beloppet står som det är skrivet och "
                f"kontrolleras inte av formeln; skriv radens {figure} i kolumnen "
                f"'{empty.title}', eller "
                f"'{FIXED_KEY}: ja' på raden om beloppet är ett fast belopp")
    rows = ", ".join(names[:-1]) + f" och {names[-1]}" if len(names) <= _NAMED + 1 else \
        ", ".join(names[:_NAMED]) + f" och {len(names) - _NAMED} rader till"
    return (f"{len(names)} rader anger belopp {lack} beloppen står som de är skrivna och "
            f"kontrolleras inte av formeln: {rows}; skriv radens {figure} i kolumnen "
            f"'{empty.title}' på varje rad, eller '{FIXED_KEY}: ja' på de rader vars belopp "
            "är fasta belopp")


def _mark_unused(row: RowResult, columns: list[ColumnSpec]) -> Finding:
    """The warning at a row marked fixed that types no amount in a column with a formula
    (which the mark keeps as typed): the mark does nothing."""
    what = ("den har inget skrivet belopp i en kolumn med formel" if columns
            else "tabellen har ingen kolumn med formel")
    return Finding((*row.spec.loc, FIXED_KEY), (
        f"{row.spec.name} har '{FIXED_KEY}: ja', men {what}, så det gör ingenting; "
        f"ta bort '{FIXED_KEY}'"), "varning")
