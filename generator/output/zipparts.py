"""A zip's members as stored (still compressed), read and written back without `zipfile`.

Adding one part to a finished .docx through `zipfile` parses and re-creates every member;
here each member is taken as its stored bytes, and written back with the header fields
`zipfile` gives a member dated 1980-01-01 (version 2.0, no extra fields, no comments), so
the result is byte for byte what `zipfile` would write. Zip64 archives are not read.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final
from zipfile import BadZipFile

_LOCAL: Final = struct.Struct("<4s2B4HL2L2H")
_CENTRAL: Final = struct.Struct("<4s4B4HL2L5H2L")
_END: Final = struct.Struct("<4s4H2LH")
_LOCAL_SIG: Final = b"PK\x03\x04"
_CENTRAL_SIG: Final = b"PK\x01\x02"
_END_SIG: Final = b"PK\x05\x06"
_DOS_DATE: Final = (0 << 9) | (1 << 5) | 1  # 1980-01-01, time 00:00:00
_VERSION: Final = 20
_UTF8_NAME: Final = 0x800
_ZIP64: Final = 0xFFFFFFFF
DEFLATED: Final = 8
NEW_FILE: Final = 0o600 << 16
"""External attributes `zipfile` gives a member it writes itself (permissions rw-------)."""


@dataclass(frozen=True)
class Member:
    """One member: its name, how and what it stores, and its external attributes."""

    name: str
    method: int
    crc: int
    size: int
    packed: bytes
    attributes: int = 0

    def content(self) -> bytes:
        """The member's uncompressed bytes, checked against its CRC-32."""
        data = zlib.decompress(self.packed, -15) if self.method == DEFLATED else self.packed
        if self.method not in (0, DEFLATED) or zlib.crc32(data) != self.crc:
            raise BadZipFile(f"cannot read member {self.name!r}")
        return data


def deflate(data: bytes) -> tuple[int, bytes]:
    """CRC-32 and raw deflate stream of `data`, as `zipfile` compresses by default."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


def deflated(name: str, data: bytes, packing: tuple[int, bytes] | None = None) -> Member:
    """A new member holding `data`, compressed as `zipfile` does by default (or given
    already compressed by `deflate`)."""
    crc, packed = packing or deflate(data)
    return Member(name, DEFLATED, crc, len(data), packed, NEW_FILE)


def read_members(data: bytes) -> list[Member]:
    """The members of a zip in the order of its central directory."""
    try:
        return list(_members(data))
    except struct.error as exc:
        raise BadZipFile("truncated zip file") from exc


def _members(data: bytes) -> Iterable[Member]:
    """Walk the central directory; raise BadZipFile where it is not one."""
    end = data.rfind(_END_SIG, max(0, len(data) - _END.size - 0xFFFF))
    if end < 0:
        raise BadZipFile("not a zip file")
    record = _END.unpack_from(data, end)
    count, offset = record[4], record[6]
    for _ in range(count):
        fields = _CENTRAL.unpack_from(data, offset)
        flags, method, crc, packed_size, size = (fields[i] for i in (5, 6, 9, 10, 11))
        name_size, extra_size, comment_size, header = fields[12], fields[13], fields[14], fields[18]
        if fields[0] != _CENTRAL_SIG or _ZIP64 in (packed_size, size, header):
            raise BadZipFile("unsupported zip file")
        raw = data[offset + _CENTRAL.size:offset + _CENTRAL.size + name_size]
        offset += _CENTRAL.size + name_size + extra_size + comment_size
        local = _LOCAL.unpack_from(data, header)
        if local[0] != _LOCAL_SIG:
            raise BadZipFile("bad local file header")
        start = header + _LOCAL.size + local[-2] + local[-1]
        name = raw.decode("utf-8" if flags & _UTF8_NAME else "cp437")
        yield Member(name, method, crc, size, data[start:start + packed_size])


def zip_members(members: Iterable[Member]) -> bytes:
    """A zip of the members in order, with fixed dates and no extra fields."""
    chunks: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for member in members:
        encoded, flags = _encoded(member.name)
        fields = (flags, member.method, 0, _DOS_DATE, member.crc, len(member.packed),
                  member.size, len(encoded))
        header = _LOCAL.pack(_LOCAL_SIG, _VERSION, 0, *fields, 0) + encoded
        directory.append(_CENTRAL.pack(_CENTRAL_SIG, _VERSION, 0, _VERSION, 0, *fields,
                                       0, 0, 0, 0, member.attributes, offset) + encoded)
        chunks += (header, member.packed)
        offset += len(header) + len(member.packed)
    central = b"".join(directory)
    end = _END.pack(_END_SIG, 0, 0, len(directory), len(directory), len(central), offset, 0)
    return b"".join((*chunks, central, end))


def _encoded(name: str) -> tuple[bytes, int]:
    """The name's bytes and flags: ASCII as is, anything else UTF-8 (flagged)."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_NAME
