"""An amount column whose formula is one of the case's amounts alone ('formel:
belopp.driftstod_per_ar', trial 91, F4: driftstöd 3 000 000 kr a year for 2017–2020).

Every row of it (a row without rows below it, one that is summed and not a row's formula)
has that amount, as if typed there: it is shown and summed as a typed amount is, and a text
that names "per år" names the one amount the table follows. A row that types an amount of
its own is checked against it: the same amount passes, another is an error that says to
remove it (the column then has the case's amount there) or to write the column without a
formula where the rows differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from generator.compute.formula import NAMED, Fixed
from generator.formatting import NBSP, Kronor, in_unit
from generator.problems import Finding, Loc


class ConstantColumn(NamedTuple):
    """A column of one of the case's amounts: the amount and the column as messages name
    it (its `title`)."""

    amount: Fixed
    title: str


def constant_cells(constants: Mapping[str, ConstantColumn], stated: dict[str, Kronor],
                   locs: dict[str, Loc], loc: Loc, row: str, unit: str) -> list[Finding]:
    """Fill a row's cells (`stated`, `locs`: the row's, changed) of the columns of one of the
    case's amounts (`constants`, by column) where the row types none; the errors for those
    it types otherwise (`row`: the row as messages name it, `unit`: the table's)."""
    findings = []
    for key, column in constants.items():
        value = column.amount.value
        if key not in stated:
            stated[key], locs[key] = value, loc
        elif stated[key] != value:
            findings.append(Finding(locs[key], _differs(stated[key], column, row, unit)))
    return findings


def _differs(typed: Kronor, column: ConstantColumn, row: str, unit: str) -> str:
    """Why a row's typed amount in a column of one of the case's amounts is wrong."""
    name = column.amount.written.removeprefix(NAMED)
    shown, own = (in_unit(figure, unit).replace(NBSP, " ")
                  for figure in (typed, column.amount.value))
    return (f"angivet belopp {shown} för {row}, kolumnen '{column.title}' stämmer inte med "
            f"kolumnens formel, ärendets belopp '{name}' ({own}); ta bort beloppet på raden så "
            f"står ärendets belopp där, eller skriv kolumnen utan formel och ett belopp på "
            f"varje rad om raderna har olika belopp")
