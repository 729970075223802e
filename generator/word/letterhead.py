"""The letterhead on page 1, in the body so that screen readers read it, once.

The template writes it as a fenced div `::: brevhuvud` holding two divs: `::: avsandare`
(the sender's organisation lines) and `::: uppgifter` (the document kind, Datum, Dnr,
further reference numbers and the recipient). In Word it becomes a borderless two-column
grid: logo and sender on the left, the rest on the right.
"""

from __future__ import annotations

import pathlib
import xml.etree.ElementTree as etree
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from generator.word.deferred import all_xml
from generator.word.oxml import XmlNode, add, cast_element, qn
from generator.word.runs import append_spans, runs_xml
from generator.word.spans import inline_spans
from generator.word.tables import new_table, table_xml

if TYPE_CHECKING:
    from generator.word.draft import Draft

LETTERHEAD_DIV: Final = "brevhuvud"
LOGO_HEIGHT: Final = 540000  # EMU, 1.5 cm
LEFT_SHARE: Final = 0.58


class Logo(NamedTuple):
    """An image for the letterhead and its alt text."""

    path: pathlib.Path
    alt: str


def write_letterhead(draft: Draft, element: etree.Element, logo: Logo | None,
                     link_style: str | None, *, landscape: bool = False) -> None:
    """Append the letterhead grid for the `brevhuvud` div `element`, as wide as the text of
    a `landscape` page where the first page is one."""
    sender, details = _part(element, "avsandare"), _part(element, "uppgifter")
    if not sender and not details and logo is None:
        return
    width = draft.reference.landscape_width if landscape else draft.reference.text_width
    left_width = int(width * LEFT_SHARE)
    widths = [left_width, width - left_width]
    if logo is None:
        markup = _grid_xml(draft, widths, (sender, details), link_style)
        if markup is not None:
            draft.deferred.append(draft.body, "tbl", markup)
            return
    _, grid = new_table(draft.body, widths, 1, style_id=None, layout=True)
    left, right = grid[0]
    if logo is not None:
        add_logo(draft, _paragraphs(left)[0], logo)
    for cell, blocks in ((left, sender), (right, details)):
        for block in blocks:
            paragraph = _paragraphs(cell)[-1]
            if paragraph.find(qn("w:r")) is not None:
                paragraph = add(cell, "w:p")
            append_spans(paragraph, inline_spans(block, br_text=True), draft, link_style)


def _grid_xml(draft: Draft, widths: list[int], parts: tuple[list[etree.Element], ...],
              link_style: str | None) -> str | None:
    """The letterhead grid without a logo as markup, written as the element tree way above
    writes it (which costs several times more); None where the two might differ: a cell
    ending in an empty paragraph after others, or a character that XML does not allow
    (so that the tree way fails as it always has)."""
    contents = []
    for blocks in parts:
        paragraphs = [""]
        has_run = False  # whether the last paragraph holds a run of its own
        for block in blocks:
            if has_run:
                paragraphs.append("")
                has_run = False
            spans = inline_spans(block, br_text=True)
            if spans:
                paragraphs[-1] += runs_xml(spans, draft, link_style)
                has_run = any(span.href is None for span in spans)  # (links are no runs)
        if len(paragraphs) > 1 and not paragraphs[-1]:
            return None
        contents.append("</w:p><w:p>".join(paragraphs))
    markup = table_xml(widths, [contents], style_id=None, layout=True)
    return markup if all_xml(markup) else None


def _paragraphs(cell: XmlNode) -> list[XmlNode]:
    return cell.findall(qn("w:p"))


def _part(element: etree.Element, name: str) -> list[etree.Element]:
    """The paragraphs of the letterhead's part `name` (a nested div)."""
    for child in element:
        if child.tag == "div" and child.get("class") == name:
            return [block for block in child if block.tag == "p"]
    return []


def add_logo(draft: Draft, paragraph: XmlNode, logo: Logo) -> None:
    """An inline picture with its alt text on `wp:docPr` (and the picture's own cNvPr)."""
    from docx.image.image import Image
    from docx.oxml.shape import CT_Inline

    image = Image.from_file(str(logo.path))
    partname, filename = draft.add_image(image)
    rid = draft.relate("image", partname)
    cx, cy = image.scaled_dimensions(None, LOGO_HEIGHT)
    inline: Any = CT_Inline.new_pic_inline(_next_id(draft), rid, filename, cx, cy)
    add(add(paragraph, "w:r"), "w:drawing").append(inline)
    for properties in (*inline.iter(qn("wp:docPr")), *inline.iter(qn("pic:cNvPr"))):
        properties.set("descr", logo.alt)
        properties.set("title", logo.alt)


def _next_id(draft: Draft) -> int:
    """One more than the largest numeric `id` attribute in the document, as python-docx counts."""
    found = [*cast_element(draft.root).xpath("//@id")]
    if draft.section is not None:
        found += cast_element(draft.section).xpath(".//@id | @id")
    used = [int(value) for value in found if value.isdigit()]
    return max(used) + 1 if used else 1
