"""The plain searches before the no-break-space regexes skip only texts they leave alone."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word import typography
from generator.word.typography import NBSP, no_break_spaces

_PIECES = ["1", "12", "000", " 000", " ", "kr", " kr", "%", "§ 7", "kl. 9", "\u0663", "\u0663 ",
           " \u0663\u0663\u0663", "å", "a", "/", ".", "tkr", "år", "\xa0", "€", "-", "--", "–",
           "KS-", "2024-03", "_", "\u0663-"]
_RANGE_DASH = re.compile(r"(?<=\d)\u2013(?=\d)")  # as written before the dash came first


def _regexes_only(text: str) -> str:
    text = typography._HYPHENATED.sub(typography._joined_reference, text)
    text = _RANGE_DASH.sub("\u2060\u2013\u2060", text)
    text = typography._GROUPED.sub(lambda match: match.group().replace(" ", NBSP), text)
    text = typography._UNIT.sub(NBSP, text)
    return typography._BEFORE_NUMBER.sub(lambda match: match.group(1) + NBSP, text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
                 st.text("0123\u0663 kr%§.åa\u20ac-/_–\xb2", max_size=20)))
def test_the_shortcuts_change_nothing(text: str) -> None:
    assert no_break_spaces(text) == _regexes_only(text)
