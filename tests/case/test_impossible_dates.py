"""A date that does not exist is explained: which part is wrong and what to write."""

from __future__ import annotations

import pytest

from generator.case.impossible_dates import why_impossible


@pytest.mark.parametrize(("date", "why"), [
    ((2024, 11, 31), "november 2024 har 30 dagar, skriv en dag mellan 01 och 30"),
    ((2024, 2, 30), "februari 2024 har 29 dagar, skriv en dag mellan 01 och 29"),
    ((2023, 2, 29), "februari 2023 har 28 dagar, skriv en dag mellan 01 och 28"),
    ((2024, 1, 0), "januari 2024 har 31 dagar, skriv en dag mellan 01 och 31"),
    ((2024, 13, 5), "månad 13 finns inte, skriv en månad mellan 01 och 12"),
    ((2024, 0, 5), "månad 00 finns inte, skriv en månad mellan 01 och 12"),
    ((0, 1, 1), "år 0000 finns inte, skriv året med fyra siffror, t.ex. 2024"),
])
def test_it_says_why_a_date_does_not_exist(date: tuple[int, int, int], why: str) -> None:
    assert why_impossible(*date) == why


@pytest.mark.parametrize(("month", "day", "why"), [
    (4, 31, "april har 30 dagar, skriv en dag mellan 01 och 30"),
    (2, 30, "februari har högst 29 dagar, skriv en dag mellan 01 och 29"),
])
def test_a_date_in_words_without_its_year_is_told_the_days_of_its_month(
    month: int, day: int, why: str
) -> None:
    assert why_impossible(None, month, day) == why
