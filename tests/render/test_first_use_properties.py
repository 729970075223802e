"""Property specification of abbreviations at first use: writing them out is idempotent and
only inserts text — every character of the input stays, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.abbreviations import expand_first_use

ABBREVIATIONS = {
    "LCHNV": "Länschefsnätverket",
    "RSS": "regional samverkans- och stödstruktur",
    "MHFA": "Mental Health First Aid",
    "ÖK": "överenskommelse",
}
WORDS = [
    "LCHNV", "RSS", "MHFA", "ÖK", "LCHNV-möte", "RSS:en",
    "Länschefsnätverket", "länschefsnätverket", "regional samverkans- och stödstruktur",
    "Mental Health First Aid", "Överenskommelse", "överenskommelse",
    "beslutar", "medlen", "och", "t.ex.", "kommunerna", "(", ")", ",", ".", ":", "**", "*",
    "`RSS`", "[RSS](https://rss.se/LCHNV)", "<https://lchnv.se>", "info@rss.se",
    "https://www.rss.se/ÖK",
]
LINE_STARTS = ["", "", "# ", "## ", "- ", "1. ", "> ", "| "]


@st.composite
def markdown(draw: st.DrawFn) -> str:
    """A few lines of Markdown mixing abbreviations, long forms and protected text."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
        lines.append(draw(st.sampled_from(LINE_STARTS)) + " ".join(words))
    return "\n".join(lines) + "\n"


def expand(text: str) -> str:
    return expand_first_use(text, ABBREVIATIONS)


def only_insertions(before: str, after: str) -> bool:
    """Tell whether after is before with text inserted: before is a subsequence of after."""
    rest = iter(after)
    return all(char in rest for char in before)


FAST = settings(max_examples=200, deadline=None)


@FAST
@given(markdown())
def test_expanding_twice_is_expanding_once(text: str) -> None:
    once = expand(text)
    assert expand(once) == once


@FAST
@given(markdown())
def test_expanding_only_inserts_so_removing_the_insertions_gives_back_the_input(
    text: str,
) -> None:
    assert only_insertions(text, expand(text))


def test_the_insertion_check_sees_a_removal() -> None:
    assert only_insertions("RSS\nLCHNV\n", "Regional (RSS)\nx LCHNV\n")
    assert not only_insertions("RSS\nLCHNV\n", "Regional (RSS)\nLCHN\n")


def test_the_genitive_is_the_one_rewrite() -> None:
    # "LCHNV:s" becomes "Länschefsnätverkets (LCHNV)": the ":s" moves to the long form.
    assert expand("Enligt LCHNV:s beslut.") == "Enligt Länschefsnätverkets (LCHNV) beslut."
    assert not only_insertions("Enligt LCHNV:s beslut.", expand("Enligt LCHNV:s beslut."))
