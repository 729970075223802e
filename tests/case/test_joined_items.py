"""Specification of generator.case.joined_items: a list item indented further than the item
above it is joined to that item's text by YAML, and is reported where it stands, with the
other problems of the file."""

from __future__ import annotations

import pytest

from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.problems import CaseError

NAME = "ärende.yaml"


def problems(source: str) -> list[tuple[int, int, str]]:
    """The slips loading finds in source (the document is still read)."""
    loaded = load_yaml_bytes(source.encode(), NAME)
    return [(position.line, position.column, message) for position, message in loaded.slips]


def further_in(spaces: int, line: int) -> str:
    return (f"listpunkten står {spaces} mellanslag längre in än punkten på rad {line} och "
            f"läses som en fortsättning av den, ta bort {spaces} mellanslag så att '-' står "
            f"under '-' på rad {line}")


def test_an_item_one_space_further_in_is_reported_at_its_dash() -> None:
    """Trial 18: the decision silently got one att-sats instead of two."""
    source = ("beslut:\n  punkter:\n   - medge närvarorätt för samtliga närvarande.\n"
              "    - protokollet justeras den 27 september 2019.\n")
    assert problems(source) == [(4, 5, further_in(1, 3))]


def test_each_joined_item_is_reported() -> None:
    source = "utdrag_till:\n  - Förvaltningschef\n    - Nämndkansliet\n    - Ekonomi\n"
    assert problems(source) == [(3, 5, further_in(2, 2)), (4, 5, further_in(2, 2))]


def test_a_lone_dash_further_in_is_an_item_too() -> None:
    assert problems("a:\n- x\n  -\n") == [(3, 3, further_in(2, 2))]


def test_validation_reports_it_with_the_other_problems_of_the_file() -> None:
    source = ("dokumenttyp: beslut\ndatum: 2019-09-26\ndnr: SN 2019/1\ntitl: Närvarorätt\n"
              "utdrag_till:\n  - Förvaltningschef\n    - Nämndkansliet\n")
    loaded = load_yaml_bytes(source.encode(), NAME)
    assert loaded.data["utdrag_till"] == ["Förvaltningschef - Nämndkansliet"]
    assert [p.format() for p in validate_model(Case, loaded, NAME)[1]] == [
        "ärende.yaml:4:1: okänd nyckel 'titl', menade du 'titel'?",
        f"ärende.yaml:7:5: {further_in(2, 6)}",
    ]


def test_with_a_problem_that_stops_loading_it_is_reported_in_its_place() -> None:
    source = ("justering:\n  justerare:\n    - Christer Hansson (V)\n      - Lisa Norén (S)\n"
              "  datum: 2019-02-30\n")
    with pytest.raises(CaseError) as info:
        load_yaml_bytes(source.encode(), NAME)
    assert [(p.position.line, p.position.column, p.message) for p in info.value.problems] == [
        (4, 7, further_in(2, 3)),
        (5, 10, "ogiltigt datum '2019-02-30', februari 2019 har 28 dagar, skriv en dag mellan "
                "01 och 28"),
    ]


def test_a_text_of_a_key_going_on_over_a_dash_is_no_list() -> None:
    assert problems("titel: Beslut om bidrag\n  - till föreningar\n") == [
        (2, 3, "raden läses som en fortsättning av texten på rad 1, inte som en listpunkt; "
               "skriv listans punkter på egna rader under nyckeln, alla med samma indrag, eller "
               "sätt texten inom citattecken om strecket hör till texten")]


@pytest.mark.parametrize(
    "source",
    [
        "punkter:\n  - medge närvarorätt\n  - protokollet justeras\n",
        "punkter:\n  - medge närvarorätt - för alla\n    som är där - och fler\n",
        "text: |\n  Så här:\n    - en punkt\n",
        "text: >\n  Så här:\n    - en punkt\n",
        "punkter:\n  - 'medge närvarorätt\n    - för alla'\n",
        'punkter:\n  - "medge närvarorätt\n    - för alla"\n',
        "titel: Kalle - Nisse\n",
    ],
    ids=["items", "dash-inside-lines", "literal", "folded", "single-quoted", "double-quoted",
         "one-line"],
)
def test_only_a_plain_text_going_on_over_a_dash_is_reported(source: str) -> None:
    assert problems(source) == []
