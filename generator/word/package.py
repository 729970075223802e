"""The parts of a .docx package around the body: settings, core and app properties.

Everything python-docx's default template leaves behind is replaced: the application is
`beslut` (not "Microsoft Macintosh Word" with 1 page and 0 words), the compatibility
mode is current Word's (15, so Word does not open the file in compatibility mode), no
proofing state (which would hide spelling marks) and no print date.
"""

from __future__ import annotations

import copy
import datetime
import functools
import re
from html import escape
from typing import Final

from generator import __version__
from generator.output.provenance import APPLICATION
from generator.word.deferred import all_xml
from generator.word.opc import serialize
from generator.word.oxml import XmlNode, cast_element, child, make, qn
from generator.word.runs import text as escaped

COMPATIBILITY_MODE: Final = "15"
_WORD_URI: Final = "http://schemas.microsoft.com/office/word"
_APP_XML: Final = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}</AppVersion>"
    "</Properties>"
)


def package_version() -> str:
    """The version of `beslut`, e.g. "0.1.0" (read from the package, not from its installed
    metadata: importing `importlib.metadata` alone cost some 16 ms of a cold check)."""
    return __version__


def app_version(version: str) -> str:
    """The version in the form Office expects, "MM.mmpp": "0.1.0" -> "00.0100"."""
    numbers = [int(part) if part.isdigit() else 0 for part in version.split(".")[:3]]
    major, minor, patch = [*numbers, 0, 0, 0][:3]
    return f"{major % 100:02d}.{minor % 100:02d}{patch % 100:02d}"


def app_xml(company: str, version: str | None = None) -> bytes:
    """docProps/app.xml naming `beslut` and its version as the application."""
    version = version or package_version()
    text = _APP_XML.format(application=f"{APPLICATION} {escape(version, quote=False)}",
                           company=escape(company, quote=False), version=app_version(version))
    return text.encode("utf-8")


def clean_settings(settings: XmlNode) -> None:
    """Current Word's compatibility mode, no proofing state, no attached template."""
    for name in ("w:proofState", "w:attachedTemplate"):
        for element in settings.findall(qn(name)):
            settings.remove(element)
    compat = child(settings, "w:compat", ("w:docVars", "w:rsids", "m:mathPr",
                                          "w:attachedSchema", "w:themeFontLang"))
    mode = next((setting for setting in compat.findall(qn("w:compatSetting"))
                 if setting.get(qn("w:name")) == "compatibilityMode"), None)
    if mode is None:
        mode = make("w:compatSetting", {"w:name": "compatibilityMode", "w:uri": _WORD_URI})
        compat.append(mode)
    mode.set(qn("w:val"), COMPATIBILITY_MODE)


PROPERTY_LIMIT = 255
"""The longest text a core property holds (python-docx refuses longer ones)."""


def _fitted(text: str) -> str:
    """A property's text, shortened with an ellipsis beyond the limit (the body keeps it all)."""
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"


_CORE_TEXTS: Final = ("dc:title", "dc:subject", "dc:identifier", "dc:creator",
                      "cp:lastModifiedBy", "dc:language", "dcterms:created", "dcterms:modified")
"""The core properties a document sets, in the order of `_core_texts`."""
_TIMES: Final = frozenset({"dcterms:created", "dcterms:modified"})
_MARK: Final = "\ue000"  # (private use) around the number of a text in the core's markup
_MARKED: Final = re.compile(f"{_MARK}(\\d){_MARK}".encode())


def core_xml(core: XmlNode, *, title: str, subject: str, author: str, identifier: str,
             language: str, created: datetime.datetime) -> bytes:
    """docProps/core.xml: a copy of `core` with the properties of `set_core_properties`,
    as lxml writes it. The texts are escaped as lxml escapes them into the markup made
    once for `core` (see `_core_around`); texts that XML cannot hold are set by lxml,
    which refuses them as before."""
    texts = _core_texts(title, subject, author, identifier, language, created)
    around = _core_around(cast_element(core))  # (kept by the element, which is hashable)
    if around is None or not all_xml("".join(texts)):
        copied = copy.deepcopy(core)
        _set_core_texts(copied, texts)
        return serialize(copied)
    pieces, order = around
    chunks = [pieces[0]]
    for index, piece in zip(order, pieces[1:], strict=True):
        chunks += (escaped(texts[index]).encode(), piece)
    return b"".join(chunks)


@functools.lru_cache(maxsize=8)
def _core_around(core: XmlNode) -> tuple[list[bytes], list[int]] | None:
    """The markup of `core` with the properties set, split around each of `_CORE_TEXTS`,
    and which text goes after each piece but the last; None if the markers to find them
    by do not come out once each (a core holding the marker character itself)."""
    marked = copy.deepcopy(core)
    _set_core_texts(marked, tuple(f"{_MARK}{index}{_MARK}" for index in range(len(_CORE_TEXTS))))
    data = serialize(marked)
    parts = _MARKED.split(data)
    pieces, order = parts[::2], [int(number) for number in parts[1::2]]
    if sorted(order) != list(range(len(_CORE_TEXTS))) or _MARK.encode() in b"".join(pieces):
        return None
    return pieces, order


def _core_texts(title: str, subject: str, author: str, identifier: str, language: str,
                created: datetime.datetime) -> tuple[str, ...]:
    """The texts of `_CORE_TEXTS` for these properties (shortened where python-docx
    refuses longer ones, dates in W3CDTF form)."""
    moment = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (*map(_fitted, (title, subject, identifier, author, author)), language, moment,
            moment)


def set_core_properties(core: XmlNode, *, title: str, subject: str, author: str,
                        identifier: str, language: str,
                        created: datetime.datetime) -> None:
    """Core properties from the case, set as python-docx sets them; no print date."""
    _set_core_texts(core, _core_texts(title, subject, author, identifier, language, created))


def _set_core_texts(core: XmlNode, texts: tuple[str, ...]) -> None:
    """`set_core_properties` with the texts of `_CORE_TEXTS` made."""
    for tag, text in zip(_CORE_TEXTS, texts, strict=True):
        if tag in _TIMES:
            _set_time_text(core, tag, text)
        elif tag == "dc:language":  # (the order python-docx's sets them in)
            set_core_property(core, tag, text)
            set_core_property(core, "dc:description", "")
        else:
            set_core_property(core, tag, text)
    set_core_property(core, "cp:revision", "1")
    for printed in core.findall(qn("cp:lastPrinted")):
        core.remove(printed)


def set_core_property(core: XmlNode, tag: str, text: str) -> None:
    """The text of core property `tag`, its element appended when missing."""
    element = core.find(qn(tag))
    if element is None:
        element = make(tag)
        core.append(element)
    element.text = text


def set_core_time(core: XmlNode, tag: str, moment: datetime.datetime) -> None:
    """A date property in W3CDTF form, declaring `xsi` on the root as python-docx does."""
    _set_time_text(core, tag, moment.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _set_time_text(core: XmlNode, tag: str, text: str) -> None:
    """`set_core_time` with the date's `text` made."""
    set_core_property(core, tag, text)
    element = core.find(qn(tag))
    assert element is not None
    root = cast_element(core)
    root.set(qn("xsi:foo"), "bar")
    element.set(qn("xsi:type"), "dcterms:W3CDTF")
    del root.attrib[qn("xsi:foo")]
