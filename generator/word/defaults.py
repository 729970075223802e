"""What python-docx adds to a package that lacks it, without importing python-docx.

Its templates for new parts (settings, header, footer) are read from its installed
package data as bytes; finding them does not import python-docx (that alone takes
longer than preparing a reference).
"""

from __future__ import annotations

import datetime
import functools
import importlib.util
import pathlib
from typing import Final

from lxml import etree  # type: ignore[import-untyped]

from generator.word.loaded import Loaded, LoadedPart, MainParts, Unusual, next_rid, related
from generator.word.opc import Rel, relative_target
from generator.word.oxml import PARSER, XmlNode
from generator.word.package import set_core_property, set_core_time
from generator.word.styles import HYPERLINK_STYLE, StyleBook

_RT: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
SETTINGS: Final = _RT + "settings"
STYLES: Final = _RT + "styles"
NUMBERING: Final = _RT + "numbering"
CORE: Final = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_SETTINGS_PART: Final = ("/word/settings.xml",
                         "application/vnd.openxmlformats-officedocument.wordprocessingml."
                         "settings+xml")
_CORE_PART: Final = ("/docProps/core.xml",
                     "application/vnd.openxmlformats-package.core-properties+xml")
_CORE_XML: Final = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/"/>\n')

DEFAULT_TYPES: Final = frozenset({
    ("bin", "application/vnd.openxmlformats-officedocument.presentationml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"),
    ("bin", "application/vnd.openxmlformats-officedocument.wordprocessingml.printerSettings"),
    ("bmp", "image/bmp"), ("emf", "image/x-emf"), ("fntdata", "application/x-fontdata"),
    ("gif", "image/gif"), ("jpe", "image/jpeg"), ("jpeg", "image/jpeg"), ("jpg", "image/jpeg"),
    ("png", "image/png"), ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
    ("tif", "image/tiff"), ("tiff", "image/tiff"), ("wdp", "image/vnd.ms-photo"),
    ("wmf", "image/x-wmf"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("xml", "application/xml"),
})
"""The (extension, content type) pairs python-docx writes as defaults (its `spec`)."""


@functools.cache
def template_bytes(name: str) -> bytes:
    """python-docx's template file `name` ("default-header.xml")."""
    spec = importlib.util.find_spec("docx")
    assert spec is not None and spec.submodule_search_locations
    folder = pathlib.Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates" / name).read_bytes()


def template(name: str) -> XmlNode:
    """A new element parsed from python-docx's template `name`."""
    element: XmlNode = etree.fromstring(template_bytes(name), PARSER)
    return element


def ensure_settings(loaded: Loaded) -> str:
    """The settings part's name, python-docx's default one added when missing."""
    document = loaded.parts[loaded.document]
    found = related(document.rels, SETTINGS)
    loaded.had_settings = bool(found)
    return found[0] if found else _add(loaded, document.rels, document.name, SETTINGS,
                                       _SETTINGS_PART, template("default-settings.xml"))


def ensure_core(loaded: Loaded) -> str:
    """The core properties part's name, python-docx's default one added when missing."""
    found = related(loaded.package_rels, CORE)
    if found:
        return found[0]
    element: XmlNode = etree.fromstring(_CORE_XML.encode(), PARSER)
    set_core_property(element, "dc:title", "Word Document")
    set_core_property(element, "cp:lastModifiedBy", "python-docx")
    set_core_property(element, "cp:revision", "1")
    set_core_time(element, "dcterms:modified", datetime.datetime.now(datetime.UTC))
    return _add(loaded, loaded.package_rels, "/", CORE, _CORE_PART, element)


def _add(loaded: Loaded, rels: dict[str, Rel], source: str, reltype: str,
         part: tuple[str, str], element: XmlNode) -> str:
    """Add a new XML part related from `source` by `reltype`, as python-docx relates it."""
    name, content_type = part
    if name in loaded.parts:
        raise LookupError(f"{name} exists")  # python-docx would add a second one
    loaded.parts[name] = LoadedPart(name, content_type, element, b"")
    rid = next_rid(rels)
    rels[rid] = Rel(rid, reltype, relative_target(name, source), name)
    return name


def complete(loaded: Loaded) -> MainParts:
    """Settings and core properties made to exist; the names of the main parts.

    Unusual when python-docx would add more (styles, the Hyperlink style) or would
    refuse the package only later (several parts of one kind).
    """
    document = loaded.parts[loaded.document]
    styles = related(document.rels, STYLES)
    numbering = related(document.rels, NUMBERING)
    if (len(styles) != 1 or len(numbering) > 1 or len(related(document.rels, SETTINGS)) > 1
            or len(related(loaded.package_rels, CORE)) > 1
            or not _has_hyperlink_style(loaded.parts[styles[0]].element)):
        raise Unusual("python-docx adds or refuses a part")
    return MainParts(styles[0], ensure_settings(loaded), ensure_core(loaded),
                     numbering[0] if numbering else None)


def _has_hyperlink_style(styles: XmlNode | None) -> bool:
    return styles is not None and StyleBook.has_name(styles, HYPERLINK_STYLE)
