"""A weekday beside a date in words without its year (trial 84, F1: "Kommunstyrelsen
sammanträder måndagen den 7 juni" in Svalöv's sammanträdesplan 2022, dated 2021-10-14;
7 June 2022 is a Tuesday), read in the year the case is about, or not at all where that is
unsure."""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.impossible_dates import MONTHS, WEEKDAYS
from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.checks.dates_yearless import yearless_weekday_problems
from generator.checks.report import Reporter
from generator.problems import Loc, sort_problems

PLAN = """\
dokumenttyp: beslut
datum: {datum}
dnr: nej
titel: {titel}
avsnitt:
  - rubrik: {rubrik}
    text: "{text}"
    tabell: plan
tabeller:
  - namn: plan
    kolumner:
      - {{namn: ks, rubrik: Kommunstyrelsen, typ: datum}}
    rader:
      - {{ks: {ks}}}
beslut:
  beslutande: Kommunstyrelsen
  datum: {moted}
  punkter:
    - fastställa sammanträdesplanen.
"""
TEXT = "Kommunstyrelsen sammanträder måndagen den 7 juni eftersom tisdagen den 6 juni är helgdag."


def warnings(text: str = TEXT, *, datum: str = "2021-10-14", moted: str = "2021-10-11",
             titel: str = "Sammanträdesplan 2022", rubrik: str = "Ärendet",
             ks: str = "2022-01-24") -> list[str]:
    """The warnings for the plan with one text (line 7, from column 12)."""
    source = PLAN.format(datum=datum, moted=moted, titel=titel, rubrik=rubrik, text=text, ks=ks)
    loaded = load_yaml_bytes(source.encode(), "x.yaml")
    case, problems = validate_model(Case, loaded, "x.yaml")
    assert case is not None, problems
    texts: dict[Loc, str] = {("avsnitt", 0, "text"): text}
    found = yearless_weekday_problems(case, texts, Reporter(loaded, "x.yaml"))
    return [problem.format() for problem in sort_problems(found)]


def test_the_trials_weekdays_are_read_in_the_plans_year() -> None:
    assert warnings() == [
        "x.yaml:7:41: varning: den 7 juni 2022 är en tisdag; rätta veckodagen eller datumet",
        "x.yaml:7:70: varning: den 6 juni 2022 är en måndag; rätta veckodagen eller datumet",
    ]


def test_right_weekdays_are_no_warning() -> None:
    assert warnings("Kommunstyrelsen sammanträder tisdagen den 7 juni eftersom måndagen "
                    "den 6 juni är helgdag.") == []


def test_the_heading_of_the_texts_section_names_its_year() -> None:
    # (7 June 2021 was a Monday; the title names two years, the heading one)
    assert warnings(titel="Sammanträdesplan 2021–2022", rubrik="Hösten 2021",
                    ks="2021-09-20") == [
        "x.yaml:7:70: varning: den 6 juni 2021 var en söndag; rätta veckodagen eller datumet",
    ]


def test_where_the_case_names_two_years_the_weekday_is_left_alone() -> None:
    assert warnings(ks="2023-01-23") == []
    assert warnings(titel="Sammanträdesplan 2022–2023", ks="2023-01-23") == []


def test_without_a_year_named_the_meetings_year_is_read() -> None:
    # (7 June 2021 was a Monday, 6 June 2021 a Sunday; 6 June 2020 a Saturday, 2022 a Monday)
    assert warnings(titel="Sammanträdesplan", ks="–", moted="2021-10-11") == [
        "x.yaml:7:70: varning: den 6 juni 2021 var en söndag; rätta veckodagen eller datumet",
    ]


def test_a_weekday_right_in_the_year_next_to_the_meetings_is_left_alone() -> None:
    # (a document of December 2021 on "måndagen den 10 januari": January 2022)
    assert warnings("Nästa sammanträde är måndagen den 10 januari.", titel="Sammanträdesplan",
                    ks="–", datum="2021-12-14", moted="2021-12-13") == []


@settings(max_examples=200, deadline=None)
@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2039, 12, 31)), st.integers(0, 6))
def test_a_weekday_is_told_of_exactly_when_it_is_not_the_dates_in_the_plans_year(
        day: datetime.date, written: int) -> None:
    text = f"Mötet hålls {WEEKDAYS[written]}en den {day.day} {MONTHS[day.month - 1]}."
    found = warnings(text, titel=f"Sammanträdesplan {day.year}", ks=f"{day.year}-01-24",
                     datum=f"{day.year - 1}-10-14", moted=f"{day.year - 1}-10-11")
    own = WEEKDAYS[day.weekday()]
    assert found == ([] if written == day.weekday() else [
        f"x.yaml:7:24: varning: den {day.day} {MONTHS[day.month - 1]} {day.year} är en "
        f"{own}; rätta veckodagen eller datumet"])


def test_beslut_kontrollera_tells_of_it(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(PLAN.format(datum="2021-10-14", moted="2021-10-11", ks="2022-01-24",
                                titel="Sammanträdesplan 2022", rubrik="Ärendet", text=TEXT),
                    encoding="utf-8")
    found = [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]
    assert found == [
        "x.yaml:7:41: varning: den 7 juni 2022 är en tisdag; rätta veckodagen eller datumet",
        "x.yaml:7:70: varning: den 6 juni 2022 är en måndag; rätta veckodagen eller datumet",
    ]
