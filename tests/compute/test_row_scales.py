"""Specification: a row formula may multiply or divide one row by a number (trial 69, F2:
Hudiksvall's arvodesbilaga, "Max/tim 456" = "Max/dag 3 650" / 8 and "Halv halvdagsersättning
329" = 657 / 2), rounded half up to whole kronor, checked as a formula column's figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.formatting import Kronor

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-01-01
dnr: nej
titel: Arvoden
avsnitt:
  - tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: false
    kolumner:
      - {namn: arvode, rubrik: Arvoden}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {arvode: Max per dag, belopp: 3 650, rad_namn: maxdag}
      - {arvode: Max per timme, belopp: 456, rad_formel: maxdag / 8}
      - {arvode: Halvdag, belopp: 657, rad_namn: halvdag}
      - {arvode: Justeringsarvode, belopp: 329, rad_formel: "halvdag * 0,5"}
"""


def built(tmp_path: Path, text: str = CASE) -> tuple[list[str], list[Kronor]]:
    """The case's problems, spaces in figures as '_', and the table's computed amounts."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    amounts = [row.amounts.get("belopp", 0) for row in result.computed.tables["arvoden"].rows] \
        if result.computed else []
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, "_")
            for p in result.problems], amounts


def test_a_row_divided_or_multiplied_by_a_number_is_computed_and_rounded(
        tmp_path: Path) -> None:
    assert built(tmp_path) == ([], [3_650, 456, 657, 329])


def test_its_typed_amount_is_checked_with_the_formula_in_words(tmp_path: Path) -> None:
    problems, _ = built(tmp_path, CASE.replace("belopp: 456,", "belopp: 450,"))
    assert problems == [
        "x.yaml:15:41: angivet belopp 450_kr för raden 'Max per timme' stämmer inte med "
        "uträkningen Max per dag / 8 (3_650_kr / 8) = 456_kr (det angivna är 6_kr för lågt); "
        "rätta beloppet eller ta bort det så räknas det ut"]


@pytest.mark.parametrize("formula", ["maxdag / 0", "maxdag / 8 + halvdag", "maxdag * halvdag"])
def test_anything_else_is_refused_with_the_rule(tmp_path: Path, formula: str) -> None:
    problems, _ = built(tmp_path, CASE.replace("rad_formel: maxdag / 8", f"rad_formel: {formula}"))
    assert problems == [
        f"x.yaml:15:58: '{formula}' kan inte läsas: en rads formel lägger ihop och drar ifrån "
        "andra rader i tabellen med + och −, var och en med sitt korta namn (rad_namn), eller "
        "multiplicerar eller delar en rad med ett tal (rad_formel: maxdag / 8), t.ex. rader med "
        "rad_namn: ram och rad_namn: fordelat, och raden 'Kvar att fördela' med rad_formel: ram "
        "- fordelat"]


RUR = """\
dokumenttyp: tjansteskrivelse
datum: 2016-03-01
dnr: nej
titel: Resultatutjämningsreserv
avsnitt:
  - tabell: rur
tabeller:
  - namn: rur
    enhet: mnkr
    totalt: false
    kolumner: [{namn: post, rubrik: Post}, {namn: belopp, rubrik: "2015", typ: belopp}]
    rader:
      - {post: Resultat efter balanskravsjustering, rad_namn: justerat, belopp: 540}
      - {post: Skatter och generella statsbidrag, rad_namn: skatter, belopp: 16 200}
      - {post: Avgår 1 procent av skatter, rad_namn: procent, rad_formel: "FORMULA"}
      - {post: Avgår återställande, rad_namn: tidigare, belopp: "-193"}
      - {post: Möjlig avsättning, rad_formel: justerat + procent + tidigare, belopp: 185}
"""


def rur(tmp_path: Path, formula: str) -> tuple[list[str], list[Kronor]]:
    """The RUR case's problems and amounts (in kronor) with the row formula `formula`."""
    problems, amounts = built(tmp_path, RUR.replace("FORMULA", formula).replace(
        "namn: rur", "namn: arvoden").replace("tabell: rur", "tabell: arvoden"))
    return problems, [amount // 10**6 for amount in amounts]


def test_a_percentage_takes_its_share_of_the_row(tmp_path: Path) -> None:
    # (trial 82, F4: 'skatter * 1 %' was 16 200 mnkr, the whole row, not 162 mnkr)
    problems, amounts = rur(tmp_path, "skatter * 1 %")
    assert amounts == [540, 16_200, 162, -193, 509]
    assert problems[0].startswith("x.yaml:17:86: angivet belopp 185_mnkr för raden 'Möjlig "
                                  "avsättning' stämmer inte med uträkningen")


@pytest.mark.parametrize("formula", ["-skatter * 1 %", "-skatter / 100", "-1 % * skatter"])
def test_a_row_formula_may_take_the_opposite_of_a_share_as_a_column_formula_does(
        tmp_path: Path, formula: str) -> None:
    assert rur(tmp_path, formula) == ([], [540, 16_200, -162, -193, 185])


@pytest.mark.parametrize(("formula", "done", "meant"), [
    ("skatter * -1 %", "multipliceras", "-skatter * 1 %"),
    ("skatter / -100", "delas", "-skatter / 100"),
])
def test_a_negative_number_is_refused_with_the_formula_that_says_it(
        tmp_path: Path, formula: str, done: str, meant: str) -> None:
    problems, _ = rur(tmp_path, formula)
    assert problems == [
        f"x.yaml:15:75: '{formula}' kan inte läsas: talet som raden 'skatter' {done} med är "
        f"negativt, men talet i en rads formel är större än noll; skriv minustecknet först: "
        f"'{meant}'"]
