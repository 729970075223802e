"""A readable, stable text dump of a .docx, for golden-file tests and reviews.

Reads the package with the standard library only (zipfile + ElementTree), so it checks
what is actually in the file rather than what python-docx believes. Format:

    title: Beslut om medel
    identifier: HSN 2024/1732
    language: sv-SE (stilar: sv-SE)
    header: Beslutsunderlag · Dnr HSN 2024/1732 · 2024-02-15
    footer: Sida {PAGE} ({NUMPAGES})
    [tabell stil=Table Grid rubrikrad=nej kantlinjer=nej]
      | [bild alt="Regionens logotyp"] ¶ Region Exempel | **Beslutsunderlag** ⏎ Datum: ... |
    [Heading 1] Beslut om medel ↓
    [Normal] Nämnden **beslutar** att *bevilja* medel enligt [riktlinjerna](https://...).
    [List Number] (num 10) Första punkten
    [Heading 2] [ny sida] Bilaga ↓
    [tabell stil=Table Grid rubrikrad=upprepas]
      | **Post** | >**Belopp** |
      | ↔2 **Grupp** | ↓
      | →Post i gruppen | >100 |

The header is the one of pages 2 and on (page 1 has its letterhead in the body). Line
breaks show as ` ⏎ `; `>` marks a right-aligned cell (`^` a centred one), `→` an indented
one, `↔n` one merged across n columns (`w:gridSpan`); `↓` ends a paragraph kept with the
next (`w:keepNext`) or a table row kept with the next row (every paragraph in it kept, as
Word reads a row's keep); `[ny sida]` a paragraph that starts a new page, `[samman]` one
whose lines are kept on one page (`w:keepLines`); `{PAGE}` a field. A heading held on one
page with what follows it (or a list) in the one cell of a borderless table (`held_list`)
is `[samman rad]` and its paragraphs, as in the text.
"""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as etree
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from typing import Final

_NS: Final = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
}
LINE_BREAK: Final = " ⏎ "
PAGE_BREAK: Final = "[sidbrytning]"
NEW_PAGE: Final = "[ny sida] "
LINES_KEPT: Final = "[samman] "
HELD_ROW: Final = "[samman rad]"


def _q(name: str) -> str:
    """Clark notation for `prefix:local`."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


@dataclass(frozen=True)
class _Segment:
    """A piece of paragraph content with the formatting the dump shows."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    visible: str | None = None  # plain-text form; None means same as `text`


class _Package:
    """Parsed XML parts and relationships of a .docx held in memory."""

    def __init__(self, data: bytes) -> None:
        self._zip = zipfile.ZipFile(io.BytesIO(data))

    def xml(self, name: str) -> etree.Element:
        return etree.fromstring(self._zip.read(name))

    def targets(self, part: str) -> dict[str, str]:
        """rId -> target (a part name inside the package, or an external address)."""
        folder, file = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", f"{file}.rels")
        if rels_name not in self._zip.namelist():
            return {}
        result: dict[str, str] = {}
        for rel in self.xml(rels_name).findall("pr:Relationship", _NS):
            target = rel.get("Target", "")
            if rel.get("TargetMode") != "External":
                target = posixpath.normpath(posixpath.join(folder, target))
            result[rel.get("Id", "")] = target
        return result


def dump_docx(data: bytes) -> str:
    """The dump described in the module docstring, ending in a newline."""
    package = _Package(data)
    document = package.xml("word/document.xml")
    styles = _StyleNames(package.xml("word/styles.xml"))
    lines = _property_lines(package, styles)
    for header in _header_parts(package, document):
        reader = _ParagraphReader(package.targets(header))
        lines.extend(f"header: {reader.marked(p)}"
                     for p in package.xml(header).iter(_q("w:p")) if reader.marked(p))
    for footer in _header_parts(package, document, "w:footerReference"):
        reader = _ParagraphReader(package.targets(footer))
        lines.extend(f"footer: {reader.marked(p)}"
                     for p in package.xml(footer).iter(_q("w:p")) if reader.marked(p))
    reader = _ParagraphReader(package.targets("word/document.xml"))
    for block in _body(document):
        if block.tag == _q("w:p"):
            lines.append(_paragraph_line(block, styles, reader))
        elif block.tag == _q("w:tbl") and (held := _held_paragraphs(block)):
            lines.append(HELD_ROW)
            lines.extend(_paragraph_line(paragraph, styles, reader) for paragraph in held)
        elif block.tag == _q("w:tbl"):
            lines.extend(_table_lines(block, styles, reader))
    return "\n".join(lines) + "\n"


