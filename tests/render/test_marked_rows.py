"""Rows a source highlights ("Gulmarkerat är nya satsningar", trial 64, F9): a row with
`markerad: ja` has its text cells bold in the .md, its amounts as any row's, and the Word
writer is told its number (see `word.tables`: shaded)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline
from generator.render.printed_tables import table_groups

NBSP = "\u00a0"
CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: KS 2024/12
titel: Budget för klimatsatsningar 2024
avsnitt:
  - rubrik: Satsningar
    text: Markerade rader är nya satsningar.
    tabell: satsningar
tabeller:
  - namn: satsningar
    kolumner:
      - {namn: insats, rubrik: Insats}
      - {namn: ansvar, rubrik: Ansvar}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {insats: Laddinfrastruktur, ansvar: Tekniska förvaltningen, belopp: 1 200 000}
      - {insats: Solceller på skolor, ansvar: Fastighetsavdelningen, belopp: 850 000,
         markerad: ja}
      - {insats: Energirådgivning, ansvar: Miljöförvaltningen, belopp: 300 000,
         markerad: nej}
"""


def _built(tmp_path: Path, case: str) -> tuple[str, list[str]]:
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    result = Pipeline().build(path)
    markdown = result.files["fall.md"].decode("utf-8") if "fall.md" in result.files else ""
    return markdown, [p.format().replace(f"{tmp_path}/", "") for p in result.problems]


def test_a_marked_row_has_its_text_cells_bold(tmp_path: Path) -> None:
    markdown, problems = _built(tmp_path, CASE)
    assert problems == []
    assert markdown.replace(NBSP, " ").split("Markerade rader är nya satsningar.\n\n")[1] == (
        "| Insats | Ansvar | Belopp (kr) |\n"
        "|:--|:--|--:|\n"
        "| Laddinfrastruktur | Tekniska förvaltningen | 1 200 000 |\n"
        "| **Solceller på skolor** | **Fastighetsavdelningen** | 850 000 |\n"
        "| Energirådgivning | Miljöförvaltningen | 300 000 |\n"
        "| **Totalt** | | **2 350 000** |\n")


def test_the_word_writer_is_told_the_marked_rows(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    checked = Pipeline().check(path, "fall.yaml")
    assert checked.context is not None
    assert [table[3] for table in table_groups(checked.context.sections)] == [(1,)]


def test_a_column_may_not_be_named_markerad(tmp_path: Path) -> None:
    case = CASE.replace("{namn: ansvar, rubrik: Ansvar}", "{namn: markerad, rubrik: Ny}")
    assert _built(tmp_path, case)[1][:1] == [
        "fall.yaml:13:16: 'markerad' markerar en rad, ge kolumnen ett annat namn"]
