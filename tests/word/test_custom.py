"""Custom document properties, written in the package's one zip write."""

from __future__ import annotations

import datetime
import io
import zipfile
from pathlib import Path

from generator.output.provenance import (
    CASE,
    CASE_HASH,
    CONTENT_TYPE,
    PART,
    RELTYPE,
    custom_xml,
    read_properties,
)
from generator.resources import templates_dir
from generator.word.custom import with_custom_part
from generator.word.document import DocxMeta, markdown_to_docx
from generator.word.opc import Part, Rel

META = DocxMeta(title="Beslut", dnr="RS 2024/1", date=datetime.date(2024, 2, 15),
                header_lines=("Region Exempel",))
PROPERTIES = ((CASE, "ärenden/a.yaml"), (CASE_HASH, "ab" * 32))


def docx(properties: tuple[tuple[str, str], ...]) -> bytes:
    """A small document with these properties."""
    meta = DocxMeta(**{**vars(META), "properties": properties})
    return markdown_to_docx("# Beslut\n\nText.\n", meta, templates_dir() / "reference.docx")


class DescribeCustomProperties:
    def it_writes_them_where_word_and_beslut_ursprung_read_them(self, tmp_path: Path) -> None:
        path = tmp_path / "x.docx"
        path.write_bytes(docx(PROPERTIES))
        assert read_properties(path) == dict(PROPERTIES)
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None
            types = package.read("[Content_Types].xml").decode()
            rels = package.read("_rels/.rels").decode()
        assert f'PartName="{PART}" ContentType="{CONTENT_TYPE}"' in types
        assert f'Type="{RELTYPE}" Target="docProps/custom.xml"' in rels

    def it_leaves_a_document_without_them_as_it_was(self) -> None:
        with zipfile.ZipFile(io.BytesIO(docx(()))) as package:
            assert PART[1:] not in package.namelist()

    def it_gives_equal_bytes_for_equal_properties(self) -> None:
        assert docx(PROPERTIES) == docx(PROPERTIES)

    def it_replaces_the_properties_a_reference_has(self) -> None:
        own = Rel("rId9", RELTYPE, "docProps/own.xml", "/docProps/own.xml")
        parts = {"/docProps/own.xml": Part("/docProps/own.xml", CONTENT_TYPE, b"<gamla/>")}
        rels, changed = with_custom_part((own,), parts, PROPERTIES)
        assert rels == (own,)
        assert changed["/docProps/own.xml"].blob == custom_xml(PROPERTIES)

    def it_takes_the_first_free_relationship_id(self) -> None:
        taken = (Rel("rId1", "a", "x.xml", "/x.xml"), Rel("rId3", "b", "y.xml", "/y.xml"))
        rels, _ = with_custom_part(taken, {}, PROPERTIES)
        assert rels[-1] == Rel("rId2", RELTYPE, "docProps/custom.xml", PART)
