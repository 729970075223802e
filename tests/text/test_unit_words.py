"""Specification: the spellings of one unit of measure are read as that unit."""

from __future__ import annotations

import pytest

from generator.text.unit_words import same_unit, unit_of


@pytest.mark.parametrize(("word", "other"), [
    ("km", "kilometer"), ("Kronor", "kr"), ("stycken", "st"), ("timmar", "tim"),
    ("kvadratmeter", "m2"), ("minuter", "min"), ("kilo", "kg"), ("månader", "mån"),
])
def test_spellings_of_one_unit_are_the_same_unit(word: str, other: str) -> None:
    assert same_unit(word, other)
    assert unit_of(word) == unit_of(other)


@pytest.mark.parametrize(("word", "other"), [
    ("km", "mil"), ("kr", "tkr"), ("resa", "resa"), ("timmar", "minuter")])
def test_other_units_and_words_are_not(word: str, other: str) -> None:
    assert not same_unit(word, other)


def test_a_word_that_is_no_unit_is_itself_in_lower_case() -> None:
    assert unit_of("Resa") == "resa"
    assert unit_of("Kvm") == "m²"
