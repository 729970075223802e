"""Turn computed findings into problems a secretary can act on."""

from __future__ import annotations

from collections.abc import Sequence

from generator.case.yaml_loader import LoadedYaml
from generator.compute.stated import Mismatch, mismatch_text
from generator.problems import Finding, Problem


def mismatch_problem(mismatch: Mismatch, loaded: LoadedYaml, path: str) -> Problem:
    """Report a stated total that differs from its parts, at the stated value."""
    return Problem(path, loaded.locate(mismatch.loc), mismatch_text(mismatch))


def computation_problems(
    mismatches: Sequence[Mismatch], failures: Sequence[Finding], loaded: LoadedYaml,
    path: str,
) -> list[Problem]:
    """Problems for stated figures that differ and for splits that cannot be made."""
    problems = [mismatch_problem(m, loaded, path) for m in mismatches]
    return problems + [Problem(path, loaded.locate(f.loc), f.message, f.severity)
                       for f in failures]
