"""Specification of a table whose total row stands first (`totalt_forst: ja`), as Malmö's
"Årets resultat" heads its table with the parts under it (trials 37 and 39): the total is
computed and checked as in any table, and only its place changes: first in the Markdown, in
Word (bold, the groups below it indented and kept as elsewhere) and in `beslut visa`; text
names it as before."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2015-04-20
dnr: KS 2015/88
titel: Årsredovisning 2014
avsnitt:
  - rubrik: Resultat
    text: Årets resultat blev {{ tabeller.resultat.summa }}.
    tabell: resultat
tabeller:
  - namn: resultat
    enhet: mnkr
    totalt: Årets resultat
    totalt_forst: ja
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: bokslut, rubrik: Bokslut 2014, typ: belopp}
    rader:
      - post: Nämnder
        delsumma: Summa nämnder
        rader:
          - {post: Servicenämnd, bokslut: 12}
          - {post: Stadsbyggnadsnämnd, bokslut: -4}
      - {post: Finansförvaltning, bokslut: 281}
    summa: 289
"""


def _built(tmp_path: Path, case: str = CASE) -> tuple[list[str], list[str], list[str]]:
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


def test_the_total_row_stands_first_in_markdown(tmp_path: Path) -> None:
    markdown, _, problems = _built(tmp_path)
    assert problems == []
    assert markdown == [
        "| Post | Bokslut 2014 (mnkr) |",
        "|:--|--:|",
        "| **Årets resultat** | **289** |",
        "| **Nämnder** | |",
        "| Servicenämnd | 12 |",
        "| Stadsbyggnadsnämnd | −4 |",
        "| **Summa nämnder** | **8** |",
        "| Finansförvaltning | 281 |",
    ]


def test_text_names_the_total_as_before(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    markdown = Pipeline().build(path).files["fall.md"].decode("utf-8")
    assert "Årets resultat blev 289\u00a0mnkr." in markdown


def test_in_word_the_total_row_is_first_and_bold_and_the_group_below_keeps_its_rows(
        tmp_path: Path) -> None:
    _, word, _ = _built(tmp_path)
    assert word == [
        "  | **Post** | >**Bokslut 2014 (mnkr)** | ↓",
        "  | **Årets resultat** | >**289** | ↓",  # (a table that fits on a page: kept whole)
        "  | ↔2 **Nämnder** | ↓",
        "  | →Servicenämnd | >12 | ↓",
        "  | →Stadsbyggnadsnämnd | >−4 | ↓",
        "  | **Summa nämnder** | >**8** | ↓",
        "  | Finansförvaltning | >281 |",
    ]


def test_in_a_tall_table_the_group_after_the_total_is_kept_by_its_own_rows(
        tmp_path: Path) -> None:
    """40 rows after the group: too tall to keep whole, so the group is kept (its label row
    and the rows before its subtotal: the rows' numbers count the total row first), and the
    first rows and the last two, as in any table."""
    filler = "".join(f"      - {{post: Nämnd {n}, bokslut: 1}}\n" for n in range(1, 41))
    _, word, problems = _built(tmp_path, CASE.replace("    summa: 289\n", "") + filler)
    assert problems == []
    assert word[1:8] == [
        "  | **Årets resultat** | >**329** | ↓",
        "  | ↔2 **Nämnder** | ↓",
        "  | →Servicenämnd | >12 | ↓",
        "  | →Stadsbyggnadsnämnd | >−4 | ↓",
        "  | **Summa nämnder** | >**8** |",
        "  | Finansförvaltning | >281 |",
        "  | Nämnd 1 | >1 |",
    ]
    assert word[-2:] == ["  | Nämnd 39 | >1 | ↓", "  | Nämnd 40 | >1 |"]


def test_a_stated_total_is_checked_as_in_any_table(tmp_path: Path) -> None:
    _, _, problems = _built(tmp_path, CASE.replace("summa: 289", "summa: 298"))
    assert problems == [
        "fall.yaml:24:12: angiven summa 298\xa0mnkr för totalraden 'Årets resultat' i tabellen "
        "'resultat' stämmer inte med summan av delarna 289\xa0mnkr (den angivna är 9\xa0mnkr för "
        "hög), och med två siffror omkastade på raden 'Servicenämnd' stämmer summan; "
        "kontrollera raden 'Servicenämnd' (21 i stället för 12?), annars rätta summan (289 i "
        "stället för 298?) eller ta bort den så räknas den ut"]


def test_beslut_visa_shows_the_total_row_first(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=100,
                                env={"COLUMNS": "100"})
    rows = [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in result.output.splitlines() if line.startswith("│")]
    assert rows == [["Årets resultat", "289"],
                    ["Nämnder", ""], ["Servicenämnd", "12"], ["Stadsbyggnadsnämnd", "−4"],
                    ["Summa nämnder", "8"], ["Finansförvaltning", "281"]]


def test_totalt_forst_is_yes_or_no(tmp_path: Path) -> None:
    _, _, problems = _built(tmp_path, CASE.replace("totalt_forst: ja", "totalt_forst: först"))
    assert problems == ["fall.yaml:13:19: 'totalt_forst' ska vara ja eller nej"]


def test_totalt_forst_may_be_written_with_o_umlaut(tmp_path: Path) -> None:
    markdown, _, problems = _built(tmp_path, CASE.replace("totalt_forst:", "totalt_först:"))
    assert problems == []
    assert markdown[2] == "| **Årets resultat** | **289** |"
