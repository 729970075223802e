"""Rounding a column's figures to whole kronor or to the nearest 5, 10 or 100 kronor
(`avrunda: krona`, `femtal`, `tiotal`, `hundratal`), as many taxor are after an index:
"avrundas till närmaste hela tiotal kronor", 650 kr × 1,036 = 673,40 kr → 670 kr (trial 77,
F5); and a grant of 8,50 kr per deltagartimme paid in whole kronor, 2 035 × 8,50 kr =
17 297,50 kr → 17 298 kr, where a product with öre keeps them by default (trial 76, F5).

The whole formula's figure on a row is rounded once, half up (away from zero), not each
product: 655 kr + 655 kr × 3,6 % = 678,58 kr is 680 kr, where the products rounded each
would give 655 + 20 = 675 kr. The words are the source's own ("närmaste tiotal kronor"),
as `nedat` and `uppat` are, rather than a number, which beside `decimaler` and amounts in
the same table could be read as decimals, öre or an amount."""

from __future__ import annotations

from typing import Final

NEAREST: Final = {"krona": 1, "femtal": 5, "tiotal": 10, "hundratal": 100}
"""The steps in whole kronor a column's figures may be rounded to, by the word for them."""


def step_words(word: str) -> str:
    """How a message names a step of `NEAREST`: "hela kronor", "närmaste tiotal kronor"."""
    return "hela kronor" if word == "krona" else f"närmaste {word} kronor"


def nearest_text(word: str) -> str:
    """How a formula's text says its rounding: ", avrundat till närmaste tiotal kronor"."""
    return f", avrundat till {step_words(word)}"
