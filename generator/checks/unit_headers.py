"""An amount column whose header names another unit than its table's (trial 62, F1).

An amount column's figures are read and shown in its table's unit (`enhet`), and its
header gets that unit unless it names it already (`compute.tables.with_unit`). A header
that names another unit, "Ny taxa (öre per kWh)" in a table in kr or "Budget (tkr)" in one
in kr, says one thing while the figures say another: "(öre per kWh, kr)", and 119,02 in
the text as "119,02 kr", a hundred times the price. That is an error at the header, saying
what to write: prices in öre in a number column (`typ: tal`), which shows its numbers as
typed and adds no unit; another unit of kronor as the table's `enhet`. A header that names
the table's unit as well ("Pris i kronor och öre") says nothing wrong.
"""

from __future__ import annotations

import re
from typing import Final

from generator.case.money import UNIT_EXPONENT
from generator.case.table_models import GeneralTable
from generator.checks.report import Reporter
from generator.compute.unit_names import names_unit, unit_named
from generator.problems import Loc, Problem

_ORE: Final = re.compile(r"(?<!\w)ören?(?!\w)", re.IGNORECASE)
"""Öre named in a header as a word of its own ("öre per kWh", "ören")."""


def unit_header_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """An error at each amount column's header that names another unit than the table's."""
    problems = []
    for index, column in enumerate(table.kolumner):
        header = column.rubrik
        if column.typ != "belopp" or not header or names_unit(header, table.enhet):
            continue
        message = _other_unit(header, table.enhet)
        if message:
            where = report.at((*loc, "kolumner", index, "rubrik"))
            problems.append(report.problem(where, message))
    return problems


def _other_unit(header: str, unit: str) -> str | None:
    """What is wrong with a header that names another unit than the table's, if it does."""
    if _ORE.search(header):
        return (f"rubriken '{header}' anger öre, men en kolumn med 'typ: belopp' visar sina "
                f"belopp i tabellens enhet, {unit}; skriv priser i öre i en kolumn med 'typ: "
                "tal', som visar talen som du skriver dem, utan enhet")
    for other in UNIT_EXPONENT:
        written = unit_named(header, other) if other != unit else None
        if written:
            return (f"rubriken '{header}' anger {other}, men tabellens belopp är i {unit} och "
                    f"visas så; är beloppen i {other}, skriv 'enhet: {other}' i tabellen, "
                    f"annars ta bort '{written}' ur rubriken")
    return None
