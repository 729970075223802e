"""Swedish letters in plain letters, as keys, ids and names spell them."""

from __future__ import annotations

from generator.letters import plain_letters


def test_the_marked_letters_become_plain_and_capitals_stay_capitals() -> None:
    assert plain_letters("Förslag från Östersund, Malmö och Västerås") == \
        "Forslag fran Ostersund, Malmo och Vasteras"
    assert plain_letters("Café Zürich ÉÜ") == "Cafe Zurich EU"


def test_a_text_without_marked_letters_is_unchanged() -> None:
    assert plain_letters("region-dalarna") == "region-dalarna"
