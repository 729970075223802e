"""An utdelning ur donationsfonder as a secretary types it (trial 50, F3: Härjedalens kommun,
socialutskottet 2023-06-27; the avkastning figures are made up): each stiftelse may pay out
a share of its avkastning, "90 %", a rule that a formula computes the utdelningsbart amount
from.

* an amount column times a column of shares is no price per row: its total means something,
  and no 'summeras: nej' is asked for;
* a number column that a formula reads is no ratio typed by hand: no 'typ: kvot' is advised,
  which would name the very amount computed from it;
* a ratio that cannot be computed because its 'taljare' has no amount on the row says so, and
  never calls the 'namnare' empty.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

FUNDS = """\
dokumenttyp: beslut
datum: 2023-06-29
dnr: nej
titel: Utdelningsbart belopp
beslut:
  beslutande: Socialutskottet
  datum: 2023-06-27
  punkter:
    - dela ut {{ tabeller.avk.utdelas }} av utdelningsbara {{ tabeller.avk.utdelningsbart }}.
avsnitt:
  - tabell: avk
tabeller:
  - namn: avk
    kolumner:
      - {namn: stiftelse, rubrik: Stiftelse}
      - {namn: avkastning, rubrik: Avkastning 2022, typ: belopp}
      - {namn: andel, rubrik: Får delas ut, typ: tal}
      - {namn: utdelningsbart, rubrik: Utdelningsbart, typ: belopp, formel: andel * avkastning}
      - {namn: utdelas, rubrik: Utdelas, typ: belopp}
      - {namn: kvar, rubrik: Kvar till kommande år, typ: belopp, formel: utdelningsbart - utdelas}
    rader:
      - {stiftelse: Södergrens donationsfond, avkastning: 250 000, andel: "90 %", utdelas: 225 000}
      - {stiftelse: Svegs sjukhus samfond, avkastning: 400 000, andel: "90 %", utdelas: 316 000}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_an_amount_times_its_share_is_neither_a_price_nor_a_typed_ratio(tmp_path: Path) -> None:
    assert problems(tmp_path, FUNDS) == []


def test_an_amount_times_hours_is_still_a_price_per_row(tmp_path: Path) -> None:
    hours = FUNDS.replace('andel: "90 %"', 'andel: "9"')
    assert problems(tmp_path, hours) == [
        "x.yaml:16:58: varning: 'avkastning' är ett pris per rad som multiplicerar 'andel' i "
        "formeln för 'utdelningsbart', men summeras, så tabellen visar en summa av "
        "avkastning 2022 som inte säger något; skriv 'summeras: nej' i kolumnen"]


def test_a_ratio_whose_taljare_its_formula_cannot_compute_names_the_taljare(
        tmp_path: Path) -> None:
    """The advice once given, followed: the formula cannot read a ratio column, so no row has
    an Utdelningsbart; the namnare, 250 000, is there."""
    ratio = FUNDS.replace(
        "{namn: andel, rubrik: Får delas ut, typ: tal}",
        "{namn: andel, rubrik: Får delas ut, typ: kvot, taljare: utdelningsbart, "
        "namnare: avkastning, decimaler: 0}")
    assert problems(tmp_path, ratio) == [
        "x.yaml:18:77: 'andel' i formeln är ingen beloppskolumn och kan inte räknas med; "
        "formeln kan räkna med beloppskolumnerna: avkastning, utdelas, kvar (inte "
        "'utdelningsbart', som är kolumnen själv och inte kan räknas ut ur sig själv)",
        "x.yaml:22:75: angiven kvot 90\u00a0% för raden 'Södergrens donationsfond' "
        "kan inte räknas ut eftersom raden inte har något belopp i Utdelningsbart, där visas "
        "–; kontrollera formeln i kolumnen 'utdelningsbart' och radens belopp",
        "x.yaml:23:72: angiven kvot 90\u00a0% för raden 'Svegs sjukhus samfond' "
        "kan inte räknas ut eftersom raden inte har något belopp i Utdelningsbart, där visas "
        "–; kontrollera formeln i kolumnen 'utdelningsbart' och radens belopp"]
