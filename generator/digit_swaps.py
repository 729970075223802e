"""Two neighbouring digits swapped: the typing slip that the text checks
(`checks.literal_amounts`, `checks.literal_amounts_swaps`) and a table's stated figures
(`compute.slips`: a row typed 92 700 for 97 200, a sum 86 780 for 86 870) read alike."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from generator.formatting import Kronor


def swapped_digits(digits: str) -> Iterator[str]:
    """The digits with two different neighbours swapped (never to a leading zero)."""
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0"):
            yield digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]


def is_digit_swap(typed: Kronor, meant: Kronor) -> bool:
    """Whether an amount is another with two neighbouring digits swapped (92 700 for 97 200,
    21,05 for 21,50), their digits read to the last place either has."""
    pair = same_length_digits(typed, meant)
    return pair is not None and pair[1] in swapped_digits(pair[0])


def is_one_digit_changed(typed: Kronor, meant: Kronor) -> bool:
    """Whether an amount is another with one digit changed (3 120 for 3 110), the same
    number of digits and sign."""
    pair = same_length_digits(typed, meant)
    return pair is not None and sum(a != b for a, b in zip(*pair, strict=True)) == 1


def is_slip(typed: Kronor, meant: Kronor) -> bool:
    """Whether an amount is another typed with a slip: two neighbouring digits swapped, or
    one digit changed, their digits read to the last place either has."""
    return is_digit_swap(typed, meant) or is_one_digit_changed(typed, meant)


def same_length_digits(typed: Kronor, meant: Kronor) -> tuple[str, str] | None:
    """The digits of two amounts of one sign, read to the last place either has, where
    they are as many; else None."""
    if (typed < 0) != (meant < 0):
        return None
    place = min(Decimal(typed).as_tuple().exponent, Decimal(meant).as_tuple().exponent)
    assert isinstance(place, int)  # (amounts are finite)
    written = str(int(abs(Decimal(typed)).scaleb(-place)))
    target = str(int(abs(Decimal(meant)).scaleb(-place)))
    return (written, target) if len(written) == len(target) else None


def is_swap_difference(difference: Kronor) -> bool:
    """Whether two neighbouring digits swapped can change an amount by this much: a swap of
    digits a and b at places 10^(k+1) and 10^k changes it by 9 × (a − b) × 10^k, so the
    difference is 9 times a single digit 1–9 at some place (90, 4 500, 0,45; never 100)."""
    if not difference:
        return False
    ninths = (abs(Decimal(difference)) / 9).normalize()
    return len(ninths.as_tuple().digits) == 1 and ninths * 9 == abs(Decimal(difference))
