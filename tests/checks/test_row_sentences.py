"""A sentence about one row of a table that gives another row's figure (trial 37, source 3:
"Finansförvaltningen prognostiserar ett överskott på 16,1 mkr", where the row says 19,3 and
16,1 is the group's subtotal); and (trial 71, F2) the row's own figure with a word that gives
it the other sign ("överskott" for −5,0) or a slip of its digits (5,5 for −5,0). The rule is
narrow: the sentence, or a clause of it after "och" or a comma, begins with the row's text as
the table writes it, names no other row, and has exactly one amount, written exactly, before
any "varav"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.checks.row_sentences import _by_first_word, _Row, _row_at

NBSP = "\u00a0"

KVARTAL = """\
dokumenttyp: lagesbeskrivning
datum: 2015-04-30
dnr: nej
titel: Ekonomisk rapport kvartal 1 2015
avsnitt:
  - rubrik: Inledning
    text: >-
      Det prognostiserade resultatet ligger på 35,0 mnkr.
      {sentence}
    tabell: avvikelser
tabeller:
  - namn: avvikelser
    enhet: mnkr
    totalt: Årets resultat
    kolumner:
      - {{namn: post, rubrik: Prognos budgetavvikelser}}
      - {{namn: uppf, rubrik: Uppföljning, typ: belopp}}
    rader:
      - post: ""
        delsumma: Summa budgetavvikelse
        rader:
          - {{post: Kommunstyrelsen, uppf: "0,8"}}
          - {{post: Socialnämnden, uppf: "-5,0"}}
          - {{post: Finansförvaltningen, uppf: "20,3"}}
        uppf: "16,1"
      - {{post: Budgeterat resultat, uppf: "18,9"}}
    summa: "35,0"
"""


def problems(tmp_path: Path, sentence: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with the sentence in its text."""
    case = tmp_path / "x.yaml"
    case.write_text(KVARTAL.format(sentence=sentence), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_sentence_about_a_row_with_its_groups_subtotal_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "Finansförvaltningen prognostiserar ett överskott på 16,1 mnkr.") == [
        "x.yaml:9:59: varning: meningen handlar om raden 'Finansförvaltningen', men beloppet "
        f"'16,1 mnkr' är tabellens 16,1{NBSP}mnkr i delsumman 'Summa budgetavvikelse', och "
        "radens belopp är "
        f"20,3{NBSP}mnkr; skriv {{{{ tabeller.avvikelser.rader[0].rader[2].uppf }}}} för "
        "radens belopp eller {{ tabeller.avvikelser.rader[0].uppf }} för det andra",
    ]


def test_a_size_the_text_calls_negative_is_named_by_its_size(tmp_path: Path) -> None:
    assert problems(tmp_path, "Socialnämnden prognostiserar ett underskott på 18,9 mnkr.") == [
        "x.yaml:9:54: varning: meningen handlar om raden 'Socialnämnden', men beloppet "
        f"'18,9 mnkr' är tabellens 18,9{NBSP}mnkr på raden 'Budgeterat resultat', och "
        "radens belopp är "
        f"−5,0{NBSP}mnkr; skriv {{{{ tabeller.avvikelser.rader[0].rader[1].uppf | utan_tecken }}}} "
        "för radens belopp eller {{ tabeller.avvikelser.rader[1].uppf }} för det andra",
    ]


@pytest.mark.parametrize("sentence", [
    "Finansförvaltningen prognostiserar ett överskott på 20,3 mnkr.",
    "Socialnämnden prognostiserar ett underskott på 5,0 mnkr.",
    "Finansförvaltningen bidrar till att summan blir ca 16,1 mnkr.",
    "Finansförvaltningen och Socialnämnden ger tillsammans 16,1 mnkr och 5,0 mnkr.",
    "Nämnderna utom finansförvaltningen ger 16,1 mnkr.",
    "Av summan på 16,1 mnkr kommer det mesta från Finansförvaltningen.",
    "Finansförvaltningens överskott ingår i summan på 16,1 mnkr.",
    "Finansförvaltningen prognostiserar ett överskott på 12,0 mnkr.",
])
def test_a_right_figure_or_a_sentence_not_begun_by_the_row_alone_is_left_alone(
    tmp_path: Path, sentence: str
) -> None:
    assert problems(tmp_path, sentence) == []


def test_a_word_that_gives_the_rows_figure_the_other_sign_is_warned_about(
        tmp_path: Path) -> None:
    # (trial 71, F2: "överskott" where the row says −5,0)
    assert problems(tmp_path, "Socialnämnden prognostiserar ett överskott på 5,0 mnkr.") == [
        "x.yaml:9:53: varning: meningen handlar om raden 'Socialnämnden' och säger "
        "'överskott' om beloppet '5,0 mnkr', men radens belopp är "
        f"−5,0{NBSP}mnkr; skriv 'underskott' i meningen, eller rätta tecknet på raden i tabellen",
    ]


def test_an_underskott_of_a_positive_figure_is_warned_about_too(tmp_path: Path) -> None:
    assert problems(tmp_path, "Kommunstyrelsen redovisar ett budgetunderskott på 0,8 mnkr.") == [
        "x.yaml:9:57: varning: meningen handlar om raden 'Kommunstyrelsen' och säger "
        "'budgetunderskott' om beloppet '0,8 mnkr', men radens belopp är "
        f"0,8{NBSP}mnkr; skriv 'budgetöverskott' i meningen, eller rätta tecknet på raden i "
        "tabellen",
    ]


