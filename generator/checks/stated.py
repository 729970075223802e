"""Turn computed findings into problems a secretary can act on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.case.yaml_loader import LoadedYaml
from generator.checks.follow_ons import follow_on_problems
from generator.compute.stated import Mismatch, mismatch_text
from generator.problems import Finding, Loc, Problem


def mismatch_problem(mismatch: Mismatch, loaded: LoadedYaml, path: str,
                     said: str = "") -> Problem:
    """Report a stated total that differs from its parts, at the stated value (said: what
    the text states of it, added to the message)."""
    return Problem(path, loaded.locate(mismatch.loc), mismatch_text(mismatch) + said)


def computation_problems(
    mismatches: Sequence[Mismatch], failures: Sequence[Finding], loaded: LoadedYaml,
    path: str, said: Mapping[Loc, str] | None = None,
) -> list[Problem]:
    """Problems for stated figures that differ and for splits that cannot be made; said
    holds what the error of a stated figure adds where a text states it too
    (`literal_counts.said_totals`)."""
    problems = [mismatch_problem(m, loaded, path, (said or {}).get(m.loc, ""))
                for m in mismatches]
    return problems + follow_on_problems(failures, loaded, path)
