"""A digit too few or too many, read only against the amounts a case states (`belopp:`)."""

from __future__ import annotations

import pytest

from generator.checks.figure_index import FigureIndex
from generator.checks.literal_amounts import find_amounts, misses_among
from generator.checks.literal_amounts_digits import (
    changed_digit,
    digit_count_slip,
    unnamed_stated,
)

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


SMALL = {"belopp.kopeskilling": 900_000, "belopp.kostnader": 1_200_000}


@pytest.mark.parametrize(("text", "name"), [
    ("ett tilläggsanslag med 1,3 mnkr", "belopp.kostnader"),  # (trial 98, F4)
    ("ett tilläggsanslag med 1 300 000 kr", "belopp.kostnader"),
    ("ett tilläggsanslag med 1 250 000 kr", "belopp.kostnader"),
    ("ett tilläggsanslag med 1,1 mnkr", "belopp.kostnader"),
    ("säljas för 990 000 kr", "belopp.kopeskilling"),
    ("säljas för 910 000 kr", "belopp.kopeskilling"),
])
def test_a_short_amount_with_one_digit_changed_is_a_slip_of_a_stated_amount(
        text: str, name: str) -> None:
    assert [found for _, found in slips(text, SMALL)] == [name]


@pytest.mark.parametrize("text", [
    "ett tilläggsanslag med 1,5 mnkr",  # (a quarter off: another amount)
    "ett tilläggsanslag med 1,0 mnkr",  # (a sixth off)
    "ett tilläggsanslag med 2,2 mnkr",  # (the first digit changed)
    "ett tilläggsanslag med 1 200 000 kr",  # (the stated amount itself)
    "ett tilläggsanslag med ca 1,3 mnkr",  # (an approximate amount claims no digits)
    "ett tilläggsanslag med 1,3 mnkr för 2007",  # (a year's amount: maybe another year's)
    "från 1,2 mnkr till 1,3 mnkr",  # (the text writes the stated amount)
    "från {{ belopp.kostnader | mnkr }} till 1,3 mnkr",  # (the text names it)
])
def test_other_short_amounts_are_no_slips_of_a_stated_amount(text: str) -> None:
    assert slips(text, SMALL) == []


def test_another_years_amount_is_no_slip_of_the_stated_one() -> None:
    # (trial 93's familjehem case: the prisbasbelopp of 2021 is stated, 2020's is written)
    figures = {"belopp.prisbasbelopp": 47_600}
    assert slips("Prisbasbeloppet för 2020 var 47 300 kr.", figures) == []
    assert slips("Prisbasbeloppet är 47 300 kr.", figures) == [
        ("47 300 kr", "belopp.prisbasbelopp")]


def test_a_point_of_a_case_with_tables_leaves_a_short_amount_to_its_own_rules() -> None:
    text = "ett tilläggsanslag med 1,3 mnkr"
    stated = unnamed_stated(SMALL, text, short=False)
    assert misses_among(find_amounts(text), FigureIndex(SMALL), stated=stated) == []


@pytest.mark.parametrize(("text", "figure", "changed"), [
    ("1,3 mnkr", 1_200_000, True),
    ("990 000 kr", 900_000, True),
    ("1 250 000 kr", 1_200_000, True),
    ("1,3 mnkr", 1_230_000, False),  # (the figure has a digit below the literal's last place)
    ("44 800 kr", 44_801, False),
    ("2,2 mnkr", 1_200_000, False),
    ("1 234 kr", 1_235, False),  # (four digits: rule 4 of literal_amounts reads these)
    ("3 mnkr", 2_000_000, False),  # (one digit)
])
def test_which_short_amounts_have_one_digit_changed(text: str, figure: int,
                                                    changed: bool) -> None:
    [literal] = find_amounts(text)
    assert changed_digit(literal, figure) is changed
