"""A table cell of bold text alone ("**Summa**") gets the spans the general way gives it."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.word.markdown import MarkdownStructureError
from generator.word.span import Span
from generator.word.spans import inline_spans

NBSP = "\u00a0"


def _cell(markup: str) -> etree.Element:
    return etree.fromstring(f"<td>{markup}</td>")


@pytest.mark.parametrize(("markup", "spans"), [
    ("<strong>Summa</strong>", [Span("Summa", bold=True)]),
    ("<b> 12 300  kr </b>", [Span(f"12{NBSP}300{NBSP}kr", bold=True)]),
    ("<strong>se www.a.se nu</strong>", [Span("se ", bold=True),
                                          Span("www.a.se", bold=True, href="https://www.a.se"),
                                          Span(" nu", bold=True)]),
    ("<strong> </strong>", []),
])
def test_bold_text_alone(markup: str, spans: list[Span]) -> None:
    assert inline_spans(_cell(markup)) == spans


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab1 2\n-–§.w/:"), max_size=20), st.booleans())
def test_bold_text_alone_is_as_with_a_space_after_it(text: str, bold: bool) -> None:
    """(A space after the bold text takes the general way, which trims it.)"""
    alone, spaced = _cell("<strong/>"), _cell("<strong/>")
    alone[0].text = spaced[0].text = text
    spaced[0].tail = " "
    assert inline_spans(alone, bold=bold) == inline_spans(spaced, bold=bold)


def test_an_unmatched_placeholder_in_bold_text_is_named_as_before() -> None:
    cell = _cell("<strong/>")
    cell[0].text = " a\x03b "
    with pytest.raises(MarkdownStructureError) as raised:
        inline_spans(cell)
    assert str(raised.value) == (
        "asteriskerna för kursiv och fetstil i stycket ' a\x03b ' går inte ihop runt en länk, "
        "en kod eller en webbadress; se till att varje * och ** har sin partner, eller skriv "
        "tecknet \\* för en asterisk som ska stå kvar")
