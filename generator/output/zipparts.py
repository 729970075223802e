"""A zip written from members already compressed, without `zipfile`.

The Word writer compresses the parts that recur from document to document once per
process and hands them here still compressed; each member is written with the header
fields `zipfile` gives a member dated 1980-01-01 (version 2.0, no extra fields, no
comments), so the result is byte for byte what `zipfile` would write.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from typing import Final, NamedTuple

_LOCAL: Final = struct.Struct("<4s2B4HL2L2H")
_CENTRAL: Final = struct.Struct("<4s4B4HL2L5H2L")
_END: Final = struct.Struct("<4s4H2LH")
_LOCAL_SIG: Final = b"PK\x03\x04"
_CENTRAL_SIG: Final = b"PK\x01\x02"
_END_SIG: Final = b"PK\x05\x06"
_DOS_DATE: Final = (0 << 9) | (1 << 5) | 1  # 1980-01-01, time 00:00:00
_VERSION: Final = 20
_UTF8_NAME: Final = 0x800
DEFLATED: Final = 8
NEW_FILE: Final = 0o600 << 16
"""External attributes `zipfile` gives a member it writes itself (permissions rw-------)."""


class Member(NamedTuple):
    """One member: its name, how and what it stores, and its external attributes."""

    name: str
    method: int
    crc: int
    size: int
    packed: bytes
    attributes: int = 0


def deflate(data: bytes, level: int = zlib.Z_DEFAULT_COMPRESSION) -> tuple[int, bytes]:
    """CRC-32 and raw deflate stream of `data`, as `zipfile` compresses at `level` (by
    default, its default level)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


def deflated(name: str, data: bytes, packing: tuple[int, bytes] | None = None) -> Member:
    """A new member holding `data`, compressed as `zipfile` does by default (or given
    already compressed by `deflate`)."""
    crc, packed = packing or deflate(data)
    return Member(name, DEFLATED, crc, len(data), packed, NEW_FILE)


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
