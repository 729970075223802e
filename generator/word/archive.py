"""The .docx zip file, written once with fixed timestamps so equal input gives equal bytes.

The layout is exactly what `zipfile` writes for deflated entries dated 1980-01-01 on a
seekable file (no data descriptors, permissions rw-------). Compressing is the costly
step, so the parts that come unchanged from a reference are compressed once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from generator.output.zipparts import deflate, deflated, zip_members


@functools.lru_cache(maxsize=256)
def deflate_recurring(data: bytes) -> tuple[int, bytes]:
    """`deflate` for bytes that recur from document to document (kept by content)."""
    return deflate(data)


def zip_entries(entries: Iterable[tuple[str, bytes, bool]]) -> bytes:
    """A zip of (name, data, recurring) entries in order; recurring data is compressed once."""
    return zip_members(deflated(name, data, deflate_recurring(data) if recurring else None)
                       for name, data, recurring in entries)
