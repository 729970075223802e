"""Turn computed findings into problems a secretary can act on."""

from __future__ import annotations

from generator.case.yaml_loader import LoadedYaml
from generator.compute.allocation import Mismatch
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
