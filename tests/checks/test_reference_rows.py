"""Specification: a `{{ }}` reference to a row's (or a party's) figure in a point that names
another row of the same table (party of the same split), and not the referenced one, is
warned about, offering the named row's reference (trial 91, F10: "… till slutet sällskap
höjs till {{ tabeller.tillfalliga.rader[2].ny }}" printed the fee of another row, silently).
In text the sentence is read. A point that names both rows, none, or the referenced one
passes, and so does one that refers to the other row's figure too, and a row named only by a
year ("fram till och med 2020")."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

TAXA = """\
dokumenttyp: beslut
datum: 2020-11-27
dnr: nej
titel: Taxa för serveringstillstånd 2021
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - POINT
avsnitt:
  - rubrik: Tillfälliga serveringstillstånd
    text: TEXT
    tabell: tillfalliga
tabeller:
  - namn: tillfalliga
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Serveringstillstånd}
      - {namn: ny, rubrik: Taxa 2021, typ: belopp}
    rader:
      - {avgift: "Allmänheten, extern ansökan", ny: 10 500}
      - {avgift: "Allmänheten, ansökan från i kommunen verkande krögare", ny: 3 600}
      - {avgift: Slutet sällskap, ny: 1 600}
"""


def problems(tmp_path: Path, case: str) -> list[str]:
    """The problems of the case, without the folder."""
    path = tmp_path / "fall.yaml"
    path.write_text(case, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def taxa(point: str, text: str = "Avgifterna gäller från 2021.") -> str:
    """The taxa with the given decision point and section text."""
    return TAXA.replace("POINT", point).replace("TEXT", text)


def test_a_point_naming_another_row_than_its_reference_is_warned_about(
        tmp_path: Path) -> None:
    point = ("avgiften för tillfälligt serveringstillstånd till slutet sällskap höjs till "
             "{{ tabeller.tillfalliga.rader[1].ny }}.")
    assert problems(tmp_path, taxa(point)) == [
        "fall.yaml:8:83: varning: punkten nämner raden 'Slutet sällskap' men hänvisar till "
        "raden 'Allmänheten, ansökan från i kommunen verkande krögare' (3\xa0600\xa0kr); "
        "menar punkten 'Slutet sällskap', skriv {{ tabeller.tillfalliga.rader[2].ny }}"]


def test_a_sentence_of_the_text_is_read_as_a_point_is(tmp_path: Path) -> None:
    text = ("Avgifterna gäller från 2021. Slutet sällskap betalar "
            "{{ tabeller.tillfalliga.rader[0].ny }}.")
    assert problems(tmp_path, taxa("anta taxan.", text)) == [
        "fall.yaml:11:64: varning: meningen nämner raden 'Slutet sällskap' men hänvisar till "
        "raden 'Allmänheten, extern ansökan' (10\xa0500\xa0kr); menar meningen 'Slutet "
        "sällskap', skriv {{ tabeller.tillfalliga.rader[2].ny }}"]


@pytest.mark.parametrize("point", [
    "avgiften för slutet sällskap höjs till {{ tabeller.tillfalliga.rader[2].ny }}.",
    "avgiften höjs till {{ tabeller.tillfalliga.rader[1].ny }}.",
    "avgiften för slutet sällskap höjs, och för allmänheten, ansökan från i kommunen "
    "verkande krögare, till {{ tabeller.tillfalliga.rader[1].ny }}.",
    "höja avgiften för slutet sällskap till {{ tabeller.tillfalliga.rader[2].ny }} och för "
    "krögare till {{ tabeller.tillfalliga.rader[1].ny }}.",
])
def test_a_point_naming_its_row_both_or_none_passes(tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, taxa(point)) == []


def test_another_sentence_of_the_text_is_not_read(tmp_path: Path) -> None:
    text = ("Slutet sällskap betalar mindre. Allmänheten betalar "
            "{{ tabeller.tillfalliga.rader[0].ny }}.")
    assert problems(tmp_path, taxa("anta taxan.", text)) == []


SPLIT = """\
dokumenttyp: beslut
datum: 2016-11-21
dnr: nej
titel: Aktieägartillskott till Visit Karlstad AB
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - POINT
avsnitt:
  - rubrik: Tillskott
    text: TEXT
    tabell: uppdelning
    uppdelning: tillskott
  - rubrik: Driftstöd
    tabell: driftstod
