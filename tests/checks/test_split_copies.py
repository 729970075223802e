"""Specification: an amount typed in a table from a split's part, in a column whose header
names the split and on a row that names the party, is a warning where two digits are
swapped or one changed (trial 76, F3: 35 472 for Sensus' 35 427 in 'grundbidrag'); a right
copy, another amount and a column that names no split are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-01-10
dnr: KFN 2024/3
titel: Bidrag till studieförbund 2024
uppdelningar:
  - namn: grundbidrag
    metod: vikter
    summa: 294000
    rubrik_belopp: Grundbidrag 2024
    parter:
      - {{namn: ABF, vikt: 142300}}
      - {{namn: Sensus, vikt: 48200}}
      - {{namn: Studieförbundet Vuxenskolan, vikt: 209500}}
  - namn: volymbidrag
    metod: vikter
    summa: 126000
    rubrik_belopp: Volymbidrag 2024
    parter:
      - {{namn: ABF, vikt: 4812}}
      - {{namn: Sensus, vikt: 2035}}
      - {{namn: Studieförbundet Vuxenskolan, vikt: 3592}}
avsnitt:
  - {{rubrik: Grundbidrag, tabell: uppdelning, uppdelning: grundbidrag}}
  - {{rubrik: Volymbidrag, tabell: uppdelning, uppdelning: volymbidrag}}
  - {{rubrik: Sammanställning, tabell: totalt}}
tabeller:
  - namn: totalt
    kolumner:
      - {{namn: sf, rubrik: Studieförbund}}
      - {{namn: grund, rubrik: {header}, typ: belopp}}
      - {{namn: volym, rubrik: Volymbidrag, typ: belopp}}
      - {{namn: summa, rubrik: Bidrag 2024, typ: belopp, formel: grund + volym}}
    rader:
      - {{sf: ABF, grund: 104590, volym: 58081}}
      - {{sf: Sensus, grund: {sensus}, volym: 24563}}
      - {{sf: Studieförbundet Vuxenskolan, grund: 153983, volym: 43356}}
"""


def problems(tmp_path: Path, sensus: str, header: str = "Grundbidrag") -> list[str]:
    """What `beslut kontrollera` prints for the case with Sensus' typed grundbidrag (a
    no-break space as a space)."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(sensus=sensus, header=header), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_the_parts_as_typed_are_right(tmp_path: Path) -> None:
    assert problems(tmp_path, "35427") == []


def test_a_part_typed_with_two_digits_swapped_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "35472") == [
        "x.yaml:35:29: varning: beloppet 35 472 kr för raden 'Sensus' är 35 427 kr för parten "
        "'Sensus' i uppdelningen 'grundbidrag' med två siffror bytta; är det samma belopp, "
        "skriv \"{{ uppdelningar.grundbidrag.parter[1].belopp }}\" så hämtas det därifrån"]


def test_a_header_the_splits_rubrik_holds_names_it(tmp_path: Path) -> None:
    assert problems(tmp_path, "35428", header="Grundbidrag 2024") == [
        "x.yaml:35:29: varning: beloppet 35 428 kr för raden 'Sensus' är 35 427 kr för parten "
        "'Sensus' i uppdelningen 'grundbidrag' med en siffra ändrad; är det samma belopp, "
        "skriv \"{{ uppdelningar.grundbidrag.parter[1].belopp }}\" så hämtas det därifrån"]


@pytest.mark.parametrize(("sensus", "header"), [
    ("36000", "Grundbidrag"),  # another amount, more than a slip
    ("35472", "Belopp"),  # a header any table may have names no split
    ("35472", "Bidrag"),  # nor one that is neither split's name nor in its rubrik
])
def test_no_clear_copy_is_left_alone(tmp_path: Path, sensus: str, header: str) -> None:
    assert [p for p in problems(tmp_path, sensus, header) if "uppdelningen" in p] == []
