"""Specification of `plustecken: ja` on an amount or a change column (trial 66, F3): a table of
changes prints "+100" under "−100", as the published budgetjustering does; without it "+100"
prints as 100. The sign goes on every positive figure of the column (rows, subtotals, total)
in the Markdown, in Word and in `beslut visa`; 0 has none, and a negative figure keeps its
typographic minus."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2025-05-12
dnr: KS 2025/211
titel: Budgetförändringar
avsnitt:
  - rubrik: Förändringar
    tabell: ram
tabeller:
  - namn: ram
    enhet: tkr
    kolumner:
      - {namn: verksamhet, rubrik: Verksamhet}
      - {namn: fore, rubrik: Före, typ: belopp}
      - {namn: belopp, rubrik: Förändring, typ: belopp, plustecken: ja}
      - {namn: pct, rubrik: Procent, typ: forandring, fran: fore, till: efter, plustecken: ja}
      - {namn: efter, rubrik: Efter, typ: belopp, formel: fore + belopp}
    rader:
      - verksamhet: Kultur
        delsumma: Summa kultur
        rader:
          - {verksamhet: Bibliotek, fore: 1 000, belopp: "-100"}
          - {verksamhet: Museer, fore: 500, belopp: "+140"}
      - {verksamhet: Bad, fore: 300, belopp: 0}
"""


def built(tmp_path: Path, case: str = CASE) -> tuple[list[str], list[str], list[str]]:
    """The table's lines in the Markdown and in the Word dump ("~" a no-break space), and
    the case's problems."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    problems = [p.format().replace(f"{tmp_path}/", "") for p in result.problems]
    if "fall.md" not in result.files:
        return [], [], problems
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    dump = dump_docx(result.files["fall.docx"]).replace("\u00a0", "~")
    word = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0]
    return ([line for line in markdown.splitlines() if line.startswith("|")],
            word.splitlines()[1:], problems)


def test_positive_figures_print_with_a_plus_in_the_markdown(tmp_path: Path) -> None:
    markdown, _, problems = built(tmp_path)
    assert problems == []
    assert markdown == [
        "| Verksamhet | Före (tkr) | Förändring (tkr) | Procent | Efter (tkr) |",
        "|:--|--:|--:|--:|--:|",
        "| **Kultur** | | | | |",
        "| Bibliotek | 1~000 | −100 | −10,0~% | 900 |",
        "| Museer | 500 | +140 | +28,0~% | 640 |",
        "| **Summa kultur** | **1~500** | **+40** | **+2,7~%** | **1~540** |",
        "| Bad | 300 | 0 | 0,0~% | 300 |",
        "| **Totalt** | **1~800** | **+40** | **+2,2~%** | **1~840** |",
    ]


def test_in_word_the_plus_is_printed_too(tmp_path: Path) -> None:
    _, word, _ = built(tmp_path)
    assert [line for line in word if "Museer" in line or "Totalt" in line] == [
        "  | →Museer | >500 | >+140 | >+28,0~% | >640 | ↓",
        "  | **Totalt** | >**1~800** | >**+40** | >**+2,2~%** | >**1~840** |",
    ]


def test_beslut_visa_shows_the_plus(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=120,
                                env={"COLUMNS": "120"})
    rows = [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in result.output.splitlines() if line.startswith("│")]
    assert rows[2] == ["Museer", "500", "+140", "+28,0\xa0%", "640"]
    assert rows[-1] == ["Totalt", "1\xa0800", "+40", "+2,2\xa0%", "1\xa0840"]


def test_without_it_a_typed_plus_prints_as_the_bare_amount(tmp_path: Path) -> None:
    markdown, _, _ = built(tmp_path, CASE.replace(", plustecken: ja", ""))
    assert markdown[4] == "| Museer | 500 | 140 | 28,0~% | 640 |"


def test_plustecken_belongs_to_an_amount_or_a_change_column(tmp_path: Path) -> None:
    case = CASE.replace("{namn: fore, rubrik: Före, typ: belopp}",
                        "{namn: fore, rubrik: Före, typ: belopp}\n"
                        "      - {namn: not, rubrik: Not, plustecken: ja}")
    _, _, problems = built(tmp_path, case)
    assert problems == [
        "fall.yaml:14:46: 'plustecken' gäller bara kolumner med 'typ: belopp' eller "
        "'typ: forandring'; ta bort 'plustecken' här"]


def text_of(tmp_path: Path, text: str, case: str = CASE) -> str:
    """What a text of the case prints, `text` written under the table."""
    case = case.replace("    tabell: ram\n", f"    tabell: ram\n    text_efter: {text}\n", 1)
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return next(line for line in markdown.splitlines() if line.startswith("Ändringen"))


def test_a_reference_prints_the_plus_as_its_table_does(tmp_path: Path) -> None:
    """Trial 85, F5: the handbook says a reference is written as the table shows it."""
    line = text_of(tmp_path, "Ändringen är {{ tabeller.ram.belopp }}, för museer "
                   "{{ tabeller.ram.rader[0].rader[1].belopp | belopp }} tkr "
                   "({{ tabeller.ram.rader[0].rader[1].pct }}) och för bibliotek "
                   "{{ tabeller.ram.rader[0].rader[0].belopp }}.")
    assert line == ("Ändringen är +40~tkr, för museer +140 tkr (+28,0~%) och för bibliotek "
                    "−100~tkr.")


def test_utan_tecken_and_a_column_without_plustecken_print_no_plus(tmp_path: Path) -> None:
    text = "Ändringen är {{ tabeller.ram.belopp | utan_tecken }} och {{ tabeller.ram.efter }}."
    assert text_of(tmp_path, text) == "Ändringen är 40~tkr och 1~840~tkr."
