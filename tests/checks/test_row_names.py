"""Specification: a point names a table row in its own spelling (trial 77, F6). "resor
kortare än 25 kilometer" names the row "Enkel resa, kortare än 25 km": a unit however it is
spelled, a word in another Swedish form, and, given the table's other rows, only the words
that tell the row from them (and more than half of its words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.checks.row_names import (
    named_words,
    names_row,
    names_words,
    own_words,
    row_words,
    said_words,
)

FARES = ("Enkel resa, kortare än 25 km", "Enkel resa, längre än 25 km",
         "Periodkort, per kalendermånad")


@pytest.mark.parametrize(("text", "label"), [
    ("resor som är 25 kilometer eller kortare", "Kortare resa, 25 km"),
    ("fem timmar", "5 tim"),
    ("avgiften per kvadratmeter", "Avgift per kvm"),
    ("tio stycken", "10 st"),
    ("kyrkorna", "Kyrka"),
    ("resorna", "Resa"),
    ("25 km", "25 kilometer"),
])
def test_a_unit_in_any_spelling_and_a_word_in_another_form_name_it(text: str,
                                                                    label: str) -> None:
    assert names_row(text, label)


@pytest.mark.parametrize(("text", "label"), [
    ("resultatet", "Resa"),       # (a longer word of the same beginning is no form of it)
    ("reserven", "Resa"),
    ("25 mil", "25 km"),          # (another unit)
])
def test_another_word_or_unit_does_not(text: str, label: str) -> None:
    assert not names_row(text, label)


def test_the_words_that_tell_the_row_from_the_others_name_it() -> None:
    text = "egenavgiften för resor kortare än 25 kilometer blir 27 kronor"
    assert not names_row(text, FARES[0])  # (alone: "enkel" is not said)
    assert names_row(text, FARES[0], FARES)


def test_a_point_about_the_other_row_does_not_name_it() -> None:
    assert not names_row("enkel resa längre än 25 km blir 27 kronor", FARES[0], FARES)


def test_a_row_whose_words_no_other_row_has_is_named_by_all_of_them() -> None:
    assert not names_row("periodkortet kostar 670 kronor", FARES[2], FARES)
    assert names_row("periodkortet per kalendermånad kostar 670 kronor", FARES[2], FARES)


def test_its_own_words_alone_are_not_enough() -> None:
    # ("kortare" alone is one word of five)
    assert not names_row("kortare handläggningstid", FARES[0], FARES)


@pytest.mark.parametrize("text", [
    "resor kortare än 25 kilometer",
    "enkel resa längre än 25 km",
    "periodkort",
    "en resa",
])
def test_a_tables_words_found_once_name_its_rows_as_names_row_does(text: str) -> None:
    # (a check that asks about many rows reads the table's words once: trial 91, F10)
    words = own_words(FARES)
    said = said_words(text)
    named = named_words(said, frozenset().union(*(found for found, _ in words.values())))
    for label in FARES:
        wanted, own = words[label]
        assert names_words(said, wanted, _given(own), named) == names_row(text, label, FARES)


def _given(words: frozenset[str]) -> Callable[[], frozenset[str]]:
    """A function giving the words, as `names_words` asks for a row's own words."""
    return lambda: words


def test_enligt_is_a_small_word_that_names_no_row() -> None:
    # trial 97, F3: "medel fördelas enligt tabellen" was read as naming the row 'Fördelat
    # enligt förslaget', a copy of another table's total, and offered it before the total
    assert row_words("Fördelat enligt förslaget") == {"fördelat", "förslaget"}
