"""Specification of dates written in words in a text ("den 27 juni 2017") and of the weekday
written beside a date (trial 41, F4 and F9)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.case.impossible_dates import WEEKDAYS
from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.checks.dates import FORWARD_VERBS, check_dates
from generator.checks.literal_amounts import find_amounts
from generator.checks.report import Reporter
from generator.formatting import text_date
from generator.problems import Loc, sort_problems

CASE = """\
dokumenttyp: beslut
datum: {datum}
dnr: nej
titel: Protokoll
avsnitt:
  - rubrik: Närvarande
    text: {text}
beslut:
  beslutande: Finansinspektionens styrelse
  punkter:
    - {point}
"""
HANDBOOK = Path(__file__).resolve().parents[2] / "docs" / "handbok.md"
LATER = ("ligger efter dokumentets datum 2017-06-26, rätta datumet om texten beskriver något "
         "som redan skett")


def dates(text: str, *, datum: str = "2017-06-26", point: str = "godkänna förslaget.",
          quoted: bool = True) -> list[str]:
    """The date problems of a case dated datum whose one text (line 7, from column 12 when
    quoted) and one decision point are given."""
    source = CASE.format(datum=datum, text=f'"{text}"' if quoted else text, point=point)
    loaded = load_yaml_bytes(source.encode(), "x.yaml")
    case, problems = validate_model(Case, loaded, "x.yaml")
    assert case is not None, problems
    texts: dict[Loc, str] = {("avsnitt", 0, "text"): loaded.data["avsnitt"][0]["text"],
                             ("beslut", "punkter", 0): point}
    amounts = {loc: find_amounts(text) for loc, text in texts.items()}
    found = check_dates(case, texts, amounts, Reporter(loaded, "x.yaml"))
    return [problem.format() for problem in sort_problems(found)]


# ------------------------------------------------------------------ dates in words

def test_the_trials_meeting_a_day_after_the_document_is_warned_about() -> None:
    # (trial 41, probe10: "2017-06-27" was warned about, "den 27 juni 2017" was not)
    assert dates("Sammanträdet hölls per capsulam den 27 juni 2017.") == [
        f"x.yaml:7:48: varning: datumet '27 juni 2017' i texten {LATER}"]


@pytest.mark.parametrize("text", [
    "Mötet hölls 27 juni 2017.", "Mötet hölls den 27 juni 2017.", "Mötet hölls 27\u00a0juni 2017.",
], ids=["without den", "with den", "no-break space"])
def test_a_later_date_in_words_is_warned_about_as_its_iso_form_is(text: str) -> None:
    assert dates(text) == [f"x.yaml:7:{12 + text.index('27')}: varning: datumet "
                           f"'27 juni 2017' i texten {LATER}"]


def test_a_date_in_words_broken_over_two_lines_is_found_where_it_starts() -> None:
    text = "|\n      Sammanträdet hölls per capsulam den 27\n      juni 2017."
    assert dates(text, quoted=False) == [
        f"x.yaml:8:43: varning: datumet '27 juni 2017' i texten {LATER}"]


@pytest.mark.parametrize("text", [
    "Mötet hölls den 26 juni 2017.", "Mötet hölls den 9 februari 2017.",
    "Mötet hölls den 27 juni 2016.",
], ids=["the document's day", "earlier in the year", "a year before"])
def test_a_date_in_words_up_to_the_documents_is_fine(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize("lead_in", [
    "gäller från", "gäller från och med", "träder i kraft den", "ska vara klart före", "senast den",
    "gäller till och med", "planeras", "gäller fr.o.m.", "gäller t.o.m.", "avser perioden",
    "avser kostnader för projektperioden", "avser tiden",
])
def test_a_later_date_in_words_after_a_word_looking_ahead_is_no_past_event(lead_in: str) -> None:
    # (the ISO date's exceptions, the same words: one rule)
    assert dates(f"Taxan {lead_in} 1 juli 2017.") == []
    assert dates(f"Taxan {lead_in} 2017-07-01.") == []


def test_a_period_ahead_in_a_grant_decision_is_no_past_event() -> None:
    # (trial 54, F5: the first date of the Interreg decision's period was warned about)
    text = ("Stödet avser projektkostnader för perioden 2017-07-01 till 2019-06-30. Stödet "
            "gäller fr.o.m. 2017-07-01 t.o.m. 2019-06-30 och ska redovisas senast 2019-09-30.")
    assert dates(text) == []


def test_a_later_date_in_words_in_a_decision_is_no_past_event() -> None:
    assert dates("Sammanträdet hölls den 26 juni 2017.",
                 point="uppdra åt förvaltningen att återkomma den 1 september 2017.") == []


def test_a_later_date_in_words_after_other_words_is_still_a_past_event() -> None:
    assert dates("Taxan trädde i kraft den 1 juli 2017.") == [
        f"x.yaml:7:37: varning: datumet '1 juli 2017' i texten {LATER}"]


@pytest.mark.parametrize("text", [
    "Den 1 april 2018 startar en ny entreprenadperiod.", "2018-04-01 startar en ny period.",
    "Den 1 juli 2018 träder taxan i kraft.", "Den 1 juli 2018 ska taxan höjas.",
    "Den 1 juli 2018 kommer att taxan höjas.",
], ids=["startar", "ISO date", "träder", "ska", "kommer att"])
def test_a_later_date_before_a_verb_of_a_start_is_no_past_event(text: str) -> None:
    # (trial 38, svedala.yaml: "Den 1 april 2017 startar en ny entreprenadperiod")
    assert dates(text) == []


@pytest.mark.parametrize("text", [
    "1 januari 2018 tillträder Peab fastigheterna och kommunen förhyr dem.",
    "Köparen ska tillträda fastigheten den 1 januari 2018.",
    "Fastigheten tillträds den 1 januari 2018.",
    "Tillträde sker den 1 januari 2018.",
    "Köpet sker med tillträde den 1 januari 2018.",
    "Köpet har tillträdesdag 2018-01-01.",
    "Tillträdesdagen 2018-01-01 gäller för båda.",
    "Äganderätten övergår till köparen den 1 januari 2018.",
    "Fastigheten överlåts den 1 januari 2018.",
], ids=["tillträder", "tillträda", "tillträds", "tillträde sker", "med tillträde",
        "tillträdesdag", "tillträdesdagen", "övergår", "överlåts"])
def test_a_later_handover_in_a_sale_is_no_past_event(text: str) -> None:
    # (trial 74, F4: "1 januari 2007 tillträder Peab fastigheterna" in a sale of 2006-04-20)
    assert dates(text) == []


def test_a_handover_told_in_the_past_is_still_warned_about() -> None:
    assert dates("Köparen tillträdde fastigheten den 1 januari 2018.") == [
        f"x.yaml:7:47: varning: datumet '1 januari 2018' i texten {LATER}"]


def test_a_later_date_before_another_verb_is_still_a_past_event() -> None:
    assert dates("Den 1 april 2018 startade en ny period.") == [
        "x.yaml:7:16: varning: datumet '1 april 2018' i texten ligger efter dokumentets datum "
        "2017-06-26, rätta datumet om texten beskriver något som redan skett"]


# ------------------------------------------------------------------ sentences looking ahead

PLAN = "2024-11-20"
"""The date of trial 44's sammanträdesplan, which fixes the meetings of 2025."""


