"""References and numeric ranges never break a line in the .docx."""

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.word.typography import NO_BREAK_HYPHEN, WORD_JOINER, no_break_spaces


def test_a_reference_gets_non_breaking_hyphens() -> None:
    assert no_break_spaces("dnr: 5.7-1234/2025 och KS-2024/123") == (
        "dnr: 5.7\u20111234/2025 och KS\u20112024/123")


def test_words_joined_by_a_hyphen_may_break() -> None:
    assert no_break_spaces("barn- och ungdom, 8 st") == "barn- och ungdom, 8\u00a0st"
    assert no_break_spaces("Friluftsliv-för 2 barn") == "Friluftsliv-för 2 barn"


def test_a_range_is_joined_at_its_en_dash() -> None:
    assert no_break_spaces("barn 8–15 år, 2024–2025") == (
        "barn 8\u2060–\u206015\u00a0år, 2024\u2060–\u20602025")


_TOKEN = st.from_regex(r"[A-Z]{0,3}[0-9.]{0,3}[0-9]-[0-9]{1,4}/20[0-9]{2}", fullmatch=True)
_RANGE = st.from_regex(r"[0-9]{1,4}–[0-9]{1,4}", fullmatch=True)


@given(st.lists(st.one_of(_TOKEN, _RANGE), min_size=1, max_size=4))
def test_no_reference_or_range_has_a_break_opportunity(tokens: list[str]) -> None:
    text = no_break_spaces("Se " + " och ".join(tokens) + ".")
    for token in text.removeprefix("Se ").removesuffix(".").split(" och "):
        assert "-" not in token  # every hyphen is the non-breaking one
        assert not re.search(f"(?<!{WORD_JOINER})–|–(?!{WORD_JOINER})", token)
        assert token.replace(NO_BREAK_HYPHEN, "-").replace(WORD_JOINER, "") in tokens
