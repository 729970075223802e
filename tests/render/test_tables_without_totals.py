"""Specification, by exact Markdown, Word, `beslut visa` and messages, of a table with no
column that is summed (trial 44, F2: Vännäs kommun's sammanträdestider, a table of dates):
it prints no total row anywhere, and a label for the total row (`totalt`) is a warning."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import CaseResult, Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslutsunderlag
avsandare: [Vännäs kommun]
datum: 2024-11-20
dnr: KS 2024/412
titel: Sammanträdestider 2025
avsnitt:
  - tabell: tider
tabeller:
  - namn: tider
    kolumner:
      - {namn: manad, rubrik: "2025"}
      - {namn: kf, rubrik: "KF kl. 10", typ: text}
      - {namn: ksau, rubrik: "KS AU kl. 8.30", typ: tal}
    rader:
      - {manad: Januari, kf: "", ksau: 21}
      - {manad: April, kf: 1, ksau: 15}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines, "~" for a no-break space, of the case without problems."""
    result = built(tmp_path, text)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return "\n".join(line for line in markdown.splitlines() if line.startswith("|"))


def word_rows(tmp_path: Path, text: str = CASE) -> list[str]:
    """The first Word table's rows as `dump_docx` prints them."""
    dump = dump_docx(built(tmp_path, text).files["fall.docx"]).replace("\u00a0", "~")
    return dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[1:]


def shown(tmp_path: Path, text: str = CASE) -> list[str]:
    """The lines of the table `beslut visa` prints, from its header to its bottom rule."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["visa", str(path)], terminal_width=100,
                             env={"COLUMNS": "100"}).output
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("┏"))
    end = next(i for i, line in enumerate(lines) if line.startswith("└"))
    return lines[start + 1:end]


def test_markdown_prints_no_total_row(tmp_path: Path) -> None:
    assert table_lines(tmp_path) == """\
| 2025 | KF kl. 10 | KS AU kl. 8.30 |
|:--|:--|--:|
| Januari | | 21 |
| April | 1 | 15 |"""


def test_word_prints_no_total_row(tmp_path: Path) -> None:
    assert word_rows(tmp_path) == [
        "  | **2025** | **KF kl.~10** | >**KS AU kl.~8.30** | ↓",
        "  | Januari |  | >21 | ↓",
        "  | April | 1 | >15 |"]


def test_visa_prints_no_total_row(tmp_path: Path) -> None:
    assert [line for line in shown(tmp_path) if "Totalt" in line] == []
    assert shown(tmp_path)[-1] == "│ April   │ 1         │             15 │"


def test_a_table_whose_amounts_are_not_summed_prints_no_total_row(tmp_path: Path) -> None:
    text = CASE.replace("typ: tal}", "typ: belopp, summeras: nej}")
    assert table_lines(tmp_path, text).splitlines()[-1] == "| April | 1 | 15 |"


def test_a_count_column_keeps_the_total_row(tmp_path: Path) -> None:
    text = CASE.replace("typ: tal}", "typ: antal}")
    assert table_lines(tmp_path, text).splitlines()[-1] == "| **Totalt** | | **36** |"


def test_a_label_for_the_total_row_is_a_warning_that_it_is_not_printed(
        tmp_path: Path) -> None:
    text = CASE.replace("  - namn: tider\n", "  - namn: tider\n    totalt: Summa\n")
    assert problems(tmp_path, text) == [
        "fall.yaml:10:13: varning: tabellen 'tider' har ingen kolumn som summeras, så "
        "totalraden 'Summa' skrivs inte ut; ta bort 'totalt', eller skriv 'typ: belopp' eller "
        "'typ: antal' för kolumnen som ska summeras"]


def test_no_total_row_said_outright_is_no_warning(tmp_path: Path) -> None:
    text = CASE.replace("  - namn: tider\n", "  - namn: tider\n    totalt: false\n")
    assert problems(tmp_path, text) == []


def test_visa_exits_0_when_the_case_has_warnings_only(tmp_path: Path) -> None:
    text = CASE.replace("  - namn: tider\n", "  - namn: tider\n    totalt: Summa\n")
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)])
    assert result.exit_code == 0
    assert "fall.yaml:10:13: varning: tabellen 'tider' har ingen kolumn" in result.output


def test_visa_exits_1_when_it_shows_an_error(tmp_path: Path) -> None:
    # (trial 44, F10: a typed month price that is not the year's price × 1/12)
    text = CASE.replace("typ: tal}", "typ: belopp}\n      - {namn: man, typ: belopp, "
                        "formel: \"ksau * 0,5\"}").replace("ksau: 15}", "ksau: 15, man: 9}")
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)])
    assert result.exit_code == 1
    assert result.output.replace("\u00a0", " ").splitlines()[-1] == (
        f"{path}:17:46: angivet belopp 9 kr för raden 'April', kolumnen 'Man (kr)' stämmer inte "
        "med uträkningen KS AU kl. 8.30 × 0,5 (15 kr × 0,5) = 7,50 kr, avrundat 8 kr (det "
        "angivna är 1 kr för "
        "högt); rätta beloppet eller ta bort det så räknas det ut; står beloppet så i det "
        "fattade beslutet, skriv 'fast_belopp: ja' på raden, så står det som det är skrivet")
