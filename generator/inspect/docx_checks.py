"""Accessibility checks of a .docx (EN 301 549 / WCAG 2.1, as CONVENTIONS.md lists them).

Document language and title; heading levels without gaps; a marked, repeating header row
on every data table (a table without any borders counts as a layout table and is left
out); alt text on every image; no empty paragraphs used for spacing; link texts that are
not bare web addresses (an address with its scheme, "https://…", which a screen reader
spells out).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from generator.inspect.findings import Finding

_NS: Final = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_W: Final = "{" + _NS["w"] + "}"
_BARE_URL: Final = re.compile(r"^\s*(?:https?|ftp)://\S+\s*$|^\s*mailto:", re.IGNORECASE)
_HEADING_ID: Final = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


def check_docx(path: Path, shown: str) -> list[Finding]:
    """Every finding in the Word file at `path`, reported under the name `shown`."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = {name: etree.fromstring(package.read(name)) for name in package.namelist()
                     if name.endswith(".xml") and name.startswith(("word/", "docProps/"))}
    except (zipfile.BadZipFile, etree.ParseError, OSError):
        return [Finding(shown, "filen", "går inte att läsa som Word-dokument, spara om den i Word")]
    document = parts.get("word/document.xml")
    if document is None:
        return [Finding(shown, "filen", "saknar word/document.xml, spara om den i Word")]
    found = _properties(parts, shown)
    found += _headings(document, parts.get("word/styles.xml"), shown)
    found += _tables(document, shown)
    found += _images(parts, shown)
    found += _empty_paragraphs(document, shown)
    found += _links(document, shown)
    return found


def _properties(parts: dict[str, etree.Element], shown: str) -> list[Finding]:
    """The title in the document properties and the document language."""
    found = []
    core = parts.get("docProps/core.xml")
    title = core.findtext("dc:title", "", _NS).strip() if core is not None else ""
    if not title:
        found.append(Finding(shown, "dokumentegenskaper",
                             "dokumentet saknar titel, ange en under Arkiv > Egenskaper"))
    styles = parts.get("word/styles.xml")
    lang = None if styles is None else styles.find(
        "w:docDefaults/w:rPrDefault/w:rPr/w:lang", _NS)
    if lang is None or not lang.get(_W + "val"):
        found.append(Finding(shown, "formatmallar",
                             "dokumentet saknar språk, ange svenska (sv-SE) som språk"))
    return found


def _style_levels(styles: etree.Element | None) -> dict[str, int]:
    """Heading level by paragraph style id (from the name or the outline level)."""
    levels: dict[str, int] = {}
    for style in [] if styles is None else styles.findall("w:style", _NS):
        name = style.find("w:name", _NS)
        match = _HEADING_ID.match(name.get(_W + "val", "") if name is not None else "")
        outline = style.find("w:pPr/w:outlineLvl", _NS)
        if match:
            levels[style.get(_W + "styleId", "")] = int(match.group(1))
        elif outline is not None:
            levels[style.get(_W + "styleId", "")] = int(outline.get(_W + "val", "0")) + 1
    return levels


def _headings(document: etree.Element, styles: etree.Element | None,
              shown: str) -> list[Finding]:
    """Heading levels that skip one (a level 3 right after a level 1)."""
    levels = _style_levels(styles)
    found = []
    previous = 0
    for paragraph in _body_paragraphs(document):
        style = paragraph.find("w:pPr/w:pStyle", _NS)
        level = levels.get(style.get(_W + "val", "") if style is not None else "")
        if level is None:
            continue
        if level > previous + 1:
            found.append(Finding(
                shown, f"rubrik «{_text(paragraph)[:60]}»",
                f"rubriknivå {level} följer på nivå {previous}, använd nivå {previous + 1}"))
        previous = level
    return found


def _tables(document: etree.Element, shown: str) -> list[Finding]:
    """Data tables whose first row is not marked as a header row."""
    found = []
    for number, table in enumerate(document.iter(_W + "tbl"), start=1):
        if _is_layout(table):
            continue
        first = table.find("w:tr", _NS)
        marked = first is not None and first.find("w:trPr/w:tblHeader", _NS) is not None
        if not marked:
            found.append(Finding(shown, f"tabell {number}",
                                 "tabellen saknar markerad rubrikrad, markera första raden "
                                 "som rubrikrad (Upprepa som rubrikrad)"))
    return found


def _is_layout(table: etree.Element) -> bool:
    """A table with every border turned off is a layout table (letterhead, signatures)."""
    borders = table.find("w:tblPr/w:tblBorders", _NS)
    return borders is not None and len(borders) > 0 and all(
        edge.get(_W + "val") in ("none", "nil") for edge in borders)


def _images(parts: dict[str, etree.Element], shown: str) -> list[Finding]:
    """Images without alt text, in the body, headers and footers."""
    found = []
    number = 0
    for name, root in sorted(parts.items()):
        for properties in root.iter("{" + _NS["wp"] + "}docPr"):
            number += 1
            if not (properties.get("descr") or "").strip():
                place = f"bild {number}" + ("" if name == "word/document.xml" else f" ({name})")
                found.append(Finding(shown, place,
                                     "bilden saknar alternativtext, beskriv den i alt-texten"))
    return found


def _empty_paragraphs(document: etree.Element, shown: str) -> list[Finding]:
    """Paragraphs without text or image in the body, used for spacing (not one that only
    ends a section, the last one after a table, nor one between two tables: Word needs a
    paragraph there)."""
    found = []
    body = document.find("w:body", _NS)
    blocks = [] if body is None else [node for node in body if node.tag != _W + "sectPr"]
    places = [place for place, node in enumerate(blocks) if node.tag == _W + "p"]
    for number, place in enumerate(places, start=1):
        paragraph = blocks[place]
        has_content = _text(paragraph).strip() or paragraph.find(".//w:drawing", _NS) is not None
        if not (has_content or _needed(place, blocks)):
            found.append(Finding(shown, f"stycke {number}",
                                 "tomt stycke används som avstånd, ta bort det och använd "
                                 "avstånd före eller efter i formatmallen"))
    return found


def _needed(place: int, blocks: list[etree.Element]) -> bool:
    """Whether an empty paragraph is one Word needs: one that ends a section, the body's
    last block right after a table, or one between two tables (touching tables are joined
    into one). `place`: the paragraph's place among the body's `blocks`."""
    if blocks[place].find("w:pPr/w:sectPr", _NS) is not None:
        return True
    after_table = place > 0 and blocks[place - 1].tag == _W + "tbl"
    last = place == len(blocks) - 1
    return after_table and (last or blocks[place + 1].tag == _W + "tbl")


def _links(document: etree.Element, shown: str) -> list[Finding]:
    """Links whose text is a bare web address."""
    found = []
    for number, link in enumerate(document.iter(_W + "hyperlink"), start=1):
        text = _text(link)
        if not text.strip() or _BARE_URL.match(text):
            found.append(Finding(shown, f"länk {number} «{text[:60]}»",
                                 "länktexten är en webbadress, skriv vart länken leder"))
    return found


def _body_paragraphs(document: etree.Element) -> Iterator[etree.Element]:
    body = document.find("w:body", _NS)
    return iter(() if body is None else body.findall("w:p", _NS))


def _text(element: etree.Element) -> str:
    return "".join(node.text or "" for node in element.iter(_W + "t"))
