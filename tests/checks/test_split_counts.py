"""Specification of a split's weights typed in text (`checks.split_counts`, trial 95, F10):
a number that the weight header's word ties to them ("71 732 invånare" and 'Invånare') is
checked against each party's weight and their total as a table's count is; weights in
percent, and a split that does not show its weights, tie no number."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-02-14
dnr: RS 2024/187
titel: Fördelning av folkhälsomedel 2024
avsnitt:
  - rubrik: Ärendet
    text: TEXT
    tabell: uppdelning
    uppdelning: folkhalsa
uppdelningar:
  - namn: folkhalsa
    metod: befolkning
    summa: 400000
    enhet: 1000
    rubrik_part: Kommun
    rubrik_vikt: Invånare
    parter:
      - {namn: Borgholms kommun, vikt: 10 897}
      - {namn: Emmaboda kommun, vikt: 9 331}
      - {namn: Kalmar kommun, vikt: 71 372, rad_namn: kalmar}
"""
NBSP = "\u00a0"


def problems(tmp_path: Path, text: str, case: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder, figures with plain spaces."""
    path = tmp_path / "x.yaml"
    path.write_text(case.replace("TEXT", text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace(NBSP, " ")
            for p in Pipeline().build(path).problems]


def test_a_partys_weight_with_two_digits_swapped_is_a_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kalmar kommun har 71 732 invånare.") == [
        "x.yaml:7:29: varning: talet 71 732 i texten ('71 732 invånare') finns inte i tabellen, "
        "men med två siffror omkastade stämmer det med tabellens 71 372 på raden 'Kalmar "
        "kommun' i uppdelningen 'folkhalsa'; menar texten det talet, skriv "
        "{{ uppdelningar.folkhalsa.parter.kalmar.vikt }} så följer texten tabellen"]


def test_a_party_without_a_short_name_is_named_by_its_place(tmp_path: Path) -> None:
    assert problems(tmp_path, "Emmaboda kommun har 9 313 invånare.") == [
        "x.yaml:7:31: varning: talet 9 313 i texten ('9 313 invånare') finns inte i tabellen, "
        "men med två siffror omkastade stämmer det med tabellens 9 331 på raden 'Emmaboda "
        "kommun' i uppdelningen 'folkhalsa'; menar texten det talet, skriv "
        "{{ uppdelningar.folkhalsa.parter[1].vikt }} så följer texten tabellen"]


def test_the_weights_total_is_named_by_the_splits_total_row(tmp_path: Path) -> None:
    # (trial 95, F10: "Länet har 274 791 invånare" for a total of 247 791)
    assert problems(tmp_path, "Kommunerna har 96 100 invånare.") == [
        "x.yaml:7:26: varning: talet 96 100 i texten ('96 100 invånare') finns inte i tabellen, "
        "men med två siffror omkastade stämmer det med tabellens 91 600 på totalraden 'Totalt' "
        "i uppdelningen 'folkhalsa'; menar texten det talet, skriv "
        "{{ uppdelningar.folkhalsa.vikt }} så följer texten tabellen"]


@pytest.mark.parametrize("text", [
    "Kalmar kommun har 71 372 invånare.",
    "Kommunerna har {{ uppdelningar.folkhalsa.vikt }} invånare.",
    "Kalmar kommun har 71 732 anställda.",
    "Kalmar kommun hade 65 000 invånare år 1990.",
])
def test_a_weight_as_shown_another_noun_or_another_figure_passes(tmp_path: Path,
                                                                text: str) -> None:
    assert problems(tmp_path, text) == []


@pytest.mark.parametrize("change", [
    ("    rubrik_vikt: Invånare\n", ""),
    ("metod: befolkning", "metod: vikter"),
])
def test_only_weights_the_table_shows_tie_a_count(tmp_path: Path,
                                                 change: tuple[str, str]) -> None:
    found = problems(tmp_path, "Kalmar kommun har 71 732 invånare.", CASE.replace(*change))
    assert bool(found) == (change[0] != "    rubrik_vikt: Invånare\n")
