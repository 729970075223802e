"""A refused row ("Avslag") that an amount column still grants money (trial 99, F14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"
GRANTS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Föreningsbidrag
belopp: {grundbidrag: 3000, per_medlem: 150}
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: medlemmar, rubrik: Medlemmar, typ: antal}
      - {namn: sokt, rubrik: Sökt, typ: belopp}
      - {namn: beviljat, rubrik: Förslag, typ: belopp,
         formel: belopp.grundbidrag + medlemmar * belopp.per_medlem}
      - {namn: anm, rubrik: Anmärkning}
    rader:
      - {forening: Exempelby IF, medlemmar: 412, sokt: 80 000}
      - {forening: Exempelby Motorklubb, medlemmar: 57, sokt: 30 000, REFUSED}
"""

TYPED = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Föreningsbidrag
avsnitt:
  - tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: sokt, rubrik: Sökt, typ: belopp}
      - {namn: beviljat, rubrik: Beviljat, typ: belopp}
      - {namn: anm, rubrik: Anmärkning}
    rader:
      - {forening: Exempelby IF, sokt: 80 000, beviljat: 64 000}
      - {forening: Exempelby Motorklubb, sokt: 30 000, REFUSED}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_refused_row_with_a_computed_grant_is_warned_of_at_its_text(tmp_path: Path) -> None:
    assert problems(tmp_path, GRANTS.replace("REFUSED", "anm: Avslag")) == [
        "x.yaml:19:76: varning: 'Avslag' står på raden 'Exempelby Motorklubb', men raden får "
        f"11{NBSP}550{NBSP}kr i kolumnen 'Förslag (kr)', som räknas med i summan; får raden "
        "inget belopp, skriv \"–\" i den kolumnen ('beviljat: \"–\"' på raden)"]


def test_a_refused_row_with_a_typed_grant_is_warned_of_at_its_text(tmp_path: Path) -> None:
    case = TYPED.replace("REFUSED", "beviljat: 20 000, anm: avslås – inkom för sent")
    assert problems(tmp_path, case) == [
        "x.yaml:16:79: varning: 'avslås – inkom för sent' står på raden 'Exempelby "
        f"Motorklubb', men raden får 20{NBSP}000{NBSP}kr i kolumnen 'Beviljat (kr)', som "
        "räknas med i summan; får raden inget belopp, skriv \"–\" i den kolumnen "
        "('beviljat: \"–\"' på raden)"]


@pytest.mark.parametrize(("case", "refused"), [
    (GRANTS, 'beviljat: "–", anm: Avslag'),
    (GRANTS, "anm: Tidigare avslag 2025"),
    (GRANTS, "anm: Avslag 2025 överklagades och bifölls"),
    (TYPED, 'beviljat: "–", anm: Avslag'),
    (TYPED, "anm: Avslag"),
])
def test_a_row_that_gets_nothing_or_only_mentions_a_refusal_is_left_alone(
        tmp_path: Path, case: str, refused: str) -> None:
    assert problems(tmp_path, case.replace("REFUSED", refused)) == []
