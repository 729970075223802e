"""Specification of dates in a list of beslutsunderlag after the meeting (trial 95, F14)."""

from __future__ import annotations

from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes
from generator.checks.dates import check_dates
from generator.checks.literal_amounts import find_amounts
from generator.checks.report import Reporter
from generator.problems import Loc, sort_problems

CASE = """\
dokumenttyp: beslut
etikett: Protokollsutdrag
datum: 2024-03-12
dnr: RS 2024/187
titel: Fördelning av medel
avsnitt:
  - rubrik: {rubrik}
    text: |
      Tjänsteskrivelse {first}
      Regionstyrelsens arbetsutskott {second}, RSAU § 31
beslut:
  beslutande: Regionstyrelsen
  datum: {decided}
  punkter:
    - fördela medlen enligt tabellen.
"""
MEETING = ("i beslutsunderlaget ligger efter sammanträdet 2024-03-06 (beslutets datum); ett "
           "underlag fanns före beslutet, rätta datumet eller beslutets datum")


def dates(*, rubrik: str = "Beslutsunderlag", first: str = "2024-02-14",
          second: str = "2024-02-21", decided: str = "2024-03-06") -> list[str]:
    """The date problems of the trial's protokollsutdrag (beslutsunderlag on lines 9 and 10)."""
    source = CASE.format(rubrik=rubrik, first=first, second=second, decided=decided)
    loaded = load_yaml_bytes(source.encode(), "x.yaml")
    case, problems = validate_model(Case, loaded, "x.yaml")
    assert case is not None, problems
    texts: dict[Loc, str] = {("avsnitt", 0, "text"): case.avsnitt[0].text}
    amounts = {loc: find_amounts(text) for loc, text in texts.items()}
    found = check_dates(case, texts, amounts, Reporter(loaded, "x.yaml"))
    return [problem.format() for problem in sort_problems(found)]


def test_the_trials_underlag_dated_after_the_meeting_are_warned_about() -> None:
    assert dates(first="2024-03-07", second="2024-03-08") == [
        f"x.yaml:9:24: varning: datumet '2024-03-07' {MEETING}",
        f"x.yaml:10:38: varning: datumet '2024-03-08' {MEETING}",
    ]


def test_an_underlag_dated_before_or_on_the_meeting_day_passes() -> None:
    assert dates(first="2024-02-14", second="2024-03-06") == []


def test_an_underlag_after_the_document_too_is_told_once_with_the_meeting() -> None:
    assert dates(second="2024-04-14") == [f"x.yaml:10:38: varning: datumet '2024-04-14' {MEETING}"]


def test_a_date_in_words_and_other_list_headings_are_measured_from_the_meeting_too() -> None:
    assert dates(rubrik="Underlag för beslut", first="7 mars 2024") == [
        f"x.yaml:9:24: varning: datumet '7 mars 2024' {MEETING}"]
    assert dates(rubrik="Handlingar i ärendet", first="2024-03-07") == [
        f"x.yaml:9:24: varning: datumet '2024-03-07' {MEETING}"]


def test_another_section_keeps_the_documents_date() -> None:
    # (an ärende text may tell what happened between the meeting and the justering)
    assert dates(rubrik="Ärendet", first="2024-03-07") == []


def test_without_a_meeting_date_only_the_documents_date_counts() -> None:
    later = ("x.yaml:10:38: varning: datumet '2024-04-14' i texten ligger efter dokumentets "
             "datum 2024-03-12, rätta datumet om texten beskriver något som redan skett")
    assert dates(first="2024-03-07", second="2024-04-14", decided="null") == [later]
