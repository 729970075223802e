"""Specification, by exact Markdown and messages, of a product of three or four factors
(new-user trials: a per-person amount × head count × months, 'antal * belopp.per_person *
12', 'platser * pris * 12'): one amount at most among the factors, each row's product exact
until it is rounded once, half up, a typed figure checked with the row's figures, and the
rate-column warning for a summed price that multiplies."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Exempels kommun]
datum: 2025-03-14
dnr: nej
titel: Kostnad för platser
belopp:
  per_person: 1250
avsnitt:
  - rubrik: Kostnad per år
    tabell: platser
tabeller:
  - namn: platser
    kolumner:
      - {namn: enhet, rubrik: Enhet}
      - {namn: antal, rubrik: Antal, typ: antal}
      - {namn: andel, rubrik: Andel, typ: tal}
      - {namn: pris, rubrik: Pris, typ: belopp, summeras: nej}
      - {namn: bidrag, rubrik: Bidrag, typ: belopp, formel: antal * belopp.per_person * 12}
      - {namn: kostnad, rubrik: Kostnad, typ: belopp, formel: antal * pris * andel * 12}
    rader:
      - {enhet: Solbacken, antal: 3, andel: "4,5 %", pris: 68401}
      - {enhet: Ängen, antal: 2, andel: "2,5 %", pris: 68401}
"""


def built(tmp_path: Path, text: str) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> list[str]:
    """The Markdown table's lines, "~" for a no-break space, of a case without problems."""
    result = built(tmp_path, text)
    assert [p.format() for p in result.problems] == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_each_row_is_its_factors_multiplied_and_rounded_once(tmp_path: Path) -> None:
    # (3 × 68 401 × 4,5 % × 12 = 110 809,62: 110 810, where 3 × 68 401 × 4,5 % rounded first,
    # 9 234, would give 110 808; 2 × 68 401 × 2,5 % × 12 = 41 040,6: 41 041)
    assert table_lines(tmp_path) == [
        "| Enhet | Antal | Andel | Pris (kr) | Bidrag (kr) | Kostnad (kr) |",
        "|:--|--:|--:|--:|--:|--:|",
        "| Solbacken | 3 | 4,5~% | 68~401 | 45~000 | 110~810 |",
        "| Ängen | 2 | 2,5~% | 68~401 | 30~000 | 41~041 |",
        "| **Totalt** | **5** | | | **75~000** | **151~851** |"]


def test_a_typed_figure_is_checked_with_the_rows_figures(tmp_path: Path) -> None:
    text = CASE.replace('pris: 68401}', 'pris: 68401, kostnad: "110 808"}', 1)
    assert problems(tmp_path, text) == [
        "fall.yaml:21:76: angivet belopp 110~808~kr för raden 'Solbacken', kolumnen 'Kostnad "
        "(kr)' stämmer inte med uträkningen Antal × Pris × Andel × 12 (3 × 68~401~kr × 4,5~% × "
        "12) = 110~810~kr (det angivna är 2~kr för lågt); rätta beloppet eller ta bort det så "
        "räknas det ut"]


def test_a_number_is_the_amount_in_the_tables_unit_where_no_other_factor_is_one(
        tmp_path: Path) -> None:
    text = CASE.replace("antal * belopp.per_person * 12", '"antal * 1 250,50 * 12"')
    # (the öre of 1 250,50 kr, which the table does not print, show only where a product
    # has them: 45 018 kr, not 45 018,00 kr, trial 72, F8)
    assert [line.split("|")[5].strip() for line in table_lines(tmp_path, text)[2:]] == [
        "45~018", "30~012", "**75~030**"]


def test_a_summed_price_that_multiplies_is_warned_about(tmp_path: Path) -> None:
    text = CASE.replace("typ: belopp, summeras: nej}", "typ: belopp}")
    assert problems(tmp_path, text) == [
        "fall.yaml:17:41: varning: 'pris' är ett pris per rad som multiplicerar 'antal' i "
        "formeln för 'kostnad', men summeras, så tabellen visar en summa av pris som inte säger "
        "något; skriv 'summeras: nej' i kolumnen"]
