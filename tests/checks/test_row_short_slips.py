"""A short amount with one digit changed in a sentence about one row (trial 73, F4): the
amount checks tell of one changed digit only from four digits, but a sentence, or a list
item, that begins with a row's text and gives two or three digits with one of the row's
changed is warned about (trial 83, F2: a taxa's amounts are all short); one digit, a round
amount of two, or a row's figure of another length at that place, are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

TAXA = """\
titel: Avgifter
dokumenttyp: tjansteskrivelse
datum: 2025-01-10
dnr: "BUN 2025/3"
belopp:
  inkomsttak: 46 080
avsnitt:
  - rubrik: Avgifter
    text: |
      {text}
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {{namn: barn, rubrik: Barn}}
      - {{namn: procent, rubrik: Andel av inkomsten, typ: tal}}
      - {{namn: hogst, rubrik: Dock högst i månaden, typ: belopp,
         formel: procent * belopp.inkomsttak}}
    rader:
      - {{barn: Barn 1, procent: "2,0 %"}}
      - {{barn: Barn 2, procent: "1,3 %"}}
      - {{barn: Barn 3, procent: "0,7 %"}}
"""

SLIP = ("varning: meningen handlar om raden 'Barn 2', men beloppet '559 kr' finns inte i "
        "tabellen, och radens belopp är 599\u00a0kr; skriv {{ tabeller.taxa.rader[1].hogst }} för "
        "radens belopp, eller rätta beloppet")


def problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with the text."""
    case = tmp_path / "x.yaml"
    case.write_text(TAXA.format(text=text.replace("\n", "\n      ")), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_sentence_about_a_row_with_one_of_three_digits_changed_is_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Barn 2 betalar 1,3 % av inkomsten, dock högst 559 kr i månaden.") \
        == [f"x.yaml:10:53: {SLIP}"]


def test_a_list_item_about_a_row_is_a_sentence_of_its_own(tmp_path: Path) -> None:
    text = ("- Barn 1: 2,0 % av inkomsten, dock högst 922 kr i månaden\n"
            "- Barn 2: 1,3 % av inkomsten, dock högst 559 kr i månaden\n"
            "- Barn 3: 0,7 % av inkomsten, dock högst 323 kr i månaden")
    assert problems(tmp_path, text) == [f"x.yaml:11:48: {SLIP}"]


@pytest.mark.parametrize("text", [
    "Barn 2 betalar högst 599 kr i månaden.",  # (the row's own)
    "Barn 2 betalade förra året högst 550 kr i månaden.",  # (two digits changed)
    "Barn 2 betalar högst 59 kr mer än förra året.",  # (two digits)
    "Barn 2 får en rabatt på 69 kr.",
])
def test_other_amounts_in_a_sentence_about_a_row_are_no_slip(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


KOPIOR = """\
titel: Taxa för kopior
dokumenttyp: tjansteskrivelse
datum: 2025-01-10
dnr: "KS 2025/3"
avsnitt:
  - rubrik: Taxa
    text: {text}
    tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {{namn: omfattning, rubrik: Omfattning}}
      - {{namn: avgift, rubrik: Avgift, typ: belopp}}
    rader:
      - {{omfattning: 20 sidor A4, avgift: 70}}
      - {{omfattning: Varje sida utöver den tjugonde, avgift: 2}}
"""


def fee_problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the copying fees with the text."""
    case = tmp_path / "x.yaml"
    case.write_text(KOPIOR.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_sentence_about_a_row_with_one_of_two_digits_changed_is_warned_about(
        tmp_path: Path) -> None:
    assert fee_problems(tmp_path, "20 sidor A4 kostar 75 kr.") == [
        "x.yaml:7:30: varning: meningen handlar om raden '20 sidor A4', men beloppet '75 kr' "
        "finns inte i tabellen, och radens belopp är 70\u00a0kr; skriv "
        "{{ tabeller.taxa.rader[0].avgift }} för radens belopp, eller rätta beloppet"]


@pytest.mark.parametrize("text", [
    "20 sidor A4 kostar 70 kr.",
    "20 sidor A4 kostade 50 kr förra året.",  # (a round amount: may be another)
    "20 sidor A4 kostar 7 kr per sida.",  # (one digit)
])
def test_a_round_or_one_digit_amount_about_a_row_is_no_slip(tmp_path: Path, text: str) -> None:
    assert fee_problems(tmp_path, text) == []
