"""An average in text against the mean of the table it is about (trial 90, F10).

Ljusdal's history of the schablonersättning, five year columns in tkr that add up to
70 325,6 tkr, had the text "i genomsnitt 14,6 mnkr per år" with no warning: the mean per year
is 14 065,1 tkr, "14,1 mnkr", but no figure of the case is the mean, and 14,6 mnkr lies too
far from every figure for a slip or a wrong rounding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.literal_amounts import find_amounts
from generator.checks.literal_amounts_averages import averages

NBSP = "\u00a0"

HISTORY = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-05
dnr: nej
titel: Fördelning av schablonersättning
avsnitt:
  - rubrik: Fördelning 2019–2023
    text: "{text}"
    tabell: historik
tabeller:
  - namn: historik
    enhet: tkr
    kolumner:
      - {{namn: forv, rubrik: Förvaltning}}
      - {{namn: a2019, rubrik: "2019", typ: belopp}}
      - {{namn: a2020, rubrik: "2020", typ: belopp}}
      - {{namn: a2021, rubrik: "2021", typ: belopp}}
      - {{namn: a2022, rubrik: "2022", typ: belopp}}
      - {{namn: a2023, rubrik: "2023", typ: belopp}}
{more}    rader:
      - {{forv: Socialförvaltningen, a2019: "8 912,4", a2020: "7 104,0", a2021: "5 630,2", \
a2022: "4 987,5", a2023: "5 012,4"}}
      - {{forv: Utbildningsförvaltningen, a2019: "5 941,6", a2020: "4 736,0", \
a2021: "3 753,5", a2022: "3 325,0", a2023: "3 341,6"}}
      - {{forv: Vuxenutbildningen, a2019: "2 970,8", a2020: "2 368,0", a2021: "1 876,7", \
a2022: "1 662,5", a2023: "1 670,8"}}
      - {{forv: Arbetsmarknadsenheten, a2019: "1 980,5", a2020: "1 578,7", a2021: "1 251,2", \
a2022: "1 108,3", a2023: "1 113,9"}}
"""
"""Trial 90's history: four förvaltningar over five years, 70 325,6 tkr in all."""

AVERAGE = ("      - {namn: snitt, rubrik: Genomsnitt per år, typ: belopp, "
           'formel: "(a2019 + a2020 + a2021 + a2022 + a2023) / 5"}\n    liggande: ja\n')
"""The column of trial 90's history whose total is the mean per year, as shown."""

GRANTS = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-05
dnr: nej
titel: Bidrag till kommunerna
avsnitt:
  - rubrik: Bidrag
    text: "{text}"
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {{namn: kommun, rubrik: Kommun}}
      - {{namn: belopp, rubrik: Bidrag, typ: belopp}}
{more}    rader:
      - {{kommun: Falun, belopp: 3 100 000{extra}}}
      - {{kommun: Borlänge, belopp: 2 900 000{extra}}}
      - {{kommun: Avesta, belopp: 1 200 000{extra}}}
      - {{kommun: Leksand, belopp: 2 163 000{extra}}}
