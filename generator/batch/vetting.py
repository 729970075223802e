"""Check the cases that `beslut bygg` and its `--check` would have to build.

Those are the cases whose outputs are missing or stale, and the hand-edited ones whose inputs
changed since (or whose outputs would be rebuilt otherwise). Building such a case is what the
user is told to do; its errors would fail that build, and its warnings would be printed by
it, so both are said at once. The checks are those of `beslut kontrollera` without making
the documents, and nothing is written. Other cases are never read: their outputs were built
from the same inputs, so they had no errors then and have none now, and their warnings are
those recorded when they were built.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.batch.plan import Verdict
from generator.output.display import shown
from generator.problems import Problem
from generator.startup import loading

if TYPE_CHECKING:
    from generator.build import Pipeline


def problems_of(verdicts: Sequence[Verdict],
                template_dirs: Sequence[Path]) -> dict[str, list[Problem]]:
    """The errors and warnings of each case that must be built, by its key (cases without
    any left out)."""
    to_build = [verdict.source for verdict in verdicts if verdict.to_build]
    if not to_build:
        return {}  # an up-to-date archive never loads the pipeline
    pipeline = _pipeline(template_dirs)
    found = {}
    for source in to_build:
        problems = _vetted(pipeline, source.path)
        if problems:
            found[source.key] = problems
    return found


def errors_of(case: Path, template_dirs: Sequence[Path]) -> list[Problem]:
    """The errors a build of one case would find now (for `beslut ursprung` on a stale
    document: its warnings are left out)."""
    return [problem for problem in _vetted(_pipeline(template_dirs), case) if problem.is_error]


def _pipeline(template_dirs: Sequence[Path]) -> Pipeline:
    """The pipeline with the templates, loaded when first needed."""
    with loading("generator.build"):
        from generator.build import Pipeline

    return Pipeline(template_dirs)


def _vetted(pipeline: Pipeline, case: Path) -> list[Problem]:
    """A case's problems, checked without making its documents, their paths shown."""
    result = pipeline.build(case, documents=False)
    return [p._replace(path=shown(p.path)) for p in result.problems]


def case_problems(verdict: Verdict, vetted: Mapping[str, list[Problem]]) -> list[Problem]:
    """A case's problems as a build would report them: found now (`vetted`, by
    `problems_of`) if it must be built, else the warnings recorded when it was built."""
    return vetted.get(verdict.source.key, []) if verdict.to_build else verdict.warnings
