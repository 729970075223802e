"""Specification of unbalanced parentheses in case text (generator.text.parentheses): the
first in each paragraph, with the words around it for the warning (trial 39, F12)."""

from __future__ import annotations

import pytest

from generator.text.parentheses import Unbalanced, surrounding_words, unbalanced_parentheses


@pytest.mark.parametrize(("text", "found"), [
    ("NBV (Nykterhetsrörelsens bildningsverksamhet", [(4, True, "(Nykterhetsrörelsens "
                                                       "bildningsverksamhet")]),
    ("((nästlad)", [(0, True, "((nästlad)")]),
    ("a (b (c) d", [(2, True, "(b (c) d")]),
    ("bidragen betalas) ut", [(16, False, "bidragen betalas)")]),
    ("(två\n\ntre) fyra", [(0, True, "(två"), (9, False, "tre)")]),  # (per paragraph)
    ("NBV (Nykt\n1) första punkten", [(4, True, "(Nykt 1) första punkten")]),  # (a marker
    # starts the line: it closes nothing)
    ("(a) (b", [(4, True, "(b")]),
])
def test_a_parenthesis_without_its_other_half_is_found(
        text: str, found: list[tuple[int, bool, str]]) -> None:
    unbalanced = list(unbalanced_parentheses(text))
    assert [(u.offset, u.opening, surrounding_words(text, u)) for u in unbalanced] == found


@pytest.mark.parametrize("text", [
    "Budget (tkr) och (se (bilaga 2))",  # nested
    "1) första\n2) andra\n  3) tredje",  # list markers
    "a) kurser, b) läger och iv) resor; 2.1) och 3b) också",
    "(se bilaga 1)",  # a marker-like ending closes
    "Bra :) men :( och ;-) eller :-(",  # smileys
    "inga parenteser alls",
])
def test_balanced_text_markers_and_smileys_are_no_slip(text: str) -> None:
    assert list(unbalanced_parentheses(text)) == []


def test_the_words_shown_are_cut_at_a_whole_word() -> None:
    text = "Till (Studieförbundet Vuxenskolan och Medborgarskolan samt Sensus"
    assert surrounding_words(text, Unbalanced(5, True)) == (
        "(Studieförbundet Vuxenskolan och Medborgarskolan")
