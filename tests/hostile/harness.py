"""Build hostile cases in memory, as `beslut check` and `beslut render` would."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.build import CaseResult, Pipeline


class Builder:
    """Write a case into a temporary folder and build it as `beslut check` would."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, text: str | bytes, templates: Sequence[Path] = ()) -> CaseResult:
        path = self.folder / "arende.yaml"
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        return Pipeline(templates).build(path)


def messages(result: CaseResult) -> list[str]:
    """The formatted problems of a result, without the file name."""
    return [p.format().split(":", 1)[1] for p in result.problems]


def errors(result: CaseResult) -> list[str]:
    """Only the errors of a result, as `line:col: message`."""
    return [p.format().split(":", 1)[1] for p in result.problems if p.is_error]
