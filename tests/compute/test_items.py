"""Specification of list items written on one line (generator.compute.items)."""

from __future__ import annotations

import pytest

from generator.compute.items import items_in_line


@pytest.mark.parametrize(("items", "line"), [
    (["Kraft-team har bedömt deltagarnas arbetsförmåga.", "Cura har erbjudit stöd."],
     "Kraft-team har bedömt deltagarnas arbetsförmåga. Cura har erbjudit stöd."),
    (["Utbildning av personalen", "Länsgemensam temadag"],
     "Utbildning av personalen; Länsgemensam temadag"),
    (["Klart!", "Pågår?", "Planeras…", "Sist"], "Klart! Pågår? Planeras… Sist"),
    (["Temadag (se bilaga.)", "Utbildning"], "Temadag (se bilaga.) Utbildning"),
    (['Enligt planen "Steg ett."', "Utbildning"], 'Enligt planen "Steg ett." Utbildning'),
    (["Utbildning;", "Temadag"], "Utbildning; Temadag"),
    (["Utbildning", "Temadag.", "Handledning"], "Utbildning; Temadag. Handledning"),
])
def test_an_item_that_ends_a_sentence_is_followed_by_a_space_any_other_by_a_semicolon(
        items: list[str], line: str) -> None:
    assert items_in_line(items) == line


def test_spaces_around_items_and_empty_items_are_left_out() -> None:
    assert items_in_line(["  Utbildning ", "", " ", "Temadag"]) == "Utbildning; Temadag"
    assert items_in_line([]) == ""
    assert items_in_line(["Ensam punkt."]) == "Ensam punkt."
