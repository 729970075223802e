"""A derived column's formula: amount columns joined by + and − (README, "formel").

`parse` turns 'tilldelat - anvant' into signed column keys and says, for each part that
cannot stand in a formula, why and what to write: a name that is no amount column (or is the
column itself), a number, or any other sign than + and − ('*', '/', parentheses).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.case.suggest import did_you_mean
from generator.case.table_models import COUNT

_TOKEN = re.compile(
    r"(?P<sign>[+\-−])"
    r"|(?P<number>\d[\d \u00a0]*(?:[.,]\d+)?)(?!\w)"
    r"|(?P<name>\w+)"
    r"|(?P<other>\S)"
)
_RULE = "en formel lägger ihop och drar ifrån beloppskolumner med + och −"
_KINDS = {"tal": "en talkolumn (typ: tal)", COUNT: "en antalskolumn (typ: antal)"}
_INSTEAD = "annars skriv beloppen i kolumnen och ta bort 'formel'"


def parse(
    formula: str, own: str, kinds: Mapping[str, str]
) -> tuple[tuple[tuple[int, str], ...], list[str]]:
    """The formula's signed amount columns, and the messages for what cannot stand in it: one
    for each name, one for all other signs and numbers. kinds maps each column of the table to
    its type; own is the column being defined."""
    terms: list[tuple[int, str]] = []
    messages: list[str] = []
    others: list[str] = []
    sign = 1
    for match in _TOKEN.finditer(formula):
        token = match.group().strip()
        if match.lastgroup == "sign":
            sign = 1 if token == "+" else -1
        elif match.lastgroup != "name":
            part = f"talet '{token}'" if match.lastgroup == "number" else f"'{token}'"
            others += [] if part in others else [part]
        elif kinds.get(token) == "belopp" and token != own:
            terms.append((sign, token))
        else:
            messages.append(_name_message(token, own, kinds, _amounts(own, kinds)))
    if others:
        messages.append(_others_message(others, _amounts(own, kinds)))
    return tuple(terms), messages


def _amounts(own: str, kinds: Mapping[str, str]) -> list[str]:
    """The amount columns own's formula may use: all but own."""
    return [key for key, kind in kinds.items() if kind == "belopp" and key != own]


def _others_message(others: list[str], amounts: list[str]) -> str:
    """Signs other than + and −, and numbers: what a formula holds instead."""
    parts = " och ".join((", ".join(others[:-1]), others[-1])) if len(others) > 1 else others[0]
    return f"{parts} kan inte stå i en formel: {_RULE}{_example(amounts)}; {_INSTEAD}"


def _example(amounts: list[str]) -> str:
    """An example formula from the table's own amount columns (none with fewer than two)."""
    return f", t.ex. '{amounts[0]} + {amounts[1]}'" if len(amounts) >= 2 else ""


def _name_message(token: str, own: str, kinds: Mapping[str, str], amounts: list[str]) -> str:
    """Why a name cannot stand in the formula: the nearest other amount column to a name that
    is no column ('utfal': 'utfall'), else the amount columns the formula may use."""
    if token == own:
        message = f"'{token}' i formeln är kolumnen själv, som inte kan räknas ut ur sig själv"
    elif token in kinds:
        kind = _KINDS.get(kinds[token], "ingen beloppskolumn")
        message = f"'{token}' i formeln är {kind} och kan inte räknas med"
        if kinds[token] == COUNT:
            message += f", {_RULE}"
    else:
        message = f"'{token}' i formeln är ingen kolumn i tabellen"
        suggestion = did_you_mean(token, amounts)
        if suggestion:
            return f"{message}, menade du '{suggestion}'?"
    if not amounts:
        return f"{message}; lägg till de beloppskolumner som formeln räknar med (typ: belopp)"
    but_not = "" if token == own else \
        f" (inte '{own}', som är kolumnen själv och inte kan räknas ut ur sig själv)"
    return f"{message}; formeln kan räkna med beloppskolumnerna: {', '.join(amounts)}{but_not}"
