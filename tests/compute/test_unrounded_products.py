"""A product stated a step off shows the product before rounding (trial 73, F12).

Degerfors' maxtaxa: "Barn 3: 0,7 % av inkomsten — dock högst 322 kr", where 0,7 % of the
inkomsttak 46 080 kr is 322,56 kr, rounded 323 kr. The error said "= 323 kr (det angivna är
1 kr för lågt)", and the secretary had to work out herself whether the source rounds down or
has a slip. It now shows "= 322,56 kr, avrundat 323 kr".
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Maxtaxa
belopp:
  inkomsttak: 46 080
avsnitt:
  - rubrik: Taxa 2
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: barn, rubrik: Barn}
      - {namn: procent, rubrik: Andel av inkomsten, typ: tal}
      - {namn: hogst, rubrik: Högst, typ: belopp, formel: procent * belopp.inkomsttak}
    rader:
      - {barn: Barn 1, procent: "2,0 %", hogst: 922}
      - {barn: Barn 2, procent: "1,3 %", hogst: 599}
      - {barn: Barn 3, procent: "0,7 %", hogst: THIRD}
"""


def _problems(tmp_path: Path, third: str) -> list[str]:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("THIRD", third), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_a_krona_off_shows_the_product_before_rounding(tmp_path: Path) -> None:
    assert _problems(tmp_path, "322") == [
        "fall.yaml:20:49: angivet belopp 322 kr för raden 'Barn 3' stämmer inte med "
        "uträkningen Andel av inkomsten × ärendets belopp 'inkomsttak' (0,7 % × 46 080 kr) = "
        "322,56 kr, avrundat 323 kr (det angivna är 1 kr för lågt); rätta beloppet eller ta "
        "bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet"]


def test_a_larger_slip_shows_the_rounded_figure_alone(tmp_path: Path) -> None:
    assert _problems(tmp_path, "332") == [
        "fall.yaml:20:49: angivet belopp 332 kr för raden 'Barn 3' stämmer inte med "
        "uträkningen Andel av inkomsten × ärendets belopp 'inkomsttak' (0,7 % × 46 080 kr) = "
        "323 kr (det angivna är 9 kr för högt); rätta beloppet (323 i stället för 332?) eller "
        "ta bort det så räknas det ut"]


def test_a_product_with_more_decimals_is_shown_to_the_ore_with_ca(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace('"0,7 %", hogst: THIRD', '"0,33 %", hogst: 153'),
                    encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems] == [
        "fall.yaml:20:50: angivet belopp 153 kr för raden 'Barn 3' stämmer inte med "
        "uträkningen Andel av inkomsten × ärendets belopp 'inkomsttak' (0,33 % × 46 080 kr) = "
        "ca 152,06 kr, avrundat 152 kr (det angivna är 1 kr för högt); rätta beloppet eller ta "
        "bort det så räknas det ut"
        "; står beloppet så i det fattade beslutet, skriv 'fast_belopp: ja' på raden, så "
        "står det som det är skrivet"]
