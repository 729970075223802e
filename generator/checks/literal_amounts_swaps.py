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
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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


def swapped_figure(readings: Sequence[LiteralAmount], figures: FigureIndex, unit_of: Units,
                   text: Sequence[LiteralAmount]) -> tuple[LiteralAmount, str, Kronor] | None:
    """The one figure a short exact literal, as its readings (`literal_amounts.readings`),
    is with two neighbouring digits swapped, by the rule above, with the reading; or None
    (none, several, or one that the literals of its text state as it is: "höjs med 12 kr
    till 21 kr" says 12 kr as another amount than the table's 21 kr)."""
    found = {figure: (reading, name) for reading, name, figure in _swaps(readings, figures,
                                                                          unit_of)}
    return the_one_unstated(found, text)


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
