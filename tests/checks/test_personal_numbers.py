"""Specification of the warning for a personnummer in a document that is a public record:
a real date and a right check digit make one, in text or in a table cell; a Dnr, an amount,
an organisationsnummer or a number with a wrong check digit is none, and a decision on
delegation for one person may name the person's number."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2024-03-20
dnr: KS 2024/118
titel: Ersättning för skadad egendom
beslut:
  beslutande: Kommunstyrelsen
  DELEGATIONpunkter:
    - bevilja ersättning med 12 500 kr.
avsnitt:
  - rubrik: Ärendet
    text: TEXT
"""

MESSAGE = ("dokumentet är en allmän handling som kan lämnas ut och publiceras, så skriv bara "
           "personnummer där det behövs: ta bort det, eller skriv namnet eller födelseåret")


def problems(tmp_path: Path, text: str, delegation: str = "") -> list[str]:
    """The case's problems with its text, as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("TEXT", text).replace("DELEGATION", delegation),
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


@pytest.mark.parametrize("number", ["811218-9876", "19811218-9876", "8112189876",
                                    "121212+1212", "811278-9873"])
def test_a_personnummer_in_the_text_is_warned_about(tmp_path: Path, number: str) -> None:
    assert problems(tmp_path, f"Sökande är Anna Berg, {number}, som anmälde skadan.") == [
        f"x.yaml:11:33: varning: texten innehåller ett personnummer, '{number}'; {MESSAGE}"]


@pytest.mark.parametrize("text", [
    "Sökande är Anna Berg, 811218-9875.",  # (a wrong check digit)
    "Ärendet har diarienummer 2024-000118 och 2024-1234.",
    "Bolaget, 556036-0793, och regionen, 232100-0016, yttrade sig.",  # (organisationsnummer)
    "Projektnummer 1234567890 gäller.",  # (no date)
    "Sökande är född 1981.",
])
def test_numbers_that_are_no_personnummer_pass(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


def test_a_personnummer_in_a_table_cell_is_warned_about(tmp_path: Path) -> None:
    case = CASE.replace("TEXT", "Se tabellen.\n    tabell: sokande").replace("DELEGATION", "")
    case += """\
tabeller:
  - namn: sokande
    kolumner:
      - {namn: namn, rubrik: Sökande}
      - {namn: belopp, rubrik: Ersättning, typ: belopp}
    rader:
      - {namn: "Anna Berg (811218-9876)", belopp: 12 500}
"""
    path = tmp_path / "x.yaml"
    path.write_text(case, encoding="utf-8")
    found = [p.format() for p in Pipeline().check(path, "x.yaml").problems]
    assert found == [
        f"x.yaml:19:28: varning: texten innehåller ett personnummer, '811218-9876'; {MESSAGE}"]


def test_a_decision_on_delegation_may_name_the_persons_number(tmp_path: Path) -> None:
    assert problems(tmp_path, "Sökande är Anna Berg, 811218-9876.",
                    "delegation: Kommunstyrelsen\n  ") == []
