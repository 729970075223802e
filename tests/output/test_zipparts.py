"""A zip written from members compressed beforehand: the result is what `zipfile` writes."""

from __future__ import annotations

import io
import zipfile
import zlib

from generator.output.zipparts import NEW_FILE, Member, deflate, deflated, zip_members

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


def member(name: str, data: bytes, method: int) -> Member:
    """A member as the writer is handed it: deflated, or stored as is."""
    if method == zipfile.ZIP_DEFLATED:
        return deflated(name, data)
    return Member(name, 0, zlib.crc32(data), len(data), data, NEW_FILE)


class DescribeZipParts:
    def it_writes_the_very_bytes_zipfile_writes(self) -> None:
        assert zip_members(member(*p) for p in PARTS) == by_zipfile(PARTS)

    def it_writes_members_compressed_beforehand_as_they_are(self) -> None:
        deflating = [p for p in PARTS if p[2] == zipfile.ZIP_DEFLATED]
        early = [deflated(n, d, deflate(d)) for n, d, _ in deflating]
        assert zip_members(early) == by_zipfile(deflating)

    def it_gives_a_zip_every_reader_opens(self) -> None:
        with zipfile.ZipFile(io.BytesIO(zip_members(member(*p) for p in PARTS))) as package:
            assert package.testzip() is None
            assert [package.read(name) for name in package.namelist()] == [p[1] for p in PARTS]
