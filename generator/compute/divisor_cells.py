"""An error at each cell that a formula divides by on a row where it is empty or not above
zero ('ar / dagar' on a row without its days): the row's quotient cannot be computed, so
the row has no figure in the formula's column, and a figure typed there is not checked,
until the divisor is written (README, "Products in a formula"). A row whose formula cell is
"–", typed or because the divisor is (`dashed_formulas`), has no quotient by the case's own
word and no error (trial 96, F5)."""

from __future__ import annotations

from generator.case.money import NO_AMOUNT
from generator.compute.tables import (
    ColumnSpec,
    RowFigures,
    RowResult,
    TableResult,
    divisor_on,
    formula_text,
    leaves,
)
from generator.problems import Finding, Loc


def divisor_findings(result: TableResult) -> list[Finding]:
    """One error at each divisor cell a row with a figure to divide leaves empty or at zero
    or below (the first formula that divides by it named)."""
    found: dict[Loc, str] = {}
    spec = result.spec
    headers = {c.key: c.title for c in spec.columns}
    for column in spec.amount_columns:
        for term in column.formula:
            if term.divisor is None or not term.divisor.kind:
                continue
            key = term.divisor.written
            for row in leaves(result.rows):
                if row.spec.words.get(column.key) == NO_AMOUNT[0]:
                    continue  # (no quotient, as the case says: trial 96, F5)
                if term.key in row.amounts and divisor_on(term, row.spec, row.amounts) <= 0:
                    cell = RowFigures(row.spec, row.amounts, spec.unit).cell(key, term.divisor.kind)
                    found.setdefault((*row.spec.loc, key), _message(
                        row, headers[key], cell, column, formula_text(column, spec)))
    return [Finding(loc, message) for loc, message in found.items()]


def _message(row: RowResult, header: str, cell: str, column: ColumnSpec, formula: str) -> str:
    """Why the row's quotient cannot be computed, and what to write."""
    where = f"i kolumnen '{header}', som formeln för '{column.title}' delar med ({formula})"
    if cell == "–":
        return (f"{row.spec.name} saknar värde {where}; skriv radens tal i cellen, större än "
                f"noll, eller \"–\" där om raden inte har något tal (då står \"–\" också i "
                f"'{column.title}')")
    return (f"{row.spec.name} har {cell} {where}, men det går bara att dela med ett tal större "
            "än noll; skriv radens tal i cellen")

