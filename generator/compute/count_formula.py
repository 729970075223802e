"""A count column's formula: count columns joined by + and − (trial 56, F2).

A status report's table of counts has a row total ("Totalt" = Dos 1 + Dos 2 + Dos 3). A
count column (`typ: antal`) may say so with `formel`: only other count columns of the
table, each added or subtracted. Counts are whole (or exact to the thousandth), so such a
sum is exact: nothing is rounded, a stated figure is checked exactly, and no unit is added to
the header. A product, a quotient, a number, brackets, an amount or a number column cannot
stand in it: each gets its message. (A row that is the difference of two other rows, "Senaste
7 dagarna", is not a column's formula and cannot be stated.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from generator.case.table_models import COUNT
from generator.compute.formula import Term, misspelt_column, names_itself, split_terms

_OTHER_KINDS: Final = {"belopp": "en beloppskolumn (typ: belopp)",
                       "tal": "en talkolumn (typ: tal)"}
_RULE: Final = ("en kolumn med 'typ: antal' räknas ut som en summa av antalskolumner med + "
                "och −")


def parse_counts(formula: str, own: str, kinds: Mapping[str, str]
                 ) -> tuple[tuple[Term, ...], list[str]]:
    """The formula's signed terms, each a count column, or () and the messages for what
    cannot stand in it (kinds: each column of the table to its type; own: the column
    being defined)."""
    split, others, faults = split_terms(formula)
    counts = [key for key, kind in kinds.items() if kind == COUNT and key != own]
    if others or faults or not split or any(len(parts) != 1 or parts[0][0] != "name"
                                            for _, parts in split):
        return (), [f"formeln '{formula}' är ingen summa av antalskolumner: {_RULE}"
                    f"{_example(counts)}; skriv 'typ: belopp' om kolumnen är kronor, annars "
                    "skriv talen i kolumnen och ta bort 'formel'"]
    messages = [_name_message(parts[0][1], own, kinds, counts) for _, parts in split
                if kinds.get(parts[0][1]) != COUNT or parts[0][1] == own]
    if messages:
        return (), messages
    return tuple(Term(sign, parts[0][1], COUNT) for sign, parts in split), []


def _name_message(token: str, own: str, kinds: Mapping[str, str], counts: list[str]) -> str:
    """Why a name cannot stand in a count column's formula, and the columns that can."""
    if token == own:
        message = names_itself(token)
    elif token in kinds:
        kind = _OTHER_KINDS.get(kinds[token], "en uträknad kolumn")
        message = f"'{token}' i formeln är {kind} och kan inte läggas ihop med antal"
    else:
        misspelt = misspelt_column(token, counts)
        if misspelt:
            return misspelt
        message = f"'{token}' i formeln är ingen kolumn i tabellen"
    if not counts:
        return f"{message}; {_RULE}, och tabellen har ingen annan antalskolumn"
    return f"{message}; {_RULE}: {', '.join(counts)}"


def _example(counts: list[str]) -> str:
    """An example formula from the table's other count columns (none without two)."""
    return f", t.ex. '{' + '.join(counts[:3])}'" if len(counts) >= 2 else ""
