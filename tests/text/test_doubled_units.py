"""Specification of a unit written twice after an amount (generator.text.units, trial 40, F6):
found with the amount, and the fix keeps the first unit, in the documents' spelling."""

from __future__ import annotations

import pytest

from generator.text.units import doubled_units


@pytest.mark.parametrize(("text", "found"), [
    ("utfallet är 4,4 mnkr kronor", [(12, "4,4 mnkr kronor", "4,4 mnkr")]),
    ("100 kr kronor och 5 tkr tkr", [(0, "100 kr kronor", "100 kr"), (18, "5 tkr tkr", "5 tkr")]),
    ("år 2024 1 250 000 kr SEK", [(8, "1 250 000 kr SEK", "1 250 000 kr")]),
    ("4,4 Mkr kronor", [(0, "4,4 Mkr kronor", "4,4 mnkr")]),
    ("12,5 kr\nkronor", [(0, "12,5 kr\nkronor", "12,5 kr")]),
])
def test_a_unit_written_twice_after_an_amount_is_found(
        text: str, found: list[tuple[int, str, str]]) -> None:
    assert [tuple(doubled) for doubled in doubled_units(text)] == found


@pytest.mark.parametrize("text", [
    "4,4 mnkr", "5 kr, kronor", "tkr kronor", "5 tkr tkrs", "4 miljoner kronor",
    "100 tusen kronor", "5 kr per krona",
])
def test_one_unit_is_no_slip(text: str) -> None:
    assert list(doubled_units(text)) == []
