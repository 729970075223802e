"""Specification, by exact Markdown and messages, of a formula with a bracketed sum of amount
columns as a factor (trial 54, F1: Bjuv's "momskompensation 6 % of summa + administration",
123 227 kr × 6 % = 7 393,62 kr, which the source rightly gives as 7 394 kr): the sum is
multiplied or divided exactly and rounded once, and messages write the formula with its
brackets. Products that differ in their amount column alone ('summa * 6 % + admin * 6 %')
mean the same and are rounded once too; other products are rounded each on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: beslut
avsandare: [Bjuvs kommun]
datum: nej
dnr: nej
titel: Grundbelopp 2017
beslut:
  beslutande: Bjuvs kommun
  punkter:
    - bidrag lämnas enligt tabellen.
avsnitt:
  - rubrik: Grundbelopp
    tabell: extern
tabeller:
  - namn: extern
    totalt: false
    kolumner:
      - {namn: skolform, rubrik: Skolform}
      - {namn: summa, rubrik: Summa, typ: belopp}
      - {namn: admin, rubrik: Administration, typ: belopp}
      - {namn: moms, rubrik: Moms, typ: belopp, formel: FORMEL}
    rader:
      - {skolform: Förskola 3–5 år hel, summa: 119 638, admin: 3 589, moms: MOMS}
"""

RULE = ("en parentes i en formel är en summa av beloppskolumner som multipliceras eller "
        "delas, en i varje led, t.ex. '(summa + admin) * 6 %' eller '(summa + admin) / 12'; "
        "räkna annars ut summan i en egen kolumn, t.ex. {namn: underlag, typ: belopp, formel: "
        "summa + admin}, och räkna med den: 'underlag * 6 %'")


def built(tmp_path: Path, formula: str, moms: str = "7 394", rows: str = "") -> CaseResult:
    """The case built with the Moms column's formula, Förskola's typed Moms and more rows."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("FORMEL", f'"{formula}"').replace("MOMS", moms) + rows,
                    encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, formula: str, moms: str = "7 394", rows: str = "") -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, formula, moms, rows).problems]


def table_lines(tmp_path: Path, formula: str, rows: str = "") -> list[str]:
    """The Markdown table's lines, "~" for a no-break space, of a case without problems and
    Förskola's Moms left to the formula."""
    result = built(tmp_path, formula, '""', rows)
    assert [p.format() for p in result.problems] == []
    text = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in text.splitlines() if line.startswith("|")]


@pytest.mark.parametrize("formula", ["(summa + admin) * 6 %", "6 % * (summa + admin)",
                                     "summa * 6 % + admin * 6 %"])
def test_a_percentage_of_a_sum_is_rounded_once_so_the_source_figure_is_right(
        tmp_path: Path, formula: str) -> None:
    # (7 178,28 + 215,34 = 7 393,62 kr: 7 394 kr, not 7 178 + 215 = 7 393 kr)
    assert problems(tmp_path, formula) == []
    assert table_lines(tmp_path, formula)[2] == \
        "| Förskola 3–5 år hel | 119~638 | 3~589 | 7~394 |"


def test_a_figure_off_a_bracketed_formula_is_told_with_the_brackets(tmp_path: Path) -> None:
    assert problems(tmp_path, "(summa + admin) * 6 %", "7 393") == [
        "fall.yaml:22:77: angivet belopp 7~393~kr för raden 'Förskola 3–5 år hel', kolumnen "
        "'Moms (kr)' stämmer inte med uträkningen (Summa + Administration) × 6 % "
        "((119~638~kr + 3~589~kr) × 6 %) = 7~393,62~kr, avrundat 7~394~kr (det angivna är "
        "1~kr för lågt); rätta beloppet eller ta bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet"]


def test_a_sum_divided_is_rounded_once(tmp_path: Path) -> None:
    # (6 + 6 = 12 kr, / 12 = 1 kr; each on its own would be 0,50 + 0,50: 1 + 1 kr)
    row = "      - {skolform: Fritidshem, summa: 6, admin: 6}\n"
    assert table_lines(tmp_path, "(summa + admin) / 12", row)[3] == \
        "| Fritidshem | 6 | 6 | 1 |"


def test_a_sum_subtracted_in_brackets_takes_each_amount_off(tmp_path: Path) -> None:
    assert problems(tmp_path, "summa - (admin + summa) / 2", "57 656") == [
        "fall.yaml:22:77: angivet belopp 57~656~kr för raden 'Förskola 3–5 år hel', kolumnen "
        "'Moms (kr)' stämmer inte med uträkningen Summa − (Administration + Summa) / 2 "
        "(119~638~kr − (3~589~kr + 119~638~kr) / 2) = 58~024~kr (det angivna är 368~kr för "
        "lågt); rätta beloppet eller ta bort det så räknas det ut"]


def test_products_that_multiply_by_different_figures_are_rounded_each(tmp_path: Path) -> None:
    # (1 kr × 50 % = 0,50 → 1 kr and 5 kr × 30 % = 1,50 → 2 kr: 3 kr, not 2,00 → 2 kr)
    row = "      - {skolform: Fritidshem, summa: 1, admin: 5}\n"
    assert table_lines(tmp_path, "summa * 50 % + admin * 30 %", row)[3] == \
        "| Fritidshem | 1 | 5 | 3 |"


@pytest.mark.parametrize(("formula", "message"), [
    ("((summa + admin)) * 6 %", f"formeln har en parentes inom en parentes: {RULE}"),
    ("(summa + admin * 6 %", f"formeln har en '(' utan ')' efter: {RULE}"),
    ("summa + admin) * 6 %", f"formeln har en ')' utan '(' före: {RULE}"),
    ("(summa + admin) * (summa + admin)",
     f"'(summa + admin) * (summa + admin)' i formeln har två parenteser i samma led: {RULE}"),
    ("(summa * 6 % + admin) * 2",
     f"'(summa * 6 % + admin)' i formeln är ingen summa av beloppskolumner: {RULE}"),
    ("(summa + 100) * 6 %",
     f"'(summa + 100)' i formeln är ingen summa av beloppskolumner: {RULE}"),
    ("(summa + admn) * 6 %", "'admn' i formeln är ingen kolumn i tabellen, menade du 'admin'?"),
    ("(summa + admin) / admin",
     "'(summa + admin) / admin' i formeln delar ett belopp med ett belopp ('admin' är en "
     "beloppskolumn): en beloppskolumn delas med ett tal större än noll eller med en tal- "
     "eller antalskolumn, radens eget antal, t.ex. 'summa / 12' eller 'summa / dagar'; annars "
     "skriv beloppen i kolumnen och ta bort 'formel'"),
])
def test_what_brackets_cannot_hold_is_reported_with_the_helper_column_that_can(
        tmp_path: Path, formula: str, message: str) -> None:
    assert problems(tmp_path, formula) == [f"fall.yaml:20:57: {message}"]
