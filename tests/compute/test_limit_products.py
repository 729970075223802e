"""Specification: a cap written as a count and a share of one of the case's amounts (trial
69, F7: Härjedalen's kanslistöd, 15 % of the grundbelopp per mandat "för max fem mandat",
is 'hogst: 5 * 15 % * belopp.grundbelopp', 39 375 kr, and follows the grundbelopp)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-10-04
dnr: nej
titel: Partistöd
belopp:
  grundbelopp: 52500
avsnitt:
  - tabell: partistod
tabeller:
  - namn: partistod
    kolumner:
      - {namn: parti, rubrik: Parti}
      - {namn: mandat, rubrik: Mandat, typ: antal}
      - {namn: kansli, rubrik: Kansli, typ: belopp, formel: "mandat * 15 % * belopp.grundbelopp",
         hogst: "5 * 15 % * belopp.grundbelopp"}
    rader:
      - {parti: Moderaterna, mandat: 5, kansli: 39 375}
      - {parti: Socialdemokraterna, mandat: 8, kansli: 39 375}
      - {parti: Vox humana, mandat: 3, kansli: 23 625}
    summa: {mandat: 16, kansli: 102 375}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, spaces in figures as '_'."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, "_")
            for p in Pipeline().build(case).problems]


def test_a_cap_of_five_mandates_caps_the_larger_parties(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == []


def test_the_cap_follows_the_amount_it_is_a_share_of(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.replace("grundbelopp: 52500", "grundbelopp: 55000"))[1] == (
        "x.yaml:18:56: angivet belopp 39_375_kr för raden 'Socialdemokraterna', kolumnen "
        "'Kansli (kr)' stämmer inte med uträkningen Mandat × 15 % × ärendets belopp "
        "'grundbelopp' (8 × 15 % × 55_000_kr) = 66_000_kr, högst 41_250_kr (det angivna är "
        "1_875_kr för lågt); rätta beloppet eller ta bort det så räknas det ut")


def test_a_product_without_an_amount_says_how_to_write_one(tmp_path: Path) -> None:
    text = CASE.replace('hogst: "5 * 15 % * belopp.grundbelopp"', 'hogst: "5 * 15 %"')
    assert problems(tmp_path, text) == [
        "x.yaml:15:17: 'hogst': '5 * 15 %' har inget av ärendets belopp; ett tak som räknas ut "
        "är ett antal och en procentsats gånger ett av ärendets belopp, t.ex. '5 * 15 % * "
        "belopp.grundbelopp', och kan delas sist med ett tal, t.ex. '53,92 % * "
        "belopp.prisbasbelopp / 12'"]


def test_a_factor_that_is_no_number_is_named(tmp_path: Path) -> None:
    text = CASE.replace('hogst: "5 * 15 %', 'hogst: "fem * 15 %')
    assert problems(tmp_path, text) == [
        "x.yaml:15:17: 'hogst': 'fem' i 'fem * 15 % * belopp.grundbelopp' är inget tal; ett tak "
        "som räknas ut är ett antal och en procentsats gånger ett av ärendets belopp, t.ex. '5 "
        "* 15 % * belopp.grundbelopp', och kan delas sist med ett tal, t.ex. '53,92 % * "
        "belopp.prisbasbelopp / 12'"]


MAXTAXA = """\
dokumenttyp: tjansteskrivelse
datum: 2023-11-20
dnr: nej
titel: Avgifter inom äldreomsorgen 2024
belopp:
  pbb2024: 57300
avsnitt:
  - tabell: exempel
tabeller:
  - namn: exempel
    totalt: false
    kolumner:
      - {namn: hushall, rubrik: Hushåll}
      - {namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: utrymme, lagst: 0,
         hogst: "53,92 % * belopp.pbb2024 / 12"}
    rader:
      - {hushall: A, utrymme: 832, avgift: 832}
      - {hushall: B, utrymme: 3 932, avgift: 2 575}
"""


def test_the_legal_maxtaxa_divides_a_share_of_the_amount_by_twelve(tmp_path: Path) -> None:
    # (trial 82, F3: 53,92 % × 57 300 kr / 12 = 2 574,68 kr, 2 575 kr)
    assert problems(tmp_path, MAXTAXA) == []
    assert problems(tmp_path, MAXTAXA.replace("avgift: 2 575", "avgift: 2 500")) == [
        "x.yaml:19:46: angivet belopp 2_500_kr för raden 'B', kolumnen 'Avgift (kr)' stämmer "
        "inte med uträkningen Avgiftsutrymme = 3_932_kr, högst 2_575_kr (det angivna är 75_kr "
        "för lågt); rätta beloppet eller ta bort det så räknas det ut"]


@pytest.mark.parametrize("divisor", ["0", "belopp.pbb2024", "12 / 2", "5 %"])
def test_a_cap_divided_by_anything_but_a_positive_number_says_what_it_may_divide_by(
        tmp_path: Path, divisor: str) -> None:
    text = MAXTAXA.replace("/ 12", f"/ {divisor}")
    assert problems(tmp_path, text) == [
        f"x.yaml:16:17: 'hogst': '53,92 % * belopp.pbb2024 / {divisor}' delar med "
        f"'{divisor}', men det delas bara en gång, sist, med ett tal "
        "större än noll; ett tak som räknas ut är ett antal och en procentsats gånger ett av "
        "ärendets belopp, t.ex. '5 * 15 % * belopp.grundbelopp', och kan delas sist med ett "
        "tal, t.ex. '53,92 % * belopp.prisbasbelopp / 12'"]
