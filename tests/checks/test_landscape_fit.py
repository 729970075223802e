"""Specification: a table set landscape (`liggande`) whose cells fit a portrait page
unbroken is a warning at its `liggande` key, saying to take it away (trial 45, F1: a plan
of three rows got a landscape page of its own and left page 1 with the title alone); a
table too wide for a portrait page, and a table not set landscape, are left alone."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2021-06-21
dnr: nej
titel: Investeringsplan
avsnitt:
  - rubrik: Plan per år
    tabell: plan
tabeller:
  - namn: plan
    enhet: tkr
    liggande: ja
    kolumner:
      - {{namn: post, rubrik: Område}}
{columns}
    rader:
      - {{post: Skattefinansierad verksamhet, {cells}}}
      - {{post: "därav: självfinansierade objekt", {cells}}}
"""

YEARS = range(2019, 2025)


def problems(tmp_path: Path, years: range, liggande: str = "ja") -> list[str]:
    """The problems of a plan with a column of 132 544 tkr a year for each of `years`."""
    columns = "\n".join(f"      - {{namn: b{year}, rubrik: Budget {year}, typ: belopp}}"
                        for year in years)
    cells = ", ".join(f"b{year}: 132 544" for year in years)
    case = tmp_path / "plan.yaml"
    case.write_text(CASE.format(columns=columns, cells=cells).replace(
        "liggande: ja", f"liggande: {liggande}"), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "")
            for p in Pipeline().build(case, documents=False).problems]


def test_a_landscape_table_that_fits_a_portrait_page_is_a_warning_at_its_liggande_key(
        tmp_path: Path) -> None:
    assert problems(tmp_path, range(2023, 2026)) == [
        "plan.yaml:11:5: varning: tabellen 'plan' ryms på en stående sida; ta bort "
        "'liggande: ja', så står den i texten som andra tabeller i stället för på en egen "
        "liggande sida"]


def test_a_landscape_table_too_wide_for_a_portrait_page_is_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, range(2017, 2025)) == []


def test_a_table_not_set_landscape_is_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, range(2023, 2026), liggande="nej") == []
