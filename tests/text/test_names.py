"""Specification of the row a named figure is in, as messages about the figure name it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.text.names import Figure, row_label

FIGURES: dict[str, Any] = {
    "summa": Figure(1),
    "medel": {"summa": Figure(1), "poster": [{"namn": "Samordning", "belopp": Figure(1)}]},
    "tabeller": {"bidrag": {"summa": Figure(1), "rader": [
        {"forening": "Musikföreningar", "belopp": Figure(1), "rader": [
            {"forening": "Capella Gotlandica", "belopp": Figure(1)}]},
        {"belopp": Figure(1)},
    ]}},
}


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("tabeller.bidrag.rader[0].belopp", "Musikföreningar"),
        ("tabeller.bidrag.rader[0].rader[0].belopp", "Capella Gotlandica"),
        ("medel.poster[0].belopp", "Samordning"),
        ("tabeller.bidrag.rader[1].belopp", None),  # a row without a text
        ("tabeller.bidrag.summa", None),  # not in a row
        ("medel.summa", None),
        ("summa", None),
        ("tabeller.bidrag.rader[7].belopp", None),  # no such row
    ],
)
def test_a_figure_in_a_row_is_named_by_the_rows_first_text(name: str, label: str | None) -> None:
    assert row_label(FIGURES, name) == label
