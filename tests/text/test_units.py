"""Specification: other spellings of a unit in case text are written as the documents write
them (`text.units`), and the documents write millions as the house style does: "mnkr", or
"mkr" (trial 50, F6), when "mnkr" is the other spelling."""

from __future__ import annotations

import pytest

from generator.formatting import writing_millions
from generator.text.units import normalise_units, other_spellings, pattern, spelling_advice

TEXT = "1,5 mkr, 2 Mkr, 3 mnkr, 4 MSEK och 5 kkr; {{ x | mnkr }}"


def test_the_documents_write_mnkr_for_every_spelling_of_millions() -> None:
    assert normalise_units("1,5 mkr, 2 Mkr, 3 mnkr, 4 MSEK och 5 kkr") == (
        "1,5 mnkr, 2 mnkr, 3 mnkr, 4 mnkr och 5 tkr")
    assert [m.group(1) for m in other_spellings(TEXT)] == ["mkr", "Mkr", "MSEK", "kkr"]


def test_a_house_that_writes_mkr_keeps_mkr_and_writes_mnkr_so() -> None:
    with writing_millions("mkr"):
        assert normalise_units("1,5 mkr, 2 Mkr, 3 mnkr, 4 MSEK och 5 kkr") == (
            "1,5 mkr, 2 mkr, 3 mkr, 4 mkr och 5 tkr")
        assert [m.group(1) for m in other_spellings(TEXT)] == ["Mkr", "mnkr", "MSEK", "kkr"]


@pytest.mark.parametrize(("millions", "spelling", "advice"), [
    ("mnkr", "mkr", "mnkr ('mkr' är tvetydigt) eller, om organisationen skriver mkr, "
                    "ange 'miljoner: mkr' i ärendet eller under 'husstil' i profilen"),
    ("mnkr", "Mkr", "mnkr ('Mkr' är tvetydigt) eller, om organisationen skriver mkr, "
                    "ange 'miljoner: mkr' i ärendet eller under 'husstil' i profilen"),
    ("mnkr", "MSEK", "mnkr"),
    ("mkr", "Mkr", "mkr"),
    ("mkr", "mnkr", "mkr"),
    ("mkr", "kkr", "tkr"),
])
def test_what_to_write_instead(millions: str, spelling: str, advice: str) -> None:
    with writing_millions(millions):
        match = pattern().search(f"4 {spelling}")
        assert match is not None
        assert spelling_advice(match) == advice


def test_a_text_set_in_capitals_keeps_its_unit_in_capitals() -> None:
    # (trial 53, F7: the header "PROGNOSAVVIKELSE, MKR" was printed "PROGNOSAVVIKELSE, mkr")
    with writing_millions("mkr"):
        assert normalise_units("PROGNOSAVVIKELSE, MKR") == "PROGNOSAVVIKELSE, MKR"
        assert list(other_spellings("PROGNOSAVVIKELSE, MKR")) == []
        assert normalise_units("ÅRETS RESULTAT, MSEK") == "ÅRETS RESULTAT, MKR"
    assert normalise_units("PROGNOSAVVIKELSE, MKR") == "PROGNOSAVVIKELSE, MNKR"
    assert normalise_units("BUDGET TKR") == "BUDGET TKR"
    assert [m.group(1) for m in other_spellings("BUDGET TKR, TSEK")] == ["TSEK"]


def test_a_unit_in_capitals_alone_or_in_mixed_text_is_another_spelling() -> None:
    assert normalise_units("MKR") == "mnkr"
    assert normalise_units("Prognosavvikelse, MKR") == "Prognosavvikelse, mnkr"
    assert normalise_units("4 MKR (2 TKR)") == "4 mnkr (2 tkr)"


def test_the_advice_for_a_unit_in_capitals_is_in_capitals() -> None:
    match = pattern().search("PROGNOSAVVIKELSE, MSEK")
    assert match is not None
    assert spelling_advice(match) == "MNKR"