"""
"""Four kommuners grants, 2 340 750 kr on average."""


def problems(tmp_path: Path, case: str, text: str, more: str = "", extra: str = "") -> list[str]:
    """What `beslut kontrollera` prints for the case (HISTORY or GRANTS) under text."""
    path = tmp_path / "x.yaml"
    path.write_text(case.format(text=text, more=more, extra=extra), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_an_average_per_year_is_the_mean_of_the_year_columns(tmp_path: Path) -> None:
    assert problems(tmp_path, HISTORY, "Under fem år har i genomsnitt 14,6 mnkr per år "
                                       "fördelats.") == [
        "x.yaml:7:42: varning: beloppet '14,6 mnkr' i texten står efter 'i genomsnitt' men är "
        "inte tabellens medelvärde: medelvärdet per år av kolumnerna '2019'–'2023' i tabellen "
        f"'historik' är 14{NBSP}065,1{NBSP}tkr, alltså 14,1{NBSP}mnkr; menar texten det "
        f"medelvärdet, skriv 14,1{NBSP}mnkr"]


def test_an_average_written_after_its_amount_is_the_mean_too(tmp_path: Path) -> None:
    # (sweep of trials 93–95: "14,6 mnkr i genomsnitt per år" passed)
    assert problems(tmp_path, HISTORY, "Under fem år har 14,6 mnkr i genomsnitt per år "
                                       "fördelats.") == [
        "x.yaml:7:29: varning: beloppet '14,6 mnkr' i texten står före 'i genomsnitt' men är "
        "inte tabellens medelvärde: medelvärdet per år av kolumnerna '2019'–'2023' i tabellen "
        f"'historik' är 14{NBSP}065,1{NBSP}tkr, alltså 14,1{NBSP}mnkr; menar texten det "
        f"medelvärdet, skriv 14,1{NBSP}mnkr"]


def test_a_column_whose_total_is_the_mean_is_offered(tmp_path: Path) -> None:
    assert problems(tmp_path, HISTORY, "Under fem år har i genomsnitt 14,6 mnkr per år "
                                       "fördelats.", more=AVERAGE) == [
        "x.yaml:7:42: varning: beloppet '14,6 mnkr' i texten står efter 'i genomsnitt' men är "
        "inte tabellens medelvärde: medelvärdet per år av kolumnerna '2019'–'2023' i tabellen "
        f"'historik' är 14{NBSP}065,1{NBSP}tkr, alltså 14,1{NBSP}mnkr; menar texten det "
        f"medelvärdet, skriv 14,1{NBSP}mnkr eller {{{{ tabeller.historik.snitt | mnkr }}}}"]


def test_an_average_per_kommun_is_the_mean_over_the_rows(tmp_path: Path) -> None:
    assert problems(tmp_path, GRANTS, "Bidraget blir per kommun i snitt 2,5 mnkr.") == [
        "x.yaml:7:45: varning: beloppet '2,5 mnkr' i texten står efter 'i snitt' men är inte "
        "tabellens medelvärde: medelvärdet av kolumnen 'Bidrag (kr)' över 4 rader i tabellen "
        f"'bidrag' är 2{NBSP}340{NBSP}750{NBSP}kr, alltså 2,3{NBSP}mnkr; menar texten det "
        f"medelvärdet, skriv 2,3{NBSP}mnkr"]


def test_an_approximate_average_is_told_its_right_rounding(tmp_path: Path) -> None:
    assert problems(tmp_path, GRANTS, "Kommunerna får ett genomsnittligt bidrag på cirka "
                                      "2 500 000 kr.") == [
        "x.yaml:7:62: varning: beloppet 'cirka 2 500 000 kr' i texten står efter "
        "'genomsnittligt' men är inte tabellens medelvärde: medelvärdet av kolumnen 'Bidrag "
        f"(kr)' över 4 rader i tabellen 'bidrag' är 2{NBSP}340{NBSP}750{NBSP}kr, alltså "
        f"cirka 2{NBSP}300{NBSP}000{NBSP}kr; menar texten det medelvärdet, skriv cirka "
        f"2{NBSP}300{NBSP}000{NBSP}kr"]


@pytest.mark.parametrize("text", [
    "Under fem år har i genomsnitt 14,1 mnkr per år fördelats.",
    "Under fem år har i genomsnitt ca 14 mnkr per år fördelats.",
    "Under fem år har i genomsnitt 14 065 tkr per år fördelats.",
    "Under fem år har i genomsnitt 17,6 mnkr per förvaltning fördelats.",  # (the rows' sum)
    "Under fem år har i genomsnitt 19,8 mnkr fördelats.",  # (a figure: 2019's total)
    "Riket fördelade i genomsnitt 18 mnkr per år.",  # (too far: another average)
    "Under fem år har 14,6 mnkr fördelats.",  # (no word that says average)
    "Under fem år har i genomsnitt 14,6 mnkr per invånare fördelats.",  # (per no rows)
])
def test_a_right_or_another_average_passes(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, HISTORY, text) == []


def test_two_means_it_may_be_leave_the_average_unsure(tmp_path: Path) -> None:
    # (the grants' and the rents' means, 2 340 750 and 2 337 500 kr, are both near 2,5 mnkr)
    rents = "      - {namn: hyra, rubrik: Hyra, typ: belopp}\n"
    assert problems(tmp_path, GRANTS, "Kommunerna får i genomsnitt 2,5 mnkr.", more=rents,
                    extra=", hyra: 2 337 500") == []


@pytest.mark.parametrize(("text", "said"), [
    ("i genomsnitt 14,6 mnkr per år", [("14,6 mnkr", "i genomsnitt", "år")]),
    ("per kommun i snitt 2,5 mnkr", [("2,5 mnkr", "i snitt", "kommun")]),
    ("ett genomsnittligt bidrag per elev på 85 000 kr", [("85 000 kr", "genomsnittligt",
                                                          "elev")]),
    ("medelvärdet är 3 mnkr", [("3 mnkr", "medelvärdet", "")]),
    ("i genomsnitt 3 personer och 5 mnkr", []),  # (a figure between)
    ("i genomsnitt. Sedan 5 mnkr", []),  # (another sentence)
    ("14,6 mnkr i genomsnitt per år", [("14,6 mnkr", "i genomsnitt", "år")]),
    ("2,5 mnkr per kommun i snitt", [("2,5 mnkr", "i snitt", "kommun")]),
    ("3 mnkr i medeltal", [("3 mnkr", "i medeltal", "")]),
    ("5 mnkr. I genomsnitt fick de mer", []),  # (another sentence)
    ("5 mnkr i bidrag, i genomsnitt", []),  # (not right after)
])
def test_the_amounts_a_word_that_says_average_leads_to(
        text: str, said: list[tuple[str, str, str]]) -> None:
    assert [(average.literal.text.replace(NBSP, " "), average.word, average.per)
            for average in averages(text, find_amounts(text))] == said


def test_an_exact_average_in_a_point_is_left_to_the_points_own_check(tmp_path: Path) -> None:
    case = HISTORY.replace("avsnitt:", "forslag:\n  punkter:\n    - fördela "
                           "{{{{ tabeller.historik.a2023 }}}}, i genomsnitt 14,6 mnkr per år."
                           "\navsnitt:", 1)
    assert problems(tmp_path, case, "Fem år visas nedan.") == [
        "x.yaml:7:59: varning: beloppet '14,6 mnkr' i förslaget räknas inte ut ur ärendets "
        "tabeller; är det ett belopp som ärendet anger, lägg till 'belopp:' och under den en "
        "rad med ett namn du väljer, t.ex. 'ram: 14600000', och i punkten "
        "{{ belopp.ram | mnkr }}"]
