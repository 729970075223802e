"""Specification of the warning at a lone negative amount in a column a formula subtracts:
"anvant: -12" among positive amounts made Kvar larger than Tilldelat without a word
(trial 20). Columns of costs written as negatives are left alone."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2019-12-31
dnr: SKR 2019/12
titel: Uppföljning
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: tkr
    kolumner:
      - {{namn: kommun, rubrik: Kommun}}
      - {{namn: tilldelat, rubrik: Tilldelat, typ: belopp}}
      - {{namn: anvant, rubrik: Använt, typ: belopp}}
      - {{namn: kvar, rubrik: Kvar, typ: belopp, formel: tilldelat - anvant}}
    rader:
      - {{kommun: Götene, tilldelat: 441, anvant: "{first}"}}
      - {{kommun: Skara, tilldelat: 600, anvant: "{second}"}}
      - {{kommun: Lidköping, tilldelat: 900, anvant: "{third}"}}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def test_a_lone_negative_amount_in_a_subtracted_column_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.format(first="-12", second="300", third="450")) == [
        "x.yaml:16:50: varning: beloppet \u221212\u00a0tkr är negativt, men de andra i "
        "'Använt' är positiva; Kvar räknas som Tilldelat − Använt, så det blir större av ett "
        "negativt belopp, skriv det utan minus om det är fel"]


def test_costs_written_as_negatives_are_left_alone(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE.format(first="-12", second="-300", third="-450")) == []
    assert problems(tmp_path, CASE.format(first="-12", second="-300", third="450")) == []
