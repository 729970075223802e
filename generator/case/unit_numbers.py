"""A number typed with its unit into a number or count cell: "3 h", "1,5 h" (trial 53, F3).

A `tal` or `antal` column holds numbers, and its heading says what they count: "Timmar" or
"Tid (h)" over 3 and 1,5. A cell that carries its unit is refused as a price per unit in an
amount cell is (`case.unit_prices`): once per column, at its first such cell, with how many
more there are and the heading to write, or that the heading says the unit already
(`compute.presets`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final, NamedTuple

from generator.case.money import SIGN, AmountError, parse_number
from generator.case.unit_prices import cells_with_unit


class UnitNumber(NamedTuple):
    """A cell written as a number and its unit: "3 h" is 3 and h."""

    written: str
    figure: str
    unit: str


@cache
def _measured() -> re.Pattern[str]:
    return re.compile(
        r"^(?P<figure>" + SIGN + r"\d[\d \u00a0\u202f\u2009\u2007,.]*?)\s*"
        r"(?P<unit>[^\W\d_][^\s\d.]*\d?(?:[ /][^\W\d_][^\s\d.]*\d?){0,2})\.?$")


_LONGEST: Final = 60
"""The longest cell read as a number with its unit."""
_PERCENT: Final = ("procent", "proc")
"""A percentage written out: the number's own message says to write "12,5 %"."""
_NAMED_BY: Final = {"h": ("tim",), "t": ("tim",), "tim": ("tim",), "min": ("minut",),
                    "st": ("antal", "styck"), "d": ("dag",), "dgr": ("dag",),
                    "m²": ("kvadratmeter", "yta"), "m2": ("kvadratmeter", "yta"),
                    "kvm": ("kvadratmeter", "yta")}
"""The words of a heading that name a unit written short ("Timmar" names h)."""


def unit_number(value: object) -> UnitNumber | None:
    """The number and unit of a cell written as a number with a unit ("3 h", "1,5 h",
    "12 m²"), else None."""
    if not isinstance(value, str) or len(value) > _LONGEST:
        return None  # (a long text is no number: and the match is kept short)
    match = _measured().match(value.strip())
    if match is None or match["unit"].casefold() in _PERCENT:
        return None
    try:
        parse_number(match["figure"])
    except AmountError:
        return None
    return UnitNumber(value.strip(), match["figure"].strip(), match["unit"])


def unit_number_message(number: UnitNumber, heading: str, others: int) -> str:
    """Why the first number with its unit in a column is none, with how many more cells of
    the column are written so (`others`), and what to write: the number alone, and the unit
    in the column's heading unless it says it already."""
    return cells_with_unit(number.written, number.figure, others,
                           ("tal med enhet", "ett tal med enhet"), heading, number.unit,
                           _names(heading, number.unit))


def _names(heading: str, unit: str) -> bool:
    """Whether a heading names the unit: as written ("Tid (h)"), or by a word for it
    ("Timmar" for h, "Antal" for st)."""
    words = re.findall(r"[^\W\d_][\w²³]*", heading.casefold())
    unit = unit.casefold()
    stems = _NAMED_BY.get(unit, (unit[:3],) if len(unit) >= 3 else ())
    return unit in words or any(word.startswith(stems) for word in words)
