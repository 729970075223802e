"""Specification of what counts as quoted in running text: within quotation marks of any
Swedish or typewriter kind, or a Markdown quote line."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.text.quotations import (
    _quoted,
    _straight_pair,
    outside_quotations,
    quoted_spans,
    swedish_quotes,
    unquoted,
)
from generator.text.wording import house_wording

_FIGURE = re.compile(r"\d+")


@pytest.mark.parametrize(("text", "outside"), [
    ("höjs från 25 till 35", ["25", "35"]),
    ('enligt "höjs till 25" nu 35', ["35"]),
    ("enligt ”höjs till 25” nu 35", ["35"]),
    ("enligt „höjs till 25“ nu 35", ["35"]),
    ("enligt «höjs till 25» nu 35", ["35"]),
    ("> Avgiften är 25\nNu 35", ["35"]),
    ('"ett\nbrutet" 25', ["25"]),  # (a quotation wraps with its paragraph: trial 72, F3)
    ('"ett 20\nbrutet 30" 25', ["25"]),
    ('"ett 20\n\nstycke" 25', ["20", "25"]),  # (but ends with it)
])
def test_only_figures_outside_quotations_are_left(text: str, outside: list[str]) -> None:
    assert [m.group() for m in unquoted(_FIGURE.finditer(text), text)] == outside


@pytest.mark.parametrize(("text", "printed"), [
    ('temat "Förnybar energi" fortsätter', "temat ”Förnybar energi” fortsätter"),
    ('("Ung i Dalarna")', "(”Ung i Dalarna”)"),
    ('"a" och "b".', "”a” och ”b”."),
    ("redan ”rätt” skrivet", "redan ”rätt” skrivet"),
    ('reglementet: "Bidrag till byggande\nbeviljas ej." Slut.',
     "reglementet: ”Bidrag till byggande\nbeviljas ej.” Slut."),  # (trial 72, F3)
])
def test_a_pair_of_straight_quotes_is_set_as_swedish_quotation_marks(
        text: str, printed: str) -> None:
    assert swedish_quotes(text) == printed


@pytest.mark.parametrize("text", [
    'skärmen är 24" bred', 'ett " ensamt', 'tomt "" par', '" lösa "',
    'koden `"x"` står', '[länk](https://exempel.se "titel")', '"ett\n\nstycke"',
    '"en\n- punkt"', '"en\n## rubrik"',
], ids=["an inch", "a lone quote", "an empty pair", "spaces inside", "a code span",
        "a link's title", "over a blank line", "into a list", "into a heading"])
def test_straight_quotes_that_are_no_quotation_stand_as_written(text: str) -> None:
    assert swedish_quotes(text) == text


@pytest.mark.parametrize(("text", "printed"), [
    ('skärmen 24" för 1006 kr och "höjs 5%" nu 5%',
     'skärmen 24" för 1\u00a0006 kr och ”höjs 5%” nu 5 %'),
    ("> Citat 5%\nNu 5%", "> Citat 5%\nNu 5 %"),
    ("enligt ”höjs 2019-2022” nu 2019-2022", "enligt ”höjs 2019-2022” nu 2019–2022"),
])
def test_the_house_style_leaves_a_quotation_as_written_but_for_its_marks(
        text: str, printed: str) -> None:
    # (trial 72, F7: a reglemente quoted verbatim was printed with "40 %" for its "40%")
    assert house_wording(text) == printed


_WRAPPED = r"\n(?![ \t]*(?:\n|[-*+#>|]|\d+[.)][ \t]))"
_LOOKING_BEHIND_FIRST = rf'(?<![\w"])"(?=[^\s"])((?:[^"\n]|{_WRAPPED})*?[^\s"])"(?!\w)'
"""The straight pair as first written, with its look-behind before the mark."""


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from('a ”“„«»>"\n\t-1.`'), max_size=24))
def test_the_patterns_that_start_with_their_marks_find_what_they_did(text: str) -> None:
    first = re.compile(rf'{_LOOKING_BEHIND_FIRST}|[“”](?:[^“”\n]|{_WRAPPED})*”'
                       rf'|„(?:[^“”\n]|{_WRAPPED})*[“”]|«(?:[^»\n]|{_WRAPPED})*»|^>.*$',
                       re.MULTILINE)
    assert [m.span() for m in _quoted().finditer(text)] \
        == [m.span() for m in first.finditer(text)]
    assert [m.span(1) for m in _straight_pair().finditer(text)] \
        == [m.span(1) for m in re.finditer(_LOOKING_BEHIND_FIRST, text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from('a ”"\n40%\ue000\uf8ff\U0001f600'), max_size=24))
def test_a_rule_outside_quotations_is_the_rule_on_the_pieces_between_them(text: str) -> None:
    # (quotations stand aside as private-use characters while the rule runs; a text that
    # already holds one is ruled whole)
    def rule(piece: str) -> str:
        return piece.replace("40%", "40 %").upper()

    spans = quoted_spans(text)
    if any("\ue000" <= char <= "\uf8ff" for char in text) or not spans:
        assert outside_quotations(rule, text) == rule(text)
        return
    expected, last = [], 0
    for start, end in spans:
        expected += [rule(text[last:start]), text[start:end]]
        last = end
    assert outside_quotations(rule, text) == "".join([*expected, rule(text[last:])])
