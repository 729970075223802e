"""Amounts typed in text as the size of a negative figure, and figures under another heading
(trial 37: Malmö stad, Årsredovisning 2014, "Prognossäkerhet", and its 2015 page).

Text that says the sign in words ("en negativ prognosavvikelse på 150 mnkr") is checked
against the size of the negative figures, as a signed "-70 mnkr" is against the figures; a
rounding of a figure in a table under another heading is another amount.
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
      - {{namn: delar, rubrik: Delårsrapport jan–aug, typ: belopp}}
      - {{namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: bokslut - delar}}
    rader:
      - {{post: Servicenämnd, bokslut: {service}, delar: 7}}
      - {{post: Kommunstyrelse, bokslut: -18, delar: 44}}
      - {{post: Finansiering, bokslut: -90, delar: 29}}
"""
"""Three of the fifteen rows, with the published totals: −70, 80 and −150 mnkr."""

YEAR_2015 = """\
  - rubrik: Prognossäkerhet 2015
    text: Prognosavvikelsen blev 247 mnkr.
    tabell: prognos2015
"""
TABLE_2015 = """\
  - namn: prognos2015
    enhet: mnkr
    kolumner:
      - {namn: post, rubrik: Prognosavvikelse}
      - {namn: bokslut, rubrik: Bokslut, typ: belopp}
      - {namn: delar, rubrik: Delårsrapport jan–aug, typ: belopp}
    rader:
      - {namn: x, post: Rea-/exploateringsvinster, bokslut: 176, delar: 151}
      - {post: Finansiering, bokslut: 279, delar: 96}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the case text, errors and warnings."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def malmo(service: int = 38, bokslut: str = "-70", avvikelse: str = "150 mnkr") -> str:
    return MALMO.format(service=service, bokslut=bokslut, avvikelse=avvikelse)


def two_years(**kwargs: object) -> str:
    """The case with the 2015 section after the 2014 one, and its table."""
    text = malmo(**kwargs)  # type: ignore[arg-type]
    text = text.replace("tabeller:\n", YEAR_2015 + "tabeller:\n")
    return text + TABLE_2015.replace("{namn: x, ", "{")


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
        f"beräknade −62{NBSP}mnkr på raden 'Kommunstyrelse' utan minustecken; menar texten "
        "det beloppet, skriv "
        "{{ tabeller.prognos.rader[1].avvikelse | utan_tecken }} eller "
        "{{ tabeller.prognos.rader[1].avvikelse | utan_tecken | mnkr(0) }} så följer texten "
        "tabellen",
    ]


def test_without_a_word_that_says_negative_the_size_is_not_compared(tmp_path: Path) -> None:
    text = malmo(service=39).replace("en negativ prognosavvikelse", "en prognosavvikelse")
    assert [p for p in problems(tmp_path, text) if "'150 mnkr'" in p] == []


def test_a_rounding_of_a_row_under_another_heading_is_another_amount(tmp_path: Path) -> None:
    # trial 37: "150 Mkr" of 2014 was offered the 151 of 2015's Rea-/exploateringsvinster
    text = two_years().replace("en negativ prognosavvikelse", "en prognosavvikelse")
    assert problems(tmp_path, text) == []


def test_a_slip_of_a_figure_under_another_heading_names_the_heading(tmp_path: Path) -> None:
    text = two_years(avvikelse="150 mnkr; året efter var finansieringens bokslut 279,1 mnkr")
    assert problems(tmp_path, text) == [
        "x.yaml:9:87: varning: beloppet '279,1 mnkr' i texten stämmer inte exakt med "
        f"tabellens 279{NBSP}mnkr på raden 'Finansiering' under rubriken 'Prognossäkerhet "
        "2015'; menar texten det beloppet, skriv "
        "{{ tabeller.prognos2015.rader[1].bokslut }} eller "
        "{{ tabeller.prognos2015.rader[1].bokslut | mnkr }} så följer texten tabellen",
    ]


def test_a_rounding_of_a_figure_shown_under_a_subsection_is_still_near(tmp_path: Path) -> None:
    text = two_years().replace("en negativ prognosavvikelse", "en prognosavvikelse").replace(
        "  - rubrik: Prognossäkerhet 2015\n",
        "    avsnitt:\n      - rubrik: Prognossäkerhet 2015\n").replace(
        "    text: Prognosavvikelsen blev 247 mnkr.\n    tabell: prognos2015\n",
        "        text: Prognosavvikelsen blev 247 mnkr.\n        tabell: prognos2015\n")
    assert problems(tmp_path, text) == [
        "x.yaml:9:30: varning: beloppet '150 mnkr' i texten stämmer inte exakt med "
        f"tabellens 151{NBSP}mnkr på raden 'Rea-/exploateringsvinster'; menar texten det "
        "beloppet, skriv "
        "{{ tabeller.prognos2015.rader[0].delar }} eller "
        "{{ tabeller.prognos2015.rader[0].delar | mnkr(0) }} så följer texten tabellen",
    ]


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


def test_a_table_in_a_section_without_a_heading_is_under_the_heading_before_it(
    tmp_path: Path,
) -> None:
    text = two_years().replace("en negativ prognosavvikelse", "en prognosavvikelse").replace(
        "  - rubrik: Prognossäkerhet 2015\n    text: Prognosavvikelsen blev 247 mnkr.\n", "  -")
    assert [p.split(";")[0] for p in problems(tmp_path, text)] == [
        "x.yaml:9:30: varning: beloppet '150 mnkr' i texten stämmer inte exakt med "
        f"tabellens 151{NBSP}mnkr på raden 'Rea-/exploateringsvinster'",
    ]


def test_a_size_named_without_its_sign_warns_when_the_figure_turns_positive(
    tmp_path: Path,
) -> None:
    # (Finansiering's bokslut −90 → 210: the total deviation becomes +150 mnkr)
    text = malmo(bokslut="{{ tabeller.prognos.bokslut }}",
                 avvikelse="{{ tabeller.prognos.avvikelse | utan_tecken | mnkr(0) }}")
    assert problems(tmp_path, text) == []
    assert problems(tmp_path, text.replace("bokslut: -90,", "bokslut: 210,")) == [
        "x.yaml:9:38: varning: beloppet {{ tabeller.prognos.avvikelse | utan_tecken | mnkr(0) }} "
        f"är positivt, 150{NBSP}mnkr, men texten kallar det negativt ('negativ'); stämmer "
        "tabellen, skriv om meningen och ta bort '| utan_tecken'",
    ]


def test_a_size_named_without_its_sign_in_a_sentence_without_such_a_word_is_not_asked(
    tmp_path: Path,
) -> None:
    text = malmo(bokslut="{{ tabeller.prognos.bokslut }}",
                 avvikelse="{{ tabeller.prognos.avvikelse | utan_tecken }}").replace(
        "en negativ prognosavvikelse", "en prognosavvikelse").replace(
        "bokslut: -90,", "bokslut: 210,")
    assert problems(tmp_path, text) == []
