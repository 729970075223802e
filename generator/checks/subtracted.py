"""A warning at a lone negative amount in a column that a derived column subtracts.

In a follow-up table (Kvar = Tilldelat − Använt) an amount typed "-12" among positive ones
makes Kvar larger than Tilldelat, and nothing else says so (trial 20). A column whose
amounts are all negative (costs written as such, a driftredovisning) or mixed is left alone:
only one negative amount among at least two positive ones is warned about, at its cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from generator.case.money import AmountError, parse_in_unit
from generator.case.table_models import GeneralTable, TableColumn
from generator.checks.report import Reporter
from generator.checks.table_rows import placed_rows
from generator.formatting import in_unit
from generator.problems import Loc, Problem


def subtracted_sign_problems(table: GeneralTable, loc: Loc, report: Reporter) -> list[Problem]:
    """A warning at the one negative amount of a subtracted column of positive amounts."""
    problems = []
    headers = {c.namn: c.rubrik or c.namn.capitalize() for c in table.kolumner}
    for column in table.kolumner:
        for key in _subtracted(column):
            amounts = list(_amounts(table, loc, key))
            negative = [(place, amount) for place, amount in amounts if amount < 0]
            if len(negative) != 1 or sum(1 for _, amount in amounts if amount > 0) < 2:
                continue
            place, amount = negative[0]
            problems.append(report.problem(report.at(place), (
                f"beloppet {in_unit(amount, table.enhet)} är negativt, men de andra i "
                f"'{headers.get(key, key)}' är positiva; {headers[column.namn]} räknas som "
                f"{_in_headers(column.formel or '', headers)}, så det blir större av ett "
                "negativt belopp, skriv det utan minus om det är fel"), "varning"))
    return problems


def _subtracted(column: TableColumn) -> list[str]:
    """The columns a derived column's formula subtracts ('tilldelat - anvant': anvant)."""
    if column.typ != "belopp" or not column.formel:
        return []
    tokens = _tokens(column.formel)
    return [name for sign, name in pairwise(tokens) if sign == "-"]


def _in_headers(formula: str, headers: dict[str, str]) -> str:
    """A formula written with its columns' headers: 'Tilldelat (tkr) − Använt (tkr)'."""
    return " ".join("−" if token == "-" else headers.get(token, token)
                    for token in _tokens(formula))


def _tokens(formula: str) -> list[str]:
    """A formula's column names and signs, in order."""
    return formula.replace("−", " - ").replace("-", " - ").replace("+", " + ").split()


def _amounts(table: GeneralTable, loc: Loc, key: str) -> Iterator[tuple[Loc, int]]:
    """Every amount the case gives in column `key`, with its cell's place."""
    for place, row in placed_rows(table.rader, (*loc, "rader")):
        value = (row.model_extra or {}).get(key)
        if value is None or isinstance(value, list | dict | bool):
            continue
        try:
            yield (*place, key), parse_in_unit(value, table.enhet)
        except AmountError:
            continue
