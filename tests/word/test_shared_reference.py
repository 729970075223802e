"""Describe how documents share a prepared reference .docx and how the zip is written."""

from __future__ import annotations

import datetime
import io
import shutil
import xml.etree.ElementTree as etree
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from generator.word.archive import FRESH_LEVEL, zip_entries
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.markdown import MarkdownStructureError, parse_markdown
from generator.word.reference import open_reference

REFERENCE = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
META = DocxMeta(title="Beslut", dnr="HSN 2024/1", date=datetime.date(2024, 2, 15),
                header_lines=("Region Exempel",))
MARKDOWN = """\
# Rubrik

Text med [en länk](https://example.se/a) och https://www.example.se/b.

1. ett
2. två

| Insats | Belopp |
|--------|-------:|
| Utbildning | 425 000 |
"""


def _zipfile_bytes(entries: list[tuple[str, bytes]], level: int | None = None) -> bytes:
    """What `zipfile` writes for deflated entries dated 1980-01-01 (at `level`)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info._compresslevel = level  # type: ignore[attr-defined]  # (public from 3.13)
            info.create_system = 0
            target.writestr(info, data)
    return out.getvalue()


class TestArchive:
    def test_it_writes_the_bytes_zipfile_writes(self) -> None:
        entries = [("[Content_Types].xml", b"<Types/>" * 50), ("word/d\u00e5.xml", b""),
                   ("word/media/image1.png", bytes(range(256)) * 40)]
        fresh = _zipfile_bytes(entries, FRESH_LEVEL)
        assert zip_entries((name, data, False) for name, data in entries) == fresh
        recurring = _zipfile_bytes(entries)
        assert zip_entries((name, data, True) for name, data in entries) == recurring
        assert fresh != recurring  # (the two levels do differ on these entries)


class TestSharedReference:
    def test_one_file_is_prepared_once(self) -> None:
        assert open_reference(REFERENCE) is open_reference(REFERENCE)

    def test_a_changed_file_is_read_again(self, tmp_path: Path) -> None:
        copy = tmp_path / "reference.docx"
        shutil.copyfile(REFERENCE, copy)
        first = open_reference(copy)
        with zipfile.ZipFile(REFERENCE) as source, \
                zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "word/styles.xml":
                    data = data.replace(b'w:styleId="Heading1"', b'w:styleId="Rubrik1"')
                target.writestr(info.filename, data)
        assert open_reference(copy) is not first
        assert b'w:val="Rubrik1"' in _part(markdown_to_docx(MARKDOWN, META, copy),
                                           "word/document.xml")

    def test_documents_do_not_change_each_other(self) -> None:
        first = markdown_to_docx(MARKDOWN, META, REFERENCE)
        markdown_to_docx("# Annan\n\n3. tre\n\n[x](https://example.se/c)\n",
                         replace(META, language="en-GB", title="Annan"), REFERENCE)
        assert markdown_to_docx(MARKDOWN, META, REFERENCE) == first

    def test_a_language_is_the_same_whichever_came_before(self) -> None:
        english = replace(META, language="en-GB")
        before = markdown_to_docx(MARKDOWN, english, REFERENCE)
        markdown_to_docx(MARKDOWN, replace(META, language="de-DE"), REFERENCE)
        assert markdown_to_docx(MARKDOWN, english, REFERENCE) == before
        assert b'w:val="de-DE"' not in _part(before, "word/styles.xml")


def _part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name)


class TestSharedMarkdownParser:
    def test_a_broken_off_parse_leaves_nothing_behind(self) -> None:
        text = "- punkt\n\n    1. inre\n\n> citat med [länk][a]\n\n[a]: https://example.se\n"
        before = etree.tostring(parse_markdown(text))
        with pytest.raises(MarkdownStructureError):
            parse_markdown("- punkt\n\n    ::: signaturer\n\n    text\n")
        assert etree.tostring(parse_markdown(text)) == before
        assert b"https://example.se" not in etree.tostring(parse_markdown("[x][a]\n"))