def _held_paragraphs(table: etree.Element) -> list[etree.Element]:
    """The paragraphs of a table that holds a heading and what follows it, or a list, on one
    page (`held_list`: one row of one cell, no style), else none."""
    cells = table.findall("w:tr/w:tc", _NS)
    if len(cells) != 1 or table.find("w:tblPr/w:tblStyle", _NS) is not None:
        return []
    return cells[0].findall("w:p", _NS)


def docx_plain_text(data: bytes) -> list[str]:
    """Visible text of body paragraphs and table cells, in order, empty ones left out."""
    package = _Package(data)
    reader = _ParagraphReader(package.targets("word/document.xml"))
    texts = (reader.plain(p) for p in _body(package.xml("word/document.xml")).iter(_q("w:p")))
    return [text for text in texts if text]


def _body(document: etree.Element) -> etree.Element:
    body = document.find("w:body", _NS)
    if body is None:
        raise ValueError("word/document.xml saknar w:body")
    return body


class _StyleNames:
    """Style id -> display name ("heading 1" shown as "Heading 1"), with defaults."""

    def __init__(self, styles: etree.Element) -> None:
        self.root = styles
        self._names: dict[str, str] = {}
        self._defaults: dict[str, str] = {}
        for style in styles.findall("w:style", _NS):
            style_id = style.get(_q("w:styleId"), "")
            name: str = _val(style.find("w:name", _NS)) or style_id
            name = name[:1].upper() + name[1:]
            self._names[style_id] = name
            if style.get(_q("w:default")) in ("1", "true"):
                self._defaults[style.get(_q("w:type"), "")] = name

    def name(self, style_id: str | None, kind: str) -> str:
        if style_id is None:
            return self._defaults.get(kind, "(ingen)")
        return self._names.get(style_id, style_id)


