"""A proposal that proposes a decision to propose to another body ('forslag: foreslar:
kommunfullmäktige'), the most common shape of a taxa tjänsteskrivelse (trial 82, F6):
"Socialförvaltningen föreslår socialnämnden besluta att föreslå kommunfullmäktige besluta"
and the att-satser under it, in Markdown and in Word alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.word.dump import dump_docx

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-10-16
dnr: nej
titel: Taxor och avgifter för äldreomsorgen 2024
forslag:
{who}  beslutande: Socialnämnden
  foreslar: {onward}
{style}  punkter:
    - anta taxor och avgifter för äldreomsorgen 2024.
    - avgifterna gäller från och med den 1 januari 2024.
"""
WHO = "  forslagsstallare: Socialförvaltningen\n"


def build(tmp_path: Path, who: str = WHO, onward: str = "kommunfullmäktige",
          style: str = "") -> tuple[str, str]:
    """The Markdown and the Word dump of the case (failing on any problem), no-break spaces
    as spaces."""
    path = tmp_path / "ts.yaml"
    path.write_text(CASE.format(who=who, onward=onward, style=style), encoding="utf-8")
    result = Pipeline().build(path)
    assert [p.format() for p in result.problems] == []
    return (result.files["ts.md"].decode("utf-8").replace("\u00a0", " "),
            dump_docx(result.files["ts.docx"]).replace("\u00a0", " "))


@pytest.mark.parametrize(("who", "onward", "lead"), [
    (WHO, "kommunfullmäktige", "Socialförvaltningen föreslår socialnämnden besluta att "
     "föreslå kommunfullmäktige besluta"),
    (WHO, "Kommunfullmäktige", "Socialförvaltningen föreslår socialnämnden besluta att "
     "föreslå kommunfullmäktige besluta"),
    ("", "kommunfullmäktige", "Socialnämnden föreslås besluta att föreslå kommunfullmäktige "
     "besluta"),
    ("  inledning: yrkar\n  forslagsstallare: Centerpartiet\n", "kommunfullmäktige",
     "Centerpartiet yrkar att socialnämnden beslutar att föreslå kommunfullmäktige besluta"),
])
def test_the_lead_in_says_the_proposal_goes_on_to_the_other_body(
        tmp_path: Path, who: str, onward: str, lead: str) -> None:
    markdown, word = build(tmp_path, who, onward)
    points = ("att anta taxor och avgifter för äldreomsorgen 2024.\n\n"
              "att avgifterna gäller från och med den 1 januari 2024.\n")
    assert f"\n\n{lead}\n\n{points}" in markdown
    assert lead in word and "att avgifterna gäller från och med den 1 januari 2024." in word


def test_numbered_points_follow_the_lead_in_after_a_colon(tmp_path: Path) -> None:
    markdown, _ = build(tmp_path, style="  stil: numrerad\n")
    assert ("Socialförvaltningen föreslår socialnämnden besluta att föreslå "
            "kommunfullmäktige besluta:\n\n1. anta taxor") in markdown


def test_an_utskott_named_by_its_nämnd_is_in_lower_case_mid_sentence(tmp_path: Path) -> None:
    """Trial 93, F17: "föreslår Kommunstyrelsens arbetsutskott besluta" kept its capital."""
    path = tmp_path / "ts.yaml"
    path.write_text(CASE.format(who=WHO, onward="Kommunstyrelsen", style="").replace(
        "beslutande: Socialnämnden", "beslutande: Socialnämndens individutskott"), "utf-8")
    markdown = Pipeline().build(path).files["ts.md"].decode("utf-8")
    assert ("Socialförvaltningen föreslår socialnämndens individutskott besluta att föreslå "
            "kommunstyrelsen besluta") in markdown
