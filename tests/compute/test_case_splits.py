"""Specification of where a split that cannot be made is reported: at the key that causes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

SPLIT = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: Delning
uppdelningar:
  - namn: lika
    summa: 1 000 000
    metod: lika
    enhet: {unit}
    parter:
      - namn: A
      - namn: B
"""


def problems(tmp_path: Path, unit: int) -> list[str]:
    """The problems of the split case with the given unit, as `line:col: message`."""
    path = tmp_path / "fall.yaml"
    path.write_text(SPLIT.format(unit=unit), encoding="utf-8")
    return [p.format().removeprefix(f"{path}:") for p in Pipeline().build(path).problems]


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        (0, "delningsenheten måste vara ett helt antal kronor, minst 1, inte 0"),
        (3, "summan 1\u00a0000\u00a0000\u00a0kr går inte att dela i hela 3\u00a0kr"),
    ],
)
def test_a_unit_that_cannot_be_used_is_reported_at_enhet(
    tmp_path: Path, unit: int, message: str
) -> None:
    assert problems(tmp_path, unit) == [f"9:12: {message}"]


def test_a_unit_that_divides_the_sum_splits_it(tmp_path: Path) -> None:
    assert problems(tmp_path, 1000) == []
