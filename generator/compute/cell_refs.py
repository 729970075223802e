"""An amount cell that takes its figure from another table, or from a named amount.

A räkneexempel of a norm is built from the norm's own figures: "Personliga kostnader, barn
7–10 år" is the norm table's total for 7–10 år. Typed again, a slip (3 101 for 3 110) goes
unseen; named, it cannot differ. A cell of an amount column (`typ: belopp`) may therefore hold
one reference, written as text names a figure (`compute.prose_figures`, the one set of names):

* `"{{ tabeller.personliga.a7_10 }}"`: a column's total (`summa`: the first amount column's);
* `"{{ tabeller.personliga.rader[0].a7_10 }}"`: a row's cell (`rader[0].rader[1]` below it);
* `"{{ belopp.riksnorm }}"`: an amount the case states by name (`belopp:`);
* `"{{ uppdelningar.grundbidrag.parter[0].belopp }}"`: a part of a split (its `summa`,
  `grundbelopp` or `rest` too), so that a summary of two splits, "Grundbidrag | Volymbidrag
  | Totalt" per party, is built from their parts (trial 76, F2);
* `"-{{ uppdelningar.schablon.summa }}"` (or `−`, `–`, a space after it allowed): any of
  these negated, as a balance table shows what is paid out (trial 90, F7, `without_minus`).

The figure is the one the other table computes, exact (kronor, a Decimal with öre where it
has them), converted to the cell's table's unit, which is exact for whole kronor; a figure
with öre in a table in tkr, mnkr or mdkr is refused. It is then the cell's amount, shown and
summed as a typed one. A name that finds nothing is an error with what was meant ("menade
du"), and so is a table that takes a figure from itself or, through others, from a table
that takes one from it (`CaseTables` computes the tables a cell names first and knows the
ring).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, Final

from generator.case.money import SIGN, AmountError
from generator.compute.missing_part import missing_message
from generator.compute.prose_figures import Figure, Percentage, part_of
from generator.compute.unsummed_totals import NotSummed
from generator.formatting import Kronor, has_ore, kr


@cache
def _cell() -> re.Pattern[str]:
    return re.compile(r"\{\{\s*(?P<name>[^{}]*?)\s*\}\}")


@cache
def _name() -> re.Pattern[str]:
    return re.compile(r"(?:tabeller\.\w+|uppdelningar\.\w+|belopp)(?:\.\w+|\[\d+\])*")


_STEP: Final = re.compile(r"\.?(\w+)|\[(\d+)\]")
_NOTHING: Final = object()
EXAMPLE: Final = "t.ex. \"{{ tabeller.norm.summa }}\" eller \"{{ tabeller.norm.rader[0].belopp }}\""


def is_reference(value: object) -> bool:
    """Whether a cell's value is (or tries to be) a reference: text with `{{` in it."""
    return isinstance(value, str) and "{{" in value


@cache
def _minus() -> re.Pattern[str]:
    return re.compile(SIGN + r"(?P<reference>\{\{.*)", re.DOTALL)


def without_minus(value: str) -> tuple[bool, str]:
    """Whether a cell's reference has a minus before it, by the one rule of signs
    (`money.SIGN`: a hyphen, the minus sign or an en dash, perhaps one space after it), and
    the reference without it: a balance table writes what is paid out as a negative amount,
    "-{{ uppdelningar.schablon.summa }}", shown and summed negated (trial 90, F7). A plus
    is no sign a cell prints, and stays part of the value (refused as text around it)."""
    match = _minus().fullmatch(value.strip())
    if match is None or match["sign"] in (None, "+"):
        return False, value
    return True, match["reference"]


def referenced_name(value: str) -> str:
    """The name a cell's reference gives (`tabeller.norm.summa`), or AmountError saying how a
    cell names a figure: one reference alone, without text or a filter around it."""
    match = _cell().fullmatch(value.strip())
    if match is None or "|" in match["name"]:
        raise AmountError(f"'{value.strip()}' är inget belopp: en cell som hämtar ett belopp "
                          f"har bara hänvisningen, utan text eller formatering (cellen visas i "
                          f"tabellens enhet), {EXAMPLE}; bara ett minus får stå före den, "
                          "\"-{{ … }}\", så visas och summeras beloppet negativt")
    name = match["name"]
    if _name().fullmatch(name) is None:
        raise AmountError(f"{{{{ {name} }}}}: en cell kan hämta en annan tabells belopp, "
                          f"{EXAMPLE}, en uppdelnings, t.ex. "
                          "\"{{ uppdelningar.bidrag.parter[0].belopp }}\", eller ett belopp "
                          "under 'belopp:', t.ex. \"{{ belopp.grundbelopp }}\"")
    return name


