"""Specification of generator.case.date_hints: a date written in another form says which
date it means, where only one reading is possible, and never guesses an order of day and
month."""

from __future__ import annotations

import pytest

from generator.case.date_hints import date_hint, yearless_readings
from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes

PATH = "x.yaml"
AS_ISO = "ska vara ett datum som ÅÅÅÅ-MM-DD, för '{}' skriv {}"


def messages(text: str) -> list[str]:
    loaded = load_yaml_bytes(text.encode(), PATH)
    return [problem.format() for problem in validate_model(Case, loaded, PATH)[1]]


def test_the_date_meant_is_offered_at_its_place() -> None:
    """Trial 18: `datum: 27 september 2019` gave only `skriv ÅÅÅÅ-MM-DD`."""
    text = ("dokumenttyp: beslutsunderlag\ndatum: 27 september 2019\ndnr: SN 2019/1\n"
            "titel: Närvarorätt\n")
    assert messages(text) == [
        "x.yaml:2:8: 'datum' ska vara ett datum som ÅÅÅÅ-MM-DD, för '27 september 2019' "
        "skriv 2019-09-27"]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("2019-9-27", "2019-09-27"),
        ("2019/09/27", "2019-09-27"),
        ("27 september 2019", "2019-09-27"),
        ("27 September 2019", "2019-09-27"),
        ("27 sept. 2019", "2019-09-27"),
        ("den 3 okt 2019", "2019-10-03"),
        ("1 maj 2020", "2020-05-01"),
        ("27/9 2019", "2019-09-27"),
        ("27.9.2019", "2019-09-27"),
        ("9/27 2019", "2019-09-27"),
        ("10/10 2019", "2019-10-10"),
    ],
)
def test_a_date_with_one_reading_is_offered_as_iso(written: str, meant: str) -> None:
    assert date_hint(written) == AS_ISO.format(written, meant)


@pytest.mark.parametrize("written", ["2019-09-27 kl 10", "27 sep 2019, kl. 10.00",
                                     "2019-09-27 klockan 15:00"])
def test_a_time_of_day_is_left_out(written: str) -> None:
    assert date_hint(written) == (
        f"ska vara ett datum utan klockslag, för '{written}' skriv 2019-09-27")


def test_day_and_month_that_could_be_either_are_not_guessed() -> None:
    assert date_hint("9/10 2019") == (
        "ska vara ett datum som ÅÅÅÅ-MM-DD, '9/10 2019' kan vara 9 oktober 2019 eller "
        "10 september 2019, skriv 2019-10-09 eller 2019-09-10")


def test_a_date_that_does_not_exist_says_why() -> None:
    assert date_hint("31 september 2019") == (
        "ska vara ett datum, men '31 september 2019' finns inte: september 2019 har 30 dagar, "
        "skriv en dag mellan 01 och 30")


@pytest.mark.parametrize("written", ["igår", "sektember 2019", "27 sektember 2019",
                                     "32/13 2019", "2019-13-01", "2019-13", "27 9"])
def test_a_text_without_a_clear_date_gets_no_reading(written: str) -> None:
    assert date_hint(written) is None


@pytest.mark.parametrize(
    ("written", "month"),
    [
        ("juni 2024", "2024-06"),
        ("i juni 2024", "2024-06"),
        ("Jun. 2024", "2024-06"),
        ("september 2019", "2019-09"),
        ("2024-06", "2024-06"),
        ("2024-6", "2024-06"),
        ("6/2024", "2024-06"),
    ],
)
def test_a_month_without_its_day_asks_for_the_day(written: str, month: str) -> None:
    """Trial 35 (F13): `datum: juni 2024` gave only `skriv ÅÅÅÅ-MM-DD`."""
    assert date_hint(written) == (
        f"ska vara en dag, men '{written}' är en hel månad: skriv dagen som {month}-DD")


def test_the_day_is_asked_for_at_the_place_of_the_month() -> None:
    text = ("dokumenttyp: beslutsunderlag\ndatum: juni 2024\ndnr: SN 2024/1\n"
            "titel: Budget\n")
    assert messages(text) == [
        "x.yaml:2:8: 'datum' ska vara en dag, men 'juni 2024' är en hel månad: skriv dagen "
        "som 2024-06-DD"]


def test_a_text_without_a_clear_date_gets_the_general_message() -> None:
    text = "dokumenttyp: beslutsunderlag\ndatum: igår\ndnr: SN 2019/1\ntitel: Närvarorätt\n"
    assert messages(text) == ["x.yaml:2:8: 'datum' ska vara ett datum, skriv ÅÅÅÅ-MM-DD"]


@pytest.mark.parametrize(("written", "readings"), [
    ("17 januari", [(1, 17)]), ("den 17 jan.", [(1, 17)]), ("1 Sept", [(9, 1)]),
    ("14/2", [(2, 14)]), ("3/4", [(4, 3), (3, 4)]), ("5/5", [(5, 5)]),
    ("17 januari 2022", []), ("januari", []), ("17 jamuari", []), ("14/13", []),
    ("2022-01-17", []),
])
def test_a_day_and_month_without_a_year_reads_day_first_and_both_ways_when_unclear(
        written: str, readings: list[tuple[int, int]]) -> None:
    assert yearless_readings(written) == readings
