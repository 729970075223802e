"""Specification: a reference's own sign meeting a sign the text gives it is a warning (trial
85, F4: "negativ prognosavvikelse på −150 mnkr"; F5: "+−70 mnkr"), with the fix: the filter
`| utan_tecken`, or the typed sign removed and the column's `plustecken: ja`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2015-03-18
dnr: nej
titel: Prognossäkerhet 2014
avsnitt:
  - rubrik: Prognossäkerhet
    text: TEXT
    tabell: prognos
tabeller:
  - namn: prognos
    enhet: mnkr
    totalt: Årets resultat
    kolumner:
      - {namn: post, rubrik: Prognosavvikelse}
      - {namn: bokslut, rubrik: Bokslut, typ: belopp}
      - {namn: delar, rubrik: Delårsrapport jan–aug, typ: belopp}
      - {namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: bokslut - delar}
      - {namn: not, rubrik: Not}
    rader:
      - {post: Servicenämnd, bokslut: 38, delar: 7}
      - {post: Kommunstyrelse, bokslut: -18, delar: 44}
      - {post: Finansiering, bokslut: -90, delar: 29, not: NOT}
belopp:
  ram: 12000000
"""
"""The totals are −70, 80 and −150 mnkr."""


def problems(tmp_path: Path, text: str, note: str = "–", case: str = CASE) -> list[str]:
    """The case's problems as printed, with `text` as its section's text and `note` in the
    last row's text cell."""
    path = tmp_path / "x.yaml"
    path.write_text(case.replace("TEXT", text).replace("NOT", note), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_a_negative_word_before_a_figure_with_its_minus_offers_utan_tecken(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "En negativ prognosavvikelse på {{ tabeller.prognos.avvikelse }}.") \
        == ["x.yaml:7:42: varning: {{ tabeller.prognos.avvikelse }} skrivs med minustecken, "
            "'−150 mnkr', men texten säger redan att beloppet är negativt ('negativ'), så det "
            "blir dubbelt; skriv {{ tabeller.prognos.avvikelse | utan_tecken }}, som skriver "
            "'150 mnkr'"]


def test_the_filter_comes_first_before_another(tmp_path: Path) -> None:
    text = "Underskottet blev {{ tabeller.prognos.bokslut | kr }}."
    assert problems(tmp_path, text) == [
        "x.yaml:7:29: varning: {{ tabeller.prognos.bokslut | kr }} skrivs med minustecken, "
        "'−70 000 000 kr', men texten säger redan att beloppet är negativt ('Underskottet'), "
        "så det blir dubbelt; skriv {{ tabeller.prognos.bokslut | utan_tecken | kr }}, som "
        "skriver '70 000 000 kr'"]


@pytest.mark.parametrize("text", [
    "En negativ prognosavvikelse på {{ tabeller.prognos.avvikelse | utan_tecken }}.",
    "Avvikelsen blev {{ tabeller.prognos.avvikelse }}.",
    "En negativ avvikelse på 3 mnkr, och totalt {{ tabeller.prognos.delar }}.",
    "Avvikelsen minskade till {{ tabeller.prognos.avvikelse }}.",
    "Perioden 2014–{{ tabeller.prognos.delar }} är ingen period.",
])
def test_a_sign_said_once_is_no_warning(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


def test_a_plus_before_a_negative_figure_prints_two_signs(tmp_path: Path) -> None:
    assert problems(tmp_path, "Resultatet blev +{{ tabeller.prognos.bokslut }}.") == [
        "x.yaml:7:27: varning: tecknet '+' före {{ tabeller.prognos.bokslut }} ger '+−70 mnkr' "
        "i dokumentet: hänvisningen skriver själv beloppets tecken; ta bort '+', och skriv "
        "'plustecken: ja' på kolumnen 'bokslut' i tabellen 'prognos', så får ett positivt "
        "belopp sitt plustecken som i tabellen"]


def test_a_plus_before_a_positive_figure_is_right_only_while_it_stays_so(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Prognosen var +{{ tabeller.prognos.delar }}.") == [
        "x.yaml:7:25: varning: tecknet '+' före {{ tabeller.prognos.delar }} stämmer bara så "
        "länge beloppet är positivt: hänvisningen skriver själv beloppets tecken; ta bort '+', "
        "och skriv 'plustecken: ja' på kolumnen 'delar' i tabellen 'prognos', så får ett "
        "positivt belopp sitt plustecken som i tabellen"]


def test_a_plus_before_a_column_with_plustecken_prints_two(tmp_path: Path) -> None:
    case = CASE.replace("rubrik: Delårsrapport jan–aug, typ: belopp}",
                        "rubrik: Delårsrapport jan–aug, typ: belopp, plustecken: ja}")
    assert problems(tmp_path, "Prognosen var +{{ tabeller.prognos.delar }}.", case=case) == [
        "x.yaml:7:25: varning: tecknet '+' före {{ tabeller.prognos.delar }} ger '++80 mnkr' i "
        "dokumentet: hänvisningen skriver själv beloppets tecken; ta bort '+'"]
    assert problems(tmp_path, "Prognosen var {{ tabeller.prognos.delar }}.", case=case) == []


def test_a_minus_before_utan_tecken_says_what_the_reference_does_alone(tmp_path: Path) -> None:
    text = "Resultatet blev -{{ tabeller.prognos.bokslut | utan_tecken }}."
    assert problems(tmp_path, text) == [
        "x.yaml:7:27: varning: tecknet '-' före {{ tabeller.prognos.bokslut | utan_tecken }} "
        "stämmer bara så länge beloppet är negativt: hänvisningen skriver själv beloppets "
        "tecken; ta bort '-' och '| utan_tecken'"]


def test_a_plus_before_a_positive_amount_the_case_states_is_no_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "Ramen är +{{ belopp.ram }}.") == []


def test_a_text_cell_is_checked_as_a_text(tmp_path: Path) -> None:
    assert problems(tmp_path, "Se tabellen.", note='"+{{ tabeller.prognos.rader[2].bokslut }}"') \
        == ["x.yaml:22:61: varning: tecknet '+' före {{ tabeller.prognos.rader[2].bokslut }} ger "
            "'+−90 mnkr' i dokumentet: hänvisningen skriver själv beloppets tecken; ta bort "
            "'+', och skriv 'plustecken: ja' på kolumnen 'bokslut' i tabellen 'prognos', så får "
            "ett positivt belopp sitt plustecken som i tabellen"]


TAXA = """\
dokumenttyp: beslutsunderlag
datum: 2023-06-19
dnr: KS 2023/90
titel: Sotningstaxa
avsnitt:
  - rubrik: Timersättning
    text: TEXT
    tabell: timmar
tabeller:
  - namn: timmar
    totalt: false
    kolumner:
      - {namn: post, rubrik: Ersättning}
      - {namn: t2022, rubrik: Från 2022-07-01, typ: belopp}
      - {namn: t2023, rubrik: Från 2023-06-19, typ: belopp}
      - {namn: andring, rubrik: Förändring, typ: belopp, formel: t2023 - t2022, plustecken: ja}
    rader:
      - {post: Timersättning exklusive moms, t2022: 434, t2023: 464}
"""


def test_a_figure_with_its_plus_after_words_saying_it_grows_offers_utan_tecken(
        tmp_path: Path) -> None:
    # (trial 86, F6: "Timersättningen höjs med +30 kr per timme.")
    text = "Timersättningen höjs med {{ tabeller.timmar.rader[0].andring }} per timme."
    assert problems(tmp_path, text, case=TAXA) == [
        "x.yaml:7:36: varning: {{ tabeller.timmar.rader[0].andring }} skrivs med plustecken, "
        "'+30 kr', men texten säger redan att beloppet ökar ('höjs med'), så det blir dubbelt; "
        "skriv {{ tabeller.timmar.rader[0].andring | utan_tecken }}, som skriver '30 kr'"]


@pytest.mark.parametrize("text", [
    "Timersättningen höjs med {{ tabeller.timmar.rader[0].andring | utan_tecken }}.",
    "Timersättningen höjs till {{ tabeller.timmar.rader[0].t2023 }}.",
    "Förändringen är {{ tabeller.timmar.rader[0].andring }} per timme.",
    "Besöket kostar med moms {{ tabeller.timmar.rader[0].andring }} mer.",
])
def test_a_plus_said_once_is_no_warning(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text, case=TAXA) == []
