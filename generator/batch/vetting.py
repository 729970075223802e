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

from generator.batch.plan import Verdict
from generator.output.display import shown
from generator.problems import Problem
from generator.startup import loading


def problems_of(verdicts: Sequence[Verdict],
                template_dirs: Sequence[Path]) -> dict[str, list[Problem]]:
    """The errors and warnings of each case that must be built, by its key (cases without
    any left out)."""
    to_build = [verdict.source for verdict in verdicts if verdict.to_build]
    if not to_build:
        return {}  # an up-to-date archive never loads the pipeline
    with loading("generator.build"):
        from generator.build import Pipeline

    pipeline = Pipeline(template_dirs)
    found = {}
    for source in to_build:
        result = pipeline.build(source.path, documents=False)
        if result.problems:
            found[source.key] = [p._replace(path=shown(p.path)) for p in result.problems]
    return found


def case_problems(verdict: Verdict, vetted: Mapping[str, list[Problem]]) -> list[Problem]:
    """A case's problems as a build would report them: found now (`vetted`, by
    `problems_of`) if it must be built, else the warnings recorded when it was built."""
    return vetted.get(verdict.source.key, []) if verdict.to_build else verdict.warnings