uppdelningar:
  - namn: tillskott
    metod: vikter
    summa: 3000000
    rubrik_vikt: Ägarandel
    parter:
      - {namn: Karlstads kommun, vikt: "49 %", rad_namn: kommunen}
      - {namn: Övriga aktieägare, vikt: "51 %", rad_namn: ovriga}
tabeller:
  - namn: driftstod
    kolumner:
      - {namn: ar, rubrik: År}
      - {namn: belopp, rubrik: Driftstöd, typ: belopp}
    rader:
      - {ar: "2017", belopp: 3000000}
      - {ar: "2018", belopp: 3000000}
"""


def split(point: str, text: str = "Tillskottet delas efter ägarandel.") -> str:
    """The split case with the given decision point and section text."""
    return SPLIT.replace("POINT", point).replace("TEXT", text)


def test_a_point_naming_another_party_is_warned_about_by_the_short_name(
        tmp_path: Path) -> None:
    point = ("Karlstads kommun lämnar ett aktieägartillskott om högst "
             "{{ uppdelningar.tillskott.parter[1].belopp }}.")
    assert problems(tmp_path, split(point)) == [
        "fall.yaml:8:63: varning: punkten nämner parten 'Karlstads kommun' men hänvisar till "
        "parten 'Övriga aktieägare' (1\xa0530\xa0000\xa0kr); menar punkten 'Karlstads kommun', "
        "skriv {{ uppdelningar.tillskott.parter.kommunen.belopp }}"]


def test_a_row_named_only_by_a_year_is_not_taken_as_named(tmp_path: Path) -> None:
    text = "Driftstödet är {{ tabeller.driftstod.rader[0].belopp }} per år till och med 2018."
    assert problems(tmp_path, split("lämna ett tillskott.", text)) == []


def test_the_references_own_name_names_no_row(tmp_path: Path) -> None:
    # (".ny" is no word of the point: it names no row 'Ny')
    case = taxa("avgiften höjs till {{ tabeller.tillfalliga.rader[1].ny }}.").replace(
        "{avgift: Slutet sällskap,", "{avgift: Ny,")
    assert problems(tmp_path, case) == []


PAY = """\
dokumenttyp: tjansteskrivelse
datum: 2024-05-08
dnr: KS 2024/215
titel: Löneöversyn 2024
avsnitt:
  - rubrik: Ärendet
    text: |
      TEXT
    tabell: utrymme
tabeller:
  - namn: utrymme
    kolumner:
      - {namn: omrade, rubrik: Förhandlingsområde}
      - {namn: utrymme, rubrik: Utrymme, typ: belopp}
    rader:
      - {omrade: Kommunal, utrymme: 17 040 936}
      - {rad_namn: usk, omrade: Särskild satsning undersköterskor (Kommunal), utrymme: 1 500 480}
      - {omrade: Vision, utrymme: 7 395 894}
"""


def test_a_sentence_naming_a_word_only_the_referenced_row_has_passes(tmp_path: Path) -> None:
    # (trial 96, F3: "Kommunals" named the row 'Kommunal', but "undersköterskorna" the row
    # referred to)
    text = ("Till undersköterskorna avsätts utöver Kommunals utrymme "
            "{{ tabeller.utrymme.rader.usk.utrymme }}.")
    assert problems(tmp_path, PAY.replace("TEXT", text)) == []


def test_a_sentence_naming_only_the_other_row_is_still_warned_about(tmp_path: Path) -> None:
    text = "Kommunal får {{ tabeller.utrymme.rader.usk.utrymme }}."
    assert problems(tmp_path, PAY.replace("TEXT", text)) == [
        "fall.yaml:8:20: varning: meningen nämner raden 'Kommunal' men hänvisar till raden "
        "'Särskild satsning undersköterskor (Kommunal)' (1\xa0500\xa0480\xa0kr); menar meningen "
        "'Kommunal', skriv {{ tabeller.utrymme.rader[0].utrymme }}"]
