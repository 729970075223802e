"""Specification: figures typed in text are written as the documents write them
(`text.figures`): a decimal comma for a decimal point (trial 52, F5) and spaces between the
thousands of an amount (trial 53, F6), "à" for "á" before a price (trial 53, F4), and
nothing else is touched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text.figures import (
    decimal_points,
    house_figures,
    may_hold_digits,
    ungrouped_amounts,
)


@pytest.mark.parametrize(("typed", "printed"), [
    ("Barn 1: 1.5 % av inkomsten", "Barn 1: 1,5 % av inkomsten"),
    ("Barn 3: 0.5% av inkomsten", "Barn 3: 0,5% av inkomsten"),
    ("räntan 0.125 procent", "räntan 0,125 procent"),
    ("ramen 1.5 mnkr, 2.75 Mkr och 3.5 miljoner", "ramen 1,5 mnkr, 2,75 Mkr och 3,5 miljoner"),
    ("priset 12.50 kr", "priset 12,50 kr"),
])
def test_a_decimal_point_in_a_percentage_or_an_amount_is_a_decimal_comma(
        typed: str, printed: str) -> None:
    assert house_figures(typed) == printed


@pytest.mark.parametrize(("typed", "printed"), [
    ("Timtaxa à 1006 kr x 3 h = 3018 kr", "Timtaxa à 1\u00a0006 kr x 3 h = 3\u00a0018 kr"),
    ("1234567 kronor, 12500 tkr och 2500 MSEK", "1\u00a0234\u00a0567 kronor, 12\u00a0500 tkr "
                                                "och 2\u00a0500 MSEK"),
    ("avgiften 1006,50 kr", "avgiften 1\u00a0006,50 kr"),
    ("en avgift på 2024,50 kr", "en avgift på 2\u00a0024,50 kr"),
    ("ett underskott om -4500 kr", "ett underskott om -4\u00a0500 kr"),
])
def test_an_amount_of_four_digits_or_more_gets_no_break_spaces_between_its_thousands(
        typed: str, printed: str) -> None:
    assert house_figures(typed) == printed


def test_an_acute_accent_before_a_price_is_a_grave_one() -> None:
    # (trial 53, F4: "Timtaxa á 1006 kr")
    assert house_figures("Timtaxa á 1 006 kr, 3 st á 8,50 kr") == (
        "Timtaxa à 1 006 kr, 3 st à 8,50 kr")
    assert house_figures("Ángel á la carte, Sánchez á") == "Ángel á la carte, Sánchez á"


@pytest.mark.parametrize("text", [
    "Budget 2024 tkr", "Utfall 1999 kr",  # (a header: a year and a unit)
    "Dnr KS 2019/1006, KS 2019-1006 kr", "enligt 4 kap. 1006 § och SFS 2010:1006 kr",
    "postnummer 123 45, telefon 0651-180 00, kl. 9.30, vistelsetid över 15.01 timmar",
    "10000 invånare och 2019 elever", "avsnitt 3.2 Bakgrund", "1.006 kr", "1 006 kr",
    "1006:-", "12 3456 kr", "{{ belopp.x }} och `1006 kr` och https://a.se/1006kr",
    "1.2.5 %", "0.1234 kr",
])
def test_figures_that_are_no_amounts_or_percentages_are_left_as_typed(text: str) -> None:
    assert house_figures(text) == text


def test_the_matches_are_what_the_warnings_quote() -> None:
    text = "Barn 3: 0.5% av 1006 kr och 1.5 mnkr; 3018 kronor."
    assert [m.group(0) for m in decimal_points(text)] == ["0.5%", "1.5 mnkr"]
    assert [m.group(0) for m in ungrouped_amounts(text)] == ["1006 kr", "3018 kronor"]


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("0123456789?x –١٢٣\u00a0ä"), max_size=20),
       length=st.integers(min_value=1, max_value=7))
def test_may_hold_digits_is_never_false_where_the_pattern_finds_digits(
        text: str, length: int) -> None:
    if re.search(rf"\d{{{length}}}", text):
        assert may_hold_digits(text, length)
    if may_hold_digits(text, length) and "?" not in text and text.isascii():
        assert re.search(rf"\d{{{length}}}", text)
