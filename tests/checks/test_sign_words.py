"""Specification of the words that say an amount in text is negative, so that its size is
typed ("ett underskott på 150 mnkr"): a narrow rule, as a check must not guess (trial 37)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.checks.sign_words import STEMS, may_say_negative, negative_word


def word_for(text: str, amount: str = "150 mnkr") -> str | None:
    """The word that says the amount (its one occurrence in text) is negative, or None."""
    start = text.index(amount)
    return negative_word(text, start, start + len(amount))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("vilket innebär en negativ prognosavvikelse på 150 mnkr.", "negativ"),
        ("Nämnden redovisar ett underskott på 150 mnkr.", "underskott"),
        ("Budgetunderskottet blev 150 mnkr.", "Budgetunderskottet"),
        ("ett budget-underskott om 150 mnkr", "budget-underskott"),
        ("Negativa avvikelser mot budget på 150 mnkr", "Negativa"),
        ("Kostnaderna minskade med 150 mnkr.", "minskade"),
        ("en minskning med ca 150 mnkr", "minskning"),
        ("Resultatet försämrades med 150 mnkr.", "försämrades"),
        ("ett resultat på minus 150 mnkr", "minus"),
        ("Resultatet blev 150 mnkr lägre än budget.", "lägre"),
        ("Utfallet är 150 mnkr sämre än prognosen.", "sämre"),
        ("Intäkterna blev 150 mnkr mindre än väntat.", "mindre"),
        ("Resultatet blev 150 mnkr\nlägre än budget.", "lägre"),
    ],
)
def test_a_word_before_in_the_sentence_or_right_after_says_it(text: str, word: str) -> None:
    assert word_for(text) == word


@pytest.mark.parametrize(
    "text",
    [
        "Överskottet blev 150 mnkr.",
        "Avvikelsen var negativ. Den uppgick till 150 mnkr.",
        "Avvikelsen var negativ; sammanlagt 150 mnkr.",
        "en negativ avvikelse mot budget för nämnden på 150 mnkr",
        "ett underskott på 20 mnkr och ett överskott på 150 mnkr",
        "Kostnaderna minskade till 150 mnkr.",
        "en negativ avvikelse på -150 mnkr",
        "en negativ avvikelse på +150 mnkr",
        "Nämnden fick 150 mnkr\n\nlägre än året innan var kostnaderna",
        "Det negativa resultatet.\n\nNämnden fick 150 mnkr.",
    ],
)
def test_no_such_word_farther_off_in_another_sentence_or_after_a_level(text: str) -> None:
    assert word_for(text) is None


_PIECES = st.sampled_from([*STEMS, *(stem.upper() for stem in STEMS), "minsk"[:4], "lägr",
                           "under", "skott", "NEGATIV"[:5], "a", " ", "150 mnkr", "ä", "Ä"])


@given(st.lists(_PIECES, max_size=8).map("".join) | st.text(max_size=30))
def test_the_plain_searches_find_a_word_where_one_pattern_of_the_stems_does(text: str) -> None:
    pattern = re.compile("|".join(STEMS))
    assert may_say_negative(text) == (pattern.search(text.lower()) is not None)
