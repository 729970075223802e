"""An amount in text with a digit too few or too many: "100 mnkr" for the case's 1 000 mnkr.

A key pressed once too often, or not at all, makes an amount about tenfold too large or too
small, beyond every near-miss rule of `literal_amounts` (trial 47, F1: "en total låneram på
100 mnkr" for the case's `belopp: ram_ny: 1000000000`). It is read only against the amounts
a case states under `belopp:` (`digit_slip`): a case names there the few amounts its text is
about (a ram, a hyra), while a table's figures are many and often tenfold of one another
("50 000 kr" per förening beside a row of 500 000 kr; trial 35: "ansökt om 46 150 kr" beside
a total of 461 500 kr was another amount). An exact literal is a slip of a stated amount
whose digits, at the literal's last place, are its own with one zero left out or added
("100 mnkr", "10 000 mnkr" for 1 000 mnkr), or, where it has at least `SLIP_DIGITS`
significant digits (as rule 4 asks of one changed digit), with any one digit left out or
added ("233 083 kr" for 2 330 883 kr). It is so only where exactly one stated amount is,
and where the text neither writes that amount nor names it by `{{ belopp.… }}`: "höjs med
100 mnkr till {{ belopp.ram_ny | mnkr(0) }}" says 100 mnkr as another amount than the ram.

A short exact literal (two or three significant digits, too few for rule 4 of
`literal_amounts` to read a changed digit) is a slip of a stated amount too where its digits
are the amount's with one digit other than the first changed, and it lies within
`CHANGED_SHARE` of it (`changed_digit`; trial 98, F4: "1,3 mnkr" and "1 300 000 kr" for a
stated 1 200 000 kr, "990 000 kr" for 900 000 kr). The first digit kept and the bound keep
another amount of the same size out: "1,5 mnkr" or "2,2 mnkr" beside 1,2 mnkr is not read so,
nor is one in a sentence that writes a year, as another year's amount ("Prisbasbeloppet för
2020 var 47 300 kr" beside a stated 47 600 kr for 2021: `Stated.short_slips`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

from generator.checks.dates_yearless import written_year
from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amount import LiteralAmount, is_stated
from generator.checks.literal_amounts_parts import sentence_of
from generator.checks.literal_amounts_swaps import SLIP_DIGITS, the_one_unstated
from generator.digit_swaps import is_one_digit_changed, same_length_digits
from generator.formatting import Kronor, magnitude

CHANGED_SHARE = Decimal("0.1")
"""How far, as a share of a stated amount, a short literal with one digit changed lies from
it at most to be read as its slip ("990 000 kr" for 900 000 kr is one tenth off)."""


def written_digits(literal: LiteralAmount) -> str:
    """The literal's digits down to its last place, without sign: "100" for "100 mnkr"."""
    return str(int(abs(literal.value).scaleb(-literal.precision.adjusted())))


def one_more(digits: str, added: str = "0123456789") -> Iterator[str]:
    """The digits with one of `added` put in anywhere (never as a leading zero)."""
    for at in range(len(digits) + 1):
        for digit in added:
            if at or digit != "0":
                yield digits[:at] + digit + digits[at:]


def one_less(digits: str, left_out: str = "0123456789") -> Iterator[str]:
    """The digits with one of `left_out` left out (never leaving a leading zero or none)."""
    for at, digit in enumerate(digits):
        rest = digits[:at] + digits[at + 1 :]
        if digit in left_out and rest and rest[0] != "0":
            yield rest


class Stated(FigureIndex):
    """The amounts the case states that a text does not name by `{{ belopp.… }}`, with the
    text, whose sentences tell which literals are read for a short slip of one."""

    def __init__(self, figures: Mapping[str, Kronor], text: str, short: bool = True) -> None:
        super().__init__(figures)
        self.figures = figures
        self.text = text
        self.short = short
        """Whether a short literal is read for one changed digit at all (not in a point of
        a case that computes figures: the point's own rules offer the nearest figure)."""

    def items(self) -> Iterable[tuple[str, Kronor]]:
        """The amounts by name."""
        return self.figures.items()

    def short_slips(self, offset: int) -> bool:
        """Whether the literal at offset is read for one changed digit (`changed_digit`):
        not in a sentence that writes a year, which tells of that year's amount."""
        return self.short and written_year().search(sentence_of(self.text, offset)) is None


