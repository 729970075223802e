"""The .docx zip file, written once with fixed timestamps so equal input gives equal bytes.

The layout is exactly what `zipfile` writes for deflated entries dated 1980-01-01 on a
seekable file (no data descriptors, permissions rw-------). Compressing is the costly
step, so the parts that come unchanged from a reference are compressed once per process.
"""

from __future__ import annotations

import functools
import struct
import zlib
from collections.abc import Iterable
from typing import Final

_DOS_DATE: Final = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_DOS_TIME: Final = 0
_VERSION: Final = 20
_DEFLATED: Final = 8
_UTF8_NAME: Final = 0x800
_PERMISSIONS: Final = 0o600 << 16
_LOCAL: Final = struct.Struct("<4s2B4HL2L2H")
_CENTRAL: Final = struct.Struct("<4s4B4HL2L5H2L")
_END: Final = struct.Struct("<4s4H2LH")


def deflate(data: bytes) -> tuple[int, bytes]:
    """CRC-32 and raw deflate stream of `data`, as `zipfile` compresses by default."""
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


@functools.lru_cache(maxsize=256)
def deflate_recurring(data: bytes) -> tuple[int, bytes]:
    """`deflate` for bytes that recur from document to document (kept by content)."""
    return deflate(data)


def zip_entries(entries: Iterable[tuple[str, bytes, bool]]) -> bytes:
    """A zip of (name, data, recurring) entries in order; recurring data is compressed once."""
    chunks: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, data, recurring in entries:
        crc, packed = deflate_recurring(data) if recurring else deflate(data)
        encoded, flags = _encoded(name)
        fields = (flags, _DEFLATED, _DOS_TIME, _DOS_DATE, crc, len(packed), len(data),
                  len(encoded))
        header = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, *fields, 0) + encoded
        directory.append(_CENTRAL.pack(b"PK\x01\x02", _VERSION, 0, _VERSION, 0, *fields,
                                       0, 0, 0, 0, _PERMISSIONS, offset) + encoded)
        chunks += (header, packed)
        offset += len(header) + len(packed)
    central = b"".join(directory)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(directory), len(directory), len(central),
                    offset, 0)
    return b"".join((*chunks, central, end))


def _encoded(name: str) -> tuple[bytes, int]:
    """The entry name's bytes and flags: ASCII as is, anything else UTF-8 (flagged)."""
    try:
        return name.encode("ascii"), 0
    except UnicodeEncodeError:
        return name.encode("utf-8"), _UTF8_NAME
