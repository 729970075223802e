"""A warning at a deduction row that a table's total leaves out (trial 86, F5).

A bygglov's fee table ends with "Reducering en vecka", `rad_formel: "-lov * 20 %"`: a fifth
of the fee for the lov, taken off. A row formula's row is in no sum (`RowSpec.summed`), so
the total row says 11 000 kr with the reduction below it, and an att-sats that names the
total ("ta ut avgiften {{ tabeller.avgift.summa }}") charges 1 320 kr too much. That rule
is right where a table's rows are no fee (a resultatutjämningsreserv's "Avgår 1 procent av
skatter" beside the skatter themselves), so the total is left as it is, and the row formula
gets a warning where the total is printed or named in text: a row that takes a part of a row
the total adds away from it, and that no other row formula counts. It says how to write the
total as a row of its own that counts the deduction, and how text names that row. A table
that states its total (`summa`) is left to the check of stated totals, which names such a row
where counting it would make the total agree.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.checks.report import Reporter
from generator.checks.row_formula_totals import summed_rows
from generator.checks.total_refs import totals_named_in
from generator.compute.tables import RowResult, TableResult, every_row
from generator.formatting import in_unit
from generator.problems import Loc, Problem


def deduction_row_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                           report: Reporter) -> list[Problem]:
    """A warning at the row formula of each deduction from a row the total adds, where the
    total (which leaves the deduction out) is printed or named in text."""
    named = totals_named_in(texts, tables)
    problems = []
    for name, table in tables.items():
        column = table.spec.total_column
        # (a stated total is the source's: the check of stated totals says what differs)
        if column is None or (table.spec.total_row is None and name not in named) \
                or column.key in table.spec.stated_total:
            continue
        summed = dict(summed_rows(table.rows, ()))
        counted = {short for row in every_row(table.rows)
                   for _, short in row.spec.row_formula or ()}
        for row in every_row(table.rows):
            if _deducts(row, summed, counted) and column.key in row.amounts:
                where = report.at((*row.spec.loc, "rad_formel"))
                message = _message(name, table, row, name in named)
                problems.append(report.problem(where, message, "varning"))
    return problems


def _deducts(row: RowResult, summed: Mapping[str, str], counted: set[str]) -> bool:
    """Whether a row formula takes (a part of) one row the total adds away, and no other
    row formula counts the row."""
    terms = row.spec.row_formula or ()
    factor = row.spec.row_scale[0]  # (the formula's sign may stand in its number: "-lov * 20 %")
    return (len(terms) == 1 and terms[0][0] * factor < 0 and terms[0][1] in summed
            and row.spec.short not in counted)


def _message(name: str, table: TableResult, row: RowResult, in_text: bool) -> str:
    """The warning: what leaves the deduction out, and the total row that counts it."""
    spec = table.spec
    column = spec.total_column
    assert column is not None  # (checked by the caller)
    total = in_unit(table.totals.get(column.key, 0), spec.unit)
    reference = f"{{{{ tabeller.{name}.summa }}}}"
    whose = " och ".join([*(["tabellens total"] if spec.total_row is not None else []),
                          *([f"{reference} i texten"] if in_text else [])])
    label = spec.total_row or "Summa"
    text_key = next(iter(row.spec.texts), "post")
    shorts = [*(r.spec.short for r in table.rows if r.spec.summed), row.spec.short or "avdrag"]
    unnamed = " (ge raderna 'rad_namn')" if not all(shorts) else \
        "" if row.spec.short else " (med 'rad_namn: avdrag' på avdraget)"
    named = f", och skriv {{{{ tabeller.{name}.rader.summa.{column.key} }}}} i texten" \
        if in_text else ""
    return (f"raden '{row.spec.first_text or row.spec.short}' "
            f"({in_unit(row.amounts[column.key], spec.unit)}) räknas ut med 'rad_formel' och "
            f"dras därför inte från {whose} ({total}); ska totalen räkna med avdraget, skriv "
            f"'totalt: false' i tabellen och totalen som en sista rad, t.ex. "
            f"{{{text_key}: {label}, rad_namn: summa, rad_formel: {_terms(shorts)}}}"
            f"{unnamed}{named}")


def _terms(shorts: list[str]) -> str:
    """A row formula adding the rows by their short names, "…" for a run of rows without
    one: 'lov + … + red'."""
    terms: list[str] = []
    for short in shorts:
        if short or not terms or terms[-1] != "…":
            terms.append(short or "…")
    return " + ".join(terms)
