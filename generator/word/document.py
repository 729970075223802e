"""Build the Word version of a decision from the same Markdown as the .md version.

The Markdown is the single source of wording; this module only gives it Word form. Where the
document knows its data tables' groups (`DocxMeta.tables`), Word indents and keeps their
rows by them (see `table_groups`). Styles come from a reference .docx (see
`tools/make_reference_docx.py`), whose body is discarded, as are its headers and footers.
The letterhead is part of the body (the Markdown's `::: brevhuvud` div); pages 2 and on get
a slim running header and every page "Sida x (y)" (see `pages`). The result is made to be
accessible (EN 301 549 / WCAG 2.1): real heading, list and table styles, repeating table
header rows, alt text on the logo, the document language everywhere and a title in the core
properties. The package is cleaned of the default template's leftovers (see `package`). The
same input always yields the same bytes, so generated files can be compared and committed.

The reference is read and prepared once per process (see `reference` and `prepared`);
a document builds only its body, headers and properties (see `draft`) and the package
is zipped once, with fixed timestamps (see `opc` and `archive`).
"""

from __future__ import annotations

import datetime
import functools
import pathlib
from dataclasses import dataclass
from typing import Final

from generator.output.provenance import Properties
from generator.table_shape import TableGroups
from generator.word.archive import zip_entries
from generator.word.blocks import BodyWriter
from generator.word.custom import with_custom_part
from generator.word.draft import Draft
from generator.word.letterhead import Logo
from generator.word.markdown import parse_markdown
from generator.word.opc import (
    Part,
    Rel,
    content_types_xml,
    part_order,
    rels_name,
    rels_xml,
)
from generator.word.package import app_xml, core_xml
from generator.word.pages import write_page_frame
from generator.word.reference import open_reference
from generator.word.table_groups import KnownTables

APP_PART: Final = "/docProps/app.xml"
CONTENT_TYPES: Final = "[Content_Types].xml"
PACKAGE_RELS: Final = "_rels/.rels"


MEETING_DATE_LABEL: Final = "Sammanträdesdatum"
"""How the running header labels the meeting's date of an extract of minutes, as page 1's
letterhead does (`partials/header.md.j2`)."""
UNDATED: Final = datetime.date(1980, 1, 1)
"""The created and modified time of an undated document's properties: its zip entries' day."""


@dataclass(frozen=True)
class DocxMeta:
    """What the Word file needs besides the Markdown: header, properties, language."""

    title: str
    dnr: str | None  # None: the document has no diarienummer
    date: datetime.date | None  # None: the document has no date ('datum: nej')
    header_lines: tuple[str, ...]  # organisation/unit lines; the first is the author
    language: str = "sv-SE"
    logo: pathlib.Path | None = None  # image shown in the letterhead
    logo_alt: str = ""  # alt text (required when logo is set)
    modified: datetime.datetime | None = None  # created/modified; default: `timestamp`
    kind: str = ""  # document kind ("Tjänsteskrivelse"), shown in the running header
    author: str = ""  # the organisation; default: the first header line
    properties: Properties = ()  # custom document properties (provenance), as (name, text)
    tables: tuple[TableGroups, ...] = ()  # the groups of the data tables it prints, if known
    meeting_date: datetime.date | None = None  # the date page 1 shows in place of `date`
    paragraph: str | None = None  # the decision's § that page 1 shows under the meeting date

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError("Dokumentet måste ha en titel (DocxMeta.title).")
        if self.logo is not None and not self.logo_alt.strip():
            raise ValueError("Logotypen saknar alternativtext (DocxMeta.logo_alt).")

    @property
    def running_header(self) -> str:
        """The header of pages 2 and on, e.g. "Beslutsunderlag · Dnr HSN 2024/1732 · 2024-02-15"
        (without a Dnr: "Beslutsunderlag · 2024-02-15", without a date "Beslutsunderlag"),
        with the date page 1 shows: an extract of minutes, whose letterhead has the meeting's
        date in place of its own, "Protokollsutdrag · Dnr KS 2020/818 · Sammanträdesdatum
        2021-03-29" (trial 83, F7: an unlabelled date that page 1 did not show), and its §
        after the date, as page 1 has it under the date: "… · Sammanträdesdatum 2023-01-23 ·
        KF § 12" (trial 90, F2: an extract is identified by its paragraph)."""
        parts = (self.kind or self.title, self.dnr_line, self._date_line, self.paragraph)
        return " \u00b7 ".join(part for part in parts if part)

    @property
    def _date_line(self) -> str:
        """The running header's date, as page 1 shows it ("" for an undated document)."""
        if self.meeting_date is not None:
            return f"{MEETING_DATE_LABEL} {self.meeting_date.isoformat()}"
        return self.date.isoformat() if self.date else ""

    @property
    def dnr_line(self) -> str:
        """"Dnr HSN 2024/1732", or "" for a document without a diarienummer."""
        return f"Dnr {self.dnr}" if self.dnr else ""

    @property
    def organisation(self) -> str:
        """Who the document is from: `author`, else the first header line."""
        return self.author or (self.header_lines[0] if self.header_lines else "")

    @property
    def timestamp(self) -> datetime.datetime:
        """`modified` as naive UTC, defaulting to midnight UTC on `date`, or for an undated
        document on the day its zip entries are dated (`archive`), so that equal input gives
        equal bytes."""
        if self.modified is None:
            return datetime.datetime.combine(self.date or UNDATED, datetime.time())
        if self.modified.tzinfo is None:
            return self.modified
        return self.modified.astimezone(datetime.UTC).replace(tzinfo=None)


