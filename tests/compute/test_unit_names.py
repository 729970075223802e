"""Specification of what counts as a header naming a table's unit (trial 34, finding 6): the
unit as a word of its own, in another spelling that text may use ("Mkr", "kkr": trial 37,
finding 1), or in words; never letters of another word. A first column of amount bands
("0–25 000") names its own unit (trial 79, F1)."""

from __future__ import annotations

import pytest

from generator.compute.unit_names import amount_bands, names_unit


def test_a_header_names_the_unit_as_a_word_of_its_own_or_in_words() -> None:
    named = [("Belopp (kr)", "kr"), ("Kommun, kr", "kr"), ("kr/invånare", "kr"),
             ("Belopp i kronor", "kr"), ("Belopp, tusen kronor", "tkr"),
             ("Tillskott, mdkr", "mdkr"), ("Tillskott, Mdkr", "mdkr"),
             ("Miljoner kronor", "mnkr"), ("Plan 2026 mnkr", "mnkr")]
    in_other_spellings = [
        ("Prognosavvikelse, Mkr", "mnkr"), ("Prognos budgetavvikelser, mkr", "mnkr"),
        ("PROGNOSAVVIKELSE, MKR", "mnkr"), ("Belopp, Mnkr", "mnkr"), ("Belopp, MSEK", "mnkr"),
        ("Bidrag, Tkr", "tkr"), ("Bidrag, kkr", "tkr"), ("Bidrag (TSEK)", "tkr"),
        ("Tillskott, MDKR", "mdkr")]
    not_named = [("Kristianstad", "kr"), ("Kostnad för krisstöd", "kr"),
                 ("Tillskott, mdkr", "kr"), ("Belopp, tusen kronor", "kr"),
                 ("Kronofogden", "kr"), ("Belopp i kronor", "tkr"), ("Tillskott", "mdkr"),
                 ("Belopp (tkr)", "mnkr"), ("Prognosavvikelse, Mkr", "tkr"),
                 ("Bidrag, kkr", "mnkr"), ("Bidrag, kkr", "kr")]
    assert [text for text, unit in named if not names_unit(text, unit)] == []
    assert [text for text, unit in in_other_spellings if not names_unit(text, unit)] == []
    assert [text for text, unit in not_named if names_unit(text, unit)] == []


@pytest.mark.parametrize("cells", [
    ["0–25 000", "25 001–125 000", "5 000 001–"],
    ["25 001 - 125 000", "Över 5 000 000", None, ""],
    ["0 kr – 25 000 kr", "50 000 till 100 000", "5 000 001 och mer"],
    [0, "1–1 000"],
])
def test_cells_of_amounts_and_bands_are_amount_bands(cells: list[object]) -> None:
    assert amount_bands(cells)


@pytest.mark.parametrize("cells", [
    ["Mindre än 600 m²", "Större än 600 m²"],
    ["0–25 000", "Servering"],
    ["2024", "2025"],
    ["2019–2022"],
    [None, ""],
])
def test_texts_years_and_empty_cells_are_no_amount_bands(cells: list[object]) -> None:
    assert not amount_bands(cells)
