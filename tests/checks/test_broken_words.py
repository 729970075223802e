"""Specification: a word broken by a hyphen inside it, as a PDF's line break leaves it
("mandat-perioden", trial 55, F11), is warned about where the case's text also writes the
word whole; a hyphen Swedish writes rightly, or one no whole word explains, is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2006-11-01
dnr: nej
titel: Val av ledamöter i kommunstyrelsen
avsnitt:
  - text: TEXT
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - välja ledamöter i kommunstyrelsen för mandatperioden 2006–2010.
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The problems of the case with the given text, without the folder."""
    case = tmp_path / "val.yaml"
    case.write_text(CASE.replace("TEXT", text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize(("text", "written"), [
    ("Beslutet gäller mandat-perioden för kommunstyrelsen.", "mandat-perioden"),
    ("Under mandat-periodens första år.", "mandat-periodens"),  # (inflected)
    ("Hela mandat-perioden.", "mandat-perioden"),
])
def test_a_word_the_text_also_writes_whole_is_warned_about(
        tmp_path: Path, text: str, written: str) -> None:
    assert problems(tmp_path, text) == [
        f"val.yaml:6:{11 + text.index(written)}: varning: '{written}' har ett bindestreck inne "
        "i ordet, som när en radbrytning i en PDF följt med; texten skriver 'mandatperioden' "
        f"på rad 10, skriv {written.replace('-', '')} utan bindestreck"]


def test_one_word_broken_twice_is_one_warning(tmp_path: Path) -> None:
    found = problems(tmp_path, "Hela mandat-perioden, ja hela mandat-perioden.")
    assert len(found) == 1 and found[0].startswith("val.yaml:6:16: varning: 'mandat-perioden'")


@pytest.mark.parametrize("text", [
    "Frågor per e-post till IT-avdelningen, barn- och ungdomsnämnden och Kultur- och fritid.",
    "Ersättare i c-gruppen och s-v-mp-gruppen, programmet Sverige-Norge.",
    "Ett sektors-övergripande arbete.",  # (no whole word: without a dictionary, left alone)
    "En svensk-norsk kommitté.",
])
def test_other_hyphens_are_left_alone(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []
