"""The first character a document cannot hold is found by the quick look at printable
characters exactly as by the pattern alone (`case.text_safety.forbidden_in`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.case.text_safety import _forbidden, forbidden_in

_PIECES = st.sampled_from(["a", "å", " ", "\n", "\t", "\r", "\x00", "\x0b", "\x1f", "\x7f",
                           "\x85", "\x9f", "\xa0", "\xad", "\u2013", "\u2028", "\u202f",
                           "\ud800", "\udfff", "\ufffe", "\uffff", "\ufffd", "1 000 kr"])


def pattern_alone(text: str) -> str | None:
    found = _forbidden().search(text)
    return found.group() if found else None


@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=20))
def test_it_finds_what_the_pattern_alone_finds(text: str) -> None:
    assert forbidden_in(text) == pattern_alone(text)


@pytest.mark.parametrize(("text", "char"), [
    ("Beslut\n\n| a | 1\xa0000 |\n", None), ("a\tb", None), ("a\rb", "\r"),
    ("a\x0cb\x00", "\x0c"), ("a\xa0\x85", "\x85"), ("a\ud800", "\ud800"), ("\uffff", "\uffff"),
])
def test_line_feeds_tabs_and_no_break_spaces_are_held_other_controls_not(
        text: str, char: str | None) -> None:
    assert forbidden_in(text) == char
