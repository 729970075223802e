"""The letterhead on page 1, in the body so that screen readers read it, once.

The template writes it as a fenced div `::: brevhuvud` holding two divs: `::: avsandare`
(the sender's organisation lines) and `::: uppgifter` (the document kind, Datum, Dnr,
further reference numbers and the recipient). In Word it becomes a borderless two-column
grid: logo and sender on the left, the rest on the right.
"""

from __future__ import annotations

import pathlib
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from typing import Any, Final

from docx.shared import Cm

from generator.word.oxml import XmlNode, append_spans, qn
from generator.word.spans import inline_spans
from generator.word.tables import finish_table, text_width

LETTERHEAD_DIV: Final = "brevhuvud"
LOGO_HEIGHT: Final = Cm(1.5)
LEFT_SHARE: Final = 0.58


@dataclass(frozen=True)
class Logo:
    """An image for the letterhead and its alt text."""

    path: pathlib.Path
    alt: str


def write_letterhead(document: Any, element: etree.Element, logo: Logo | None,
                     link_style: str | None) -> None:
    """Append the letterhead grid for the `brevhuvud` div `element`."""
    sender, details = _part(element, "avsandare"), _part(element, "uppgifter")
    if not sender and not details and logo is None:
        return
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    if logo is not None:
        add_logo(left.paragraphs[0], logo)
    for cell, blocks in ((left, sender), (right, details)):
        for block in blocks:
            paragraph = cell.paragraphs[-1]
            if paragraph._p.find(qn("w:r")) is not None:
                paragraph = cell.add_paragraph()
            spans = inline_spans(block, br_text=True)
            append_spans(paragraph._p, spans, document.part, link_style)
    width = text_width(document)
    left_width = int(width * LEFT_SHARE)
    finish_table(table, [left_width, width - left_width], layout=True)


def _part(element: etree.Element, name: str) -> list[etree.Element]:
    """The paragraphs of the letterhead's part `name` (a nested div)."""
    for child in element:
        if child.tag == "div" and child.get("class") == name:
            return [block for block in child if block.tag == "p"]
    return []


def add_logo(paragraph: Any, logo: Logo) -> None:
    """An inline picture with its alt text on `wp:docPr` (and the picture's own cNvPr)."""
    inline: XmlNode = paragraph.add_run().add_picture(str(logo.path), height=LOGO_HEIGHT)._inline
    for properties in (*inline.iter(qn("wp:docPr")), *inline.iter(qn("pic:cNvPr"))):
        properties.set("descr", logo.alt)
        properties.set("title", logo.alt)
