"""Rounding a column's figures to the nearest 5, 10 or 100 kronor (`avrunda: femtal`,
`tiotal`, `hundratal`), as many taxor are after an index: "avrundas till närmaste hela
tiotal kronor", 650 kr × 1,036 = 673,40 kr → 670 kr (trial 77, F5).

The whole formula's figure on a row is rounded once, half up (away from zero), not each
product: 655 kr + 655 kr × 3,6 % = 678,58 kr is 680 kr, where the products rounded each
would give 655 + 20 = 675 kr. The words are the source's own ("närmaste tiotal kronor"),
as `nedat` and `uppat` are, rather than a number, which beside `decimaler` and amounts in
the same table could be read as decimals, öre or an amount."""

from __future__ import annotations

from typing import Final

NEAREST: Final = {"femtal": 5, "tiotal": 10, "hundratal": 100}
"""The steps in whole kronor a column's figures may be rounded to, by the word for them."""


def nearest_text(word: str) -> str:
    """How a formula's text says its rounding: ", avrundat till närmaste tiotal kronor"."""
    return f", avrundat till närmaste {word} kronor"
