"""Describe how a reference .docx is read: with lxml as python-docx reads it, or by python-docx.

The lxml reader (`loaded`) must prepare exactly what python-docx prepares, so each
reference shape below is prepared both ways and every part, relationship and style
answer compared; shapes the lxml reader leaves to python-docx are named too.
"""

from __future__ import annotations

import datetime
import io
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.word.defaults import complete
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.docx_route import load_with_python_docx
from generator.word.loaded import Unusual, load_package
from generator.word.opc import Part, serialize
from generator.word.package import set_core_properties
from generator.word.prepared import Reference

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "templates" / "reference.docx"
META = DocxMeta(title="Beslut", dnr="HSN 2024/1", date=datetime.date(2024, 2, 15),
                header_lines=("Region Exempel",), kind="Beslut")
MARKDOWN = "# Rubrik\n\nText med [en länk](https://example.se/a).\n\n1. ett\n2. två\n"


def _rewrite(data: bytes, drop: str = "",
             edit: Callable[[str, bytes], bytes] | None = None) -> bytes:
    """The package with part `drop` (and what points to it) left out, parts edited."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            if drop and name == drop:
                continue
            blob = source.read(name)
            if drop and (name.endswith(".rels") or name == "[Content_Types].xml"):
                target_name = re.escape(drop.rsplit("/", 1)[-1])
                text = re.sub(rf'<Relationship [^>]*Target="[^"]*{target_name}"/>', "",
                              blob.decode())
                blob = re.sub(rf'<Override PartName="/{re.escape(drop)}"[^>]*/>', "",
                              text).encode()
            target.writestr(name, edit(name, blob) if edit else blob)
    return out.getvalue()


def _section(top: str, header: str) -> Callable[[str, bytes], bytes]:
    """An edit: no first page header, the top margin and header distance as given."""

    def edit(name: str, blob: bytes) -> bytes:
        if name != "word/document.xml":
            return blob
        text = re.sub(r'<w:headerReference w:type="first"[^>]*/>', "", blob.decode())
        text = re.sub(r'w:top="[^"]*"', f'w:top="{top}"', text.replace("<w:titlePg/>", ""))
        return re.sub(r' w:header="[^"]*"', header, text).encode()

    return edit


def _shapes() -> dict[str, bytes]:
    base = REFERENCE.read_bytes()
    output = markdown_to_docx(MARKDOWN, META, REFERENCE)
    return {
        "built-in": base,
        "no settings": _rewrite(base, "word/settings.xml"),
        "no core properties": _rewrite(base, "docProps/core.xml"),
        "no numbering": _rewrite(base, "word/numbering.xml"),
        "no app properties": _rewrite(base, "docProps/app.xml"),
        "an earlier output": output,
        "an output missing a header": _rewrite(output, edit=_section("2.5cm", "")),
        "a decimal top margin": _rewrite(base, edit=_section("1000.4", ' w:header="0.5in"')),
    }


def _prepared(loaded: Any, names: Any) -> dict[str, Any]:
    """Everything a prepared reference hands to the documents made from it."""
    reference = Reference(loaded, names)
    core = reference.core
    set_core_properties(core, title="T", subject="S", author="A", identifier="I",
                        language="sv-SE", created=datetime.datetime(2024, 1, 2))
    styles = reference.styles
    names_asked = ("Normal", "Heading 1", "Title", "List Number", "Header", "Footer")
    return {
        "parts": _clock_free(reference.parts), "package rels": reference.package_rels,
        "rels items": reference.rels_items,
        "document rels": reference.document_rels, "late rels": reference.late_rels,
        "slots": reference.slots, "images": reference.images,
        "frames": {slot: serialize(frame) for slot, frame in reference.frames.items()},
        "empty document": serialize(reference.empty_document),
        "core": serialize(core), "text width": reference.text_width,
        "in language": reference.in_language("en-GB"),
        "styles": (styles.link_style, styles.table_style, styles.character_width,
                   [(name, styles.has(name)) for name in names_asked],
                   [styles.paragraph_id(name) for name in names_asked if styles.has(name)],
                   [styles.numbering(name) for name in names_asked if styles.has(name)]),
    }


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*")


def _clock_free(parts: dict[str, Part]) -> dict[str, Part]:
    """The parts with the time a default core part takes from the clock left out: each
    route reads the clock when it prepares, so the two can fall in different seconds."""
    return {name: part._replace(blob=_MODIFIED.sub(rb"\1", part.blob))
            for name, part in parts.items()}


@pytest.mark.parametrize("shape", list(_shapes()))
def test_lxml_prepares_what_python_docx_prepares(shape: str) -> None:
    data = _shapes()[shape]
    loaded = load_package(data)
    fast = _prepared(loaded, complete(loaded))
    slow = _prepared(*load_with_python_docx(data))
    assert fast.keys() == slow.keys()
    for key in fast:
        assert fast[key] == slow[key], key


def test_a_reference_without_styles_is_left_to_python_docx() -> None:
    loaded = load_package(_rewrite(REFERENCE.read_bytes(), "word/styles.xml"))
    with pytest.raises(Unusual):
        complete(loaded)


def test_the_built_in_reference_is_prepared_without_python_docx() -> None:
    script = ("import sys, pathlib\n"
              "from generator.word.reference import open_reference\n"
              f"open_reference(pathlib.Path({str(REFERENCE)!r}))\n"
              "print('docx' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "False"
