"""What every page shows around the body: a slim running header and "Sida x (y)".

Page 1 carries the letterhead in the body (screen readers skip page headers), so its
page header is empty; pages 2 and on have one line with the document kind, Dnr and
date (and an extract of minutes its §, `DocxMeta.running_header`). Every page has the
footer "Sida x (y)" made of PAGE and NUMPAGES fields, which Word and LibreOffice fill in
when they lay out the pages.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from lxml import etree  # type: ignore[import-untyped]

from generator.word.deferred import all_xml
from generator.word.opc import Part, serialize
from generator.word.oxml import XmlNode, add, make, qn
from generator.word.runs import append_spans, runs_xml
from generator.word.span import Span

if TYPE_CHECKING:
    from generator.word.draft import Draft
    from generator.word.prepared import Reference, Slot
    from generator.word.styles import StyleBook

PAGE_LABEL: Final = "Sida"
_RUNS: Final = "beslut-frame-runs"  # where a frame's runs go (a processing instruction)
_RUNS_MARK: Final = f"<?{_RUNS} ?>".encode()  # as lxml writes it
_CONTENT_TYPES: Final = {
    "header": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "footer": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
}
_AFTER_REFERENCES: Final = frozenset(qn(f"w:{name}") for name in (
    "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders",
    "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
    "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"))


def write_page_frame(draft: Draft, running_header: str) -> None:
    """Replace the reference's headers and footers with the running header and page fields."""
    for slot in draft.reference.slots:
        text = running_header if _shows_running_header(slot) else ""  # (so footers recur)
        blob = _frame_xml(draft.reference, slot, text)
        if slot.part is None:
            draft.add_part(Part(_add_reference(draft, slot), _CONTENT_TYPES[slot.kind], blob))
        else:  # the reference's own part keeps its type and relationships
            own = draft.reference.parts[slot.part]
            draft.add_part(Part(own.name, own.content_type, blob, own.rels))


def _frame_xml(reference: Reference, slot: Slot, running_header: str) -> bytes:
    """The XML of one header or footer: its runs, written as text (as lxml writes them,
    see `deferred`), in the frame made once for the slot (`_frame_around`); the running
    header differs from document to document. Runs that XML cannot hold are parsed, so
    that they fail as before."""
    spans = _spans(slot, running_header)
    runs = runs_xml(spans, None, None) if spans else ""
    if not all_xml(runs):
        return serialize(_frame(reference, slot, spans))  # raises the parser's error
    before, after = _frame_around(reference, slot)
    return before + runs.encode() + after


@functools.lru_cache(maxsize=16)
def _frame_around(reference: Reference, slot: Slot) -> tuple[bytes, bytes]:
    """The XML of one header or footer before and after the runs of its text."""
    before, after = serialize(_frame(reference, slot, None)).split(_RUNS_MARK)
    return before, after


def _frame(reference: Reference, slot: Slot, spans: Sequence[Span] | None) -> XmlNode:
    """A header or footer holding `spans` (None: a placeholder for its runs)."""
    root = copy.deepcopy(reference.frames[slot])
    paragraph = _paragraph(reference.styles, root, spans,
                           "Header" if slot.kind == "header" else "Footer")
    if slot.kind == "footer":
        paragraph.append(field_run("PAGE", "1"))
        paragraph.append(_text_run(" ("))
        paragraph.append(field_run("NUMPAGES", "1"))
        paragraph.append(_text_run(")"))
    return root


def _spans(slot: Slot, running_header: str) -> list[Span]:
    """What a header or footer says before its fields: nothing on the first page's header."""
    if slot.kind == "footer":
        return [Span(f"{PAGE_LABEL} ")]
    return [Span(running_header)] if _shows_running_header(slot) else []


def _shows_running_header(slot: Slot) -> bool:
    """Whether the slot is the header of pages 2 and on."""
    return slot.kind == "header" and slot.type != "first"


def field_run(instruction: str, shown: str) -> XmlNode:
    """A simple field (`w:fldSimple`) showing `shown` until Word or LibreOffice updates it."""
    simple = make("w:fldSimple", {"w:instr": f" {instruction} "})
    simple.append(_text_run(shown))
    return simple


def _add_reference(draft: Draft, slot: Slot) -> str:
    """A new header or footer part, referenced from the section properties."""
    name = draft.new_partname(f"/word/{slot.kind}%d.xml")
    draft.add_part(Part(name, _CONTENT_TYPES[slot.kind], b""))
    rid = draft.relate(slot.kind, name)
    reference = make(f"w:{slot.kind}Reference")
    reference.set(qn("w:type"), slot.type)
    reference.set(qn("r:id"), rid)
    section = draft.section
    assert section is not None
    later = next((index for index, node in enumerate(section)
                  if node.tag in _AFTER_REFERENCES), None)
    if later is None:
        section.append(reference)
    else:
        section.insert(later, reference)
    return name


def _paragraph(styles: StyleBook, root: XmlNode, spans: Sequence[Span] | None,
               style: str) -> XmlNode:
    """The one paragraph of an emptied header or footer, holding `spans` (None: the
    placeholder for its runs)."""
    chosen = next((name for name in (style, "Header") if styles.has(name)), None)
    paragraph = add(root, "w:p")
    properties = add(paragraph, "w:pPr")
    style_id = styles.paragraph_id(chosen) if chosen is not None else None
    if style_id is not None:
        add(properties, "w:pStyle", {"w:val": style_id})
    add(properties, "w:jc", {"w:val": "left"})
    if spans is None:
        paragraph.append(etree.ProcessingInstruction(_RUNS))
    elif spans:
        append_spans(paragraph, spans, None, None)
    return paragraph


def _text_run(text: str) -> XmlNode:
    run = make("w:r")
    element = make("w:t", {"xml:space": "preserve"})
    element.text = text
    run.append(element)
    return run
