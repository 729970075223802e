"""Specification, by exact Markdown, of a number cell (`typ: tal`) quoted in text with
`{{ … }}` (trial 60, F3: "{{ tabeller.rabatt.rader[0].rabatt }}" said the row had no part
'rabatt' though the column is in the table). It prints as the table prints it: a percentage
as written ("40 %"), a computed one too, another number with its column's decimals."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2024-03-14
dnr: nej
titel: Syskonrabatt
belopp:
  terminsavgift: 675
beslut:
  beslutande: Kultur- och fritidsnämnden
  punkter:
    - fastställa syskonrabatt enligt tabellen.
avsnitt:
  - rubrik: Syskonrabatt
    text: >-
      Rabatten är {{ tabeller.rabatt.rader[0].rabatt }} för andra barnet, som betalar
      {{ tabeller.rabatt.rader[0].betalar }} av avgiften, {{ tabeller.rabatt.rader[0].avgift }},
      och kurserna är {{ tabeller.rabatt.rader[0].timmar }} timmar.
    tabell: rabatt
tabeller:
  - namn: rabatt
    totalt: false
    kolumner:
      - {namn: barn, rubrik: Barn}
      - {namn: timmar, rubrik: Timmar, typ: tal}
      - {namn: rabatt, rubrik: Rabatt, typ: tal}
      - {namn: betalar, rubrik: Andel som betalas, typ: tal, formel: 100 % - rabatt}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: betalar * belopp.terminsavgift}
    rader:
      - {barn: Andra barnet, timmar: 12, rabatt: "40 %"}
      - {barn: Tredje barnet, timmar: "1,5", rabatt: "80 %"}
"""


def built(tmp_path: Path, text: str = CASE) -> CaseResult:
    """The case built."""
    path = tmp_path / "rabatt.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def sentence(tmp_path: Path, text: str = CASE) -> str:
    """The section's sentence as the Markdown prints it, "~" for a no-break space."""
    markdown = built(tmp_path, text).files["rabatt.md"].decode("utf-8").replace("\u00a0", "~")
    return next(line for line in markdown.splitlines() if line.startswith("Rabatten"))


def test_a_number_cell_is_quoted_as_the_table_prints_it(tmp_path: Path) -> None:
    assert list(built(tmp_path).problems) == []
    assert sentence(tmp_path) == (
        "Rabatten är 40~% för andra barnet, som betalar 60~% av avgiften, 405~kr, och "
        "kurserna är 12,0 timmar.")


def test_a_number_is_quoted_with_the_decimals_its_column_shows(tmp_path: Path) -> None:
    text = CASE.replace("{namn: timmar, rubrik: Timmar, typ: tal}",
                        "{namn: timmar, rubrik: Timmar, typ: tal, decimaler: 0}")
    assert sentence(tmp_path, text).endswith("och kurserna är 12 timmar.")


def test_a_row_without_the_number_still_says_which_parts_it_has(tmp_path: Path) -> None:
    text = CASE.replace("timmar: 12, ", "")
    assert [p.format().replace(f"{tmp_path}/", "") for p in built(tmp_path, text).problems] == [
        "rabatt.yaml:14:19: {{ tabeller.rabatt.rader[0].timmar }}: 'tabeller.rabatt.rader[0]' "
        "har ingen del 'timmar', skriv en av delarna: avgift, barn, betalar, rabatt"]


def test_a_summed_column_of_percentages_is_quoted_with_its_percent_sign(tmp_path: Path) -> None:
    """Trial 98, F1: with `summeras: ja` the text said "40" beside the table's "40 %"."""
    text = CASE.replace("{namn: rabatt, rubrik: Rabatt, typ: tal}",
                        "{namn: rabatt, rubrik: Rabatt, typ: tal, summeras: ja}")
    assert list(built(tmp_path, text).problems) == []
    assert sentence(tmp_path, text).startswith("Rabatten är 40~% för andra barnet")
