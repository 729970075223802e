"""A short amount in text with two digits swapped: "48 kr" for the table's 84 kr.

Rule 4 of `literal_amounts` reads a swap only in an amount of four significant digits or
more (`SLIP_DIGITS`, trailing zeros not counted): in a shorter one it is as likely another
amount. Fee lists and reports in mnkr are full of short amounts, though (trials 36, 38, 39),
and so are taxor of round fees (trial 43: "7 890 kr" for 7 980 kr), so a narrow rule reads
them too: an exact amount of two or three significant digits, with a money unit after it,
that agrees with no figure, is a slip where its written digits (zeros too) with two
neighbours swapped are exactly one figure of a table in its unit ("48 kr" for 84 kr, "105
mnkr" for 150 mnkr, "1 060 kr" for 1 600 kr) or in a larger one ("48 000 kr" for 84 tkr), or
exactly one amount the case states under `belopp:`, exact in every unit ("705 mnkr" for a
stated 750 000 000 kr, trial 47), or
round right from exactly one figure of a table in a smaller unit (`literal_amounts_rounding`:
"8,7 mnkr" for 7 843 tkr). Years, percentages, counts, dates and paragraph numbers have no
money unit, and are no amounts.

A short amount agrees with few figures, so a swap is read only where nothing in its text
explains the amount otherwise: not where the text states the figure as it is, nor where
another amount of the text and a percentage the text writes compute it, as that amount with
the percentage added or taken off, or that percentage of it (trial 63, F5: "egenavgift +
20 procent … 130 kronor … 156 kronor" is 130 kr + 20 %, not the table's 165 kr).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from generator.case.money import UNIT_EXPONENT
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import is_stated
from generator.checks.literal_amounts_rounding import Units, right_rounding
from generator.digit_swaps import is_digit_swap, swapped_digits
from generator.formatting import Kronor

if TYPE_CHECKING:
    from generator.checks.literal_amount import LiteralAmount

SLIP_DIGITS = 4
"""The fewest significant digits a literal needs for rule 4 of `literal_amounts` to read one
changed digit or a swap of two as a slip; fewer (two or three) are short, read here."""


@cache
def _rate() -> re.Pattern[str]:
    """A percentage in running text ("20 procent", "20 %", "2,5 %"; group 1: the number)."""
    return re.compile(r"(?<![\w,])(\d{1,3}(?:,\d+)?)(?:[ \u00a0]?%|[ \u00a0]procent(?!\w))")


def written_rates(text: str) -> tuple[Decimal, ...]:
    """The percentages a text writes, as fractions (0,2 for "20 procent")."""
    return tuple(Decimal(match[1].replace(",", ".")).scaleb(-2)
                 for match in _rate().finditer(text))


def swapped_figure(readings: Sequence[LiteralAmount], figures: FigureIndex, unit_of: Units,
                   text: Sequence[LiteralAmount], rates: Sequence[Decimal] = ()
                   ) -> tuple[LiteralAmount, str, Kronor] | None:
    """The one figure a short exact literal, as its readings (`literal_amounts.readings`),
    is with two neighbouring digits swapped, by the rule above, with the reading; or None
    (none, several, or one that the literals of its text state as it is: "höjs med 12 kr
    till 21 kr" says 12 kr as another amount than the table's 21 kr; or a literal that
    another literal of its text and one of its percentages, `rates`, compute)."""
    found = {figure: (reading, name) for reading, name, figure in _swaps(readings, figures,
                                                                          unit_of)}
    if any(_computed(reading, text, rates) for reading in readings):
        return None
    return the_one_unstated(found, text)


def _computed(reading: LiteralAmount, text: Sequence[LiteralAmount],
              rates: Sequence[Decimal]) -> bool:
    """Whether another literal of the text with a percentage added or taken off, or that
    percentage of it, is the reading's amount to its last written place (156 kr for 130 kr
    and 20 %)."""
    half = reading.precision / 2
    return any(abs(other.value * factor - reading.value) <= half
               for other in text if other.offset != reading.offset and other.value
               for rate in rates for factor in (1 + rate, 1 - rate, rate))


def the_one_unstated(found: dict[Kronor, tuple[LiteralAmount, str]],
                     text: Sequence[LiteralAmount]) -> tuple[LiteralAmount, str, Kronor] | None:
    """The one figure found (with the reading that found it and its name), unless the
    literals of its text state it as it is, or there are none or several."""
    if len(found) != 1:
        return None
    [(figure, (reading, name))] = found.items()
    if any(other.value in (figure, -figure) for other in text):
        return None
    return reading, name, figure


def _swaps(readings: Sequence[LiteralAmount], figures: FigureIndex,
           unit_of: Units) -> Iterator[tuple[LiteralAmount, str, Kronor]]:
    """Each figure a swap of a reading's digits is, with the reading and the figure's name."""
    for reading in readings:
        step = reading.precision
        written = str(int(abs(reading.value).scaleb(-step.adjusted())))  # (step: 10 ** n)
        if reading.approximate or not 2 <= len(written.rstrip("0")) < SLIP_DIGITS:
            return
        sign, half = (1 if reading.value > 0 else -1), step / 2
        for digits in swapped_digits(written):
            value = sign * int(digits) * step
            if not figures.any_between(value - half, value + half):
                continue  # (no figure it states: a quick look, most swaps are none)
            for name, figure in _stated_by(reading._replace(value=value), figures, unit_of):
                yield reading, name, figure


def _stated_by(swapped: LiteralAmount, figures: FigureIndex,
               unit_of: Units) -> list[tuple[str, Kronor]]:
    """The figures a swapped literal states: exactly, in a table of its unit or a larger
    one ("48 000 kr" for 84 tkr) or stated by the case, or as their right rounding, in a
    table of a smaller unit."""
    value = swapped.value
    exact = figures.named(int(value) if value == value.to_integral_value() else value)
    if exact is not None and (is_stated(exact[0]) or UNIT_EXPONENT[unit_of(exact[0])]
                              >= UNIT_EXPONENT[swapped.unit]):
        return [exact]
    return [(name, figure) for name, figure in figures.within(value, swapped.precision / 2)
            if right_rounding(swapped, figure, unit_of(name)) == value]


def is_swap(reading: LiteralAmount, name: str, figure: Kronor, unit_of: Units) -> bool:
    """Whether a reading of a literal is the named figure with two digits swapped: its
    digits to the last place either has ("3108 kr" for 3 018 kr, rule 4 of
    `literal_amounts`), or a short literal's by the rule above ("361 mnkr" for 316 mnkr);
    one wording for both (trial 53, F5)."""
    return is_digit_swap(reading.value, figure) or any(
        True for _ in _swaps([reading], FigureIndex({name: figure}), unit_of))
