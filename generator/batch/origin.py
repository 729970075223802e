"""`beslut ursprung`: which case made a document (.docx, or .md by the .docx beside it), and
whether the document is still current."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.batch.folders import named_roots, recorded_roots, root_of
from generator.batch.inputs import CASE, GENERATOR, InputHashes, generator_version, input_name
from generator.batch.plan import Rerun, Stale, edited_line, mend_with
from generator.batch.template_folders import Templates, chosen
from generator.batch.vetting import errors_of
from generator.output import provenance
from generator.output.display import command_line, listed, shown
from generator.output.manifest import MANIFEST, CaseEntry, Manifest, read_manifest
from generator.output.writer import file_digest
from generator.problems import Problem


@dataclass
class Origin:
    """What a document's .docx says about where it came from, and what is true now."""

    facts: list[tuple[str, str]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    """Why the document is not current, the command that mends it last."""
    unknown: list[str] = field(default_factory=list)
    """Why being current cannot be told from here (the case file is not where it was)."""
    current: bool = False
    errors: list[Problem] = field(default_factory=list)
    """The case's errors now, for a stale document (mend them before building it again)."""
    notes: list[str] = field(default_factory=list)
    """What is wrong with the case's other document, which belongs with this one."""


@dataclass(frozen=True)
class _Place:
    """A document asked about, the case its .docx names and the output folder it is in."""

    document: Path
    case: Path
    out: Path | None
    used: Templates

    def rerun(self) -> Rerun:
        """Builds into the document's output folder (its own folder when it has none)."""
        out = self.out if self.out is not None else self.document.resolve().parent
        return Rerun(options=("-o", _relative(out), *self.used.options()))


def word_file(document: Path) -> Path:
    """The .docx whose properties tell a document's origin: the document itself, or for a
    .md the .docx that beslut writes beside it."""
    return document.with_suffix(".docx") if document.suffix == ".md" else document


def origin(document: Path, template_dirs: tuple[Path, ...] = (),
           builtin: bool = False) -> Origin:
    """Read the provenance of a .docx (of the .docx beside it, for a .md) and compare the
    document with the case and templates as they are now: the templates given, else (unless
    `builtin`) those its output folder's manifest records (raise `TemplatesGone` if one is
    not here); raise `NotADocx` when there is no provenance to read."""
    docx = word_file(document)
    props = provenance.read_properties(docx)
    case = props.get(provenance.CASE)
    if case is None:
        raise provenance.NotADocx(str(docx))
    found = Origin(facts=_facts(document, docx, case, props))
    out, manifest = _output_folder(document)
    entry, edited = _entry_for(document, case, out, manifest)
    place = _Place(document, Path(case), out,
                   _templates(out, manifest, template_dirs, builtin, document))
    if place.used.recorded and out is not None:
        found.facts.append(("mallar", f"{listed([shown(f) for f in place.used.folders])} "
                                      f"(enligt manifestet i {shown(_relative(out))})"))
    case_digest = file_digest(place.case)
    found.stale, found.unknown = _reasons(props, case_digest, entry, manifest, place)
    if found.stale and case_digest is not None:
        found.errors = errors_of(place.case, place.used.folders)
    if edited and out is not None:
        found.stale = [_edited(place, found.stale, bool(found.errors))]
    elif found.stale and case_digest is not None:
        build = place.rerun().one_case(place.case, force=False)
        found.stale.append(mend_with(build, bool(found.errors)))
    found.current = not found.stale and not found.unknown
    if entry is not None and out is not None and case_digest is not None:
        found.notes = _pair(entry[1], place)
    return found


def _facts(document: Path, docx: Path, case: str, props: dict[str, str]) -> list[tuple[str, str]]:
    """The provenance read, saying first where from when it is not the document's own."""
    facts = [] if docx == document else [
        ("uppgifterna om ursprung", f"ur Word-filen bredvid, {shown(docx)}, som byggdes "
                                    f"tillsammans med {shown(document)}")]
    return [*facts,
            ("ärende", shown(case)),
            ("ärendets SHA-256", props.get(provenance.CASE_HASH, "")),
            ("mallarnas SHA-256", props.get(provenance.TEMPLATES_HASH, "")),
            ("skapad av beslut", props.get(provenance.VERSION, ""))]


def _reasons(props: dict[str, str], case_digest: str | None,
             entry: tuple[str, CaseEntry] | None, manifest: Manifest,
             place: _Place) -> tuple[list[str], list[str]]:
    """Why the document is stale, and why that cannot be told from here."""
    stale, unknown = [], []
    gone = _gone(entry, place.out, manifest, place.used) if case_digest is None else None
    if gone is not None:
        stale.append(gone)
    elif case_digest is None:
        unknown.append(f"ärendefilen {shown(place.case)} finns inte här; kör beslut ursprung "
                       "i mappen som arkivet byggdes från")
    elif case_digest != props.get(provenance.CASE_HASH):
        stale.append(f"ärendefilen {shown(place.case)} har ändrats")
    if entry is None:
        stale.append("ingen post i utdatamappens manifest")
    else:
        changed = InputHashes(place.used.folders).changed(entry[1].inputs, case_digest,
                                                          place.case.parent)
        stale += [f"{input_name(key)} har ändrats" for key in changed
                  if key not in (CASE, GENERATOR)]
    if props.get(provenance.VERSION) != generator_version():
        stale.append(f"beslut är nu version {generator_version()}")
    return stale, unknown


def without_origin(document: Path) -> str:
    """Why a document has no origin to tell, and what to do: `beslut skapa` (and `bevaka`)
    record none, `beslut bygg` does; its command names the case when one here has the
    document's name. A .md is told by the .docx beside it, if there is one."""
    docx = word_file(document)
    if docx != document and not docx.is_file():
        return ("dokumentet har inga uppgifter om ursprung; beslut ursprung läser dem ur "
                f"Word-filen som beslut bygg skriver bredvid det, {shown(docx)}, men den "
                f"finns inte här; fråga om {shown(docx.name)} där den ligger")
    if not provenance.made_by_beslut(docx):
        if docx != document:
            return ("dokumentet har inga uppgifter om ursprung; beslut ursprung läser dem ur "
                    f"Word-filen bredvid, {shown(docx)}, men den är inte skapad av beslut "
                    "eller är ingen Word-fil")
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


def _pair(entry: CaseEntry, place: _Place) -> list[str]:
    """The case's other outputs beside the document that are missing or edited by hand
    since beslut wrote them, each with the command that mends it."""
    assert place.out is not None  # (an entry is found in an output folder only)
    rerun = place.rerun()
    this = place.document.resolve().relative_to(place.out).as_posix()
    notes = []
    for name, recorded in sorted(entry.outputs.items()):
        other = shown(Path(_relative(place.out)) / name)
        digest = file_digest(place.out / name)
        if name == this or digest == recorded:
            continue
        if digest is None:
            build = rerun.one_case(place.case, force=False)
            notes.append(f"ärendets andra dokument {other} saknas; kör {build}")
        else:
            notes.append(edited_line([other], rerun.one_case(place.case),
                                     noun="ärendets andra dokument"))
    return notes


def _output_folder(docx: Path) -> tuple[Path | None, Manifest]:
    """The output folder of a .docx, its folder or a folder above with a manifest, and that
    manifest (read once for the command); None and an empty one if there is none."""
    for folder in docx.resolve().parents:
        if (folder / MANIFEST).is_file():
            return folder, read_manifest(folder)
    return None, Manifest()


def _entry_for(document: Path, case: str, out: Path | None,
               manifest: Manifest) -> tuple[tuple[str, CaseEntry] | None, bool]:
    """Find the manifest entry (with its key) that wrote this document in its output folder,
    by the document's place and the case its provenance names; and whether the document
    differs from what beslut wrote there (edited by hand)."""
    if out is None:
        return None, False
    here = document.resolve()
    name = here.relative_to(out).as_posix()
    entry = next(((key, entry) for key, entry in manifest.cases.items()
                  if name in entry.outputs and entry.source == case), None)
    return entry, entry is not None and manifest.files.get(name) != file_digest(here)


def _edited(place: _Place, stale: list[str], has_errors: bool) -> str:
    """The line for a document edited by hand since beslut wrote it, as `build --check` says
    it, with the command that overwrites it; and why it is stale too, if it is."""
    assert place.out is not None  # (edits are told against an output folder's manifest)
    rerun = place.rerun()
    also = Stale(stale, rerun.one_case(place.case, force=False)) if stale else None
    document = Path(_relative(place.out)) / place.document.resolve().relative_to(place.out)
    return edited_line([shown(document)], rerun.one_case(place.case), has_errors, stale=also)


def _templates(out: Path | None, manifest: Manifest, given: tuple[Path, ...], builtin: bool,
               document: Path) -> Templates:
    """The templates to compare with: those given, else those of the output folder."""
    if out is None:
        return Templates(given, builtin=builtin)
    return chosen(_relative_path(out), given, builtin, ("beslut", "ursprung", shown(document)),
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
    prune = Rerun(options=("-o", _relative(out), *used.options())).prune(
        "" if root in named_roots(manifest.cases) else root)
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
