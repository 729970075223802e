"""What every page shows around the body: a slim running header and "Sida x (y)".

Page 1 carries the letterhead in the body (screen readers skip page headers), so its
page header is empty; pages 2 and on have one line with the document kind, Dnr and
date. Every page has the footer "Sida x (y)" made of PAGE and NUMPAGES fields, which
Word and LibreOffice fill in when they lay out the pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Length

from generator.word.oxml import XmlNode, append_spans, clear, make
from generator.word.span import Span

PAGE_LABEL: Final = "Sida"
MIN_HEADER_GAP: Final = Cm(1.0)  # between the running header's line and the body


def write_page_frame(document: Any, running_header: str) -> None:
    """Replace the reference's headers and footers with the running header and page fields."""
    section = document.sections[-1]
    section.different_first_page_header_footer = True
    _fill(document, section.first_page_header, [], "Header")
    _fill(document, section.header, [Span(running_header)], "Header")
    for footer in (section.first_page_footer, section.footer):
        paragraph = _fill(document, footer, [Span(f"{PAGE_LABEL} ")], "Footer")
        paragraph.append(field_run("PAGE", "1"))
        paragraph.append(_text_run(" ("))
        paragraph.append(field_run("NUMPAGES", "1"))
        paragraph.append(_text_run(")"))
    _keep_header_clear(section)


def field_run(instruction: str, shown: str) -> XmlNode:
    """A simple field (`w:fldSimple`) showing `shown` until Word or LibreOffice updates it."""
    simple = make("w:fldSimple", {"w:instr": f" {instruction} "})
    simple.append(_text_run(shown))
    return simple


def _fill(document: Any, part: Any, spans: Sequence[Span], style: str) -> XmlNode:
    """Empty a header or footer and give it one paragraph holding `spans`."""
    part.is_linked_to_previous = False
    clear(part._element)
    chosen = next((name for name in (style, "Header") if name in document.styles), None)
    paragraph = part.add_paragraph(style=chosen)
    if spans:
        append_spans(paragraph._p, spans, part.part, None)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    node: XmlNode = paragraph._p
    return node


def _text_run(text: str) -> XmlNode:
    run = make("w:r")
    element = make("w:t", {"xml:space": "preserve"})
    element.text = text
    run.append(element)
    return run


def _keep_header_clear(section: Any) -> None:
    """Make the top margin leave room for a header line and a gap below it."""
    header_distance: Length = section.header_distance or Cm(1.25)
    needed = header_distance + Cm(0.6) + MIN_HEADER_GAP
    if section.top_margin is None or section.top_margin < needed:
        section.top_margin = needed
