"""Specification of a skeleton's proposal heading left beside another proposer (trial 95, F2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-02-12
dnr: KS 2024/112
titel: Avskrivning av kundfordringar 2023
forslag:
  rubrik: {rubrik}
  forslagsstallare: {proposer}
  beslutande: Kommunstyrelsen
  punkter:
    - skriva av kundfordringar för 2023.
"""


def problems(tmp_path: Path, rubrik: str, proposer: str) -> list[str]:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(rubrik=rubrik, proposer=proposer), encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]


def test_the_trials_direktor_heading_over_a_department_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommundirektörens förslag", "Ekonomiavdelningen") == [
        "fall.yaml:6:11: varning: rubriken 'Kommundirektörens förslag' namnger en annan "
        "förslagsställare än 'forslagsstallare: Ekonomiavdelningen', så dokumentet skriver två; "
        "skriv 'rubrik: Ekonomiavdelningens förslag', eller ta bort 'rubrik' (då står 'Förslag "
        "till beslut')"]


@pytest.mark.parametrize(("rubrik", "proposer"), [
    ("Kommundirektörens förslag", "Kommundirektören"),
    ("Ekonomiavdelningens förslag", "Ekonomiavdelningen"),
    ("Förslag till beslut", "Ekonomiavdelningen"),
])
def test_a_heading_that_fits_the_proposer_passes(tmp_path: Path, rubrik: str,
                                                 proposer: str) -> None:
    assert problems(tmp_path, rubrik, proposer) == []