def later_in_plan(written: str, column: int) -> str:
    return (f"x.yaml:7:{column}: varning: datumet '{written}' i texten ligger efter dokumentets "
            "datum 2024-11-20, rätta datumet om texten beskriver något som redan skett")


def test_the_trials_meeting_days_after_sammantrader_are_no_past_events() -> None:
    # (trial 44, F1: four warnings, one per meeting day, on every build)
    text = ("Kommunfullmäktige sammanträder tisdagen den 1 april 2025, tisdagen den 10 juni "
            "2025, tisdagen den 14 oktober 2025 och tisdagen den 9 december 2025.")
    assert dates(text, datum=PLAN) == []


@pytest.mark.parametrize("text", [
    "Kommunfullmäktige ska sammanträda tisdagen den 1 april 2025.",
    "Kommunfullmäktige kommer att sammanträda den 1 april 2025.",
    "Nästa sammanträde planeras till den 1 april 2025.",
    "Sammanträdet hålls i kommunhuset den 1 april 2025.",
    "Budgetdialogen äger rum den 1 april 2025.",
    "Taxan gäller för hela året räknat från den 1 april 2025.",
    "Den nya perioden startar enligt avtalet den 1 april 2025.",
    "Taxan föreslås höjas den 1 april 2025.",
    "Beslut fattas av kommunfullmäktige den 1 april 2025.",
    "Ärendet behandlas av kommunfullmäktige den 1 april 2025.",
    "Taxan beslutas av kommunfullmäktige den 1 april 2025.",
    "Kommunfullmäktige beslutar om taxan den 1 april 2025.",
    "Projektet beräknas vara klart den 1 april 2025.",
    "Taxan avses gälla den 1 april 2025.",
], ids=["ska", "kommer att", "planeras", "hålls", "äger rum", "gäller", "startar", "föreslås",
        "fattas", "behandlas", "beslutas", "beslutar", "beräknas", "avses"])
def test_a_later_date_after_a_forward_verb_in_its_sentence_is_no_past_event(text: str) -> None:
    assert dates(text, datum=PLAN) == []


@pytest.mark.parametrize(("text", "column"), [
    ("Kommunfullmäktige beslutade den 1 april 2025.", 44),
    ("Kommunfullmäktige sammanträdde tisdagen den 1 april 2025.", 56),
    ("Nämnden sammanträder varje månad. Mötet hölls den 1 april 2025.", 62),
    ("Nämnden, som sammanträder varje månad, beslutade den 1 april 2025.", 65),
    ("Beslutet som ska verkställas fattades den 1 april 2025.", 54),
    ("Beslut fattades av kommunfullmäktige den 1 april 2025.", 53),
    ("Ärendet behandlades av kommunfullmäktige den 1 april 2025.", 57),
], ids=["beslutade", "sammanträdde", "another sentence", "a past verb after it",
        "ska in a clause before", "fattades", "behandlades"])
