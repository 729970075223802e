"""Specification: a missing cap is suggested, and a total whose stated parts add up to it
says no row is missing (trial 69, F6).

Härjedalen's kanslistöd is 15 % of the grundbelopp per mandat, "max fem mandat": typed
without `hogst`, Socialdemokraterna's 39 375 kr (5 mandat's) differs from 8 mandat's
63 000 kr, and the total's difference, 23 625 kr, equals Vox humana's amount by chance.
"""

from __future__ import annotations

from pathlib import Path

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
      - {namn: kansli, rubrik: Kansli, typ: belopp, formel: "mandat * 15 % * belopp.grundbelopp"}
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


def test_a_row_at_another_rows_amount_below_its_formula_is_offered_a_cap(
        tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == [
        "x.yaml:17:56: angivet belopp 39_375_kr för raden 'Socialdemokraterna', kolumnen "
        "'Kansli (kr)' stämmer inte med uträkningen Mandat × 15 % × ärendets belopp 'grundbelopp' "
        "(8 × 15 % × 52_500_kr) = 63_000_kr "
        "(det angivna är 23_625_kr för lågt); 39_375_kr är också beloppet på raden "
        "'Moderaterna', och ingen rad i kolumnen har mer: är det kolumnens högsta belopp, "
        "skriv 'hogst: 39 375' i kolumnen, så räknas beloppen ut med det som tak; annars "
        "rätta beloppet eller ta bort det så räknas det ut",
        "x.yaml:19:33: angiven summa 102_375_kr för totalen i tabellen 'partistod', kolumnen "
        "'Kansli (kr)' stämmer inte med summan av delarna 126_000_kr (den angivna är "
        "23_625_kr för låg); med delarnas angivna belopp blir summan 102_375_kr, som den "
        "angivna, så ingen rad saknas: summan följer en del som är fel (se felet på dess "
        "rad); rätta delen och summan, eller ta bort summan så räknas den ut"]


def test_the_cap_written_makes_the_table_right(tmp_path: Path) -> None:
    capped = CASE.replace('belopp.grundbelopp"}', 'belopp.grundbelopp", hogst: 39 375}')
    assert problems(tmp_path, capped) == []


def test_no_cap_is_offered_where_a_row_states_more_than_the_low_one(tmp_path: Path) -> None:
    """A row right at 47 250 kr above the low 39 375 kr: no cap of 39 375 kr fits them."""
    text = CASE.replace("{parti: Vox humana, mandat: 3, kansli: 23 625}",
                        "{parti: Vox humana, mandat: 6, kansli: 47 250}").replace(
        "mandat: 16, kansli: 102 375", "mandat: 19, kansli: 126 000")
    assert problems(tmp_path, text)[0].endswith(
        "(det angivna är 23_625_kr för lågt); rätta beloppet eller ta bort det så räknas det ut")
