"""The plain searches in `word_lengths` agree with the regex searches they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.word_lengths import (
    HYPHENATED_WORD,
    _has_hex_run,
    _has_long_word,
    _one_byte_each,
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
