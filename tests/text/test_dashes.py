"""Specification of the tankstreck set for a hyphen typed between spaced words (trial 73,
F10): Swedish typography prints "a – b" where a typewriter wrote "a - b"."""

from __future__ import annotations

import pytest

from generator.text.dashes import spaced_dashes
from generator.text.wording import house_wording


@pytest.mark.parametrize(("typed", "printed"), [
    ("Vård och Äldreomsorg - yngre", "Vård och Äldreomsorg – yngre"),
    ("hjälp i hemmet - insatser", "hjälp i hemmet – insatser"),
    ("år 2025 - ett nytt år", "år 2025 – ett nytt år"),
    ("budget - 2025", "budget – 2025"),
    ("Linköping - Norrköping - Stockholm", "Linköping – Norrköping – Stockholm"),
])
def test_a_hyphen_between_spaced_words_is_printed_as_a_tankstreck(typed: str,
                                                                  printed: str) -> None:
    assert spaced_dashes(typed) == printed


@pytest.mark.parametrize("typed", [
    "sidan 3 - 5",  # (two figures: a range or a minus, for those rules to decide)
    "10 - 3 = 7",
    "barn- och ungdomsnämnden",  # (a hyphen joined to its word)
    "ord-ord",
    "Punkter:\n- en\n- två",  # (list items)
    "Kostnad - ",  # (nothing after it)
    "`a - b` och {{ a - b }}",  # (code and references stand as written)
])
def test_other_hyphens_stand_as_written(typed: str) -> None:
    assert spaced_dashes(typed) == typed


def test_the_document_prints_the_tankstreck_with_the_other_wording_rules() -> None:
    assert house_wording('Vård - yngre "i hemmet" 2024-2025') == \
        "Vård – yngre ”i hemmet” 2024–2025"
