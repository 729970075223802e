"""Specification, by exact Markdown, Word and `beslut visa`, of a table with a single row and
no rows under it (trial 46, F8: a contract-value table printed "Totalt 583 684 145 921" under
its only row "Korv till Björken och Björknäs 583 684 145 921"): it prints no total row,
unless the case names the total row (`totalt`) or states its sum (`summa`); text still
names its total."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import CaseResult, Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
avsandare: [Bodens kommun]
datum: 2026-11-27
dnr: nej
titel: Förenklad upphandling av korv
beslut:
  beslutande: Bodens kommun
  datum: 2026-11-20
  punkter:
    - teckna avtal till ett uppskattat värde av {{ tabeller.avtal.totalt }}.
avsnitt:
  - rubrik: Avtalets värde
    tabell: avtal
tabeller:
  - namn: avtal
    kolumner:
      - {namn: avtal, rubrik: Avtal}
      - {namn: totalt, rubrik: Uppskattat värde fyra år, typ: belopp}
      - {namn: perar, rubrik: Per år, typ: belopp, formel: totalt / 4}
    rader:
      - {avtal: Korv till Björken och Björknäs, totalt: 583 684}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built, without problems."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    return result


def table_lines(tmp_path: Path, text: str = CASE) -> list[str]:
    """The Markdown table's lines, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_markdown_prints_no_total_row_under_a_single_row(tmp_path: Path) -> None:
    assert table_lines(tmp_path) == [
        "| Avtal | Uppskattat värde fyra år (kr) | Per år (kr) |",
        "|:--|--:|--:|",
        "| Korv till Björken och Björknäs | 583~684 | 145~921 |"]


def test_word_prints_no_total_row_under_a_single_row(tmp_path: Path) -> None:
    dump = dump_docx(built(tmp_path).files["fall.docx"]).replace("\u00a0", "~")
    table = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[1:]
    assert table[-1] == "  | Korv till Björken och Björknäs | >583~684 | >145~921 |"
    assert "Totalt" not in dump


def test_visa_prints_no_total_row_under_a_single_row(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    out = CliRunner().invoke(main, ["visa", str(path)], terminal_width=100,
                             env={"COLUMNS": "100"}).output
    assert "Totalt" not in out
    assert "│ Korv till Björken och Björknäs │" in out


def test_text_still_names_the_total(tmp_path: Path) -> None:
    markdown = built(tmp_path).files["fall.md"].decode("utf-8").replace("\u00a0", " ")
    assert "till ett uppskattat värde av 583 684 kr." in markdown


def test_a_named_total_row_is_printed_under_a_single_row(tmp_path: Path) -> None:
    text = CASE.replace("  - namn: avtal\n", "  - namn: avtal\n    totalt: Summa\n")
    assert table_lines(tmp_path, text)[-1] == "| **Summa** | **583~684** | **145~921** |"


def test_a_stated_sum_is_printed_on_its_total_row_under_a_single_row(tmp_path: Path) -> None:
    text = CASE.replace("totalt: 583 684}\n", "totalt: 583 684}\n    summa: 583 684\n")
    assert table_lines(tmp_path, text)[-1] == "| **Totalt** | **583~684** | **145~921** |"


def test_a_single_row_with_rows_under_it_keeps_its_total_row(tmp_path: Path) -> None:
    text = CASE.replace(
        "      - {avtal: Korv till Björken och Björknäs, totalt: 583 684}\n",
        "      - avtal: Korv\n        rader:\n"
        "          - {avtal: Björken, totalt: 300 000}\n"
        "          - {avtal: Björknäs, totalt: 283 684}\n")
    assert table_lines(tmp_path, text)[-1] == "| **Totalt** | **583~684** | **145~921** |"


def test_two_rows_keep_their_total_row(tmp_path: Path) -> None:
    text = CASE.replace(
        "      - {avtal: Korv till Björken och Björknäs, totalt: 583 684}\n",
        "      - {avtal: Korv till Björken, totalt: 300 000}\n"
        "      - {avtal: Korv till Björknäs, totalt: 283 684}\n")
    assert table_lines(tmp_path, text)[-1] == "| **Totalt** | **583~684** | **145~921** |"