def unnamed_stated(figures: Mapping[str, Kronor], text: str, short: bool = True) -> Stated:
    """The amounts the case states that text does not name by `{{ belopp.… }}` (short:
    `Stated.short`)."""
    return Stated({name: value for name, value in figures.items()
                   if is_stated(name) and not _names(text, name)}, text, short)


def _names(text: str, name: str) -> bool:
    """Whether text names the figure in a `{{ … }}` (a plain test first: most do not)."""
    return name in text and re.search(rf"(?<![\w.]){re.escape(name)}(?![\w\[])", text) is not None


def digit_slip(readings: Sequence[LiteralAmount], stated: Stated,
               text: Sequence[LiteralAmount]) -> tuple[LiteralAmount, str, Kronor] | None:
    """The one stated amount an exact literal, as its readings, is with a digit too few or
    too many, by the rule above, with the reading (stated: those its text does not name;
    text: the literals of its text); or None."""
    found: dict[Kronor, tuple[LiteralAmount, str]] = {}
    for reading in readings:
        if reading.approximate:
            return None
        for value in count_slips(reading.value, reading.precision.adjusted()):
            hit = stated.named(int(value) if value == value.to_integral_value() else value)
            if hit is not None:
                found[hit[1]] = (reading, hit[0])
        if stated.short_slips(reading.offset):  # (a stated amount or two: each looked at)
            found.update({figure: (reading, name) for name, figure in stated.items()
                          if changed_digit(reading, figure)})
    return the_one_unstated(found, text)


def count_slips(value: Decimal, place: int) -> Iterator[Decimal]:
    """The numbers whose digits, at place (10 ** place), are value's with a digit too few or
    too many by the rule above: a zero, or any digit where value has at least `SLIP_DIGITS`
    significant digits; the sign kept. The percentages' checks read the same slip
    (`literal_percents`: "0,04 %" for "0,40 %")."""
    digits = str(int(abs(value).scaleb(-place)))
    changed = "0" if len(digits.rstrip("0")) < SLIP_DIGITS else "0123456789"
    sign = 1 if value > 0 else -1
    for typed in (*one_more(digits, changed), *one_less(digits, changed)):
        yield sign * Decimal(int(typed)).scaleb(place)


def changed_digit(literal: LiteralAmount, figure: Kronor) -> bool:
    """Whether a short exact literal is the figure with one digit other than the first
    changed, within `CHANGED_SHARE` of it, by the rule above (1,3 mnkr for 1 200 000 kr,
    990 000 kr for 900 000 kr; `digit_swaps.is_one_digit_changed`)."""
    digits = written_digits(literal)
    told = digits.rstrip("0")
    if literal.approximate or not 2 <= len(told) < SLIP_DIGITS:
        return False
    meant = Decimal(figure).scaleb(len(told) - len(digits) - literal.precision.adjusted())
    if meant != meant.to_integral_value():  # (a digit below the literal's last that tells)
        return False
    pair = same_length_digits(literal.value, figure)
    return pair is not None and pair[0][0] == pair[1][0] \
        and is_one_digit_changed(literal.value, figure) \
        and magnitude(literal.value - figure) <= CHANGED_SHARE * magnitude(figure)


def digit_count_slip(literal: LiteralAmount, figure: Kronor) -> str | None:
    """How the figure's digits, at the literal's last place, differ from the literal's by
    one left out or added: "en nolla till", "en siffra mindre"…; None where they do not."""
    place = literal.precision.adjusted()
    meant = abs(Decimal(figure)).scaleb(-place)
    if meant != meant.to_integral_value():
        return None
    typed, target = written_digits(literal), str(int(meant))
    more = len(target) > len(typed)
    longer, shorter = (target, typed) if more else (typed, target)
    if len(longer) != len(shorter) + 1:
        return None
    for at in range(len(longer)):
        if longer[:at] + longer[at + 1 :] == shorter:
            what = "en nolla" if longer[at] == "0" else "en siffra"
            return f"{what} {'till' if more else 'mindre'}"
    return None
