"""Build the Word version of a decision from the same Markdown as the .md version.

The Markdown is the single source of wording; this module only gives it Word form.
Styles come from a reference .docx (see `tools/make_reference_docx.py`), whose body is
discarded, as are its headers and footers. The letterhead is part of the body (the
Markdown's `::: brevhuvud` div); pages 2 and on get a slim running header and every page
"Sida x (y)" (see `pages`). The result is made to be accessible (EN 301 549 / WCAG 2.1):
real heading, list and table styles, repeating table header rows, alt text on the logo,
the document language everywhere and a title in the core properties. The package is
cleaned of the default template's leftovers (see `package`). The same input always
yields the same bytes, so generated files can be compared and committed.
"""

from __future__ import annotations

import datetime
import io
import pathlib
import zipfile
from dataclasses import dataclass
from typing import Any, Final

from generator.word.blocks import BodyWriter
from generator.word.letterhead import Logo
from generator.word.markdown import parse_markdown
from generator.word.oxml import child, clear, qn
from generator.word.package import app_xml, clean_settings, set_core_properties
from generator.word.pages import write_page_frame
from generator.word.reference import open_reference

APP_PART: Final = "docProps/app.xml"
ZIP_TIMESTAMP: Final = (1980, 1, 1, 0, 0, 0)
_AFTER_LANG: Final = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


@dataclass(frozen=True)
class DocxMeta:
    """What the Word file needs besides the Markdown: header, properties, language."""

    title: str
    dnr: str
    date: datetime.date
    header_lines: tuple[str, ...]  # organisation/unit lines; the first is the author
    language: str = "sv-SE"
    logo: pathlib.Path | None = None  # image shown in the letterhead
    logo_alt: str = ""  # alt text (required when logo is set)
    modified: datetime.datetime | None = None  # created/modified; default: date 00:00 UTC
    kind: str = ""  # document kind ("Tjänsteskrivelse"), shown in the running header
    author: str = ""  # the organisation; default: the first header line

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError("Dokumentet måste ha en titel (DocxMeta.title).")
        if self.logo is not None and not self.logo_alt.strip():
            raise ValueError("Logotypen saknar alternativtext (DocxMeta.logo_alt).")

    @property
    def running_header(self) -> str:
        """The header of pages 2 and on, e.g. "Beslutsunderlag · Dnr HSN 2024/1732 · 2024-02-15"."""
        kind = self.kind or self.title
        return f"{kind} \u00b7 Dnr {self.dnr} \u00b7 {self.date.isoformat()}"

    @property
    def organisation(self) -> str:
        """Who the document is from: `author`, else the first header line."""
        return self.author or (self.header_lines[0] if self.header_lines else "")

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
    logo = Logo(meta.logo, meta.logo_alt) if meta.logo is not None else None
    BodyWriter(document, logo).write(tree)
    write_page_frame(document, meta.running_header)
    set_document_language(document, meta.language)
    clean_settings(document)
    set_core_properties(document, title=meta.title, subject=_subject(meta),
                        author=meta.organisation, identifier=meta.dnr,
                        language=meta.language, created=meta.timestamp)
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_zip(buffer.getvalue(), {APP_PART: app_xml(meta.organisation)})


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


def reproducible_zip(data: bytes, replacements: dict[str, bytes] | None = None) -> bytes:
    """Rewrite a zip in its entry order with fixed timestamps, replacing some entries."""
    replacements = replacements or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            fixed.external_attr = 0
            content = replacements.get(info.filename)
            target.writestr(fixed, content if content is not None else source.read(info.filename))
    return out.getvalue()


def _subject(meta: DocxMeta) -> str:
    """"Tjänsteskrivelse, Dnr RS/1854/2019" (or just the Dnr)."""
    return f"{meta.kind}, Dnr {meta.dnr}" if meta.kind else f"Dnr {meta.dnr}"
