"""Members of a zip copied as stored bytes: the result is what `zipfile` itself writes."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from generator.output.provenance import CASE, read_properties, with_properties
from generator.output.zipparts import NEW_FILE, deflated, read_members, zip_members

TYPES = b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
PARTS = [("[Content_Types].xml", TYPES, zipfile.ZIP_DEFLATED),
         ("mapp/ärende.xml", b"x" * 1000, zipfile.ZIP_DEFLATED),
         ("lagrad.bin", bytes(range(256)), zipfile.ZIP_STORED)]


def by_zipfile(parts: list[tuple[str, bytes, int]]) -> bytes:
    """The parts as `zipfile` writes them, dated 1980-01-01 (rw------- for each member)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data, method in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.create_system = method, 0
            package.writestr(info, data)
    return buffer.getvalue()


class DescribeZipParts:
    def it_writes_back_the_very_bytes_zipfile_wrote(self) -> None:
        original = by_zipfile(PARTS)
        members = [replace(m, attributes=NEW_FILE) for m in read_members(original)]
        assert zip_members(members) == original

    def it_compresses_a_new_member_as_zipfile_does(self) -> None:
        deflating = [p for p in PARTS if p[2] == zipfile.ZIP_DEFLATED]
        assert zip_members(deflated(n, d) for n, d, _ in deflating) == by_zipfile(deflating)

    def it_reads_each_member_content(self) -> None:
        assert [m.content() for m in read_members(by_zipfile(PARTS))] == [p[1] for p in PARTS]

    @pytest.mark.parametrize("data", [b"", b"ingen zip", by_zipfile(PARTS)[:-30]])
    def it_refuses_what_is_not_a_zip(self, data: bytes) -> None:
        with pytest.raises(zipfile.BadZipFile):
            read_members(data)


class DescribeProperties:
    def it_adds_them_once_however_often_they_are_set(self, tmp_path: Path) -> None:
        first = with_properties(by_zipfile(PARTS), {CASE: "a.yaml"})
        again = with_properties(first, {CASE: "b.yaml"})
        with zipfile.ZipFile(io.BytesIO(again)) as package:
            assert package.testzip() is None
            names = package.namelist()
        assert names == [p[0] for p in PARTS] + ["docProps/custom.xml"]
        path = tmp_path / "x.docx"
        path.write_bytes(again)
        assert read_properties(path) == {CASE: "b.yaml"}
