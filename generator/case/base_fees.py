"""A base fee and a price per unit typed together into one amount cell: "950 kr + 10
kr/längdmeter", as hamn-, torg- and vintertaxor publish them (trial 85, F6).

Such a cell holds two figures, neither of them the row's amount: the fee for a berth of 25
metres is 950 + 25 × 10. A table writes them in two amount columns, "Grundavgift" and "Per
längdmeter", and a column with a formula can compute the fee for a given length from them.
The cell is refused once per column, at its first such cell, as a price per unit is
(`case.unit_prices`), with the two columns to write.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from generator.case.money import UNIT_WORDS, unit_meant
from generator.case.unit_prices import UnitPrice, per_unit, unit_price
from generator.letters import plain_letters


class BaseFee(NamedTuple):
    """A cell written as a base fee plus a price per unit: as written, the base fee's
    figure ("950") and the price per unit ("10 kr/längdmeter")."""

    written: str
    base: str
    price: UnitPrice


@cache
def _base_and_price() -> re.Pattern[str]:
    """A figure, perhaps with its money unit, then "+" or "plus" and the rest."""
    return re.compile(
        r"(?P<base>\d[\d \u00a0\u202f\u2009\u2007]*(?:,\d+)?)\s*"
        r"(?:(?P<unit>" + UNIT_WORDS + r")\.?)?"
        r"\s*(?:\+|plus\s)\s*(?P<price>\d.*)", re.IGNORECASE)


def base_fee(value: object, unit: str) -> BaseFee | None:
    """The base fee and the price per unit of a cell that writes both in the table's `unit`
    ("950 kr + 10 kr/längdmeter" in kr), else None."""
    if not isinstance(value, str) or ("+" not in value and "plus" not in value.lower()):
        return None
    match = _base_and_price().fullmatch(value.strip())
    if match is None or (match["unit"] and unit_meant(match["unit"]) != unit):
        return None
    price = unit_price(match["price"], unit)
    if price is None:
        return None
    return BaseFee(value.strip(), match["base"].strip(), price)


def base_fee_message(fees: list[BaseFee]) -> str:
    """Why the first of a column's cells of a base fee plus a price per unit is no amount,
    with how many more there are, and what to write: two amount columns, each with its
    figure alone."""
    fee, others = fees[0], len(fees) - 1
    per = per_unit(fee.price)
    key = "per_" + re.sub(r"\W+", "_", plain_letters(per).casefold()).strip("_")
    what = (f"'{fee.written}' och {others} {'cell' if others == 1 else 'celler'} till i "
            "kolumnen är grundavgifter och priser per enhet, inga belopp" if others else
            f"'{fee.written}' är en grundavgift och ett pris per enhet, inget belopp")
    return (f"{what}; skriv dem i två kolumner med 'typ: belopp', t.ex. {{namn: grundavgift, "
            f"rubrik: Grundavgift}} och {{namn: {key}, rubrik: Per {per}}}, med "
            f"'grundavgift: {_figure(fee.base)}, {key}: {_figure(fee.price.figure)}' på raden; "
            "avgiften för en viss mängd kan sedan räknas ut i en kolumn med formel")


def _figure(written: str) -> str:
    """A figure as a case file writes it: 950, or "1 250" and "8,40" within quotes."""
    return written if written.isdigit() else f'"{written}"'
