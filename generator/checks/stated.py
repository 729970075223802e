"""Turn computed findings into problems a secretary can act on."""

from __future__ import annotations

from collections.abc import Sequence

from generator.case.yaml_loader import LoadedYaml
from generator.compute.case_splits import SplitFailure
from generator.compute.stated import Mismatch
from generator.formatting import kr
from generator.problems import Problem


def mismatch_problem(mismatch: Mismatch, loaded: LoadedYaml, path: str) -> Problem:
    """Report a stated total that differs from its parts, at the stated value."""
    diff = mismatch.difference
    direction = "hög" if diff > 0 else "låg"
    message = (
        f"angiven summa {kr(mismatch.stated)} för {mismatch.level} stämmer inte med "
        f"summan av delarna {kr(mismatch.computed)} (den angivna är {kr(abs(diff))} för "
        f"{direction}); rätta summan eller ta bort den så räknas den ut"
    )
    return Problem(path, loaded.locate(mismatch.loc), message)


def computation_problems(
    mismatches: Sequence[Mismatch], failures: Sequence[SplitFailure], loaded: LoadedYaml,
    path: str,
) -> list[Problem]:
    """Problems for stated figures that differ and for splits that cannot be made."""
    problems = [mismatch_problem(m, loaded, path) for m in mismatches]
    return problems + [Problem(path, loaded.locate(f.loc), f.message) for f in failures]
