"""A warning at a row of a part of a row that a table's total leaves out: a deduction
(trial 86, F5) or an addition (trial 94, F10).

A bygglov's fee table ends with "Reducering en vecka", `rad_formel: "-lov * 20 %"`: a fifth
of the fee for the lov, taken off. A row formula's row is in no sum (`RowSpec.summed`), so
the total row says 11 000 kr with the reduction below it, and an att-sats that names the
total ("ta ut avgiften {{ tabeller.avgift.summa }}") charges 1 320 kr too much. A kalkyl's
"Personalomkostnader 31,42 %", `rad_formel: "lon * 31,42 %"`, is the same row added on: the
total says 5 100 kr for a cost of 6 702 kr. That rule is right where a table's rows are no
fee (a resultatutjämningsreserv's "Avgår 1 procent av skatter" beside the skatter
themselves), so the total is left as it is, and the row formula gets a warning where the
total is printed or named in text: a row that takes a part (or a multiple) of one row the
total adds, away from it or on top of it. It says how to write the total as a row of its own
that counts the row, and how text names that row; where a row of the table counts it
already, under a total row printed too ("Totalt" 5 100 kr above "Kostnad per feriearbetare"
6 702 kr), that the total row is to go (a total named only in text is
`hidden_total_references`'). A table that states its total (`summa`) is left to the check of
stated totals, which names such a row where counting it would make the total agree.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.checks.report import Reporter
from generator.checks.row_formula_totals import summed_rows
from generator.checks.total_refs import totals_named_in
from generator.compute.tables import NO_SCALE, RowResult, TableResult, every_row
from generator.formatting import in_unit
from generator.problems import Loc, Problem


def deduction_row_problems(texts: Mapping[Loc, str], tables: Mapping[str, TableResult],
                           report: Reporter) -> list[Problem]:
    """A warning at the row formula of each deduction from, or addition to, a row the total
    adds, where the total (which leaves the row out) is printed or named in text."""
    named = totals_named_in(texts, tables)
    problems = []
    for name, table in tables.items():
        column = table.spec.total_column
        # (a stated total is the source's: the check of stated totals says what differs)
        if column is None or (table.spec.total_row is None and name not in named) \
                or column.key in table.spec.stated_total:
            continue
        summed = dict(summed_rows(table.rows, ()))
        counting = {short: row for row in every_row(table.rows)
                    for _, short in row.spec.row_formula or ()}
        for row in every_row(table.rows):
            if not _part_of_row(row, summed) or column.key not in row.amounts:
                continue
            counter = counting.get(row.spec.short) if row.spec.short else None
            if counter is not None and table.spec.total_row is None:
                continue  # (a row counts it, as the total should: `hidden_total_references`)
            where = report.at((*row.spec.loc, "rad_formel"))
            message = _message(name, table, row, name in named) if counter is None else \
                _counted_message(table, row, counter)
            problems.append(report.problem(where, message, "varning"))
    return problems


def _part_of_row(row: RowResult, summed: Mapping[str, str]) -> bool:
    """Whether a row formula takes (a part of) one row the total adds away, or adds a part
    or multiple of it ("lon * 31,42 %")."""
    terms = row.spec.row_formula or ()
    return (len(terms) == 1 and (_deducted(row) or row.spec.row_scale != NO_SCALE)
            and terms[0][1] in summed)


def _deducted(row: RowResult) -> bool:
    """Whether a row formula of one row takes it away ("-lov * 20 %", "-lov")."""
    terms = row.spec.row_formula or ()
    factor = row.spec.row_scale[0]  # (the formula's sign may stand in its number: "-lov * 20 %")
    return bool(terms) and terms[0][0] * factor < 0


_WORDS = {True: ("dras därför inte från", "avdraget", "avdrag"),
          False: ("räknas därför inte in i", "raden", "tillagg")}
"""How the warning says a deduction (True) or an addition is left out, names the row, and
the short name it suggests for a row without one."""


def _message(name: str, table: TableResult, row: RowResult, in_text: bool) -> str:
    """The warning: what leaves the row out, and the total row that counts it."""
    spec = table.spec
    column = spec.total_column
    assert column is not None  # (checked by the caller)
    total = in_unit(table.totals.get(column.key, 0), spec.unit)
    reference = f"{{{{ tabeller.{name}.summa }}}}"
    whose = " och ".join([*(["tabellens total"] if spec.total_row is not None else []),
                          *([f"{reference} i texten"] if in_text else [])])
    label = spec.total_row or "Summa"
    text_key = next(iter(row.spec.texts), "post")
    left_out, counted, short = _WORDS[_deducted(row)]
    shorts = [*(r.spec.short for r in table.rows if r.spec.summed), row.spec.short or short]
    unnamed = " (ge raderna 'rad_namn')" if not all(shorts) else \
        "" if row.spec.short else f" (med 'rad_namn: {short}' på {counted})"
    named = f", och skriv {{{{ tabeller.{name}.rader.summa.{column.key} }}}} i texten" \
        if in_text else ""
    return (f"raden '{row.spec.first_text or row.spec.short}' "
            f"({in_unit(row.amounts[column.key], spec.unit)}) räknas ut med 'rad_formel' och "
            f"{left_out} {whose} ({total}); ska totalen räkna med {counted}, skriv "
            f"'totalt: false' i tabellen och totalen som en sista rad, t.ex. "
            f"{{{text_key}: {label}, rad_namn: summa, rad_formel: {_terms(shorts)}}}"
            f"{unnamed}{named}")


def _counted_message(table: TableResult, row: RowResult, counter: RowResult) -> str:
    """The warning where a row of the table counts the row, but a total row is printed too
    (the kalkyl's "Kostnad per feriearbetare" = lon + po under a "Totalt" of lon alone)."""
    spec = table.spec
    column = spec.total_column
    assert column is not None  # (checked by the caller)
    figure = counter.amounts.get(column.key)
    counter_figure = "" if figure is None else f" ({in_unit(figure, spec.unit)})"
    return (f"raden '{row.spec.first_text or row.spec.short}' "
            f"({in_unit(row.amounts[column.key], spec.unit)}) räknas ut med 'rad_formel' och "
            f"{_WORDS[_deducted(row)][0]} tabellens total "
            f"({in_unit(table.totals.get(column.key, 0), spec.unit)}), men raden "
            f"'{counter.spec.first_text or counter.spec.short}'{counter_figure} räknar med "
            f"den; är den raden tabellens total, skriv 'totalt: false' i tabellen")


def _terms(shorts: list[str]) -> str:
    """A row formula adding the rows by their short names, "…" for a run of rows without
    one: 'lov + … + red'."""
    terms: list[str] = []
    for short in shorts:
        if short or not terms or terms[-1] != "…":
            terms.append(short or "…")
    return " + ".join(terms)
