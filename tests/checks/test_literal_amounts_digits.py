"""A digit too few or too many, read only against the amounts a case states (`belopp:`)."""

from __future__ import annotations

import pytest

from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amounts import find_amounts, misses_among
from generator.checks.literal_amounts_digits import digit_count_slip, unnamed_stated

STATED = {"belopp.ram": 1_000_000_000, "belopp.hyra": 2_330_883}


def slips(text: str, figures: dict[str, int] = STATED) -> list[tuple[str, str]]:
    """Each literal of text that is a slip of a figure, as (literal, name)."""
    stated = unnamed_stated(figures, text)
    return [(literal.text, name) for literal, name, _ in
            misses_among(find_amounts(text), FigureIndex(figures), stated=stated)]


@pytest.mark.parametrize(("text", "name"), [
    ("en ram på 100 mnkr", "belopp.ram"),
    ("en ram på 10 000 mnkr", "belopp.ram"),
    ("en ram på 100 000 000 kr", "belopp.ram"),
    ("en hyra på 233 083 kr", "belopp.hyra"),  # (an 8 left out: long amounts, any digit)
    ("en hyra på 23 230 883 kr", "belopp.hyra"),  # (a 2 added)
])
def test_a_digit_too_few_or_too_many_is_a_slip_of_a_stated_amount(text: str,
                                                                   name: str) -> None:
    assert slips(text) == [(text.removeprefix("en ram på ").removeprefix("en hyra på "), name)]


@pytest.mark.parametrize("text", [
    "en ram på 200 mnkr",  # (a short amount: only a zero is read)
    "en ram på 1 000 mnkr",
    "höjs med 100 mnkr till {{ belopp.ram | mnkr(0) }}",  # (the text names the ram)
    "höjs med 100 mnkr till 1 000 mnkr",  # (the text writes it)
    "en ram på ca 100 mnkr",
])
def test_other_amounts_are_no_slips(text: str) -> None:
    assert slips(text) == []


def test_a_table_figure_is_not_read_for_a_digit_too_few() -> None:
    # (trial 35: "ansökt om 46 150 kr" beside a total of 461 500 kr was another amount)
    figures = {"tabeller.fordelning.summa": 461_500}
    assert slips("ansökt om 46 150 kr", figures) == []


@pytest.mark.parametrize(("text", "figure", "said"), [
    ("100 mnkr", 1_000_000_000, "en nolla till"),
    ("10 000 mnkr", 1_000_000_000, "en nolla mindre"),
    ("233 083 kr", 2_330_883, "en siffra till"),
    ("23 230 883 kr", 2_330_883, "en siffra mindre"),
    ("200 mnkr", 1_000_000_000, None),
    ("56 mnkr", 56_200_000, None),  # (the figure has a digit below the literal's last place)
])
def test_how_a_digit_count_slip_is_said(text: str, figure: int, said: str | None) -> None:
    [literal] = find_amounts(text)
    assert digit_count_slip(literal, figure) == said
