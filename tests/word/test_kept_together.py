"""A `::: samman` div of paragraphs alone becomes one paragraph, an empty line (two line
breaks) between its paragraphs, in Word as high as the space after a paragraph; a div of
one paragraph, or holding anything else, stays as it is (see `kept_together`)."""

from __future__ import annotations

import io
import xml.etree.ElementTree as etree
import zipfile
from pathlib import Path

from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.kept_together import joined_paragraph

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


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


def test_in_word_the_empty_line_is_as_high_as_the_space_after_a_paragraph() -> None:
    """Trial 93, F5: two yrkanden stood a whole empty line apart, twice the space between
    other paragraphs. The reference's Normal style has 10 pt after a paragraph in 1.15
    lines: the empty line's break is set in 7 pt (14 half-points)."""
    data = markdown_to_docx("::: samman\nIda Stafrin (C) yrkar bifall.\n\n"
                            "Jan Sahlén (S) yrkar avslag.\n:::\n",
                            DocxMeta("Yrkanden", None, None, ()), REFERENCE)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    paragraph = document.find("w:body/w:p", NS)
    assert paragraph is not None
    runs = paragraph.findall("w:r", NS)
    assert [(run.find("w:br", NS) is not None,
             size.get(f"{{{W}}}val") if (size := run.find("w:rPr/w:sz", NS)) is not None
             else None) for run in runs] == [(False, None), (True, None), (True, "14"),
                                             (False, None)]
