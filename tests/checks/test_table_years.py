"""Specification of the warning at a title, heading or intro that names one year over tables
of another (trial 59, F9: "Sammanträdestider 2024 … för 2024" over tables headed "2025")."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: {title}
avsnitt:
  - rubrik: {heading}
    text: {text}
  - rubrik: Sammanträden 2025
    tabell: plan
tabeller:
  - namn: plan
    kolumner:
      - {{namn: manad, rubrik: "{year}"}}
      - {{namn: ks, rubrik: KS}}
      - {{namn: mote, rubrik: Möte, typ: datum}}
    rader:
      - {{manad: Mars, ks: "18", mote: {date}}}
"""


def warnings(folder: Path, title: str = "Sammanträdestider 2024",
             heading: str = "Sammanträdestider 2024",
             text: str = "Här finns sammanträdestiderna för 2024.", year: str = "2025",
             date: str = "2025-03-18") -> list[str]:
    """The case's problems as printed, without the folder."""
    case = folder / "x.yaml"
    case.write_text(CASE.format(title=title, heading=heading, text=text, year=year, date=date),
                    encoding="utf-8")
    return [p.format().replace(f"{folder}/", "") for p in Pipeline().build(case, False).problems]


def test_the_trials_title_heading_and_intro_of_last_year_over_tables_of_this_year_warn(
        tmp_path: Path) -> None:
    assert warnings(tmp_path) == [
        "x.yaml:4:26: varning: titeln 'Sammanträdestider 2024' nämner året 2024, men tabellernas "
        "årsrubriker och datum är alla 2025; rätta årtalet om texten gäller samma år som "
        "tabellerna",
        "x.yaml:6:31: varning: rubriken 'Sammanträdestider 2024' nämner året 2024, men "
        "tabellernas årsrubriker och datum är alla 2025; rätta årtalet om texten gäller samma år "
        "som tabellerna",
        "x.yaml:7:45: varning: texten i avsnittet nämner året 2024, men tabellernas årsrubriker "
        "och datum är alla 2025; rätta årtalet om texten gäller samma år som tabellerna"]


def test_a_title_of_the_tables_year_leaves_the_headings_to_the_heading_check(
        tmp_path: Path) -> None:
    assert warnings(tmp_path, title="Sammanträdestider 2025", heading="Bakgrund",
                    text="Här finns tiderna.") == []
    assert warnings(tmp_path, title="Sammanträdestider 2025", text="Här finns tiderna.") == [
        "x.yaml:6:13: varning: rubriken 'Sammanträdestider 2024' har årtalet före titelns, "
        "'Sammanträdestider 2025', som om den stått kvar från förra årets dokument; rätta "
        "årtalet om rubriken gäller samma år som titeln"]


@pytest.mark.parametrize("kwargs", [
    {"date": "2024-12-17"},
    {"title": "Sammanträdestider 2024 och 2025", "heading": "Tider",
     "text": "Planen antogs i december 2024."},
    {"title": "Tider", "heading": "Tider",
     "text": "Planen antogs 2024 och gäller för 2024 och 2025."},
], ids=["a date of another year",
        "two years, and a year not after för", "a text naming two years"])
def test_no_warning_unless_every_table_year_is_one_and_the_text_names_exactly_one_other(
        tmp_path: Path, kwargs: dict[str, str]) -> None:
    assert warnings(tmp_path, **kwargs) == []


def test_the_dates_of_a_date_column_alone_give_the_tables_year(tmp_path: Path) -> None:
    assert warnings(tmp_path, heading="Bakgrund", text="Här finns tiderna.", year="Månad") == [
        "x.yaml:4:26: varning: titeln 'Sammanträdestider 2024' nämner året 2024, men tabellernas "
        "årsrubriker och datum är alla 2025; rätta årtalet om texten gäller samma år som "
        "tabellerna"]
