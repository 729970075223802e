"""Specification of year and month ranges in case text (generator.text.ranges)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.text.ranges import dash_ranges, hyphenated_ranges


@pytest.mark.parametrize(("text", "printed"), [
    # (trial 91, F6: an alcohol taxa's turnover bands, copied from the source)
    ("0 - 25 000", "0–25 000"),
    ("25 001-50 000", "25 001–50 000"),
    ("50 001 – 100 000 kr", "50 001–100 000 kr"),
    ("omsättning mellan 1 000-2 000 kr och 10 000 - 20 000 000 kr",
     "omsättning mellan 1 000–2 000 kr och 10 000–20 000 000 kr"),
])
def test_a_range_of_amounts_is_printed_with_an_en_dash(text: str, printed: str) -> None:
    assert dash_ranges(text) == printed
    assert [m.group(0) for m in hyphenated_ranges(text)]


@pytest.mark.parametrize("text", [
    "12 000 001 -",  # an open band: no second end
    "50 000 - 25 000",  # a subtraction, not in order
    "tel. 08-123 456 78",  # a telephone number
    "år 2024 - 25 000 kr",  # a year, then an amount
    "sidan 3 - 5",  # small numbers: the other rules decide
    "1,500-2 000",  # part of a number
    "25 001–50 000",  # already right
])
def test_other_hyphens_between_amounts_are_left_as_written(text: str) -> None:
    assert dash_ranges(text) == text
    assert list(hyphenated_ranges(text)) == []


@pytest.mark.parametrize(("text", "printed"), [
    ("mandatperioden 2019-2022", "mandatperioden 2019–2022"),
    ("åren 2023 - 2027 och 1999-2001.", "åren 2023–2027 och 1999–2001."),
    ("(2024-2025)", "(2024–2025)"),
    # (trial 45, F9: the source's "2019 – 2022", a dash between spaces, was printed so)
    ("under 2019 – 2022, planeringsår 2023 –2024", "under 2019–2022, planeringsår 2023–2024"),
    ("åren 2023– 2024", "åren 2023–2024"),
    ("maj – juni, 10 – 15 procent", "maj–juni, 10–15 procent"),
])
def test_a_year_range_is_printed_with_an_en_dash(text: str, printed: str) -> None:
    assert dash_ranges(text) == printed
    assert [m.group(0) for m in hyphenated_ranges(text)]


@pytest.mark.parametrize("text", [
    "den 2019-09-27",  # a date
    "2022-2019",  # not in order
    "Dnr 2018/KS-2019-2020",  # part of a number
    "RS-2019-2020",
    "2019-2022-03",
    "12019-2022",
    "2019–2022",  # already right
    "2019 – sedan 2022",  # a dash between a year and a word
    "1,2019-2022", "2019-2022,5",
])
def test_other_hyphens_are_left_as_written(text: str) -> None:
    assert dash_ranges(text) == text
    assert list(hyphenated_ranges(text)) == []


@pytest.mark.parametrize(("text", "printed"), [
    # (trial 39, F12: "januari-augusti" and "jan-aug" kept their hyphen)
    ("prognosen för januari-augusti", "prognosen för januari–augusti"),
    ("Delårsrapport jan-aug", "Delårsrapport jan–aug"),
    ("under maj-juni 2015.", "under maj–juni 2015."),
    ("Mars - april och sept-dec", "Mars–april och sept–dec"),
    ("november-februari", "november–februari"),  # (over the turn of the year)
    ("feb-mar, apr-jun, jul-okt, nov-dec", "feb–mar, apr–jun, jul–okt, nov–dec"),
    ("jan-aug 2019-2020", "jan–aug 2019–2020"),
])
def test_a_month_range_is_printed_with_an_en_dash(text: str, printed: str) -> None:
    assert dash_ranges(text) == printed
    assert [m.group(0) for m in hyphenated_ranges(text)]


@pytest.mark.parametrize("text", [
    "maj-månad",  # a compound word
    "januari-augustiperioden",
    "januari–augusti",  # already right
    "Jan-Erik Jansson-Augustsson",  # names
    "jul-nyår",  # jul: Christmas
    "maj-2015",
    "RS-jan-feb",
    "janus-augur",
])
def test_other_hyphens_by_a_month_are_left_as_written(text: str) -> None:
    assert dash_ranges(text) == text
    assert list(hyphenated_ranges(text)) == []


@pytest.mark.parametrize(("text", "printed"), [
    # (trial 43, F6: "barn och unga 6-25 år" kept its hyphen beside tables that print 6–25)
    ("barn och unga 6-25 år", "barn och unga 6–25 år"),
    ("höjs med 10 - 15 procent", "höjs med 10–15 procent"),
    ("inom 3-5 dagar, 1-2 st", "inom 3–5 dagar, 1–2 st"),
    # (trial 47, F6: a countdown in a cancellation rule kept its hyphens, with no warning)
    ("Avbokning 6-3 dagar innan", "Avbokning 6–3 dagar innan"),
    ("2-0 dagar innan aktuell bokning", "2–0 dagar innan aktuell bokning"),
    ("25 - 6 år", "25–6 år"),
])
def test_a_counted_range_is_printed_with_an_en_dash(text: str, printed: str) -> None:
    assert dash_ranges(text) == printed


@pytest.mark.parametrize("text", [
    "matchen slutade 2-1",  # no word that says what is counted
    "kl. 13-16",
    "5-5 dagar",  # no range
    "20-19-åringar",  # not in order
    "SFS-12-34 kr",  # part of a number "1.2-3 år", "1,5-3 år", "2:1-3 år",
    "6-25 åringar",  # a longer word
    "6–25 år",  # already right
])
def test_other_hyphens_between_small_numbers_are_left_as_written(text: str) -> None:
    assert dash_ranges(text) == text
    assert list(hyphenated_ranges(text)) == []


@pytest.mark.parametrize(("text", "printed"), [
    # (trial 54, F2: "Årskurs 1-6" kept its hyphen beside "Förskola 1–2 år")
    ("Årskurs 1-6", "Årskurs 1–6"),
    ("Elever i årskurs 1-6, förskola 1-2 år och fritidshem 6-10 år.",
     "Elever i årskurs 1–6, förskola 1–2 år och fritidshem 6–10 år."),
    ("åk 7 - 9 och åk. 4-6, ÅK 1-3", "åk 7–9 och åk. 4–6, ÅK 1–3"),
    ("klass F-3 och klasserna 4-6, årskurserna 7-9",
     "klass F–3 och klasserna 4–6, årskurserna 7–9"),
])
def test_a_grade_range_is_printed_with_an_en_dash(text: str, printed: str) -> None:
    assert dash_ranges(text) == printed


@pytest.mark.parametrize("text", [
    "åk 6-3",  # not in order
    "klass 0-3", "klass 3-13",  # no grades
    "årskurs 1-6-7",  # part of a number
    "förskoleklass 1-3",  # the word is another
    "elever 1-6",  # no word for grades
    "årskurs 1–6",  # already right
])
def test_other_hyphens_after_a_grade_word_are_left_as_written(text: str) -> None:
    assert dash_ranges(text) == text
    assert list(hyphenated_ranges(text)) == []


@pytest.mark.parametrize(("text", "printed"), [
    # (trial 46, F7: "19—20-åringar" copied from a source was printed with its em dash)
    ("För 19—20-åringar används", "För 19–20-åringar används"),
    ("för 19-20-åringar", "för 19–20-åringar"),
    ("åren 2019—2022 och 2023 — 2024", "åren 2019–2022 och 2023–2024"),
    ("jan—aug", "jan–aug"),
    ("inom 3—5 dagar", "inom 3–5 dagar"),
])
def test_a_range_with_an_em_dash_is_printed_with_an_en_dash(text: str, printed: str) -> None:
    assert dash_ranges(text) == printed


@pytest.mark.parametrize("text", [
    "kostnaden — 5 mnkr — betalas",  # a dash in a sentence
    "matchen slutade 2—1",
    "20—19-åringar",  # not in order
    "19—20 åringar",
])
def test_other_em_dashes_are_left_as_written(text: str) -> None:
    assert dash_ranges(text) == text
    assert list(hyphenated_ranges(text)) == []


def test_the_ranges_of_a_text_are_found_in_text_order() -> None:
    assert [m.group(1, 2) for m in hyphenated_ranges("maj-juni 2019-2020 och jan-aug")] == [
        ("maj", "juni"), ("2019", "2020"), ("jan", "aug")]


@given(st.text(alphabet="0129 -–/abc.", max_size=40))
def test_only_hyphens_between_years_change(text: str) -> None:
    printed = dash_ranges(text)
    assert len(printed) <= len(text)
    assert printed.replace("–", "-").replace(" ", "") == text.replace("–", "-").replace(" ", "") \
        or printed == text
