"""Render every free-text field of a case, collecting problems with their places."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from generator.case.yaml_loader import LoadedYaml
from generator.problems import Loc, Problem
from generator.text.positions import position_of_line
from generator.text.sandbox import ProseError, render_prose
from generator.text.units import normalise_units


class TextRenderer:
    """Render case text (light Markdown, figures by name) and remember what went wrong."""

    def __init__(
        self,
        env: ImmutableSandboxedEnvironment,
        variables: Mapping[str, Any],
        loaded: LoadedYaml,
        path: str,
    ) -> None:
        self._env = env
        self._variables = variables
        self._loaded = loaded
        self._path = path
        self.problems: list[Problem] = []
        self.rendered: dict[Loc, str] = {}

    def render(self, text: str, loc: Loc) -> Markup:
        """Render one field; on error record a problem and return the text unrendered."""
        try:
            result = render_prose(self._env, text, self._variables)
        except ProseError as exc:
            where = position_of_line(self._loaded, loc, text, exc.line)
            self.problems.append(Problem(self._path, where, exc.message))
            result = text
        self.rendered[loc] = text
        return Markup(normalise_units(result))
