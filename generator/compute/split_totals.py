"""A split's `summa` written as one of the case's amounts, a table's figure, or a share of one.

Markaryd's rules give grundbidrag 70 % of the ram and volymbidrag 30 %: `summa: belopp.ram *
70 %` ties the split to the ram, so that a typed 249 000 for 294 000 cannot happen, and the
split follows the ram when it changes. It is read by the one rule of a `hogst` worked out
from the case's amounts (`column_limits.column_limit`: numbers and percentages times one
named amount, rounded half up to whole kronor); the split is then made as with a typed
`summa`. A table's figure may stand for the named amount, named as text names it: a
column's total (`tabeller.utokning.kostnad`) or a row's cell
(`tabeller.utokning.rader.feriearbete.kostnad`), which `split_order` reads, the table
computed first (trial 94, F8). What cannot be read is an error at the `summa`, and the split
is not made; a figure of a table that has an error is a follow-on of that error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from generator.case.money import AmountError
from generator.case.split_models import Split
from generator.compute.column_limits import TABLES, CellReader, column_limit
from generator.compute.follow_ons import follows_of
from generator.formatting import NBSP, Kronor, WrittenNumber, kr
from generator.problems import Finding, Loc

_PRODUCT = ("en summa som räknas ut är ett av ärendets belopp, eller tal och procentsatser "
            "gånger ett av dem, t.ex. 'belopp.ram * 70 %'")
_TABLE_PRODUCT = ("en summa som hämtas ur en tabell är en kolumns summa eller en rads belopp, "
                  "eller tal och procentsatser gånger ett av dem, t.ex. "
                  "'tabeller.budget.kostnad * 70 %'")


def with_named_total(split: Split, named: Mapping[str, Kronor | WrittenNumber],
                     loc: Loc, cell: CellReader) -> tuple[Split | None, list[Finding]]:
    """The split with its `summa` worked out from the case's amounts (named: those under
    `belopp`) or a table's figure (read by `cell`), the split as it is where its `summa` is
    typed, or None and why."""
    written = split.named_total
    if written is None:
        return split, []
    table = TABLES in written
    try:
        total = column_limit(written, "kr", named,
                             product=_TABLE_PRODUCT if table else _PRODUCT,
                             cell=lambda name: cell(_table_name(name)))
    except AmountError as exc:
        return None, [Finding((*loc, "summa"), f"'summa': {exc.message}",
                              follows=follows_of(exc))]
    if total < 0 or total != int(total):
        return None, [Finding((*loc, "summa"), _not_whole(written, total))]
    return split.model_copy(update={"summa": int(total)}), []


def _table_name(written: str) -> str:
    """A table's figure's name as text writes it, `tabeller.x.kolumn` or
    `tabeller.x.rader.y.kolumn`, or AmountError: anything else after it (a unit, a division)."""
    if _name().fullmatch(written) is None:
        raise AmountError(f"'{written}' är inget namn på ett belopp i en tabell; "
                          f"{_TABLE_PRODUCT}")
    return written


@cache
def _name() -> re.Pattern[str]:
    """A name of a table's figure: its table, then parts and places."""
    return re.compile(r"tabeller\.\w+(?:\.\w+|\[\d+\])*")


def _not_whole(written: str, total: Kronor) -> str:
    """Why a worked-out `summa` cannot be split: below zero, or with öre (a table's amount in
    kr may have them), and what to do: correct the amount where it stands, or write the sum;
    with öre the sum in whole kronor is offered (rounded half up, as a share is)."""
    shown = kr(total).replace(NBSP, " ")
    table = written.split(TABLES, 1)[1].split(".", 1)[0] if TABLES in written else ""
    source = f"i tabellen '{table}'" if table else "under 'belopp'"
    if total < 0:
        return (f"'summa': '{written}' blir {shown}, som är negativ; en summa som delas är "
                f"hela kronor, noll eller mer: rätta beloppet {source} eller skriv summan")
    whole = int(Decimal(total).quantize(Decimal(1), ROUND_HALF_UP))
    return (f"'summa': '{written}' blir {shown}, som inte är hela kronor; en summa som delas "
            f"är hela kronor: skriv summan avrundad, summa: {whole}, eller "
            f"{'avrunda' if table else 'rätta'} beloppet {source}")
