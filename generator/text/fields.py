"""Render every free-text field of a case, collecting problems with their places."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from generator.case.yaml_loader import LoadedYaml
from generator.problems import Position, Problem
from generator.text.sandbox import ProseError, render_prose

Loc = tuple[str | int, ...]


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
            where = self.position_in(loc, exc.line)
            self.problems.append(Problem(self._path, where, exc.message))
            result = text
        self.rendered[loc] = text
        return Markup(result)

    def position_in(self, loc: Loc, line_in_text: int) -> Position:
        """Map a line inside a text field to a line in the case file."""
        start = self._loaded.locate(loc)
        if line_in_text <= 1 and not self._is_block(start):
            return start
        first = start.line + 1 if self._is_block(start) else start.line
        indent = self._indent(first)
        return Position(first + line_in_text - 1, indent + 1)

    def _is_block(self, start: Position) -> bool:
        """Tell whether the value starts with a block indicator (| or >)."""
        if start.line > len(self._loaded.lines):
            return False
        rest = self._loaded.lines[start.line - 1][start.column - 1:].lstrip()
        return rest[:1] in ("|", ">")

    def _indent(self, line: int) -> int:
        """Indentation of a line of the case file (0 if out of range)."""
        if line > len(self._loaded.lines):
            return 0
        text = self._loaded.lines[line - 1]
        return len(text) - len(text.lstrip(" "))