def markdown_to_docx(markdown_text: str, meta: DocxMeta, reference: pathlib.Path) -> bytes:
    """Render `markdown_text` as a .docx styled by `reference`; return its bytes."""
    tree = parse_markdown(markdown_text)
    draft = Draft(open_reference(reference))
    logo = Logo(meta.logo, meta.logo_alt) if meta.logo is not None else None
    BodyWriter(draft, logo, KnownTables(meta.tables)).write(tree)
    write_page_frame(draft, meta.running_header)
    draft.finish()
    return _package(draft, meta)


def _package(draft: Draft, meta: DocxMeta) -> bytes:
    """The .docx bytes: the reference's parts with this document's changes, zipped once."""
    reference = draft.reference
    own = _own_parts(draft, meta)
    parts = {**reference.parts, **reference.in_language(meta.language), **own}
    package_rels, custom = with_custom_part(reference.package_rels, parts, meta.properties)
    own.update(custom)
    parts.update(custom)
    order = part_order(package_rels, parts)
    types = tuple((part.name, part.content_type) for part in order)
    entries = [(CONTENT_TYPES, _content_types(types, reference.default_types), True),
               (PACKAGE_RELS, _rels_item(package_rels), True)]
    for part in order:
        # Any part but the body may well recur (footers, app.xml...): compress those once.
        recurring = part.name != reference.document_name
        entries.append((part.name[1:], part.blob, recurring))
        if part.rels:
            rels_item = (_rels_item(part.rels) if part.name in own
                         else reference.rels_items[part.name])
            entries.append((rels_name(part.name)[1:], rels_item, True))
    return zip_entries(entries)


@functools.lru_cache(maxsize=64)
def _content_types(types: tuple[tuple[str, str], ...],
                   defaults: frozenset[tuple[str, str]]) -> bytes:
    """`content_types_xml`, made once for each set of parts (documents share theirs)."""
    return content_types_xml(types, defaults)


@functools.lru_cache(maxsize=64)
def _rels_item(rels: tuple[Rel, ...]) -> bytes:
    """`rels_xml`, made once for each set of relationships (documents mostly share theirs)."""
    return rels_xml(rels)


def _own_parts(draft: Draft, meta: DocxMeta) -> dict[str, Part]:
    """The parts this document changes: body, relationships, headers, properties."""
    reference = draft.reference
    own = {**draft.added,
           **_replaced(reference.parts[reference.part_names["core"]], _core_xml(draft, meta))}
    if APP_PART in reference.parts:
        own.update(_replaced(reference.parts[APP_PART], app_xml(meta.organisation)))
    document = reference.parts[reference.document_name]
    own[document.name] = Part(document.name, document.content_type, draft.serialized(),
                              tuple(draft.rels))
    return own


def _replaced(part: Part, blob: bytes) -> dict[str, Part]:
    return {part.name: Part(part.name, part.content_type, blob, part.rels)}


def _core_xml(draft: Draft, meta: DocxMeta) -> bytes:
    """docProps/core.xml with this document's title, subject, author and dates."""
    return core_xml(draft.reference.core, title=meta.title, subject=_subject(meta),
                    author=meta.organisation, identifier=meta.dnr or "",
                    language=meta.language, created=meta.timestamp)


def _subject(meta: DocxMeta) -> str:
    """"Tjänsteskrivelse, Dnr RS/1854/2019" (or just the kind, or just the Dnr)."""
    return ", ".join(part for part in (meta.kind, meta.dnr_line) if part)
