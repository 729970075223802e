"""The page setup a prepared reference gets once: room for the running header.

Page 1 shows the letterhead in the body, so it has a header of its own (left empty);
pages 2 and on have the one-line running header, which needs space above the body.
Measures are read and written as python-docx does (twips in the XML, EMU in between).
"""

from __future__ import annotations

from typing import Final

from generator.word.oxml import XmlNode, make, qn, universal_measure

CM: Final = 360000  # EMU
MIN_HEADER_GAP: Final = CM  # between the running header's line and the body
_EMU_PER_TWIP: Final = 635
_ORDER: Final = (
    "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders",
    "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
    "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
    "w:sectPrChange")
"""The children of `w:sectPr` after the header and footer references, in schema order."""


def prepare_section(section: XmlNode) -> None:
    """A first page header of its own; a top margin with room for the running header."""
    title_page = _get_or_add(section, "w:titlePg")
    if qn("w:val") in _attributes(title_page):
        del _attributes(title_page)[qn("w:val")]
    margins = section.find(qn("w:pgMar"))
    header_distance = measure(margins, "w:header") or int(1.25 * CM)
    needed = header_distance + int(0.6 * CM) + MIN_HEADER_GAP
    top = measure(margins, "w:top", signed=True)
    if top is None or top < needed:
        _get_or_add(section, "w:pgMar").set(qn("w:top"), str(round(needed / _EMU_PER_TWIP)))


def text_width(section: XmlNode) -> int:
    """The width between the page margins, in twips (a missing measure is a TypeError)."""
    size, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    page, left, right = (measure(size, "w:w"), measure(margins, "w:left"),
                         measure(margins, "w:right"))
    if page is None or left is None or right is None:
        raise TypeError("the page size or a side margin is missing")
    return round((page - left - right) / _EMU_PER_TWIP)


def text_height(section: XmlNode) -> int:
    """The height between the top and bottom margins, in twips (a missing measure is a
    TypeError). A negative margin (text under the header) counts by its size."""
    size, margins = section.find(qn("w:pgSz")), section.find(qn("w:pgMar"))
    page, top, bottom = (measure(size, "w:h"), measure(margins, "w:top", signed=True),
                         measure(margins, "w:bottom", signed=True))
    if page is None or top is None or bottom is None:
        raise TypeError("the page size or a top or bottom margin is missing")
    return round((page - abs(top) - abs(bottom)) / _EMU_PER_TWIP)


def measure(element: XmlNode | None, name: str, *, signed: bool = False) -> int | None:
    """A twips measure (or one with a unit, "2.5cm") of `element`, in EMU.

    As python-docx reads them, only a signed measure (the top and bottom margins) may be a
    decimal.
    """
    value = None if element is None else element.get(qn(name))
    if value is None:
        return None
    if "i" in value or "m" in value or "p" in value:
        return universal_measure(value)
    return (round(float(value)) if signed else int(value)) * _EMU_PER_TWIP


def _get_or_add(section: XmlNode, tag: str) -> XmlNode:
    """The `tag` child, added before the first later child python-docx looks for."""
    found = section.find(qn(tag))
    if found is not None:
        return found
    element = make(tag)
    for later in _ORDER[_ORDER.index(tag) + 1:]:
        successor = section.find(qn(later))
        if successor is not None:
            section.insert(section.index(successor), element)
            return element
    section.append(element)
    return element


def _attributes(element: XmlNode) -> dict[str, str]:
    attributes: dict[str, str] = element.attrib  # type: ignore[attr-defined]
    return attributes
