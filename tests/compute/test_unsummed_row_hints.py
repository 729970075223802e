"""Specification: a row computed from other rows (`rad_formel`) is in no sum, and a stated
total that counts it says so (trial 82, F4: Malmö's "Möjlig avsättning till
resultatutjämningsreserv" 185 mnkr = 540 − 162 − 193, with the 162 a row's formula); a row
formula that names a row of numbers (`summeras: nej`) says how to keep an amount out of the
total instead."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2016-03-01
dnr: nej
titel: Resultatutjämningsreserv
avsnitt:
  - tabell: rur
tabeller:
  - namn: rur
    enhet: mnkr
    totalt: Möjlig avsättning
    summa: 185
    kolumner: [{namn: post, rubrik: Post}, {namn: belopp, rubrik: "2015", typ: belopp}]
    rader:
      - {post: Resultat efter balanskravsjustering, belopp: 540}
      - {post: Avgår 1 procent av skatter, rad_formel: "-skatter * 1 %"}
      - {post: Avgår återställande, belopp: "-193"}
      - {post: Skatter och generella statsbidrag, rad_namn: skatter, belopp: 16 200}
"""


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder, spaces in figures as '_'."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, "_")
            for p in Pipeline().build(case).problems]


def test_a_stated_total_that_counts_a_row_formula_names_the_row_and_the_rule(
        tmp_path: Path) -> None:
    text = CASE.replace("belopp: 16 200}", "belopp: 16 200}\n      - {post: Övrigt, belopp: "
                        "\"-16 200\"}")
    assert problems(tmp_path, text) == [
        "x.yaml:11:12: angiven summa 185_mnkr för totalraden 'Möjlig avsättning' i tabellen "
        "'rur' stämmer inte med summan av delarna 347_mnkr (den angivna är 162_mnkr för låg); "
        "raden 'Avgår 1 procent av skatter' räknas ut med 'rad_formel' och räknas därför inte "
        "in i summan, men med den stämmer den angivna summan: ska raden räknas med, skriv "
        "radens belopp i stället för 'rad_formel', eller skriv summan som en sista rad med "
        "'rad_formel' som räknar med raderna, och 'totalt: false' i tabellen; annars rätta "
        "summan eller ta bort den så räknas den ut"]


def test_a_row_formula_that_names_a_row_of_numbers_says_how_to_keep_an_amount_out(
        tmp_path: Path) -> None:
    text = CASE.replace("belopp: 16 200}", "belopp: 16 200, summeras: nej}")
    assert problems(tmp_path, text) == [
        "x.yaml:15:56: 'skatter' i formeln är en rad med 'summeras: nej', vars tal inte är "
        "belopp och inte räknas med i en rads formel; är det ett belopp som inte ska ingå i "
        "totalen, ta bort 'summeras: nej' på raden, skriv 'totalt: false' i tabellen och "
        "totalen som en sista rad med 'rad_formel' som räknar med de rader som ingår"]