def test_a_later_date_in_a_sentence_told_in_the_past_is_still_warned_about(
        text: str, column: int) -> None:
    assert dates(text, datum=PLAN) == [later_in_plan("1 april 2025", column)]


@pytest.mark.parametrize("text", [
    "Nämnden sammanträder den 1 juli.", "Redovisningen lämnas i juli 2017.",
    "Beslutet togs i majoritet 2017.", "Se punkt 27 juni 20171.",
], ids=["no year", "no day", "no month", "no year of four digits"])
def test_no_date_in_words_without_day_month_and_year(text: str) -> None:
    # (a date without its year may mean last July or the coming one: not guessed; a day that
    # does not exist, "31 juni 2017", is an error, test_impossible_written_dates)
    assert dates(text) == []


# ------------------------------------------------------------------ weekdays

@pytest.mark.parametrize(("text", "column"), [
    ("Sammanträdet hölls per capsulam tisdagen den 26 juni 2017.", 44),
    ("Sammanträdet hölls tisdag 26 juni 2017.", 31),
    ("Sammanträdet hölls tisdagen den 2017-06-26.", 31),
    ("Tisdagen den 26 juni 2017 hölls sammanträdet.", 12),
    ("Sammanträdet hölls tisdagen, den 26 juni 2017.", 31),
], ids=["the trial's", "tisdag", "ISO date", "capital", "comma"])
def test_a_weekday_that_is_not_the_dates_is_warned_about_where_it_is_written(
        text: str, column: int) -> None:
    # (trial 41, probe4: 26 June 2017 was a Monday, as the source says)
    assert dates(text) == [f"x.yaml:7:{column}: varning: den 26 juni 2017 var en måndag; "
                           "rätta veckodagen eller datumet"]


@pytest.mark.parametrize("text", [
    "Sammanträdet hölls per capsulam måndagen den 26 juni 2017.",
    "Sammanträdet hölls måndag 26 juni 2017.", "Sammanträdet hölls Måndagen den 2017-06-26.",
    "Sammanträdet på tisdag hölls den 26 juni 2017.", "Tisdagsmötet den 26 juni 2017 ställdes in.",
], ids=["måndagen", "måndag", "ISO date", "a weekday farther off", "part of a word"])
def test_the_dates_own_weekday_or_none_beside_it_is_fine(text: str) -> None:
    assert dates(text) == []


def test_a_later_date_is_warned_about_and_so_is_a_wrong_weekday_beside_it() -> None:
    assert dates("Mötet hölls torsdagen den 29 juni 2017.") == [
        f"x.yaml:7:38: varning: datumet '29 juni 2017' i texten {LATER}"]
    assert dates("Mötet hölls onsdagen den 29 juni 2017.") == [
        "x.yaml:7:24: varning: den 29 juni 2017 är en torsdag; rätta veckodagen eller datumet",
        f"x.yaml:7:37: varning: datumet '29 juni 2017' i texten {LATER}"]


@pytest.mark.parametrize("lead_in", ["från", "från och med", "senast"])
def test_a_weekday_between_a_word_looking_ahead_and_its_date_is_checked_alone(
        lead_in: str) -> None:
    assert dates(f"Taxan gäller {lead_in} tisdagen den 1 juli 2025.") == []
    assert dates(f"Taxan gäller {lead_in} måndagen den 1 juli 2025.") == [
        f"x.yaml:7:{26 + len(lead_in)}: varning: den 1 juli 2025 är en tisdag; rätta "
        "veckodagen eller datumet"]


DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))


@given(day=DAYS, iso=st.booleans())
def test_a_dates_own_weekday_never_warns(day: datetime.date, iso: bool) -> None:
    written = day.isoformat() if iso else text_date(day)
    weekday = WEEKDAYS[day.weekday()]
    assert dates(f"Mötet hölls {weekday}en den {written}.", datum="2099-12-31") == []


@given(day=DAYS, other=st.integers(min_value=1, max_value=6), iso=st.booleans())
def test_any_other_weekday_always_warns(day: datetime.date, other: int, iso: bool) -> None:
    written = day.isoformat() if iso else text_date(day)
    weekday = WEEKDAYS[(day.weekday() + other) % 7]
    assert dates(f"Mötet hölls {weekday} den {written}.", datum="2099-12-31") == [
        f"x.yaml:7:24: varning: den {text_date(day)} var en {WEEKDAYS[day.weekday()]}; "
        "rätta veckodagen eller datumet"]


@pytest.mark.parametrize("verb", FORWARD_VERBS)
def test_each_forward_verb_is_named_in_the_handbook(verb: str) -> None:
    assert f'"{verb}"' in HANDBOOK.read_text(encoding="utf-8")
