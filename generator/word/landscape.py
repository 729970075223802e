"""Landscape pages: the blocks of a `::: liggande` div in a section of their own.

Word keeps page size and orientation per section. A section's properties (`w:sectPr`)
stand in the `w:pPr` of its last paragraph; the last section's are the body's own. So the
writer notes, at each break, the paragraph that ends a section and that section's
orientation (`SectionBreaks`), and `close` writes the properties once the body and its page
frame are done. Every section starts on a new page (the default type, "nextPage").

The first section keeps what the reference's section has: the header and footer
references, the first page's own (empty) header (`w:titlePg`; the letterhead is in the
body) and any page numbering start. The later sections have none of these: they inherit
the running header and the footer from the section before, as Word's "Link to Previous"
does, show it on their first page too, and the page numbers run on. A landscape section
has the page turned and the same margins (the top one has room for the running header,
which stays at the top of the page; see `section.prepare_section`).
"""

from __future__ import annotations

import copy
from typing import Final, NamedTuple

from generator.word.oxml import XmlNode, add, cast_element, make, paragraph_property, qn
from generator.word.section import measure

LANDSCAPE_DIV: Final = "liggande"
_FIRST_ONLY: Final = frozenset(qn(tag) for tag in (
    "w:headerReference", "w:footerReference", "w:titlePg"))
_CARRIER_LINE: Final = "20"  # twips: a paragraph added where Word needs one is 1 pt high


class _Break(NamedTuple):
    """Where a section ends: its last paragraph (one added after a table) and the section's
    orientation."""

    paragraph: XmlNode
    landscape: bool


class SectionBreaks:
    """The section breaks of a document being written, in order."""

    def __init__(self) -> None:
        self._breaks: list[_Break] = []

    def around(self, body: XmlNode, start: int) -> None:
        """Put the blocks of `body` from `start` to its end on landscape pages of their own."""
        if start:
            before = cast_element(body)[start - 1]
            if not any(found.paragraph is before for found in self._breaks):
                self._end(body, start, landscape=False)
        self._end(body, len(body), landscape=True)

    def _end(self, body: XmlNode, end: int, *, landscape: bool) -> None:
        """End a section after the block before `end` (a paragraph, or one added after it)."""
        last = cast_element(body)[end - 1]
        if last.tag != qn("w:p"):
            last = carrier()
            body.insert(end, last)
        self._breaks.append(_Break(last, landscape))

    def close(self, body: XmlNode, section: XmlNode) -> None:
        """Write each section's properties, from the body's own `section` (before it is
        appended to the body): the breaks' paragraphs get theirs, `section` the last one's."""
        breaks = list(self._breaks)
        last_landscape = False
        if breaks and breaks[-1].paragraph is cast_element(body)[-1]:
            # The document ends with the section: nothing comes after it. (A paragraph added
            # after a table stays: Word ends a body so, and LibreOffice otherwise sets the
            # table on the section before.)
            last_landscape = breaks.pop().landscape
        for index, found in enumerate(breaks):
            properties = oriented(copy.deepcopy(section), landscape=found.landscape)
            if index:
                _remove_first_only(properties)
            _attach(found.paragraph, properties)
        if breaks:
            _remove_first_only(section)
        oriented(section, landscape=last_landscape)


def oriented(section: XmlNode, *, landscape: bool) -> XmlNode:
    """`section` with its page portrait or landscape (the longer side across in landscape)."""
    size = section.find(qn("w:pgSz"))
    if size is None:
        return section
    width, height = size.get(qn("w:w")), size.get(qn("w:h"))
    across, down = measure(size, "w:w"), measure(size, "w:h")
    if width and height and across and down and (across > down) != landscape:
        size.set(qn("w:w"), height)
        size.set(qn("w:h"), width)
    if landscape:
        size.set(qn("w:orient"), "landscape")
    elif size.get(qn("w:orient")) is not None:
        del _attributes(size)[qn("w:orient")]
    return section


def _remove_first_only(section: XmlNode) -> None:
    """Leave out what only the first section has: header and footer references, the first
    page's own header, a page numbering start."""
    for node in list(section):
        if node.tag in _FIRST_ONLY:
            section.remove(node)
    numbering = section.find(qn("w:pgNumType"))
    if numbering is not None and numbering.get(qn("w:start")) is not None:
        del _attributes(numbering)[qn("w:start")]


def _attach(paragraph: XmlNode, properties: XmlNode) -> None:
    """Give the paragraph `properties` as its `w:pPr/w:sectPr` (in schema order)."""
    target = paragraph_property(paragraph, "w:sectPr")
    for key, value in _attributes(properties).items():
        target.set(key, value)
    for node in list(properties):
        target.append(node)


def carrier() -> XmlNode:
    """An empty paragraph 1 pt high, where Word needs a paragraph and the text has none: to
    carry a section break after a table, or to keep two tables apart (Word joins tables
    that touch into one)."""
    paragraph = make("w:p")
    properties = add(paragraph, "w:pPr")
    add(properties, "w:spacing", {"w:before": "0", "w:after": "0", "w:line": _CARRIER_LINE,
                                  "w:lineRule": "exact"})
    run = add(properties, "w:rPr")
    add(run, "w:sz", {"w:val": "2"})
    add(run, "w:szCs", {"w:val": "2"})
    return paragraph


def _attributes(element: XmlNode) -> dict[str, str]:
    attributes: dict[str, str] = element.attrib  # type: ignore[attr-defined]
    return attributes
