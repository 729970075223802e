"""Specification, by exact Markdown, Word and messages, of amount cells as a published Swedish
budget table writes them (trial 41: Luleå kommun's tilläggsbudget in mnkr): "9 mkr", the
table's own unit in another spelling, is read as 9 and warned about once per spelling and file
as in text; another unit stays an error; "–" alone means no amount, counts as an empty cell
does, and prints "–"."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslut
avsandare: [Luleå kommun]
datum: 2024-05-20
dnr: nej
titel: Tilläggsbudget
beslut:
  beslutande: Kommunfullmäktige
  datum: 2024-05-20
  punkter:
    - fördela {{ tabeller.tillagg.kf }} till nämnderna enligt tabellen.
avsnitt:
  - rubrik: Tilläggsbudget
    tabell: tillagg
tabeller:
  - namn: tillagg
    enhet: mnkr
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: kf, rubrik: Beslut KF, typ: belopp}
      - {namn: stab, rubrik: Förslag, typ: belopp}
      - {namn: skillnad, rubrik: Skillnad, typ: belopp, formel: kf - stab}
      - {namn: procent, rubrik: Förändring, typ: forandring, fran: stab, till: kf}
    rader:
      - {namnd: Socialnämnden, kf: 9 mkr, stab: 6 mkr}
      - {namnd: Kommunstyrelsen, kf: 5 mkr, stab: "11,4 mkr"}
      - {namnd: Kultur- och fritidsnämnden, kf: 2 mkr, stab: "-"}
      - {namnd: Miljö- och byggnämnden, kf: "–", stab: "0,5"}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> str:
    """The Markdown table's lines, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return "\n".join(line for line in markdown.splitlines() if line.startswith("|"))


def word_rows(tmp_path: Path, text: str = CASE) -> list[str]:
    """The first Word table's rows as `dump_docx` prints them, "~" for a no-break space."""
    dump = dump_docx(built(tmp_path, text).files["fall.docx"]).replace("\u00a0", "~")
    return dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0].splitlines()[1:]


def test_the_tables_own_unit_in_another_spelling_is_one_warning_with_the_count(
        tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        "fall.yaml:24:38: varning: enheten 'mkr' används inte, skriv mnkr ('mkr' är "
        "tvetydigt) eller, om organisationen skriver mkr, "
        "ange 'miljoner: mkr' i ärendet eller under 'husstil' i profilen "
        "(dokumentet skriver mnkr); det gäller 5 ställen på rad 24–26"]


def test_each_spelling_is_a_warning_of_its_own_as_in_text(tmp_path: Path) -> None:
    text = CASE.replace('stab: "11,4 mkr"', 'stab: "11,4 Mkr"')
    assert problems(tmp_path, text) == [
        "fall.yaml:24:38: varning: enheten 'mkr' används inte, skriv mnkr ('mkr' är "
        "tvetydigt) eller, om organisationen skriver mkr, "
        "ange 'miljoner: mkr' i ärendet eller under 'husstil' i profilen "
        "(dokumentet skriver mnkr); det gäller 4 ställen på rad 24–26",
        "fall.yaml:25:57: varning: enheten 'Mkr' används inte, skriv mnkr ('Mkr' är "
        "tvetydigt) eller, om organisationen skriver mkr, "
        "ange 'miljoner: mkr' i ärendet eller under 'husstil' i profilen "
        "(dokumentet skriver mnkr)"]


def test_the_tables_own_unit_as_written_there_is_no_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace(" mkr", " mnkr")) == []


def test_another_unit_in_a_cell_stays_an_error(tmp_path: Path) -> None:
    text = CASE.replace("kf: 9 mkr", "kf: 9 tkr")
    assert problems(tmp_path, text)[0] == (
        "fall.yaml:24:36: '9 tkr' är skrivet i tkr men tabellen är i mnkr, skriv 0,009 (i mnkr "
        "utan enhet, tabellens enhet står i rubriken)")


def test_a_dash_prints_as_an_en_dash_and_counts_as_no_amount_in_markdown(
        tmp_path: Path) -> None:
    assert table_lines(tmp_path) == """\
| Nämnd | Beslut KF (mnkr) | Förslag (mnkr) | Skillnad (mnkr) | Förändring |
|:--|--:|--:|--:|--:|
| Socialnämnden | 9,0 | 6,0 | 3,0 | 50,0~% |
| Kommunstyrelsen | 5,0 | 11,4 | −6,4 | −56,1~% |
| Kultur- och fritidsnämnden | 2,0 | – | 2,0 | – |
| Miljö- och byggnämnden | – | 0,5 | −0,5 | – |
| **Totalt** | **16,0** | **17,9** | **−1,9** | **−10,6~%** |"""


def test_word_prints_the_same_dashes(tmp_path: Path) -> None:
    assert word_rows(tmp_path)[3:5] == [
        "  | Kultur- och fritidsnämnden | >2,0 | >– | >2,0 | >– | ↓",
        "  | Miljö- och byggnämnden | >– | >0,5 | >−0,5 | >– | ↓"]


def test_a_dash_is_what_an_empty_cell_is_in_every_figure(tmp_path: Path) -> None:
    empty = CASE.replace(', stab: "-"}', "}").replace('kf: "–", ', "")
    dashed, emptied = built(tmp_path, CASE), built(tmp_path, empty)
    assert dashed.problems == emptied.problems
    assert table_lines(tmp_path, CASE).replace("| 2,0 | – | 2,0 |", "| 2,0 | | 2,0 |") \
        .replace("| – | 0,5 |", "| | 0,5 |") == table_lines(tmp_path, empty)
