"""Specification, by exact Markdown and Word, of a count column (`typ: antal`): right-aligned
as numbers are, without a unit in its header, summed on the subtotal and total rows (bold),
and named in text as a plain number ("13 mandat")."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Älvkarleby kommun]
beslutsorgan: Kommunfullmäktige
datum: 2024-01-10
dnr: KS 2024/5
titel: Partistöd 2024
avsnitt:
  - rubrik: Partistöd
    text: Partistödet är 13 280 kr per parti och per mandat.
    tabell: partistod
tabeller:
  - namn: partistod
    kolumner:
      - {namn: parti, rubrik: Parti}
      - {namn: mandat, rubrik: Mandat, typ: antal}
      - {namn: stod, rubrik: Partistöd, typ: belopp}
    rader:
      - {parti: Socialdemokraterna (S), mandat: 10, stod: 146080}
      - parti: Övriga
        delsumma: Summa övriga
        rader:
          - {parti: Vänsterpartiet (V), mandat: 2, stod: 39840}
          - {parti: Miljöpartiet (MP), mandat: 1, stod: 26560}
    summa: {mandat: 13, stod: 212480}
forslag:
  punkter:
    - betala ut {{ tabeller.partistod.stod }} till partierna med
      {{ tabeller.partistod.mandat }} mandat.
i_tjansten: {namn: Karin Karlsson, titel: kommunsekreterare}
"""


def built(tmp_path: Path) -> tuple[str, str]:
    """The Markdown ("~" for a no-break space) and the Word dump of the case."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = Pipeline().build(path)
    assert result.problems == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return markdown, dump_docx(result.files["fall.docx"]).replace("\u00a0", "~")


def test_a_count_column_in_markdown(tmp_path: Path) -> None:
    markdown, _ = built(tmp_path)
    assert "\n".join(line for line in markdown.splitlines() if line.startswith("|")) == """\
| Parti | Mandat | Partistöd (kr) |
|:--|--:|--:|
| Socialdemokraterna (S) | 10 | 146~080 |
| **Övriga** | | |
| Vänsterpartiet (V) | 2 | 39~840 |
| Miljöpartiet (MP) | 1 | 26~560 |
| **Summa övriga** | **3** | **66~400** |
| **Totalt** | **13** | **212~480** |"""


def test_a_count_is_named_in_text_as_a_plain_number(tmp_path: Path) -> None:
    markdown, _ = built(tmp_path)
    assert "att betala ut 212~480~kr till partierna med 13 mandat." in markdown


def test_a_count_column_in_word(tmp_path: Path) -> None:
    _, dump = built(tmp_path)
    assert dump[dump.index("[tabell stil=Table Grid"):].split("\n[", 1)[0] == """\
[tabell stil=Table Grid rubrikrad=upprepas]
  | **Parti** | >**Mandat** | >**Partistöd (kr)** | ↓
  | Socialdemokraterna~(S) | >10 | >146~080 | ↓
  | ↔3 **Övriga** | ↓
  | →Vänsterpartiet~(V) | >2 | >39~840 | ↓
  | →Miljöpartiet~(MP) | >1 | >26~560 | ↓
  | **Summa övriga** | >**3** | >**66~400** | ↓
  | **Totalt** | >**13** | >**212~480** |"""
