"""Split an archive into N parts that separate machines build, and join their manifests.

A case belongs to part `K` of `N` by a hash of its output name, so the split is the same on
every machine and a case stays in its part when others are added. Each part records what it
built in its own manifest, `.beslut-manifest.K-av-N.json` (written even when the part built
nothing, so that a part that never ran can be told); `beslut build --merge` joins these into
the folder's manifest and removes them, once every part of each N is there. Each part records
the template folders it was built with; the joined manifest keeps them, and parts built with
different ones are not joined.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from generator.batch.discover import Source
from generator.batch.folders import built_from
from generator.batch.inputs import local
from generator.batch.template_folders import Templates
from generator.output.display import command_line, listed, shown
from generator.output.manifest import Changes, apply_locked, manifest_lock, read_manifest


class DifferentTemplates(Exception):
    """Parts were built with different template folders; the message says which, in Swedish."""


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


def mark(out: Path, part: int, count: int) -> None:
    """Write a part's manifest, empty, if the part recorded nothing (no case of it built);
    a folder that cannot be written is left alone (the build has said why)."""
    name = manifest_name(part, count)
    if not out.is_dir() or (out / name).exists():
        return
    with contextlib.suppress(OSError), manifest_lock(out):
        apply_locked(out, Changes(), name)


def part_manifests(out: Path) -> list[str]:
    """The names of the parts' manifests in the output folder, in part order."""
    found = [(_numbers(p.name), p.name) for p in out.iterdir() if _SHARD.fullmatch(p.name)]
    return [name for _, name in sorted(found)]


def merge(out: Path) -> list[str]:
    """Join every part's manifest into the folder's manifest; return the names joined.

    Reading the parts, writing the manifest and removing the parts happen under the
    folder's manifest lock, so a part still being built never loses an entry. Raise
    `DifferentTemplates`, joining nothing, if two parts record different template folders.
    """
    if not part_manifests(out):
        return []  # (nothing to lock for, and no lock file left in a folder of other things)
    with manifest_lock(out):
        names = part_manifests(out)
        parts = {name: read_manifest(out, name) for name in names}
        changes = Changes()
        for part in parts.values():
            changes.add(Changes(dict(part.files), dict(part.cases), part.templates))
        _same_templates({name: part.templates for name, part in parts.items()})
        apply_locked(out, changes)
        for name in names:
            (out / name).unlink(missing_ok=True)
    return names


def _same_templates(recorded: dict[str, tuple[str, ...] | None]) -> None:
    """Raise `DifferentTemplates` if the parts that record their templates differ."""
    known = {name: folders for name, folders in recorded.items() if folders is not None}
    if len(set(known.values())) <= 1:
        return
    used = "; ".join(f"{describe([name])} med {_templates(folders)}"
                     for name, folders in known.items())
    raise DifferentTemplates(f"delarna byggdes med olika mallar ({used}); bygg om delarna med "
                             "samma --templates och foga sedan samman dem")


def _templates(folders: tuple[str, ...]) -> str:
    """"mallarna i mallar" or "de inbyggda mallarna"."""
    if not folders:
        return "de inbyggda mallarna"
    return f"mallarna i {listed([shown(folder) for folder in folders])}"


def describe(names: list[str]) -> str:
    """Which parts the manifests are: "del 1, 2 och 3 av 3" (parts of a count together)."""
    by_count: dict[int, list[int]] = {}
    for name in names:
        part, count = _numbers(name)
        by_count.setdefault(count, []).append(part)
    return "; ".join(f"del {_listed(parts)} av {count}" for count, parts in by_count.items())


def absent(names: list[str]) -> str:
    """The parts of the same counts that are not among the names ("del 2 av 3"), or ""."""
    return "; ".join(f"del {_listed(missing)} av {count}"
                     for count, missing in _missing(names).items())


def _missing(names: list[str]) -> dict[int, list[int]]:
    """Per count, the parts not among the names (counts with none missing left out)."""
    by_count: dict[int, set[int]] = {}
    for name in names:
        part, count = _numbers(name)
        by_count.setdefault(count, set()).add(part)
    return {count: missing for count, parts in by_count.items()
            if (missing := [k for k in range(1, count + 1) if k not in parts])}


def missing_parts(out: Path, names: list[str]) -> str:
    """Why nothing was joined while parts are missing ("del 2 av 3 saknas här, …"), and what
    to do; "" when every part of each count is here."""
    fetch = to_fetch(out, names)
    return f"{fetch[0]} saknas här, så inget fogades samman; {fetch[1]}, och kör kommandot igen" \
        if fetch else ""


def to_fetch(out: Path, names: list[str]) -> tuple[str, str] | None:
    """The parts of the counts among the names that are not here ("del 2 av 3"), and how to
    get them: build them with the folders and templates the other parts' manifests record,
    or copy in the folders they were built in; None when every part is here."""
    absent_parts = absent(names)
    if not absent_parts:
        return None
    missing = [(part, count) for count, parts in _missing(names).items() for part in parts]
    counts = {count for _, count in missing}
    it = "den" if len(missing) == 1 else "dem"
    where = "mappen den byggdes i" if len(missing) == 1 else "mapparna de byggdes i"
    part = ("{}/{}".format(*missing[0]) if len(missing) == 1
            else f"K/{counts.pop()}" if len(counts) == 1 else "K/N")
    return absent_parts, (f"bygg {it} ({_build(out, names, part)}) eller kopiera in {where}, "
                          f"de dolda filerna med (cp -r MAPP/. {shown(out)}/)")


def _build(out: Path, names: list[str], part: str) -> str:
    """The command that builds a missing part as the other parts were built: the folders and
    templates their manifests record (said in words when they record no case)."""
    manifests = [read_manifest(out, name) for name in names]
    roots = built_from({key: entry for manifest in manifests
                        for key, entry in manifest.cases.items()})
    recorded = next((m.templates for m in manifests if m.templates is not None), ())
    templates = Templates(tuple(local(name) for name in recorded)).options()
    build = command_line("beslut", "bygg", *roots, "--shard", part, "-o", shown(out),
                         *templates)
    return build if roots else f"{build}, med samma mappar och mallar som de andra delarna"


def _listed(numbers: list[int]) -> str:
    """"1", "1 och 2", "1, 2 och 3"."""
    return listed([str(number) for number in numbers])


def _numbers(name: str) -> tuple[int, int]:
    """The part and the count in a part manifest's name."""
    match = _SHARD.fullmatch(name)
    assert match is not None
    return int(match[1]), int(match[2])
