"""Two dates for one coming decision of the same organ (trial 63, F2): the second is warned
about, naming the line of the first; decisions already taken, other organs and sentences that
name two dates or two organs pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.checks.decision_dates import _DECIDING, _may_decide

CASE = """\
dokumenttyp: beslut
datum: 2018-10-03
dnr: nej
titel: Förslag till avgiftsändring för färdtjänst
beslut:
  beslutande: Vård- och omsorgsnämnden
  foreslar: kommunfullmäktige
  punkter:
    - höja egenavgiften för färdtjänst från och med 1 januari 2019.
avsnitt:
  - rubrik: Förslag
    text: |
      {first}

      {second}
"""
TRIAL_FIRST = ("Vård- och omsorgsnämnden föreslår att priset höjs. Beslut fattas av "
               "kommunfullmäktige den 10 december 2018.")
TRIAL_SECOND = ("En av avgifterna är avgiften för färdtjänst. Beslut fattas av "
                "kommunfullmäktige den 5 november.")


def problems(tmp_path: Path, first: str, second: str) -> list[str]:
    case = tmp_path / "fall.yaml"
    case.write_text(CASE.format(first=first, second=second), encoding="utf-8")
    return [p.format() for p in Pipeline().check(case, "fall.yaml").problems]


def test_the_trials_second_date_for_the_same_decision_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, TRIAL_FIRST, TRIAL_SECOND) == [
        "fall.yaml:15:91: varning: beslutet av kommunfullmäktige har datumet '5 november' här "
        "men '10 december 2018' på rad 13, rätta det datum som är fel"]


@pytest.mark.parametrize(("first", "second", "column", "dates"), [
    ("Kommunstyrelsen ska besluta om taxan den 12 maj 2019.",
     "Kommunstyrelsen beslutar om taxan den 19 maj 2019.", 45,
     "kommunstyrelsen har datumet '19 maj 2019' här men '12 maj 2019'"),
    ("Ärendet beslutas av regionstyrelsen 2019-05-12.",
     "Regionstyrelsens beslut fattas 2019-06-12 om taxan.", 38,
     "regionstyrelsen har datumet '2019-06-12' här men '2019-05-12'"),
], ids=["ska besluta, beslutar", "iso dates, genitive"])
def test_other_forms_of_a_coming_decision_are_compared_too(
        tmp_path: Path, first: str, second: str, column: int, dates: str) -> None:
    assert problems(tmp_path, first, second) == [
        f"fall.yaml:15:{column}: varning: beslutet av {dates} på rad 13, rätta det datum som "
        "är fel"]


@pytest.mark.parametrize("second", [
    "Beslut fattas av kommunfullmäktige den 10 december.",
    "Beslut fattas av kommunfullmäktige 2018-12-10.",
    "Beslut fattas av Kommunfullmäktige den 10 december 2018.",
    "Beslut fattas av kommunstyrelsen den 5 november.",
    "Kommunfullmäktige beslutade den 5 november 2017 om förra taxan.",
    "Kommunstyrelsen föreslås den 5 november och kommunfullmäktige beslutar den 10 december.",
    "Kommunfullmäktige beslutar om taxan den 10 december och om budgeten den 5 november.",
    "Kommunfullmäktige sammanträder den 5 november.",
], ids=["same day without year", "same day as iso", "capital", "another organ",
        "a decision taken", "two organs", "two dates", "no decision"])
def test_the_same_day_other_organs_and_other_sentences_pass(
        tmp_path: Path, second: str) -> None:
    assert problems(tmp_path, TRIAL_FIRST, second) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Beslut", "FATTAS", "fattas", "beslutar", "BESLUTAS",
                                 "ska", "kommer att", "Besluta", "slutar", "x", "å", " ",
                                 "\n", "ſ", "K", "innefattar", "beslutat", "BESLUTAR", "beslutaſ",
                                 "fattaſ", "_", "5", "lutar"]), max_size=8))
def test_the_plain_search_never_misses_what_the_pattern_finds(words: list[str]) -> None:
    for text in (" ".join(words), "".join(words)):
        if _DECIDING.search(text):
            assert _may_decide(text)
