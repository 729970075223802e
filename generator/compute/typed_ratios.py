"""A warning for ratios typed by hand: a `typ: tal` column whose every figure is one column in
percent of another ("Utfall_proc" 33 beside Periodutfall and Budget, trial 40 F8).

Such a column goes silently wrong when an amount changes, and its cell on the total row is
empty; a ratio column (`typ: kvot`, `taljare`, `namnare`) computes it, on the total row from
the totals. A number column is compared with the ratio of every pair of summed columns of
one kind (two amount columns or two count columns, in the table's order):

* a cell fits when the ratio of its row, rounded to the decimals the cell is written with,
  is its value (with or without "%": "33" and "33 %" alike), as a typed value in a ratio
  column is checked (`checks.change_columns`);
* a row whose `namnare` is 0 or missing has no ratio, and its cell is not counted;
* the column is a typed ratio when every other cell fits, at least two do and one of them
  is not 0: then a warning at the column's `typ` names the pair, the first that fits;
* a column that a formula of the table reads is what an amount is computed from, not a
  ratio typed by hand, and is passed over (trial 50, F3: 'andel * avkastning').
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from generator.compute.changes import change
from generator.compute.tables import ColumnSpec, RowResult, TableResult, bare_header, every_row
from generator.formatting import WrittenNumber
from generator.problems import Finding


def typed_ratio_findings(result: TableResult) -> list[Finding]:
    """A warning for each number column of the table whose figures are typed ratios."""
    findings = []
    read = _read_by_formulas(result.spec.columns)
    for index, column in enumerate(result.spec.columns):
        if not column.number or column.key in read:
            continue
        cells = [(row, row.spec.numbers[column.key]) for row in every_row(result.rows)
                 if column.key in row.spec.numbers]
        pair = next((p for p in _pairs(result.spec.summed_columns) if _fits(cells, *p)), None)
        if pair is not None:
            places = max(value.places for _, value in cells)
            findings.append(Finding((*result.spec.loc, "kolumner", index, "typ"),
                                    _advice(column, *pair, places, result.spec.unit),
                                    "varning"))
    return findings


def _read_by_formulas(columns: Sequence[ColumnSpec]) -> set[str]:
    """The columns some formula of the table reads: such a number column is what an amount
    is computed from, a rule ('andel * avkastning': 90 % may be paid out), never a ratio
    typed by hand (trial 50, F3: the advice named the very amount computed from it, and a
    ratio column is no number a formula can read)."""
    return {key for column in columns for term in column.formula for key in term.read}


def _pairs(columns: Sequence[ColumnSpec]) -> Iterator[tuple[ColumnSpec, ColumnSpec]]:
    """Every (namnare, taljare) of two summed columns of one kind, in the table's order."""
    for divisor in columns:
        for dividend in columns:
            if dividend is not divisor and dividend.counted == divisor.counted:
                yield divisor, dividend


def _fits(cells: Sequence[tuple[RowResult, WrittenNumber]], divisor: ColumnSpec,
          dividend: ColumnSpec) -> bool:
    """Whether every cell with a ratio is its row's ratio, at least two and not all 0."""
    found = []
    for row, value in cells:
        ratio = change(row.amounts.get(divisor.key), row.amounts.get(dividend.key),
                       value.places, ratio=True)
        if ratio is None:
            continue
        if ratio.value != value.value:
            return False
        found.append(ratio.value)
    return len(found) >= 2 and any(found)


def _advice(column: ColumnSpec, divisor: ColumnSpec, dividend: ColumnSpec, places: int,
            unit: str) -> str:
    """The warning: what the column holds, and how to let the tool compute it."""
    keys = ["typ: kvot", f"taljare: {dividend.key}", f"namnare: {divisor.key}",
            *([f"decimaler: {places}"] if places != 1 else [])]
    written = ", ".join(f"'{key}'" for key in keys[:-1]) + f" och '{keys[-1]}'"
    return (f"kolumnen '{column.key}' har varje rads {bare_header(dividend.header, unit)} i "
            f"procent av {bare_header(divisor.header, unit)} inskriven för hand, och den blir "
            f"fel när ett belopp ändras; skriv {written} i stället för 'typ: tal', så räknas "
            "den ut, också på totalraden")
