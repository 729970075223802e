"""What a case's outputs are made from, by content hash, and whether it has changed.

A case's inputs are recorded as keys with the SHA-256 of their content:

* `ärende`: the case file;
* `beslut`: the generator's version and the hash of its own source code;
* `mall:<name>`: each template and partial rendered, as found on the current search path;
* `profil:<folder>`: every file of the organisation profile's folder (profile, logo, styles),
  built-in, in `./profiler` or next to the case; a profile that a folder before it in the
  case's search order now overrides has changed;
* `word:<path>`: the reference .docx that gave the Word styles.

Each input is hashed at most once per run, so deciding that 1 000 cases are unchanged costs
little more than reading their case files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    TemplateNotFound,
)

from generator import __version__
from generator.output.display import shown
from generator.output.writer import file_digest
from generator.resources import first_profile_folder, profile_roots, profiles_dir, templates_dir

CASE = "ärende"
GENERATOR = "beslut"
TEMPLATE = "mall:"
PROFILE = "profil:"
WORD = "word:"
_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def generator_version() -> str:
    """The package version and a short hash of the generator's source code."""
    code = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        code.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        code.update(path.read_bytes())
    return f"{__version__}+{code.hexdigest()[:12]}"


def portable(path: Path) -> str:
    """Name a file so the name holds on any machine: below a built-in folder or the cwd."""
    resolved = path.resolve()
    for label, root in _roots():
        if resolved.is_relative_to(root):
            return f"{label}/{resolved.relative_to(root).as_posix()}"
    cwd = Path.cwd().resolve()
    return resolved.relative_to(cwd).as_posix() if resolved.is_relative_to(cwd) else str(path)


def local(name: str) -> Path:
    """The file a portable name stands for on this machine."""
    for label, root in _roots():
        if name.startswith(label + "/"):
            return root / name.removeprefix(label + "/")
    return Path(name)


def _roots() -> list[tuple[str, Path]]:
    """The built-in folders, by the labels portable names use."""
    return [("<profiler>", profiles_dir().resolve()), ("<mallar>", templates_dir().resolve())]


def input_name(key: str) -> str:
    """Name an input for a secretary: "ärendefilen", "mallen partials/table.md.j2",
    "organisationsprofilen region-dalarna", "Word-mallen (reference.docx)"."""
    if key == CASE:
        return "ärendefilen"
    if key == GENERATOR:
        return "beslut"
    if key.startswith(TEMPLATE):
        return f"mallen {shown(key.removeprefix(TEMPLATE))}"
    if key.startswith(PROFILE):
        return f"organisationsprofilen {shown(Path(key.removeprefix(PROFILE)).name)}"
    if key.startswith(WORD):
        return f"Word-mallen ({shown(Path(key.removeprefix(WORD)).name)})"
    return shown(key)


def folder_digest(folder: Path) -> str | None:
    """Hash the regular files directly in a folder, by name and content."""
    if not folder.is_dir():
        return None
    total = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        total.update(path.name.encode() + b"\0" + (file_digest(path) or "").encode())
    return total.hexdigest()


def _profile_digest(folder: Path) -> str | None:
    """Hash a profile's folder, unless `./profiler`, first in every case's search order,
    now has that id (a folder next to the case is not asked: its hash names no case)."""
    first = first_profile_folder(folder.name, (*profile_roots()[:1], folder.parent))
    if first is not None and first.resolve() != folder.resolve():
        return f"ersatt av {portable(first)}"
    return folder_digest(folder)


def templates_digest(inputs: Mapping[str, str]) -> str:
    """One hash for every template, profile and style file a case used."""
    total = hashlib.sha256()
    for key in sorted(k for k in inputs if k.startswith((TEMPLATE, PROFILE, WORD))):
        total.update(f"{key}={inputs[key]}\n".encode())
    return total.hexdigest()


def template_loader(template_dirs: Sequence[Path]) -> BaseLoader:
    """Find templates as `render.templates.make_environment` does, without its imports.

    Deciding that nothing changed must not wait for the whole pipeline to load; a test
    checks that both find the same source for every template.
    """
    return ChoiceLoader([
        PrefixLoader({"builtin": FileSystemLoader(str(templates_dir()))}),
        FileSystemLoader([str(p) for p in (*template_dirs, templates_dir())]),
    ])


class InputHashes:
    """The current hash of each input, computed once per run."""

    def __init__(self, template_dirs: Sequence[Path] = ()) -> None:
        self._overrides = tuple(template_dirs)
        self._loader = template_loader(template_dirs)
        self._env = Environment(loader=self._loader)
        self._known: dict[str, str | None] = {GENERATOR: generator_version()}
        self._found: dict[tuple[str, Path], bool] = {}

    def template(self, name: str) -> str | None:
        """Hash of a template's source as the current search path finds it."""
        return self.current(TEMPLATE + name)

    def current(self, key: str) -> str | None:
        """The current hash of an input (None if it is gone)."""
        if key not in self._known:
            self._known[key] = self._compute(key)
        return self._known[key]

    def changed(self, recorded: Mapping[str, str], case_digest: str | None,
                case_folder: Path | None = None) -> list[str]:
        """Name the recorded inputs whose content differs now (the case file first); for a
        case in `case_folder`, a profile it would now find in another folder has changed too
        (`_moved`)."""
        changed = [] if recorded.get(CASE) == case_digest else [CASE]
        return changed + [
            key for key, digest in sorted(recorded.items())
            if key != CASE and (self.current(key) != digest or self._moved(key, case_folder))
        ]

    def _moved(self, key: str, case_folder: Path | None) -> bool:
        """Whether a case in `case_folder` now finds the profile of `key` in another folder,
        one before it in the case's search order (`profile_roots`): a profile put next to
        the case, or in the folder above, over the built-in one the case was built with."""
        if case_folder is None or not key.startswith(PROFILE):
            return False
        if (key, case_folder) not in self._found:
            folder = local(key.removeprefix(PROFILE))
            first = first_profile_folder(folder.name, profile_roots(case_folder))
            self._found[key, case_folder] = (first is not None
                                             and first.resolve() != folder.resolve())
        return self._found[key, case_folder]

    def _compute(self, key: str) -> str | None:
        """Hash an input named by its key."""
        if key.startswith(TEMPLATE):
            return self._template_source(key.removeprefix(TEMPLATE))
        if key.startswith(PROFILE):
            return _profile_digest(local(key.removeprefix(PROFILE)))
        if key.startswith(WORD):
            return self._reference(local(key.removeprefix(WORD)))
        return None

    def _template_source(self, name: str) -> str | None:
        """Hash a template's source text."""
        try:
            source, _, _ = self._loader.get_source(self._env, name)
        except TemplateNotFound:
            return None
        return hashlib.sha256(source.encode()).hexdigest()

    def _reference(self, path: Path) -> str | None:
        """Hash the reference .docx, unless an override folder now has another one first."""
        first = next((d / "reference.docx" for d in self._overrides
                      if (d / "reference.docx").is_file()), path)
        return file_digest(first) if first == path else f"ersatt av {first}"