def figure_in(figures: Mapping[str, Any], name: str) -> Any:
    """The value a name finds in figures (as `compute.prose_figures.prose_figures` makes them), or
    AmountError naming the step that finds nothing and what was meant."""
    value: Any = figures
    walked = ""
    for step in _STEP.finditer(name):
        key: str | int = step[1] if step[1] is not None else int(step[2])
        found = _part(value, key)
        if found is _NOTHING:
            raise AmountError(_missing(name, walked, key, value))
        walked += f"[{key}]" if isinstance(key, int) else f".{key}" if walked else key
        value = found
    return value


def _part(whole: Any, key: str | int) -> Any:
    """The part of a collection or list under key (a table's row also by its short name,
    `Rows`; a name of digits is a place, as in text), or _NOTHING."""
    if isinstance(whole, list) and isinstance(key, str) and key.isdigit():
        key = int(key)
    found = part_of(whole, key)
    return _NOTHING if found is None else found


def _missing(name: str, walked: str, key: str | int, whole: Any) -> str:
    """Why a step of a name finds nothing: the message text gets (`compute.missing_part`),
    or, for a row past the last, how many rows there are."""
    shown = f"{{{{ {name} }}}}"
    if isinstance(whole, list) and isinstance(key, int):
        table = re.fullmatch(r"(tabeller|uppdelningar)\.(\w+)\.(rader|parter)", walked)
        which = (f"{'tabellen' if table[1] == 'tabeller' else 'uppdelningen'} '{table[2]}'"
                 if table else f"'{walked.rsplit('.', 1)[0]}'")
        last = walked.rsplit(".", 1)[-1]
        items = "parter" if last == "parter" else "rader"
        return (f"{shown}: {which} har {len(whole)} {items}, {last}[0] till "
                f"{last}[{len(whole) - 1}] (den första är {last}[0])")
    if isinstance(key, int):
        return f"{shown}: '{walked}' är ingen lista, skriv {{{{ {walked}.<del> }}}}"
    return missing_message(f"{walked}.{key}", walked, key, whole) or \
        f"{shown}: '{walked}' har ingen del '{key}'"


def amount_of(value: Any, name: str, unit: str) -> Kronor:
    """The amount a found value is, for a cell of a table in `unit`; AmountError where it is
    no amount (a count, a percentage, a text, a row) or cannot be written in the unit."""
    shown = f"{{{{ {name} }}}}"
    if isinstance(value, NotSummed):
        raise AmountError(value.message)
    if not isinstance(value, Figure):
        raise AmountError(f"{shown} är {_what(value, name)}")
    if unit != "kr" and has_ore(value.kronor):
        raise AmountError(f"{shown} är {kr(value.kronor)}, med ören, och går inte att skriva "
                          f"exakt i {unit} som tabellen är i; skriv beloppet i cellen som "
                          f"tabellen ska visa det")
    return value.kronor


def _what(value: Any, name: str) -> str:
    """What a found value is instead of an amount, and what to name instead."""
    if isinstance(value, Mapping):
        amounts = [str(key) for key, part in value.items() if isinstance(part, Figure)]
        kind = "en tabell" if re.fullmatch(r"tabeller\.\w+", name) else \
            "samlingen av ärendets namngivna belopp" if name == "belopp" \
            else "en rad"
        instead = f"skriv en av dess delar: {', '.join(amounts)}" if amounts \
            else f"hänvisa till ett belopp, {EXAMPLE}"
        return f"{kind}, inget belopp; {instead}"
    if isinstance(value, list):
        first = value[0] if value and isinstance(value[0], Mapping) else {}
        column = next((str(key) for key, part in first.items() if isinstance(part, Figure)),
                      "belopp")
        return (f"en lista av rader, inget belopp; skriv en rad och en kolumn, "
                f"t.ex. {{{{ {name}[0].{column} }}}}")
    what = "en procentsats" if isinstance(value, Percentage) else \
        f"ett antal ({value})" if isinstance(value, str) and value[:1].isdigit() else \
        f"en text ('{value}')"
    return f"{what}, inget belopp; en beloppscell hämtar ett belopp, {EXAMPLE}"


Resolver = Callable[[str, str], Kronor]
"""Reads a cell's reference (its text as written) for a table in a unit: the figure in kronor,
or AmountError with the message."""
