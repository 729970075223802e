"""Wording rules a case's text can break (generator.checks.style): here, year ranges."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-15
dnr: HSN 2024/1
titel: Ett beslut
avsnitt:
  - rubrik: Bakgrund
    text: Under mandatperioden 2019-2022 och åren 2023 - 2024, den 2019-09-27.
"""


def test_a_year_range_with_a_hyphen_is_printed_with_a_dash_and_warned_about(
        tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format().removeprefix(f"{tmp_path}/") for p in result.problems] == [
        "fall.yaml:7:32: varning: '2019-2022' är skrivet med bindestreck, skriv 2019–2022 med "
        "tankstreck och utan mellanslag (dokumentet skriver det så)",
        "fall.yaml:7:51: varning: '2023 - 2024' är skrivet med bindestreck, skriv 2023–2024 med "
        "tankstreck och utan mellanslag (dokumentet skriver det så)"]
    markdown = result.files["fall.md"].decode("utf-8")
    assert "mandatperioden 2019–2022 och åren 2023–2024, den 2019-09-27." in markdown
