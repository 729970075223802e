"""A warning at a row whose text states a count at a price ("200 fastigheter à 215 755 kr",
"12 st à 850 kr") and whose amount is not their product (trial 49, F9: the commonest slip of
a kalkyl typed by hand). The amount is the row's in the table's first summed amount column;
in tkr or mnkr it may differ from the product by what rounding to the unit explains. A
count times a price, or a price times a count, reads alike ("3 h x 1006 kr", "Timtaxa á
1006 kr x 3 h", as a fee list writes its example: trial 53, F4), and "á" as "à" (`checks.style`
warns about it), the count with decimals too ("1,5 h à 1006 kr")."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Final, NamedTuple

from generator.case.money import UNIT_EXPONENT
from generator.checks.report import Reporter
from generator.compute.formula import written_number
from generator.compute.tables import TableResult, every_row, level
from generator.digit_swaps import is_digit_swap
from generator.formatting import NBSP, Kronor, in_unit, magnitude
from generator.problems import Problem

_GROUPED: Final = r"\d{1,3}(?:[ \u00a0]\d{3})+|\d+"
_COUNT: Final = rf"(?<![\d,])(?P<count>(?:{_GROUPED})(?:,\d+)?)(?:[ \u00a0]+(?:st\.?|[^\W\d_]+))?"
"""A count, perhaps with decimals, perhaps a word for what it counts."""
_PRICE: Final = rf"(?<![\d,])(?P<price>(?:{_GROUPED})(?:,\d{{1,2}})?)[ \u00a0]*(?:kr|kronor)(?!\w)"
"""A price in kronor."""
_TIMES: Final = r"[ \u00a0]*[x×][ \u00a0]*"
_MARKS: Final = ("à", "á", "x", "×")
"""What every match of `_priced_forms` holds (most row texts have none)."""


@cache
def _priced_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A count "à" a price or times a price; a price times a count."""
    return (re.compile(rf"{_COUNT}(?:[ \u00a0]+[àá][ \u00a0]*|{_TIMES}){_PRICE}"),
            re.compile(rf"{_PRICE}{_TIMES}{_COUNT}"))


class _Priced(NamedTuple):
    """A count at a price, as a row's text states them."""

    units: Decimal
    price: Decimal
    written: str

    @property
    def product(self) -> Kronor:
        """What the count at the price comes to, in kronor (with öre where it has them)."""
        total = self.units * self.price
        return int(total) if total == total.to_integral_value() else total


def row_price_problems(table: TableResult, report: Reporter) -> list[Problem]:
    """A warning at each row whose amount is not the count at the price its text states."""
    spec, column = table.spec, table.spec.total_column
    if column is None:
        return []
    reach = Decimal(10) ** UNIT_EXPONENT[spec.unit] / 2
    problems = []
    for row in every_row(table.rows):
        priced = _priced(row.spec.first_text)
        amount = row.amounts.get(column.key)
        if priced is None or amount is None or row.children \
                or magnitude(priced.product - amount) < reach:
            continue
        where = row.spec.stated_locs.get(column.key, row.spec.loc)
        problems.append(report.problem(report.at(where), (
            f"{level(spec, row.spec.name, column)} säger {priced.written}, som blir "
            f"{in_unit(priced.product)}, men beloppet är {in_unit(amount, spec.unit)}"
            f"{_swap_note(amount, priced.product)}; rätta "
            "beloppet eller texten, eller räkna ut beloppet med en formel, t.ex. "
            "formel: antal * pris"), "varning"))
    return problems


def _swap_note(amount: Kronor, product: Kronor) -> str:
    """" (två siffror omkastade)" where the amount is the product with two neighbouring
    digits swapped (3 108 kr for 3 018 kr), as a table's stated figure is told (trial 53, F5)."""
    return " (två siffror omkastade)" if is_digit_swap(amount, product) else ""


def _priced(text: str) -> _Priced | None:
    """The count at a price the text states, if it states one ("200 fastigheter à 215 755
    kr", "1006 kr x 3 h")."""
    if not any(mark in text for mark in _MARKS):
        return None
    match = next((m for pattern in _priced_forms()
                  if (m := pattern.search(text)) is not None), None)
    if match is None:
        return None
    units, price = (written_number(match[key]) for key in ("count", "price"))
    return _Priced(units, price, " ".join(match[0].replace(NBSP, " ").split()))

