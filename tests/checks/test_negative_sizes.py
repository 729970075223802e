"""Amounts typed in text as the size of a negative figure (trial 37: Malmö stad,
Årsredovisning 2014, "Prognossäkerhet").

Text that says the sign in words ("en negativ prognosavvikelse på 150 mnkr") is checked
against the size of the negative figures, as a signed "-70 mnkr" is against the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"

MALMO = """\
dokumenttyp: lagesbeskrivning
datum: 2015-03-18
dnr: nej
titel: Prognossäkerhet 2014
avsnitt:
  - rubrik: Prognossäkerhet 2014
    text: >-
      Vid bokslutet uppgick budgetavvikelsen till {bokslut} mnkr, vilket innebär
      en negativ prognosavvikelse på {avvikelse}.
    tabell: prognos
tabeller:
  - namn: prognos
    enhet: mnkr
    totalt: Årets resultat
    kolumner:
      - {{namn: post, rubrik: Prognosavvikelse}}
      - {{namn: bokslut, rubrik: Bokslut, typ: belopp}}
      - {{namn: delar, rubrik: Delårsrapport jan-aug, typ: belopp}}
      - {{namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: bokslut - delar}}
    rader:
      - {{post: Servicenämnd, bokslut: {service}, delar: 7}}
      - {{post: Kommunstyrelse, bokslut: -18, delar: 44}}
      - {{post: Finansiering, bokslut: -90, delar: 29}}
"""
"""Three of the fifteen rows, with the published totals: −70, 80 and −150 mnkr."""

def problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the case text, errors and warnings."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def malmo(service: int = 38, bokslut: str = "-70", avvikelse: str = "150 mnkr") -> str:
    return MALMO.format(service=service, bokslut=bokslut, avvikelse=avvikelse)


@pytest.mark.parametrize("avvikelse", [
    "150 mnkr", "ca 150 mnkr", "{{ tabeller.prognos.avvikelse | utan_tecken }}",
    "{{ tabeller.prognos.avvikelse | utan_tecken | mnkr(0) }}",
])
def test_the_size_of_a_negative_total_passes_typed_or_named(
    tmp_path: Path, avvikelse: str
) -> None:
    assert problems(tmp_path, malmo(avvikelse=avvikelse)) == []


def test_a_stale_size_of_a_negative_total_is_warned_about_as_a_stale_signed_one(
    tmp_path: Path,
) -> None:
    # trial 37: Servicenämnd 38 → 39 made "-70" warn and left "150" next to −149 silent
    assert problems(tmp_path, malmo(service=39)) == [
        "x.yaml:8:51: varning: beloppet '-70 mnkr' i texten stämmer inte exakt med det "
        f"beräknade −69{NBSP}mnkr (tabeller.prognos.bokslut); menar texten det beloppet, skriv "
        "{{ tabeller.prognos.bokslut }} eller {{ tabeller.prognos.bokslut | mnkr(0) }} så "
        "följer texten tabellen",
        "x.yaml:9:38: varning: beloppet '150 mnkr' i texten stämmer inte exakt med det "
        f"beräknade −149{NBSP}mnkr utan minustecken (tabeller.prognos.avvikelse); menar texten "
        "det beloppet, skriv {{ tabeller.prognos.avvikelse | utan_tecken }} eller "
        "{{ tabeller.prognos.avvikelse | utan_tecken | mnkr(0) }} så följer texten tabellen",
    ]


def test_a_size_of_a_row_names_the_row(tmp_path: Path) -> None:
    text = malmo(avvikelse="150 mnkr. Kommunstyrelsen hade en negativ avvikelse på 60 mnkr")
    assert problems(tmp_path, text) == [
        "x.yaml:9:93: varning: beloppet '60 mnkr' i texten stämmer inte exakt med det "
        f"beräknade −62{NBSP}mnkr på raden 'Kommunstyrelse' utan minustecken "
        "(tabeller.prognos.rader[1].avvikelse); menar texten det beloppet, skriv "
        "{{ tabeller.prognos.rader[1].avvikelse | utan_tecken }} eller "
        "{{ tabeller.prognos.rader[1].avvikelse | utan_tecken | mnkr(0) }} så följer texten "
        "tabellen",
    ]


def test_without_a_word_that_says_negative_the_size_is_not_compared(tmp_path: Path) -> None:
    text = malmo(service=39).replace("en negativ prognosavvikelse", "en prognosavvikelse")
    assert [p for p in problems(tmp_path, text) if "'150 mnkr'" in p] == []


def proposing(point: str) -> str:
    """The case as a tjänsteskrivelse whose one proposal point is the given one."""
    return malmo().replace("lagesbeskrivning", "tjansteskrivelse").replace(
        "avsnitt:\n", f"forslag:\n  punkter:\n    - {point}\navsnitt:\n", 1)


def test_a_point_may_state_the_size_of_a_negative_figure(tmp_path: Path) -> None:
    assert problems(tmp_path, proposing("täcka underskottet på 150 mnkr.")) == []


def test_a_point_with_a_slip_of_a_negative_figures_size_is_offered_its_size(
    tmp_path: Path,
) -> None:
    assert problems(tmp_path, proposing("täcka underskottet på 149 mnkr.")) == [
        "x.yaml:7:29: beloppet '149 mnkr' i förslaget finns inte i tabellerna (närmast: "
        f"−150{NBSP}mnkr), hänvisa till beloppet med "
        "{{ tabeller.prognos.avvikelse | utan_tecken }}",
    ]
