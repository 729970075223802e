"""A pipeline that also records which inputs each case's documents were made from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, Template

from generator.batch.inputs import (
    CASE,
    GENERATOR,
    PROFILE,
    TEMPLATE,
    WORD,
    InputHashes,
    generator_version,
    portable,
    templates_digest,
)
from generator.build import CaseResult, Pipeline
from generator.case.house_style import HouseStyle
from generator.case.profiles import LoadedProfile
from generator.output import provenance
from generator.output.manifest import digest
from generator.render.context import DocumentContext


class RecordingPipeline(Pipeline):
    """Build cases like `Pipeline` and note every template, profile and style file used."""

    def __init__(self, template_dirs: Sequence[Path] = ()) -> None:
        super().__init__(template_dirs)
        self.hashes = InputHashes(template_dirs)
        self._used: set[str] = set()
        self._portable: dict[Path, str] = {}
        self._case = ("", "")

    def build_recorded(self, path: Path, name: str) -> tuple[CaseResult, dict[str, str]]:
        """Build one case (`name`: how provenance names it); return the result and the hash
        of each input it used. Its .docx carries its provenance."""
        self._case = (name, digest(path.read_bytes()))
        self._used.clear()
        result = self.build(path)
        return result, self._inputs()

    def _inputs(self) -> dict[str, str]:
        """The hash of each input the current case used so far."""
        inputs = {CASE: self._case[1]}
        for key in sorted(self._used):
            inputs[key] = self.hashes.current(key) or ""
        inputs[GENERATOR] = self.hashes.current(GENERATOR) or ""
        return inputs

    def _properties(self) -> tuple[tuple[str, str], ...]:
        """The case's provenance, for the .docx's custom properties."""
        name, case_hash = self._case
        return ((provenance.CASE, name), (provenance.CASE_HASH, case_hash),
                (provenance.TEMPLATES_HASH, templates_digest(self._inputs())),
                (provenance.VERSION, generator_version()))

    def documents(
        self, context: DocumentContext, profile: LoadedProfile | None, stem: str
    ) -> dict[str, bytes]:
        """Render the documents, noting the profile used."""
        if profile is not None:
            self._used.add(PROFILE + self._name(profile.folder))
        return super().documents(context, profile, stem)

    def _environment(self, style: HouseStyle) -> Environment:
        """The house style's environment, noting each template it loads for a case.

        It does not reload a template that changes during the run: every case is built
        from the source whose hash the run records (`InputHashes` hashes each input once),
        and no case asks the disk again whether each of its templates changed.
        """
        env = super()._environment(style)
        if not getattr(env, "beslut_records", False):
            env.auto_reload = False
            _record_templates(env, self._used)
        return env

    def _reference_docx(self, profile: LoadedProfile | None) -> Path:
        """The reference .docx used, noted."""
        path = super()._reference_docx(profile)
        self._used.add(WORD + self._name(path))
        return path

    def _name(self, path: Path) -> str:
        """`portable(path)`, worked out once per path while this pipeline lives (one run:
        resolving a path costs some 0.1 ms of system calls, and every case asks again)."""
        if path not in self._portable:
            self._portable[path] = portable(path)
        return self._portable[path]


def _record_templates(env: Environment, used: set[str]) -> None:
    """Make the environment note the name of every template it hands out (includes too)."""
    original = env.get_template

    def get_template(name: Any, parent: str | None = None, globals: Any = None) -> Template:
        template = original(name, parent, globals)
        used.add(TEMPLATE + str(template.name))
        return template

    env.get_template = get_template  # type: ignore[method-assign]
    env.beslut_records = True  # type: ignore[attr-defined]
