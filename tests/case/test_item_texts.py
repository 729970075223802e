"""Specification of the lists of texts of a decision and a proposal: the points, and the
reservations and protocol notes of a decision. Each item is one text; an item with nothing in
it is an error at its place, however it is written empty."""

from __future__ import annotations

import pytest

from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes

PATH = "x.yaml"
DECISION = """\
dokumenttyp: beslut
datum: 2021-03-02
dnr: KUN 2021/14
titel: Föreningsbidrag 2021
beslut:
  beslutande: Kultur- och utbildningsnämnden
  punkter:
    - fördela föreningsbidragen enligt tabellen.
"""
EMPTY = "punkten är tom, skriv texten eller ta bort raden"


def read(text: str) -> tuple[Case | None, list[str]]:
    loaded = load_yaml_bytes(text.encode(), PATH)
    case, problems = validate_model(Case, loaded, PATH)
    return case, [problem.format() for problem in problems]


def test_a_decision_has_no_reservations_nor_protocol_notes_unless_written() -> None:
    case, problems = read(DECISION)
    assert problems == [] and case is not None and case.beslut is not None
    assert (case.beslut.reservationer, case.beslut.protokollsanteckningar) == ([], [])


def test_each_reservation_and_protocol_note_is_one_text_in_the_order_written() -> None:
    case, problems = read(DECISION + (
        "  reservationer:\n"
        "    - Peter Nyström (SD) reserverar sig mot beslutet att ABF ska få bidrag.\n"
        "    - Sverigedemokraterna reserverar sig till förmån för eget yrkande.\n"
        "  protokollsanteckningar:\n"
        "    - Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas.\n"
    ))
    assert problems == [] and case is not None and case.beslut is not None
    assert case.beslut.reservationer == [
        "Peter Nyström (SD) reserverar sig mot beslutet att ABF ska få bidrag.",
        "Sverigedemokraterna reserverar sig till förmån för eget yrkande.",
    ]
    assert case.beslut.protokollsanteckningar == [
        "Anna Berg (V) antecknar till protokollet att uppföljningen bör redovisas."]


def test_a_reservation_that_names_no_one_is_a_reservation_all_the_same() -> None:
    case, problems = read(DECISION + "  reservationer:\n    - reservation mot beslutet.\n")
    assert problems == [] and case is not None and case.beslut is not None
    assert case.beslut.reservationer == ["reservation mot beslutet."]


@pytest.mark.parametrize(("key", "empty"), [
    ("reservationer", "reservationen är tom, skriv texten eller ta bort raden"),
    ("protokollsanteckningar", "protokollsanteckningen är tom, skriv texten eller ta bort raden")])
def test_an_empty_item_is_an_error_at_its_place_however_it_is_written_empty(
        key: str, empty: str) -> None:
    """The message names what is empty (trial 26: a protocol note was called "punkten")."""
    _, problems = read(DECISION + f"  {key}:\n    - En text.\n    -\n    - \"\"\n    - '   '\n")
    assert problems == [f"x.yaml:11:6: {empty}", f"x.yaml:12:7: {empty}",
                        f"x.yaml:13:7: {empty}"]


@pytest.mark.parametrize(("block", "line"), [("beslut", 9), ("forslag", 11)])
def test_an_empty_point_written_in_quotes_is_an_error_too(block: str, line: int) -> None:
    """The line after the block's first point: `- ""` there is an empty point of it."""
    proposal = "forslag:\n  punkter:\n    - godkänna fördelningen.\n"
    lines = (DECISION + proposal).splitlines(keepends=True)
    lines.insert(line - 1, '    - ""\n')
    _, problems = read("".join(lines))
    assert problems == [f"x.yaml:{line}:7: {EMPTY}"]
