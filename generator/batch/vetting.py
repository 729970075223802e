"""Check the cases that `beslut bygg` and its `--check` would have to build.

Those are the cases whose outputs are missing or stale, and the hand-edited ones whose inputs
changed since (or whose outputs would be rebuilt otherwise). Building such a case is what the
user is told to do; if the case has errors, that build would fail, so they are said at once.
The checks are those of `beslut kontrollera` without making the documents, and nothing is
written. Other cases are never read: their outputs were built from the same inputs, so they
had no errors then and have none now.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.batch.plan import Verdict
from generator.output.display import shown
from generator.problems import Problem
from generator.startup import loading


def errors_of(verdicts: Sequence[Verdict],
              template_dirs: Sequence[Path]) -> dict[str, list[Problem]]:
    """The errors of each case that must be built, by its key (cases without errors left out)."""
    to_build = [verdict.source for verdict in verdicts if verdict.to_build]
    if not to_build:
        return {}  # an up-to-date archive never loads the pipeline
    with loading("generator.build"):
        from generator.build import Pipeline

    pipeline = Pipeline(template_dirs)
    found = {}
    for source in to_build:
        result = pipeline.build(source.path, documents=False)
        errors = [p._replace(path=shown(p.path)) for p in result.problems if p.is_error]
        if errors:
            found[source.key] = errors
    return found
