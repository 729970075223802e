"""Split an archive into N parts that separate machines build, and join their manifests.

A case belongs to part `K` of `N` by a hash of its output name, so the split is the same on
every machine and a case stays in its part when others are added. Each part records what it
built in its own manifest, `.beslut-manifest.K-av-N.json`; `beslut build --merge` joins these
into the folder's manifest and removes them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from generator.batch.discover import Source
from generator.output.manifest import Changes, read_manifest, update_manifest

_SHARD = re.compile(r"\.beslut-manifest\.(\d+)-av-(\d+)\.json")


def parse_shard(text: str) -> tuple[int, int] | None:
    """Read `K/N` with 1 ≤ K ≤ N; None if it is not that."""
    match = re.fullmatch(r"\s*(\d{1,6})\s*/\s*(\d{1,6})\s*", text)
    if match is None:
        return None
    part, count = int(match[1]), int(match[2])
    return (part, count) if 1 <= part <= count else None


def part_of(key: str, count: int) -> int:
    """The part (1…count) a case belongs to."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16) % count + 1


def in_part(sources: Sequence[Source], part: int, count: int) -> list[Source]:
    """The cases of one part."""
    return [s for s in sources if part_of(s.key, count) == part]


def manifest_name(part: int, count: int) -> str:
    """The file name of a part's own manifest."""
    return f".beslut-manifest.{part}-av-{count}.json"


def merge(out: Path) -> list[str]:
    """Join every part's manifest into the folder's manifest; return the names joined."""
    names = sorted((p.name for p in out.iterdir() if _SHARD.fullmatch(p.name)),
                   key=lambda n: [int(x) for x in _SHARD.fullmatch(n).groups()])  # type: ignore[union-attr]
    changes = Changes()
    for name in names:
        part = read_manifest(out, name)
        changes.add(Changes(files=dict(part.files), cases=dict(part.cases)))
    update_manifest(out, changes)
    for name in names:
        (out / name).unlink(missing_ok=True)
    return names
