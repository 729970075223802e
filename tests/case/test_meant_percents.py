"""Specification: the percentage a number typed without its sign most likely means, as a
message writes it for the case (trial 77, F2 and F3): the number as typed with a percent
sign, and for a fraction below 1 its hundredfold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.case.meant_percents import may_be_percentage, meant_percentage


@pytest.mark.parametrize(("number", "written"), [
    (Decimal("3.6"), "3,6 %"), (Decimal("3.60"), "3,6 %"), (4, "4 %"),
    (Decimal("0.036"), "3,6 %"), (Decimal("0.5"), "50 %"), (Decimal("0.10"), "10 %"),
    (Decimal("12.25"), "12,25 %"), (100, "100 %"),
])
def test_a_number_is_written_as_the_percentage_it_means(number: Decimal | int,
                                                         written: str) -> None:
    assert meant_percentage(number) == written


@pytest.mark.parametrize(("number", "may"), [
    (Decimal("3.6"), True), (Decimal("0.036"), True), (100, True),
    (0, False), (Decimal("-3.6"), False), (Decimal("100.01"), False), (68400, False),
])
def test_a_percentage_lies_above_zero_and_at_most_100(number: Decimal | int, may: bool) -> None:
    assert may_be_percentage(number) is may