def test_another_rows_figure_is_warned_about_before_a_varav(tmp_path: Path) -> None:
    # (trial 71, F2: Kommunstyrelsen's 0,8 in a sentence about another row, with a part after)
    sentence = ("Socialnämnden prognostiserar ett underskott på 0,8 mnkr varav "
                "hemtjänstens underskott uppgår till 2,7 mnkr.")
    assert problems(tmp_path, sentence) == [
        "x.yaml:9:54: varning: meningen handlar om raden 'Socialnämnden', men beloppet "
        f"'0,8 mnkr' är tabellens 0,8{NBSP}mnkr på raden 'Kommunstyrelsen', och radens belopp "
        f"är −5,0{NBSP}mnkr; skriv {{{{ tabeller.avvikelser.rader[0].rader[1].uppf | "
        "utan_tecken }} för radens belopp eller {{ tabeller.avvikelser.rader[0].rader[0].uppf }} "
        "för det andra",
    ]


def test_a_clause_about_another_row_after_och_is_read_on_its_own(tmp_path: Path) -> None:
    sentence = ("Kommunstyrelsen prognostiserar ett överskott på 0,8 mnkr och "
                "socialnämnden ett underskott på 0,8 mnkr.")
    assert [p.split(": varning: ")[1][:60] for p in problems(tmp_path, sentence)] == [
        "meningen handlar om raden 'Socialnämnden', men beloppet '0,8",
    ]


def test_the_rows_own_figure_with_a_slip_is_warned_about(tmp_path: Path) -> None:
    # (trial 71, F2: 5,5 for −5,0)
    assert problems(tmp_path, "Socialnämnden prognostiserar ett underskott på 5,5 mnkr.") == [
        "x.yaml:9:54: varning: meningen handlar om raden 'Socialnämnden', men beloppet "
        f"'5,5 mnkr' finns inte i tabellen, och radens belopp är −5,0{NBSP}mnkr; skriv "
        "{{ tabeller.avvikelser.rader[0].rader[1].uppf | utan_tecken }} för radens belopp, "
        "eller rätta beloppet",
    ]


@pytest.mark.parametrize("sentence", [
    "Socialnämnden prognostiserar ett underskott på 5,0 mnkr varav 0,8 mnkr i hemtjänsten.",
    "Kommunstyrelsen prognostiserar ett överskott på 0,5 mnkr.",
    "Socialnämnden har fått 2,0 mnkr i statsbidrag.",
    "Finansförvaltningen prognostiserar ett överskott på 20,3 mnkr, vilket Socialnämnden "
    "inte gör med 5,5 mnkr.",
    "Socialnämnden prognostiserar ett underskott på 5,0 mnkr.",
])
def test_a_right_figure_a_part_or_a_figure_no_slip_explains_is_left_alone(
        tmp_path: Path, sentence: str) -> None:
    assert problems(tmp_path, sentence) == []


TAXA = """\
dokumenttyp: lagesbeskrivning
datum: 2024-04-30
dnr: nej
titel: Taxa för gästhamnen
avsnitt:
  - rubrik: Dagavgift och övriga avgifter
    text: |
      {sentence}
    tabell: ovrigt
tabeller:
  - namn: ovrigt
    totalt: false
    kolumner:
      - {{namn: avgift, rubrik: Avgift}}
      - {{namn: kr, rubrik: Pris, typ: belopp}}
    rader:
      - {{avgift: Dagavgift, kr: 60}}
      - {{avgift: Dagavgift med el, kr: 100}}
      - {{avgift: Dagavgift med tillgång till servicehus och el, kr: 200}}
      - {{avgift: Manuell betalning, kr: 50}}
      - {{avgift: Bokningsbara platser, kr: 150}}
"""


def taxa_problems(tmp_path: Path, sentence: str) -> list[str]:
    """What `beslut kontrollera` prints for the taxa with the sentence in its text."""
    case = tmp_path / "x.yaml"
    case.write_text(TAXA.format(sentence=sentence), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize("typed", ["110", "105"])
def test_the_longest_row_name_a_sentence_begins_with_is_the_row_it_is_about(
        tmp_path: Path, typed: str) -> None:
    # (trial 85, F2: 'Dagavgift' hid 'Dagavgift med el', and 105 was told of as 150 swapped)
    assert taxa_problems(tmp_path, f"Dagavgift med el kostar {typed} kr.") == [
        "x.yaml:8:31: varning: meningen handlar om raden 'Dagavgift med el', men beloppet "
        f"'{typed} kr' finns inte i tabellen, och radens belopp är 100{NBSP}kr; skriv "
        "{{ tabeller.ovrigt.rader[1].kr }} för radens belopp, eller rätta beloppet",
    ]


@pytest.mark.parametrize("sentence", [
    "Dagavgift med el kostar 100 kr.",
    "Dagavgift kostar 60 kr.",
    "Dagavgift med tillgång till servicehus och el kostar 200 kr.",
])
def test_each_row_of_names_that_begin_alike_has_its_own_price(
        tmp_path: Path, sentence: str) -> None:
    assert taxa_problems(tmp_path, sentence) == []


@given(st.lists(st.sampled_from(["med el", "och vatten", "för husbil", "per natt"]),
                min_size=1, max_size=4, unique=True), st.data())
def test_the_longest_of_rows_whose_names_begin_alike_wins(
        tails: list[str], data: st.DataObject) -> None:
    names = ["Dagavgift"] + [" ".join(["Dagavgift", *tails[:n]]) for n in range(1, len(tails) + 1)]
    rows = _by_first_word(iter(_Row(name, f"r{i}", {}) for i, name in enumerate(names)))
    said = data.draw(st.sampled_from(names))
    assert _row_at(f"{said} kostar 90 kr.", 0, rows) == rows["Dagavgift"][names.index(said)]
