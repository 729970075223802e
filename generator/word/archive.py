"""The .docx zip file, written once with fixed timestamps so equal input gives equal bytes.

The layout is exactly what `zipfile` writes for deflated entries dated 1980-01-01 on a
seekable file (no data descriptors, permissions rw-------). Compressing is the costly
step, so the parts that come unchanged from a reference are compressed once per process,
at zlib's default level. The part made anew for each document (the body) is compressed at
`FRESH_LEVEL`, as `zipfile` does with `compresslevel=1`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final

from generator.output.zipparts import deflate, deflated, zip_members

FRESH_LEVEL: Final = 1
"""zlib level of a document's own body. On the body of a document like seed 002 (45 KB of
XML) it takes 0.28 ms where the default level takes 0.68 ms, for 7.1 KB instead of 5.9 KB:
a few per cent of a build, for a file about 1 KB larger. Parts compressed once per process
keep the default level, since their time is spent only once."""


@functools.lru_cache(maxsize=256)
def deflate_recurring(data: bytes) -> tuple[int, bytes]:
    """`deflate` for bytes that recur from document to document (kept by content)."""
    return deflate(data)


def zip_entries(entries: Iterable[tuple[str, bytes, bool]]) -> bytes:
    """A zip of (name, data, recurring) entries in order; recurring data is compressed once
    (at the default level), the rest at `FRESH_LEVEL`."""
    return zip_members(deflated(name, data, deflate_recurring(data) if recurring
                                else deflate(data, FRESH_LEVEL))
                       for name, data, recurring in entries)
