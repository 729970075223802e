"""Build the Word version of a decision from the same Markdown as the .md version.

The Markdown is the single source of wording; this module only gives it Word form.
Styles come from a reference .docx (see `tools/make_reference_docx.py`), whose body is
discarded. The result is made to be accessible (EN 301 549 / WCAG 2.1): real heading,
list and table styles, repeating table header rows, alt text on the logo, the document
language and a title in the core properties. The same input always yields the same
bytes, so generated files can be compared and committed.
"""

from __future__ import annotations

import datetime
import io
import pathlib
import zipfile
from dataclasses import dataclass
from typing import Any, Final

from docx.shared import Cm

from generator.word.blocks import BodyWriter
from generator.word.markdown import parse_markdown
from generator.word.oxml import XmlNode, append_spans, child, clear, qn
from generator.word.reference import open_reference
from generator.word.spans import Span

LOGO_HEIGHT: Final = Cm(1.5)
ZIP_TIMESTAMP: Final = (1980, 1, 1, 0, 0, 0)
_AFTER_LANG: Final = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


@dataclass(frozen=True)
class DocxMeta:
    """What the Word file needs besides the Markdown: header, properties, language."""

    title: str
    dnr: str
    date: datetime.date
    header_lines: tuple[str, ...]  # organisation/unit lines shown in the page header
    language: str = "sv-SE"
    logo: pathlib.Path | None = None  # image shown in the page header
    logo_alt: str = ""  # alt text (required when logo is set)
    modified: datetime.datetime | None = None  # created/modified; default: date 00:00 UTC

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError("Dokumentet måste ha en titel (DocxMeta.title).")
        if self.logo is not None and not self.logo_alt.strip():
            raise ValueError("Logotypen saknar alternativtext (DocxMeta.logo_alt).")

    @property
    def header_date_line(self) -> str:
        """The last header line, e.g. "Datum: 2024-02-15   Dnr: HSN 2024/1732"."""
        return f"Datum: {self.date.isoformat()}   Dnr: {self.dnr}"

    @property
    def timestamp(self) -> datetime.datetime:
        """`modified` as naive UTC, defaulting to midnight UTC on `date`."""
        if self.modified is None:
            return datetime.datetime.combine(self.date, datetime.time())
        if self.modified.tzinfo is None:
            return self.modified
        return self.modified.astimezone(datetime.UTC).replace(tzinfo=None)


def markdown_to_docx(markdown_text: str, meta: DocxMeta, reference: pathlib.Path) -> bytes:
    """Render `markdown_text` as a .docx styled by `reference`; return its bytes."""
    tree = parse_markdown(markdown_text)
    document = open_reference(reference)
    clear(document.element.body, keep=("w:sectPr",))
    BodyWriter(document).write(tree)
    _write_header(document, meta)
    set_document_language(document, meta.language)
    _set_core_properties(document, meta)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue())


def set_document_language(document: Any, language: str) -> None:
    """Make `language` the language of all text: docDefaults, styles, theme fonts."""
    styles = document.styles.element
    defaults = child(styles, "w:docDefaults", first=True)
    run_defaults = child(child(defaults, "w:rPrDefault", first=True), "w:rPr")
    child(run_defaults, "w:lang", _AFTER_LANG).set(qn("w:val"), language)
    for lang in styles.iter(qn("w:lang")):
        if lang.get(qn("w:val")):
            lang.set(qn("w:val"), language)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)


def reproducible_zip(data: bytes) -> bytes:
    """Rewrite a zip in its entry order with fixed timestamps and attributes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            fixed.external_attr = 0
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def _write_header(document: Any, meta: DocxMeta) -> None:
    """Replace the reference's page header: logo, organisation lines, date and dnr."""
    section = document.sections[-1]
    section.different_first_page_header_footer = False
    header = section.header
    header.is_linked_to_previous = False
    clear(header._element)
    style = "Header" if "Header" in document.styles else None
    if meta.logo is not None:
        _add_logo(header.add_paragraph(style=style), meta.logo, meta.logo_alt)
    for line in (*meta.header_lines, meta.header_date_line):
        paragraph = header.add_paragraph(style=style)
        append_spans(paragraph._p, [Span(line)], header.part, None)


def _add_logo(paragraph: Any, logo: pathlib.Path, alt_text: str) -> None:
    """An inline picture with its alt text on `wp:docPr` (and the picture's own cNvPr)."""
    inline: XmlNode = paragraph.add_run().add_picture(str(logo), height=LOGO_HEIGHT)._inline
    for properties in (*inline.iter(qn("wp:docPr")), *inline.iter(qn("pic:cNvPr"))):
        properties.set("descr", alt_text)
        properties.set("title", alt_text)


def _property(text: str) -> str:
    """Shorten a text to what a document property holds (the document keeps it whole)."""
    limit = 255
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _set_core_properties(document: Any, meta: DocxMeta) -> None:
    """Title, identifier, language, author and fixed dates in docProps/core.xml."""
    props = document.core_properties
    author = _property(meta.header_lines[0] if meta.header_lines else "")
    props.title = _property(meta.title)
    props.identifier = _property(meta.dnr)
    props.subject = _property(f"Dnr {meta.dnr}")
    props.author = author
    props.last_modified_by = author
    props.language = meta.language
    props.comments = ""
    props.created = props.modified = props.last_printed = meta.timestamp
    props.revision = 1
