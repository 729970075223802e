"""Specification of a table whose first column holds codes ("B 1647", "5702": Hudiksvall's
lönearter, trial 69, F4) beside the text column that names the rows and holds the group
headings: the sub-rows are indented in that text column, in Word and in `beslut visa`, and
messages name a row by its text, not its code."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Arvoden
avsnitt:
  - tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: false
    kolumner:
      - {namn: kod, rubrik: Hänvisning}
      - {namn: arvode, rubrik: Arvoden}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {kod: A 1651, arvode: Kommunfullmäktige, belopp: 1 168}
      - arvode: Övriga sammanträden
        delsumma: nej
        rader:
          - {kod: B 1647, arvode: Hel dag, belopp: 949}
          - {kod: "5702", arvode: Resor egen bil, belopp: 29}
"""


def test_a_row_is_named_by_its_text_not_by_its_code(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("Arvoden\navsnitt:", (
        "Arvoden\navsnitt:\n  - text: Ett arvode är 994 kr.")), encoding="utf-8")
    problems = [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]
    assert problems == [
        "fall.yaml:6:25: varning: beloppet '994 kr' i texten finns inte i tabellerna, men med "
        "två siffror omkastade stämmer det med tabellens 949\xa0kr på raden 'Hel dag'; menar "
        "texten det beloppet, skriv {{ tabeller.arvoden.rader[1].rader[0].belopp }} så följer "
        "texten tabellen"]


def test_word_indents_the_sub_rows_in_the_text_column(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    dump = dump_docx(Pipeline().build(path).files["fall.docx"]).replace("\u00a0", "~")
    rows = [line.strip() for line in dump.splitlines() if "Hel dag" in line or "5702" in line]
    assert rows == ["| B 1647 | →Hel dag | >949 | ↓", "| 5702 | →Resor egen bil | >29 |"]


def test_beslut_visa_indents_them_there_too(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=120,
                                env={"COLUMNS": "120"})
    rows = [line.split("│")[1:-1] for line in result.output.splitlines()
            if line.startswith("│")]
    assert [[cell.rstrip() for cell in cells[:2]] for cells in rows] == [
        [" A 1651", " Kommunfullmäktige"], ["", " Övriga sammanträden"],
        [" B 1647", "   Hel dag"], [" 5702", "   Resor egen bil"]]
