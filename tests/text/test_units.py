"""Specification: other spellings of a unit in case text are written as the documents write
them (`text.units`), and the documents write millions as the house style does: "mnkr", or
"mkr" (trial 50, F6), when "mnkr" is the other spelling."""

from __future__ import annotations

import pytest

from generator.formatting import writing_millions
from generator.text.units import normalise_units, other_spellings, spelling_advice

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
        assert spelling_advice(spelling) == advice
