"""Specification: a text cell that names a figure is filled in as a text is, with the same
names, filters and checks (trial 85, F1: "{{ belopp.kajplats_per_meter }} per längdmeter" was
printed as written, braces and all, and an unknown name passed without a word)."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

NBSP = "\u00a0"

CASE = """\
dokumenttyp: tjansteskrivelse
beslutsorgan: Kommunstyrelsen
datum: 2024-12-01
dnr: KS 2024/12
titel: Taxa för gästhamn
belopp:
  kajplats_per_meter: 10
avsnitt:
  - rubrik: Taxa
    text: Taxan framgår av tabellen.
    tabell: dygn
tabeller:
  - namn: dygn
    totalt: false
    kolumner:
      - {namn: batlangd, rubrik: Båtlängd}
      - {namn: hog, rubrik: Högsäsong (kr/dygn), typ: belopp}
      - {namn: tillagg, rubrik: Tillägg}
    rader:
      - {batlangd: 18–20 m, hog: 950}
      - {batlangd: Större än 20 m (kajplats), hog: 950, tillagg: "CELL"}
forslag:
  stil: att
  punkter:
    - avgiften för båtar större än 20 meter tas ut som grundavgift plus
      {{ belopp.kajplats_per_meter }} per längdmeter.
i_tjansten:
  namn: Anna Andersson
  titel: Kommundirektör
"""
CELL = "x.yaml:21:67"
"""Where the cell of the second row's 'tillagg' stands."""


def build(tmp_path: Path, cell: str, text: str = CASE) -> CaseResult:
    """The case built with `cell` in the second row's text column."""
    case = tmp_path / "x.yaml"
    case.write_text(text.replace("CELL", cell), encoding="utf-8")
    return Pipeline().build(case)


def problems(result: CaseResult, tmp_path: Path) -> list[str]:
    """The problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems]


def markdown(result: CaseResult) -> str:
    """The .md document of a built case."""
    return next(content for name, content in result.files.items()
                if name.endswith(".md")).decode()


def test_a_text_cell_prints_the_figure_it_names(tmp_path: Path) -> None:
    result = build(tmp_path, "{{ belopp.kajplats_per_meter }} per längdmeter")
    assert problems(result, tmp_path) == []
    assert f"| Större än 20 m (kajplats) | 950 | 10{NBSP}kr per längdmeter |" in markdown(result)
    assert "{{" not in markdown(result)
    assert result.computed is not None  # (`beslut visa` shows the table as the document does)
    row = result.computed.tables["dygn"].rows[1]
    assert row.spec.texts["tillagg"] == f"10{NBSP}kr per längdmeter"


def test_a_text_cell_takes_filters_as_text_does(tmp_path: Path) -> None:
    result = build(tmp_path, "{{ belopp.kajplats_per_meter | belopp }} kr per längdmeter")
    assert "| 10 kr per längdmeter |" in markdown(result)


def test_a_text_cell_may_name_a_figure_of_a_table(tmp_path: Path) -> None:
    result = build(tmp_path, "som 18–20 m, {{ tabeller.dygn.rader[0].hog }}")
    assert problems(result, tmp_path) == []
    assert f"| som 18–20 m, 950{NBSP}kr |" in markdown(result)


def test_an_unknown_name_in_a_text_cell_is_an_error_at_the_cell_saying_what_was_meant(
        tmp_path: Path) -> None:
    result = build(tmp_path, "{{ belopp.kajplats_per_metr }} per längdmeter")
    assert problems(result, tmp_path) == [
        f"{CELL}: {{{{ belopp.kajplats_per_metr }}}}: 'belopp' har ingen del "
        "'kajplats_per_metr', menade du 'kajplats_per_meter'?"]
    assert result.files == {}


def test_a_cell_of_a_row_under_a_group_is_filled_in_too(tmp_path: Path) -> None:
    text = CASE.replace(
        '      - {batlangd: Större än 20 m (kajplats), hog: 950, tillagg: "CELL"}',
        "      - batlangd: Större båtar\n"
        "        rader:\n"
        '          - {batlangd: Större än 20 m, hog: 950, tillagg: "CELL"}')
    result = build(tmp_path, "{{ belopp.kajplats_per_meter }} per meter", text)
    assert [found for found in problems(result, tmp_path) if ": varning: " not in found] == []
    assert f"10{NBSP}kr per meter |" in markdown(result)


def test_a_text_naming_such_a_cell_prints_it_filled_in(tmp_path: Path) -> None:
    text = CASE.replace("text: Taxan framgår av tabellen.",
                        "text: Tillägget är {{ tabeller.dygn.rader[1].tillagg }}.")
    result = build(tmp_path, "{{ belopp.kajplats_per_meter }} per längdmeter", text)
    assert problems(result, tmp_path) == []
    assert f"Tillägget är 10{NBSP}kr per längdmeter." in markdown(result)
