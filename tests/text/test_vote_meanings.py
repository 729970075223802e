"""Specification of a vote's meaning as it stands inside a sentence
(generator.text.vote_meanings): a capital is lowered where the first word is a vote's word or
a common-noun body's genitive, and kept where it may be a name (trial 79)."""

from __future__ import annotations

import pytest

from generator.text.vote_meanings import meaning_mid_sentence


@pytest.mark.parametrize(("meaning", "printed"), [
    ("Bifall till kommunstyrelsens förslag", "bifall till kommunstyrelsens förslag"),
    ("Avslag på motionen", "avslag på motionen"),
    ("Återremiss", "återremiss"),
    ("Att ärendet avgörs i dag", "att ärendet avgörs i dag"),
    ("Kommunstyrelsens förslag", "kommunstyrelsens förslag"),
    ("Barn- och utbildningsnämndens förslag", "barn- och utbildningsnämndens förslag"),
    ("bifall till kommunstyrelsens förslag", "bifall till kommunstyrelsens förslag"),
    ("Anna Bergs yrkande", "Anna Bergs yrkande"),
    ("AnnSofie Anderssons yrkande", "AnnSofie Anderssons yrkande"),
    ("Länsstyrelsens förslag", "Länsstyrelsens förslag"),
    ("Moderaternas yrkande", "Moderaternas yrkande"),
    ("BIFALL", "BIFALL"),
])
def test_a_meaning_is_lowered_only_where_it_is_no_name(meaning: str, printed: str) -> None:
    assert meaning_mid_sentence(meaning) == printed
