"""The plain searches in `widths` agree with the regex searches they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.widths import _has_hex_run

_HEX_RUN = re.compile(r"[0-9a-f]{16}")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text("0123456789abcdefx_ -åé\u20ac\ud800\U0001f600", max_size=40),
                 st.text(max_size=40)))
def test_a_hex_run_is_what_the_regex_finds(text: str) -> None:
    assert _has_hex_run(text) == (_HEX_RUN.search(text) is not None)


def test_a_hex_run_needs_sixteen_digits_in_a_row() -> None:
    assert _has_hex_run("id _0123456789abcdef.")
    assert not _has_hex_run("0123456789abcde g 0123456789abcdeå")