def _property_lines(package: _Package, styles: _StyleNames) -> list[str]:
    core = package.xml("docProps/core.xml")
    default_lang = _val(styles.root.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", _NS))
    return [
        f"title: {core.findtext('dc:title', '', _NS)}",
        f"identifier: {core.findtext('dc:identifier', '', _NS)}",
        f"language: {core.findtext('dc:language', '', _NS)} (stilar: {default_lang or '-'})",
    ]


def _header_parts(package: _Package, document: etree.Element,
                  reference: str = "w:headerReference") -> list[str]:
    """Part names of the default headers (or footers) referenced by the sections."""
    targets = package.targets("word/document.xml")
    references = document.iter(_q(reference))
    return [targets[ref.get(_q("r:id"), "")] for ref in references
            if ref.get(_q("w:type")) == "default"]


class _ParagraphReader:
    """Turns a `w:p` into marked-up or plain text, resolving hyperlink targets."""

    def __init__(self, targets: dict[str, str]) -> None:
        self._targets = targets

    def segments(self, paragraph: etree.Element) -> Iterator[_Segment]:
        for node in paragraph:
            if node.tag == _q("w:r"):
                yield from _run_segments(node, None)
            elif node.tag == _q("w:hyperlink"):
                rid = node.get(_q("r:id"))
                href = self._targets.get(rid, "?") if rid else f"#{node.get(_q('w:anchor'))}"
                for run in node.iter(_q("w:r")):
                    yield from _run_segments(run, href)
            elif node.tag == _q("w:fldSimple"):
                instruction = node.get(_q("w:instr"), "").strip()
                yield _Segment(f"{{{instruction}}}", visible="")

    def marked(self, paragraph: etree.Element) -> str:
        """Text with `**bold**`, `*italic*` and `[text](url)` markers."""
        parts: list[str] = []
        for href, linked in groupby(self.segments(paragraph), key=lambda s: s.href):
            inner = "".join(_emphasis(form, "".join(s.text for s in group))
                            for form, group in groupby(linked, key=lambda s: (s.bold, s.italic)))
            parts.append(f"[{inner}]({href})" if href else inner)
        return "".join(parts)

    def plain(self, paragraph: etree.Element) -> str:
        """Visible text only; line breaks as newlines."""
        return "".join(s.text if s.visible is None else s.visible
                       for s in self.segments(paragraph))


def _run_segments(run: etree.Element, href: str | None) -> Iterator[_Segment]:
    properties = run.find("w:rPr", _NS)
    bold = _flag(properties, "w:b")
    italic = _flag(properties, "w:i")
    for node in run:
        if node.tag == _q("w:t"):  # word joiners, zero-width spaces: shown, not read
            text = node.text or ""
            visible = _unread(text) if "\u2060" in text or "\u200b" in text else None
            yield _Segment(text, bold, italic, href, visible)
        elif node.tag == _q("w:br") and node.get(_q("w:type")) == "page":
            yield _Segment(PAGE_BREAK, href=href, visible="")
        elif node.tag in (_q("w:br"), _q("w:cr")):
            yield _Segment(LINE_BREAK, bold, italic, href, visible="\n")
        elif node.tag == _q("w:noBreakHyphen"):  # shown as U+2011, read as "-"
            yield _Segment("\u2011", bold, italic, href, visible="-")
        elif node.tag == _q("w:tab"):
            yield _Segment("\t", bold, italic, href)
        elif node.tag == _q("w:drawing"):
            for doc_pr in node.iter(_q("wp:docPr")):
                yield _Segment(f'[bild alt="{doc_pr.get("descr", "")}"]', href=href, visible="")


def _unread(text: str) -> str:
    """`text` without its word joiners (U+2060) and zero-width spaces (U+200B)."""
    return text.replace("\u2060", "").replace("\u200b", "")


def _emphasis(form: tuple[bool, bool], text: str) -> str:
    bold, italic = form
    marker = ("**" if bold else "") + ("*" if italic else "")
    return f"{marker}{text}{marker[::-1]}" if marker and text else text


def _paragraph_line(paragraph: etree.Element, styles: _StyleNames,
                    reader: _ParagraphReader) -> str:
    style = styles.name(_val(paragraph.find("w:pPr/w:pStyle", _NS)), "paragraph")
    num_id = _val(paragraph.find("w:pPr/w:numPr/w:numId", _NS))
    numbering = f" (num {num_id})" if num_id else ""
    properties = paragraph.find("w:pPr", _NS)
    new_page = NEW_PAGE if _flag(properties, "w:pageBreakBefore") else ""
    whole = LINES_KEPT if _flag(properties, "w:keepLines") else ""
    kept = " ↓" if _flag(properties, "w:keepNext") else ""
    return f"[{style}]{numbering} {new_page}{whole}{reader.marked(paragraph)}".rstrip() + kept


def _table_lines(table: etree.Element, styles: _StyleNames,
                 reader: _ParagraphReader) -> list[str]:
    style = styles.name(_val(table.find("w:tblPr/w:tblStyle", _NS)), "table")
    first_row = table.find("w:tr", _NS)
    header = first_row is not None and _flag(first_row.find("w:trPr", _NS), "w:tblHeader")
    summary = f"[tabell stil={style} rubrikrad={'upprepas' if header else 'nej'}"
    borders = table.find("w:tblPr/w:tblBorders", _NS)
    if borders is not None and all(_val(edge) in ("none", "nil") for edge in borders):
        summary += " kantlinjer=nej"
    lines = [summary + "]"]
    for row in table.findall("w:tr", _NS):
        cells = [_cell_text(cell, reader) for cell in row.findall("w:tc", _NS)]
        kept = all(paragraph.find("w:pPr/w:keepNext", _NS) is not None  # (as Word reads it)
                   for paragraph in row.iter(_q("w:p")))
        shaded = row.find("w:tc/w:tcPr/w:shd", _NS) is not None  # (a marked row: "░")
        lines.append("  | " + " | ".join(cells) + (" | ↓" if kept else " |")
                     + (" ░" if shaded else ""))
    return lines


def _cell_text(cell: etree.Element, reader: _ParagraphReader) -> str:
    paragraphs = cell.findall("w:p", _NS)
    text = " ¶ ".join(reader.marked(p) for p in paragraphs)
    align = _val(paragraphs[0].find("w:pPr/w:jc", _NS)) if paragraphs else None
    prefix = {"right": ">", "end": ">", "center": "^"}.get(align or "", "")
    indent = paragraphs[0].find("w:pPr/w:ind", _NS) if paragraphs else None
    if indent is not None and int(indent.get(_q("w:left")) or "0") > 0:
        prefix += "→"
    span = _val(cell.find("w:tcPr/w:gridSpan", _NS))
    if span is not None and span != "1":
        prefix = f"↔{span} {prefix}"
    return prefix + text


def _val(element: etree.Element | None) -> str | None:
    return None if element is None else element.get(_q("w:val"))


def _flag(properties: etree.Element | None, tag: str) -> bool:
    """Whether an on/off property (`w:b`, `w:tblHeader`, ...) is present and on."""
    element = None if properties is None else properties.find(tag, _NS)
    return element is not None and _val(element) not in ("0", "false", "off")
