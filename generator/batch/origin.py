"""`beslut ursprung`: which case made a .docx, and whether the .docx is still current."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.batch.folders import recorded_roots, root_of
from generator.batch.inputs import CASE, GENERATOR, InputHashes, generator_version, input_name
from generator.batch.plan import Rerun, Stale, edited_line
from generator.batch.template_folders import Templates, chosen
from generator.output import provenance
from generator.output.display import command_line, listed, shown
from generator.output.manifest import MANIFEST, CaseEntry, Manifest, read_manifest
from generator.output.writer import file_digest


@dataclass
class Origin:
    """What a .docx says about where it came from, and what is true now."""

    facts: list[tuple[str, str]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    """Why being current cannot be told from here (the case file is not where it was)."""
    current: bool = False
    notes: list[str] = field(default_factory=list)
    """What is wrong with the case's other document (its .md), which belongs with this one."""


def origin(docx: Path, template_dirs: tuple[Path, ...] = (), builtin: bool = False) -> Origin:
    """Read a .docx's provenance and compare it with the case and templates as they are now:
    the templates given, else (unless `builtin`) those its output folder's manifest records
    (raise `TemplatesGone` if one is not here)."""
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
    out, manifest = _output_folder(docx)
    entry, edited = _entry_for(docx, case, out, manifest)
    used = _templates(out, manifest, template_dirs, builtin, docx)
    if used.recorded and out is not None:
        found.facts.append(("mallar", f"{listed([shown(f) for f in used.folders])} (enligt "
                                      f"manifestet i {shown(_relative(out))})"))
    case_digest = file_digest(Path(case))
    gone = _gone(entry, out, manifest, used) if case_digest is None else None
    if gone is not None:
        found.stale.append(gone)
    elif case_digest is None:
        found.unknown.append(f"ärendefilen {shown(case)} finns inte här; kör beslut ursprung i "
                             "mappen som arkivet byggdes från")
    elif case_digest != props.get(provenance.CASE_HASH):
        found.stale.append(f"ärendefilen {shown(case)} har ändrats")
    if entry is None:
        found.stale.append("ingen post i utdatamappens manifest")
    else:
        changed = InputHashes(used.folders).changed(entry[1].inputs, case_digest)
        found.stale += [f"{input_name(key)} har ändrats" for key in changed
                        if key not in (CASE, GENERATOR)]
    if props.get(provenance.VERSION) != generator_version():
        found.stale.append(f"beslut är nu version {generator_version()}")
    if edited and out is not None:
        found.stale = [_edited(docx, out, Path(case), used, found.stale)]
    found.current = not found.stale and not found.unknown
    if entry is not None and out is not None and case_digest is not None:
        found.notes = _pair(entry[1], out, docx, Path(case), used)
    return found


def without_origin(docx: Path) -> str:
    """Why a .docx has no origin to tell, and what to do: `beslut skapa` (and `bevaka`) record
    none, `beslut bygg` does; its command names the case when one here has the .docx's name."""
    if not provenance.made_by_beslut(docx):
        return ("dokumentet saknar uppgifter om ursprung: det är inte skapat av beslut eller är "
                "ingen Word-fil")
    names = [p for p in (Path(f"{docx.stem}.yaml"), Path("cases", f"{docx.stem}.yaml"))
             if p.is_file()]
    output = command_line("-o", _relative(docx.resolve().parent))
    if len(names) == 1:
        command = f"{command_line('beslut', 'bygg', names[0].as_posix())} {output}"
    else:
        command = f"beslut bygg ÄRENDE.yaml {output} med ärendefilen i stället för ÄRENDE.yaml"
    return ("dokumentet är skapat med beslut skapa (eller bevaka), som inte skriver in "
            f"uppgifter om ursprung; det gör beslut bygg: kör {command}, och lägg till "
            "--templates MAPP om du använde egna mallar")


def _pair(entry: CaseEntry, out: Path, docx: Path, case: Path, used: Templates) -> list[str]:
    """The case's other outputs beside the .docx that are missing or edited by hand since
    beslut wrote them, each with the command that mends it."""
    options = ("-o", _relative(out), *used.options())
    this = docx.resolve().relative_to(out).as_posix()
    notes = []
    for name, recorded in sorted(entry.outputs.items()):
        other = shown(Path(_relative(out)) / name)
        digest = file_digest(out / name)
        if name == this or digest == recorded:
            continue
        if digest is None:
            build = command_line("beslut", "bygg", shown(case), *options)
            notes.append(f"ärendets andra dokument {other} saknas; kör {build}")
        else:
            force = Rerun(options=options).one_case(case)
            notes.append(edited_line([other], force, noun="ärendets andra dokument"))
    return notes


def _output_folder(docx: Path) -> tuple[Path | None, Manifest]:
    """The output folder of a .docx, its folder or a folder above with a manifest, and that
    manifest (read once for the command); None and an empty one if there is none."""
    for folder in docx.resolve().parents:
        if (folder / MANIFEST).is_file():
            return folder, read_manifest(folder)
    return None, Manifest()


def _entry_for(docx: Path, case: str, out: Path | None,
               manifest: Manifest) -> tuple[tuple[str, CaseEntry] | None, bool]:
    """Find the manifest entry (with its key) that wrote this .docx in its output folder,
    by the document's place and the case its provenance names; and whether the .docx
    differs from what beslut wrote there (edited by hand)."""
    if out is None:
        return None, False
    here = docx.resolve()
    name = here.relative_to(out).as_posix()
    entry = next(((key, entry) for key, entry in manifest.cases.items()
                  if name in entry.outputs and entry.source == case), None)
    return entry, entry is not None and manifest.files.get(name) != file_digest(here)


def _edited(docx: Path, out: Path, case: Path, used: Templates, stale: list[str]) -> str:
    """The line for a .docx edited by hand since beslut wrote it, as `build --check` says it,
    with the command that overwrites it; and why it is stale too, if it is."""
    rerun = Rerun(options=("-o", _relative(out), *used.options()))
    also = Stale(stale, rerun.one_case(case, force=False)) if stale else None
    return edited_line([shown(Path(_relative(out)) / docx.resolve().relative_to(out))],
                       rerun.one_case(case), stale=also)


def _templates(out: Path | None, manifest: Manifest, given: tuple[Path, ...], builtin: bool,
               docx: Path) -> Templates:
    """The templates to compare with: those given, else those of the output folder."""
    if out is None:
        return Templates(given, builtin=builtin)
    return chosen(_relative_path(out), given, builtin, ("beslut", "ursprung", shown(docx)),
                  manifest.templates or ())


def _gone(entry: tuple[str, CaseEntry] | None, out: Path | None, manifest: Manifest,
          used: Templates) -> str | None:
    """Why a document whose case file is missing is left behind, when this is the folder its
    archive was built from (its case folder is here with another of its cases); else None."""
    if entry is None or out is None:
        return None
    key, case = entry
    root = root_of(key, case)
    cases = recorded_roots(manifest.cases).get(root, [])
    if not any(Path(other).is_file() for other in cases):
        return None
    prune = Rerun(options=("-o", _relative(out), *used.options())).prune(root)
    return (f"ärendefilen {shown(case.source)} finns inte längre; ta bort dokumenten med "
            f"{prune}, eller lägg tillbaka ärendefilen")


def _relative_path(folder: Path) -> Path:
    """The folder as given from here, as a path."""
    return Path(_relative(folder))


def _relative(folder: Path) -> str:
    """The folder as given from here (relative when it lies below the working folder)."""
    try:
        return folder.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return str(folder)
