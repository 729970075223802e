"""Specification: a row computed from other rows by adding and subtracting them (`rad_formel:
budgeterat + avvikelse`) is a result, printed bold as a total row is, in the Markdown and in
Word (trial 71, F13: "Årets resultat" stood plain under the bold "Summa budgetavvikelse"); a
row that scales a single row (`rad_formel: maxdag / 8`, a rate of its own; here
"budgeterat * 2") stays plain."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Ekonomisk rapport kvartal 1 2015
avsnitt:
  - tabell: prognos
tabeller:
  - namn: prognos
    enhet: mnkr
    totalt: false
    kolumner:
      - {namn: post, rubrik: "Prognos budgetavvikelser"}
      - {namn: avv, rubrik: Uppföljning, typ: belopp}
    rader:
      - post: ""
        rad_namn: avvikelse
        delsumma: Summa budgetavvikelse
        rader:
          - {post: Socialnämnden, avv: "-5,0"}
          - {post: Finansförvaltningen, avv: "21,1"}
      - {post: Budgeterat resultat, rad_namn: budgeterat, avv: "18,9"}
      - {post: Årets resultat, rad_formel: budgeterat + avvikelse, avv: "35,0"}
      - {post: Budgeterat för två år, rad_formel: "budgeterat * 2"}
"""


def _built(tmp_path: Path) -> tuple[list[str], list[str]]:
    """The table's lines in the Markdown and in the Word dump ("~" a no-break space)."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    dump = dump_docx(result.files["fall.docx"]).replace("\u00a0", "~")
    word = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0]
    return [line for line in markdown.splitlines() if line.startswith("|")], \
        word.splitlines()[1:]


def test_a_result_row_is_bold_as_a_total_and_a_scaled_row_is_not(tmp_path: Path) -> None:
    markdown, word = _built(tmp_path)
    assert markdown[-4:] == [
        "| **Summa budgetavvikelse** | **16,1** |",
        "| Budgeterat resultat | 18,9 |",
        "| **Årets resultat** | **35,0** |",
        "| Budgeterat för två år | 37,8 |"]
    assert word[-4:] == [
        "  | **Summa budgetavvikelse** | >**16,1** | ↓",
        "  | Budgeterat resultat | >18,9 | ↓",
        "  | **Årets resultat** | >**35,0** | ↓",
        "  | Budgeterat för två år | >37,8 |"]
