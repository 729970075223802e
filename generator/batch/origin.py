"""`beslut ursprung`: which case made a .docx, and whether the .docx is still current."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.batch.inputs import CASE, GENERATOR, InputHashes, generator_version, input_name
from generator.output import provenance
from generator.output.display import shown
from generator.output.manifest import MANIFEST, CaseEntry, read_manifest
from generator.output.writer import file_digest


@dataclass
class Origin:
    """What a .docx says about where it came from, and what is true now."""

    facts: list[tuple[str, str]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    """Why being current cannot be told from here (the case file is not where it was)."""
    current: bool = False


def origin(docx: Path, template_dirs: tuple[Path, ...] = ()) -> Origin:
    """Read a .docx's provenance and compare it with the case and templates as they are now."""
    props = provenance.read_properties(docx)
    case = props.get(provenance.CASE)
    if case is None:
        raise provenance.NotADocx(str(docx))
    found = Origin(facts=[
        ("ärende", shown(case)),
        ("ärendets SHA-256", props.get(provenance.CASE_HASH, "")),
        ("mallarnas SHA-256", props.get(provenance.TEMPLATES_HASH, "")),
        ("skapad av beslut", props.get(provenance.VERSION, "")),
    ])
    entry = _entry_for(docx)
    case_digest = file_digest(Path(case))
    if case_digest is None:
        found.unknown.append(f"ärendefilen {shown(case)} finns inte här; kör beslut ursprung i "
                             "mappen som arkivet byggdes från")
    elif case_digest != props.get(provenance.CASE_HASH):
        found.stale.append(f"ärendefilen {shown(case)} har ändrats")
    if entry is None:
        found.stale.append("ingen post i utdatamappens manifest")
    else:
        changed = InputHashes(template_dirs).changed(entry.inputs, case_digest)
        found.stale += [f"{input_name(key)} har ändrats" for key in changed
                        if key not in (CASE, GENERATOR)]
    if props.get(provenance.VERSION) != generator_version():
        found.stale.append(f"beslut är nu version {generator_version()}")
    found.current = not found.stale and not found.unknown
    return found


def _entry_for(docx: Path) -> CaseEntry | None:
    """Find the manifest entry that wrote this .docx, in its folder or a folder above."""
    here = docx.resolve()
    for folder in here.parents:
        if (folder / MANIFEST).is_file():
            name = here.relative_to(folder).as_posix()
            manifest = read_manifest(folder)
            if manifest.files.get(name) != file_digest(here):
                return None
            return next((e for e in manifest.cases.values() if name in e.outputs), None)
    return None
