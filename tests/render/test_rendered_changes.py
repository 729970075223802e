"""Specification, by exact Markdown and Word dump, of a computed change column (`typ:
forandring`): right-aligned percentages with a no-break space and a real minus on every row,
on the subtotal rows and on the total row (from the stated subtotals and total of a list of
rounded amounts), "–" where the base is 0, nothing on a group's label row; and named in text,
as the table prints it."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-10-14
dnr: KS 2024/312
titel: Driftbudget
avsnitt:
  - rubrik: Driftbudget per nämnd
    text: |
      Budgeten ökar med {{ tabeller.drift.procent }}, för kommunstyrelsen med
      {{ tabeller.drift.rader[0].procent }} och för räddningstjänsten med
      {{ tabeller.drift.rader[0].rader[1].procent }}; för valnämnden
      {{ tabeller.drift.rader[1].procent }}.
    tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    avrundat: true
    summa: {budget24: "99,7", budget25: "110,2"}
    totalt: Summa nämnder
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: budget24, rubrik: Budget 2024, typ: belopp}
      - {namn: budget25, rubrik: Budget 2025, typ: belopp}
      - {namn: procent, rubrik: Förändring %, typ: forandring, fran: budget24, till: budget25}
    rader:
      - namnd: Kommunstyrelse
        delsumma: Summa kommunstyrelse
        budget24: "98,1"
        budget25: "108,6"
        rader:
          - {namnd: Kommunövergripande, budget24: "70,9", budget25: "81,7"}
          - {namnd: Räddningstjänst, budget24: "27,1", budget25: "26,8"}
      - {namnd: Valnämnd, budget24: "0,0", budget25: "0,1"}
      - {namnd: Revision, budget24: "1,5", budget25: "1,5"}
"""


def built(tmp_path: Path) -> tuple[str, str]:
    """The table of the case in the Markdown ("~" for a no-break space) and in the Word dump."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    dump = dump_docx(result.files["fall.docx"]).replace("\u00a0", "~")
    table = [line for line in markdown.splitlines() if line.startswith("|")]
    word = dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0]
    return "\n".join(table), word


def test_the_change_column_in_markdown(tmp_path: Path) -> None:
    markdown, _ = built(tmp_path)
    assert markdown == """\
| Nämnd | Budget 2024 (mnkr) | Budget 2025 (mnkr) | Förändring % |
|:--|--:|--:|--:|
| **Kommunstyrelse** | | | |
| Kommunövergripande | 70,9 | 81,7 | 15,2~% |
| Räddningstjänst | 27,1 | 26,8 | −1,1~% |
| **Summa kommunstyrelse** | **98,1** | **108,6** | **10,7~%** |
| Valnämnd | 0,0 | 0,1 | – |
| Revision | 1,5 | 1,5 | 0,0~% |
| **Summa nämnder** | **99,7** | **110,2** | **10,5~%** |"""


def test_a_change_is_named_in_text_as_the_table_prints_it(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    markdown = Pipeline().build(path).files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    assert ("Budgeten ökar med 10,5~%, för kommunstyrelsen med\n10,7~% och för "
            "räddningstjänsten med\n−1,1~%; för valnämnden\n–.") in markdown


def test_the_change_column_in_word_is_right_aligned_and_never_empty(tmp_path: Path) -> None:
    _, word = built(tmp_path)
    assert word.splitlines()[1:] == [
        "  | **Nämnd** | >**Budget 2024 (mnkr)** | >**Budget 2025 (mnkr)** | >**Förändring %** | ↓",
        "  | ↔4 **Kommunstyrelse** | ↓",  # (a table that fits on a page: kept whole)
        "  | →Kommunövergripande | >70,9 | >81,7 | >15,2~% | ↓",
        "  | →Räddningstjänst | >27,1 | >26,8 | >−1,1~% | ↓",
        "  | **Summa kommunstyrelse** | >**98,1** | >**108,6** | >**10,7~%** | ↓",
        "  | Valnämnd | >0,0 | >0,1 | >– | ↓",
        "  | Revision | >1,5 | >1,5 | >0,0~% | ↓",
        # (kept with the note on rounding right after the table: see `kept_rows`)
        "  | **Summa nämnder** | >**99,7** | >**110,2** | >**10,5~%** | ↓",
    ]
