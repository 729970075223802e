"""Specification: an exact amount typed in a decision point that equals a single figure, a
row's the point does not name, is warned about, saying which row it was taken to be (trial
39, F6: "reservera 7 000 kr vardera till Svartå Folkets hus" passed as the row 'Brokyrkans
Unga', a coincidence). A point that names the row, or an amount several rows have, passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2021-05-07
dnr: nej
titel: Verksamhetsbidrag till föreningar 2021
beslut:
  beslutande: Kultur- och utbildningsnämnden
  punkter:
    - fördela verksamhetsbidrag 2021 om {{ tabeller.bidrag.summa }} enligt listan.
    - POINT
avsnitt:
  - rubrik: Verksamhetsbidrag 2021
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {namn: forening, rubrik: Förening}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
    rader:
      - {forening: Rädda Barnen, belopp: 2 250}
      - {forening: Brokyrkans Unga (Nys-Rud SMU), belopp: 7 000}
      - {forening: Korpen, belopp: 15 000}
      - {forening: Degerfors musikkår, belopp: 15 000}
"""


def problems(tmp_path: Path, point: str) -> list[str]:
    """The problems of the case with the given second point, without the folder."""
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.replace("POINT", point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_an_amount_equal_to_one_unnamed_row_is_warned_about(tmp_path: Path) -> None:
    point = "reservera 7 000 kr vardera till Svartå Folkets hus."
    assert problems(tmp_path, point) == [
        "fall.yaml:9:17: varning: beloppet '7 000 kr' i beslutet finns i tabellerna bara på "
        "raden 'Brokyrkans Unga (Nys-Rud SMU)', som punkten inte nämner; menar punkten det "
        "beloppet, hänvisa till det med {{ tabeller.bidrag.rader[1].belopp }}, och är det ett "
        "annat belopp som bara råkar vara lika, lägg till 'belopp:' och under den en rad med "
        "ett namn du väljer, t.ex. 'ram: 7000', och i punkten {{ belopp.ram }}"]


@pytest.mark.parametrize("point", [
    "bevilja Brokyrkans Unga 7 000 kr.",
    "bevilja 15 000 kr till Svartå Folkets hus.",
    "bevilja 39 250 kr till föreningarna.",
])
def test_a_named_row_a_total_or_an_amount_of_several_rows_passes(
        tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, point) == []


GRANTS = """\
dokumenttyp: beslutsunderlag
datum: nej
dnr: nej
titel: Anslag på tilläggsbudget III
forslag:
  forslagsstallare: Riksdagens förvaltningsstyrelse
  beslutande: riksdagen
  punkter:
    - "POINT"
avsnitt:
  - tabell: anslag
tabeller:
  - namn: anslag
    kolumner:
      - {namn: anslag, rubrik: Anslag}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {anslag: "A 1 Ersättningar till riksdagens ledamöter m.m.", belopp: 900 000}
      - {anslag: "C 6 Riksdagens revisorer och deras kansli", belopp: 310 000}
      - {anslag: "Nivå 2", belopp: 7 000}
"""


def grant_problems(tmp_path: Path, point: str) -> list[str]:
    """The problems of the grants with the given point, without the folder."""
    case = tmp_path / "fall.yaml"
    case.write_text(GRANTS.replace("POINT", point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


class DescribeARowNumberedBeforeItsName:
    # (trial 63, F7: "C 6 …" was not named by a point writing its name, and "A 1 …" was
    # named by "anvisas" and "1983/84")
    @pytest.mark.parametrize("point", [
        "till Riksdagens verk: Riksdagens revisorer och deras kansli på tilläggsbudget III "
        "för budgetåret 1983/84 anvisas ett förslagsanslag av 310 000 kr.",
        "till Riksdagen: Ersättningar till riksdagens ledamöter m.fl. på tilläggsbudget III "
        "anvisas ett förslagsanslag av 900 000 kr.",
        "till nivå 2 anvisas 7 000 kr.",
    ])
    def it_is_named_by_its_name_without_its_number(self, tmp_path: Path, point: str) -> None:
        assert grant_problems(tmp_path, point) == []

    def it_is_not_named_by_a_word_that_begins_with_a_letter_or_digit_of_its_number(
            self, tmp_path: Path) -> None:
        assert grant_problems(tmp_path, "till A 1 för budgetåret 1983/84 anvisas ett "
                              "förslagsanslag av 900 000 kr.") == [
            "fall.yaml:9:70: varning: beloppet '900 000 kr' i förslaget finns i tabellerna "
            "bara på raden 'A 1 Ersättningar till riksdagens ledamöter m.m.', som punkten inte "
            "nämner; menar punkten det beloppet, hänvisa till det med "
            "{{ tabeller.anslag.rader[0].belopp }}, och är det ett annat belopp som bara råkar "
            "vara lika, lägg till 'belopp:' och under den en rad med ett namn du väljer, t.ex. "
            "'ram: 900000', och i punkten {{ belopp.ram }}"]

    def it_is_not_named_by_a_number_that_only_begins_like_its_own(self, tmp_path: Path) -> None:
        assert grant_problems(tmp_path, "till nivå 2024 anvisas 7 000 kr.") == [
            "fall.yaml:9:31: varning: beloppet '7 000 kr' i förslaget finns i tabellerna "
            "bara på raden 'Nivå 2', som punkten inte nämner; menar punkten det beloppet, "
            "hänvisa till det med {{ tabeller.anslag.rader[2].belopp }}, och är det ett annat "
            "belopp som bara råkar vara lika, lägg till 'belopp:' och under den en rad med ett "
            "namn du väljer, t.ex. 'ram: 7000', och i punkten {{ belopp.ram }}"]


FARES = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Färdtjänsttaxa 2025
forslag:
  forslagsstallare: Socialnämnden
  beslutande: Kommunfullmäktige
  punkter:
    - "POINT"
avsnitt:
  - tabell: taxa
tabeller:
  - namn: taxa
    totalt: false
    kolumner:
      - {namn: avgift, rubrik: Avgift}
      - {namn: ny, rubrik: "2025", typ: belopp}
    rader:
      - {avgift: "Enkel resa, kortare än 25 km", ny: 27}
      - {avgift: "Enkel resa, längre än 25 km", ny: 54}
      - {avgift: "Periodkort, per kalendermånad", ny: 670}
"""


def fare_problems(tmp_path: Path, point: str) -> list[str]:
    """The problems of the fares case with the given point, without the folder."""
    case = tmp_path / "fall.yaml"
    case.write_text(FARES.replace("POINT", point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_point_naming_the_rows_in_its_own_words_passes(tmp_path: Path) -> None:
    # (trial 77, F6: resor = resa, kilometer = km, and "enkel" is every single trip's)
    assert fare_problems(tmp_path, (
        "egenavgiften för resor kortare än 25 kilometer blir 27 kronor och för resor längre "
        "än 25 kilometer 54 kronor.")) == []


def test_a_fee_row_named_otherwise_is_offered_a_name_for_a_fee(tmp_path: Path) -> None:
    assert fare_problems(tmp_path, "egenavgiften för ledsagare blir 27 kronor.") == [
        "fall.yaml:9:40: varning: beloppet '27 kronor' i förslaget finns i tabellerna bara på "
        "raden 'Enkel resa, kortare än 25 km', som punkten inte nämner; menar punkten det "
        "beloppet, hänvisa till det med {{ tabeller.taxa.rader[0].ny }}, och är det ett annat "
        "belopp som bara råkar vara lika, lägg till 'belopp:' och under den en rad med ett "
        "namn du väljer, t.ex. 'avgift: 27', och i punkten {{ belopp.avgift }}"]


def test_a_point_about_the_other_trip_is_still_warned_about(tmp_path: Path) -> None:
    found = fare_problems(tmp_path, "egenavgiften för enkel resa längre än 25 km blir 27 kr.")
    assert len(found) == 1
    assert "bara på raden 'Enkel resa, kortare än 25 km', som punkten inte nämner" in found[0]
