"""The words that say an amount in a point comes on top of another (trial 70, F1)."""

from __future__ import annotations

import pytest

from generator.checks.extra_words import extra_word


@pytest.mark.parametrize(("text", "word"), [
    ("Linus Alfredsson erhåller dessutom 15 000 kr", "dessutom"),
    ("Därutöver beviljas Linus Alfredsson 15 000 kr", "Därutöver"),
    ("Utöver detta beviljas Linus Alfredsson 15 000 kr", "Utöver detta"),
    ("Linus Alfredsson erhåller ytterligare 15 000 kr", "ytterligare"),
    ("Linus Alfredsson erhåller även 15 000 kr", "även"),
    ("Linus Alfredsson erhåller 15 000 kr", None),
    ("Linus Alfredsson erhåller dessutom 10 000 kr och Carin Gyllenhammar 15 000 kr", None),
    ("Nämnden beslutar dessutom. Linus Alfredsson erhåller 15 000 kr", None),
    ("Linus Alfredsson erhåller ävenledes 15 000 kr", None),
    ("Linus Alfredsson erhåller 15 000 kr utöver detta", None),
])
def test_the_word_before_the_amount_in_its_sentence(text: str, word: str | None) -> None:
    assert extra_word(text, text.rindex("15 000")) == word
