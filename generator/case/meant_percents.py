"""The percentage a number typed without its sign most likely means (trial 77, F2, F3).

A rate named under `belopp:` and typed as a plain number is read as an amount in kronor:
`index: 3.6` is 3,60 kr, `index: 0.036` an amount with more decimals than öre. Where a
message meets such a number, it says how to write the percentage: the number as typed with
a percent sign ("3,6 %"), or, for a fraction below 1, its hundredfold ("0.036" is "3,6 %").
"""

from __future__ import annotations

from decimal import Decimal

from generator.formatting import NBSP, WrittenNumber, as_written

MOST_PERCENT = 100
"""The largest plain number a message takes for a percentage typed without its sign."""


def meant_percentage(number: int | Decimal) -> str:
    """The percentage as the case writes it, with a plain space: "3,6 %" for 3.6 or 3.60,
    and for a fraction below 1 its hundredfold, "3,6 %" for 0.036."""
    value = Decimal(number)
    if abs(value) < 1:
        value = value.scaleb(2)
    value = value.normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return as_written(WrittenNumber(value, percent=True), real_minus=False).replace(NBSP, " ")


def may_be_percentage(number: int | Decimal) -> bool:
    """Whether a plain number may be a percentage typed without its sign: above zero and at
    most 100."""
    return 0 < number <= MOST_PERCENT
