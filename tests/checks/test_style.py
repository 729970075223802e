"""Wording rules a case's text can break (generator.checks.style): year ranges and units'
spellings, each warned about once per file."""

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


FLOODED = """\
dokumenttyp: lagesbeskrivning
datum: 2015-03-18
dnr: KS 2015/12-3
titel: Prognossäkerhet
avsnitt:
  - rubrik: Prognossäkerhet
    text: |
      Prognosen var +80 Mkr. Bokslutet blev -70 Mkr.

      Avvikelsen, 150 mkr, syns i tabellen.
    tabell: prognos
tabeller:
  - namn: prognos
    enhet: mnkr
    kolumner:
      - {namn: post, rubrik: "Prognosavvikelse, Mkr"}
      - {namn: bokslut, rubrik: Bokslut, typ: belopp}
    rader:
      - {post: Servicenämnd, bokslut: -70}
"""


def checked(tmp_path: Path, text: str) -> list[str]:
    """The problems as `beslut kontrollera` prints them."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]


def test_a_slip_is_warned_about_once_per_file_with_its_places_counted(tmp_path: Path) -> None:
    # (trial 37, finding 9: sixteen "Mkr" warnings for one file hid the one that mattered)
    assert checked(tmp_path, FLOODED) == [
        "fall.yaml:8:25: varning: enheten 'Mkr' används inte, skriv mnkr ('Mkr' är tvetydigt) "
        "(dokumentet skriver mnkr); det gäller 3 ställen på rad 8–16",
        "fall.yaml:10:23: varning: enheten 'mkr' används inte, skriv mnkr ('mkr' är tvetydigt) "
        "(dokumentet skriver mnkr)"]
