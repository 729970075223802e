"""Specification, by exact Markdown and Word dump, of a computed ratio column (`typ: kvot`,
"Utfall i % av budget", trial 40 F8): right-aligned percentages on every row, on the subtotal
rows and on the total row, each of its own row's amounts (the total row's of the totals, not
a mean of the rows'), "–" where the budget is 0, nothing on a group's label row; named in
text as the table prints it, and shown alike by `beslut visa`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-05-20
dnr: BUN 2024/88
titel: Periodrapport april
avsnitt:
  - rubrik: Utfall per verksamhet
    text: |
      Nämndens utfall är {{ tabeller.bun.procent }} av budgeten, för förskolan
      {{ tabeller.bun.rader[0].rader[0].procent }}.
    tabell: bun
tabeller:
  - namn: bun
    enhet: tkr
    totalt: Netto
    kolumner:
      - {namn: post, rubrik: Verksamhet}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Periodutfall, typ: belopp}
      - {namn: procent, rubrik: Utfall i % av budget, typ: kvot, taljare: utfall, namnare: budget}
    rader:
      - post: Förskoleverksamhet
        delsumma: Summa förskoleverksamhet
        rader:
          - {post: Förskola, budget: 419 578, utfall: 149 657}
          - {post: Pedagogisk omsorg, budget: 15 681, utfall: 4 602}
      - {post: Grundskola, budget: 857 860, utfall: 277 171}
      - {post: Prel. kostnader, budget: 0, utfall: 1 021}
"""


def built(tmp_path: Path) -> tuple[list[str], list[str], str]:
    """The table in the Markdown and in the Word dump ("~" for a no-break space), and the
    Markdown."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    dump = dump_docx(result.files["fall.docx"]).replace("\u00a0", "~")
    word = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0]
    table = [line for line in markdown.splitlines() if line.startswith("|")]
    return table, word.splitlines()[1:], markdown


def test_the_ratio_column_in_markdown(tmp_path: Path) -> None:
    table, _, _ = built(tmp_path)
    assert table == [
        "| Verksamhet | Budget (tkr) | Periodutfall (tkr) | Utfall i % av budget |",
        "|:--|--:|--:|--:|",
        "| **Förskoleverksamhet** | | | |",
        "| Förskola | 419~578 | 149~657 | 35,7~% |",
        "| Pedagogisk omsorg | 15~681 | 4~602 | 29,3~% |",
        "| **Summa förskoleverksamhet** | **435~259** | **154~259** | **35,4~%** |",
        "| Grundskola | 857~860 | 277~171 | 32,3~% |",
        "| Prel. kostnader | 0 | 1~021 | – |",
        "| **Netto** | **1~293~119** | **432~451** | **33,4~%** |",
    ]


def test_a_ratio_is_named_in_text_as_the_table_prints_it(tmp_path: Path) -> None:
    _, _, markdown = built(tmp_path)
    assert ("Nämndens utfall är 33,4~% av budgeten, för förskolan\n35,7~%.") in markdown


def test_the_ratio_column_in_word_is_right_aligned_and_never_empty(tmp_path: Path) -> None:
    _, word, _ = built(tmp_path)
    assert word == [
        "  | **Verksamhet** | >**Budget (tkr)** | >**Periodutfall (tkr)** | "
        ">**Utfall i % av budget** | ↓",
        "  | ↔4 **Förskoleverksamhet** | ↓",
        "  | →Förskola | >419~578 | >149~657 | >35,7~% | ↓",
        "  | →Pedagogisk omsorg | >15~681 | >4~602 | >29,3~% | ↓",
        "  | **Summa förskoleverksamhet** | >**435~259** | >**154~259** | >**35,4~%** | ↓",
        "  | Grundskola | >857~860 | >277~171 | >32,3~% | ↓",
        "  | Prel. kostnader | >0 | >1~021 | >– | ↓",
        "  | **Netto** | >**1~293~119** | >**432~451** | >**33,4~%** |",
    ]


def test_beslut_visa_shows_the_ratios(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=120,
                                env={"COLUMNS": "120"})
    rows = [[cell.strip() for cell in line.split("│")[1:-1]]
            for line in result.output.replace("\u00a0", " ").splitlines()
            if line.startswith("│")]
    assert [row[-1] for row in rows] == ["", "35,7 %", "29,3 %", "35,4 %", "32,3 %", "–",
                                         "33,4 %"]
