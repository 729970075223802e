"""The plain searches in `word_lengths` agree with the regex searches they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.word_lengths import (
    ADDRESS_UNBROKEN,
    HYPHENATED_WORD,
    _has_hex_run,
    _has_long_word,
    _one_byte_each,
    longest_word,
)

_HEX_RUN = re.compile(r"[0-9a-f]{16}")
_TEXTS = st.one_of(st.text("0123456789abcdefx_ -åé\u20ac\ud800\U0001f600\xa0", max_size=40),
                   st.text(max_size=40))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_hex_run_is_what_the_regex_finds(text: str) -> None:
    assert _has_hex_run(_one_byte_each(text)) == (_HEX_RUN.search(text) is not None)


def test_a_hex_run_needs_sixteen_digits_in_a_row() -> None:
    assert _has_hex_run(_one_byte_each("id _0123456789abcdef."))
    assert not _has_hex_run(_one_byte_each("0123456789abcde g 0123456789abcdeå"))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_a_long_word_is_one_that_splitting_at_spaces_finds(text: str) -> None:
    longest = max(map(len, text.split(" ")))
    assert _has_long_word(_one_byte_each(text)) == (longest > HYPHENATED_WORD)


def test_a_long_word_counts_characters_not_bytes() -> None:
    thirteen = "åäöåäöå\u20ac\U0001f600åäö\xa0"
    assert len(thirteen) == HYPHENATED_WORD
    assert not _has_long_word(_one_byte_each(f"{thirteen} kort"))
    assert _has_long_word(_one_byte_each(f"{thirteen}x kort"))


def test_words_joined_by_a_slash_count_piece_by_piece() -> None:
    """A line may break after a "/" between letters (`hyphenation` marks it for Word)."""
    assert longest_word(["Gäster/anhöriga/pensionär (kr)"], 0) == len("anhöriga/")
    assert longest_word(["kr/portion"], 0) == len("portion")


def test_a_slash_between_digits_or_in_an_address_does_not_break() -> None:
    assert longest_word(["Dnr 2024/512"], 0) == len("2024/512")
    assert longest_word(["se https://kommun.se/omsorg/pris"], 0) == ADDRESS_UNBROKEN
    assert longest_word(["se www.ab.se/a/pris och kr/portion"], 0) == len("www.ab.se/a/pris")
