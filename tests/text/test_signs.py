"""Specification of the percent and minus signs of typed text as the documents print them
(trial 36, F9; trial 37, finding 12): "3%" is written "3 %" and found for the check, a hyphen
or en dash joined to a figure where a sign stands is written as a minus; a range, a
reference, a date, a dash between clauses, `{{ … }}`, code and web addresses are left alone."""

from __future__ import annotations

import pytest

from generator.text.signs import spaced_signs, unspaced_percents


@pytest.mark.parametrize(("written", "printed"), [
    ("en höjning med 3% i år", "en höjning med 3 % i år"),
    ("3,5% och 10.5%", "3,5 % och 10.5 %"),
    ("1 000% mer", "1 000 % mer"),
    ("(12%)", "(12 %)"),
    ("3 % redan", "3 % redan"),
    ("se https://example.se/a-3%20b", "se https://example.se/a-3%20b"),
    ("[rapporten](https://example.se/50%) 50%", "[rapporten](https://example.se/50%) 50 %"),
    ("`3%` och {{ 3% }}", "`3%` och {{ 3% }}"),
])
def test_a_percent_sign_joined_to_a_number_gets_a_space(written: str, printed: str) -> None:
    assert spaced_signs(written) == printed


@pytest.mark.parametrize(("written", "printed"), [
    ("uppgick till -70 mnkr", "uppgick till −70 mnkr"),
    ("uppgick till –1,8 mnkr", "uppgick till −1,8 mnkr"),
    ("-70 i början\n-8 på en ny rad", "−70 i början\n−8 på en ny rad"),
    ("(-5) och **-3**", "(−5) och **−3**"),
    ("-5%", "−5 %"),
])
def test_a_hyphen_or_en_dash_joined_to_a_figure_where_a_sign_stands_is_a_minus(
        written: str, printed: str) -> None:
    assert spaced_signs(written) == printed


@pytest.mark.parametrize("written", [
    "åren 2019-2020", "s. 3-5", "KS 2015/12-3", "den 2015-03-18", "COVID-19", "10 -20 platser",
    "Kostnaden – 1,8 mnkr – beror på", "en lista\n- 70 kr", "x=-5 och a/-5",
    "https://example.se/-5", "{{ a -5 }}"])
def test_a_hyphen_or_dash_that_is_no_sign_stays(written: str) -> None:
    assert spaced_signs(written) == written


def test_the_check_finds_each_percent_sign_without_a_space_outside_what_stays() -> None:
    text = "3% och 3,5% men https://example.se/3% och {{ 4% }} och 5 %"
    assert [(m.group(), m.group(1), m.start()) for m in unspaced_percents(text)] == [
        ("3%", "3", 0), ("3,5%", "3,5", 7)]
