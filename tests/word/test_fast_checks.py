"""Plain-search shortcuts give what the regex searches they replace give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.hyphenation import hyphenate_long_words
from generator.word.runs import text as escaped_text
from generator.word.span import Span
from generator.word.spans import _single_spaced
from generator.word.tables import _has_longer_word
from generator.word.typography import _has_digit

SAMPLES = st.text(st.one_of(st.sampled_from("0 9a&<>\r\n\u00a0å٣３\u2013"), st.characters()),
                  max_size=30)


@settings(max_examples=300, deadline=None)
@given(SAMPLES)
def test_a_digit_is_found_as_the_regex_finds_it(value: str) -> None:
    assert _has_digit(value) == (re.search(r"\d", value) is not None)


@settings(max_examples=300, deadline=None)
@given(SAMPLES)
def test_text_is_escaped_as_before(value: str) -> None:
    table = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
    expected = value.translate(table) if re.search("[&<>\r]", value) else value
    assert escaped_text(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("a \t\r\n\u00a0"), max_size=30))
def test_whitespace_is_single_spaced_as_the_regex_did(value: str) -> None:
    assert _single_spaced(value) == re.sub(r"[ \t\r\n]+", " ", value)


LONG_WORDS = st.text(st.one_of(st.sampled_from("ab å\u00a0\t\n\x85\u2009\u3000\U0001f600-"),
                               st.characters()), max_size=40)


@settings(max_examples=300, deadline=None)
@given(LONG_WORDS, st.integers(0, 12))
def test_a_longer_word_is_never_missed(value: str, capacity: int) -> None:
    split = max(map(len, value.split()), default=0) > capacity
    found = _has_longer_word([Span(value)], (capacity, capacity))  # (plain, bold)
    assert found or not split
    if all(ord(char) < 256 for char in value):
        assert found == split  # exact for Latin-1 text
    if found and not split:  # (white space beyond Latin-1): nothing to hyphenate then
        assert hyphenate_long_words([Span(value)], capacity) == [Span(value)]
