"""Counts in messages agree with their number: "1 ärende kontrollerat", "2 ärenden
kontrollerade", and lists read as Swedish, a long one cut short."""

from __future__ import annotations

import pytest

from generator.output.display import counted, first_few, listed


class DescribeCounted:
    @pytest.mark.parametrize(("number", "expected"), [
        (0, "0 ärenden kontrollerade"),
        (1, "1 ärende kontrollerat"),
        (2, "2 ärenden kontrollerade"),
    ])
    def it_takes_the_singular_for_one_only(self, number: int, expected: str) -> None:
        assert counted(number, "ärende kontrollerat", "ärenden kontrollerade") == expected

    def it_counts_words_that_are_the_same_in_both_numbers(self) -> None:
        assert [counted(n, "fel", "fel") for n in (1, 2)] == ["1 fel", "2 fel"]


class DescribeListed:
    def it_joins_the_last_two_with_och(self) -> None:
        assert listed(["a"]) == "a"
        assert listed(["a", "b"]) == "a och b"
        assert listed(["a", "b", "c"]) == "a, b och c"


class DescribeFirstFew:
    @pytest.mark.parametrize(("names", "expected"), [
        (["a"], "a"),
        (["a", "b", "c"], "a, b, c"),
        (["a", "b", "c", "d"], "a, b, c m.fl."),
        (["a\nb"], "a\\nb"),
    ])
    def it_names_three_and_sums_up_the_rest(self, names: list[str], expected: str) -> None:
        assert first_few(names) == expected
