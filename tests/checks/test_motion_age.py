"""A motion answered more than a year after it was filed (trial 48, F5).

Trial 48: Gotlands kommun, KF § 13 of 2009-02-23, "Motion. Lokal för kontakt med
allmänheten", lists "Motion 2007-03-19" among its documents: the motion was answered some 23
months after it was filed, where kommunallagen 5 kap. 35 § sets one year.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

MOTION = """\
dokumenttyp: beslut
datum: 2009-02-23
dnr: nej
titel: {title}
beslut:
  beslutande: Kommunfullmäktige
  datum: 2009-02-23
  stil: numrerad
  punkter:
    - {point}
avsnitt:
  - text: |
      - {filed}
      - Kommunstyrelsen 2008-12-09, § 303
  - rubrik: Ärendet
    text: {text}
"""
PLAIN = "Ledningskontoret har yttrat sig."


def problems(tmp_path: Path, filed: str = "Motion 2007-03-19", text: str = PLAIN,
             title: str = "Motion. Lokal för kontakt med allmänheten",
             point: str = "Motionen anses besvarad med ledningskontorets utlåtande.") -> list[str]:
    """What `beslut kontrollera` prints for the motion answered on 2009-02-23."""
    case = tmp_path / "x.yaml"
    case.write_text(MOTION.format(filed=filed, text=text, title=title, point=point),
                    encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def late(at: str, filed: str = "2007-03-19") -> str:
    """The warning for the motion filed on filed and answered on 2009-02-23."""
    return (f"x.yaml:{at}: varning: motionen väcktes {filed} och besvaras 2009-02-23, mer än "
            "ett år senare (kommunallagen 5 kap. 35 §): kontrollera datumen, eller skriv i "
            "texten varför den inte kunde beredas inom ett år")


def test_a_motion_listed_with_its_date_and_answered_23_months_later_is_warned_about(
    tmp_path: Path,
) -> None:
    assert problems(tmp_path) == [late("13:16")]


@pytest.mark.parametrize(("filed", "at"), [
    ("Motion, 2007-03-19", "13:17"),
    ("Motion daterad 19 mars 2007", "13:24"),
])
def test_other_ways_of_listing_the_motion_are_read(tmp_path: Path, filed: str, at: str) -> None:
    assert problems(tmp_path, filed) == [late(at)]


@pytest.mark.parametrize(("text", "at"), [
    ("Motionen inkom 2007-03-19.", "16:26"),
    ("Motionen väcktes av Björn Jansson (S) den 19 mars 2007.", "16:53"),
    ("Björn Jansson (S) har lämnat in en motion. Motionen inkom till kommunfullmäktige "
     "2007-03-19.", "16:92"),
])
def test_a_sentence_that_says_when_the_motion_was_filed_is_read(
    tmp_path: Path, text: str, at: str
) -> None:
    assert problems(tmp_path, "Ledningskontoret 2008-11-19", text) == [late(at)]


@pytest.mark.parametrize(("filed", "text"), [
    # within the year
    ("Motion 2008-02-23", PLAIN),
    # no date of filing: a forward-looking or historical date, or another document's
    ("Ledningskontoret 2007-03-19", "Motionen ska besvaras senast 2008-03-19."),
    ("Ledningskontoret 2008-11-19", "En liknande motion väcktes 2001-05-03 och avslogs."),
    ("Ledningskontoret 2008-11-19", "Motionen behandlades i kommunstyrelsen 2007-03-19."),
    ("Ledningskontoret 2008-11-19",
     "Motionen väcktes och behandlades sedan i kommunstyrelsen 2007-03-19."),
    # the text says why it took longer
    ("Motion 2007-03-19", "Motionen har inte kunnat beredas inom ett år, vilket anmäldes."),
    # two filing dates: which one is unsure
    ("Motion 2007-03-19", "Motionen inkom 2008-03-19."),
])
def test_a_motion_answered_in_time_or_without_a_filing_date_is_no_warning(
    tmp_path: Path, filed: str, text: str
) -> None:
    assert problems(tmp_path, filed, text) == []


def test_a_case_that_answers_no_motion_is_not_read(tmp_path: Path) -> None:
    assert problems(tmp_path, title="Lokal för kontakt med allmänheten",
                    point="Lokalen hyrs ut till partierna.") == []
    # a point that names the motion makes the case its answer
    assert problems(tmp_path, title="Lokal för kontakt med allmänheten") == [late("13:16")]
