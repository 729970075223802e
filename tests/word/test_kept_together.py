"""A `::: samman` div of paragraphs alone becomes one paragraph, an empty line (two line
breaks) between its paragraphs; a div of one paragraph, or holding anything else, stays as
it is (see `kept_together`)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

from generator.word.kept_together import joined_paragraph


def _div(inner: str) -> etree.Element:
    return etree.fromstring(f'<div class="samman">{inner}</div>')


def test_paragraphs_are_joined_with_an_empty_line_between_them() -> None:
    div = _div("<p>Justerat den <strong>6 april</strong>.</p><p>Utdraget bestyrks: Lena</p>")
    joined = joined_paragraph(div)
    assert joined is not None
    assert etree.tostring(joined, encoding="unicode") == (
        "<p>Justerat den <strong>6 april</strong>.<br /><br />Utdraget bestyrks: Lena</p>")
    assert len(div) == 2 and len(div[0]) == 1  # (the div is left as it is)


def test_one_paragraph_or_anything_but_paragraphs_is_left_alone() -> None:
    assert joined_paragraph(_div("<p>Utdraget bestyrks: Lena</p>")) is None
    assert joined_paragraph(_div("<p>Till ersättare väljs</p><ul><li>Anna</li></ul>")) is None
