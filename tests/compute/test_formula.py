"""Specification of a formula's messages about names: one of the case's amounts written
without `belopp.` (trial 93, F1: 'grund_pbb * prisbasbelopp / 12') is named as such, with
the formula as it should read, not answered with the table's other columns."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2020-12-02
dnr: nej
titel: Ersättningar till familjehem 2021
belopp:
  prisbasbelopp: 47600
avsnitt:
  - {rubrik: Omkostnadsersättning, tabell: omkostnad}
tabeller:
  - namn: omkostnad
    totalt: false
    kolumner:
      - {namn: alder, rubrik: Ålder}
      - {namn: grund_pbb, rubrik: Grundkostnad (% av prisbasbeloppet), typ: tal}
      - {namn: grund, rubrik: Grundkostnad, typ: belopp, formel: FORMEL}
      - {namn: hogsta_pbb, rubrik: Högsta (% av prisbasbeloppet), typ: tal}
      - {namn: hogsta, rubrik: Högsta, typ: belopp, formel: hogsta_pbb * belopp.prisbasbelopp}
    rader:
      - {alder: 0–12 år, grund_pbb: 110 %, hogsta_pbb: 155 %}
"""


def problems(tmp_path: Path, formula: str) -> list[str]:
    """The case's problems with the column's formula, without the folder."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.replace("FORMEL", formula), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "")
            for p in Pipeline().build(path, documents=False).problems]


def test_a_case_amount_without_belopp_is_named_as_one_with_the_formula_to_write(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "grund_pbb * prisbasbelopp / 12") == [
        "x.yaml:15:66: 'prisbasbelopp' är ett av ärendets belopp; skriv belopp.prisbasbelopp: "
        "'formel: grund_pbb * belopp.prisbasbelopp / 12'"]


def test_a_name_that_is_neither_offers_the_columns_as_before(tmp_path: Path) -> None:
    assert problems(tmp_path, "grund_pbb * basbelopp / 12") == [
        "x.yaml:15:66: 'basbelopp' i formeln är ingen kolumn i tabellen; formeln kan räkna "
        "med beloppskolumnerna: hogsta (inte 'grund', som är kolumnen själv och inte kan "
        "räknas ut ur sig själv)"]
