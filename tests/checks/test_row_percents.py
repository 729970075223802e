"""Specification of generator.checks.row_percents: a percentage in a point at a row the
point names is compared with the row's percentage (trial 98, F5: "för förvalta egendom till
15 %" beside the row's 10 % passed, as whole percentages are not read elsewhere)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2018-10-16
dnr: nej
titel: Arvodesbestämmelser för god man och förvaltare
belopp:
  pbb: 45500
beslut:
  beslutande: Överförmyndarnämnden
  datum: 2018-10-15
  paragraf: § 12
  punkter:
    - {point}
avsnitt:
  - rubrik: Arvode
    tabell: arvode
tabeller:
  - namn: arvode
    totalt: false
    kolumner:
      - {{namn: del, rubrik: Del av uppdraget}}
      - {{namn: andel, rubrik: Andel av prisbasbeloppet, typ: tal}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp, formel: andel * belopp.pbb}}
    rader:
      - {{del: Förvalta egendom, rad_namn: forvalta, andel: "10 %"}}
      - {{del: Bevaka rätt, andel: "5 %"}}
      - {{del: Sörja för person, andel: "5 %"}}
"""
FEES = ("fastställa arvodet för förvalta egendom till {0} av prisbasbeloppet, för bevaka rätt "
        "till {1} och för sörja för person till 5 %.")


def problems(tmp_path: Path, point: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with this point."""
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(point=point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_a_percentage_at_a_named_row_that_is_not_the_rows_is_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, FEES.format("15 %", "5 %")) == [
        "x.yaml:12:52: varning: procentsatsen '15 %' i beslutet står vid raden 'Förvalta "
        "egendom', där tabellen har 10 %; menar punkten den, skriv "
        "{{ tabeller.arvode.rader.forvalta.andel }} så följer punkten tabellen"]


def test_each_percentage_is_read_at_the_row_named_before_it(tmp_path: Path) -> None:
    assert problems(tmp_path, FEES.format("10 %", "6 procent")) == [
        "x.yaml:12:98: varning: procentsatsen '6 procent' i beslutet står vid raden 'Bevaka "
        "rätt', där tabellen har 5 %; menar punkten den, skriv "
        "{{ tabeller.arvode.rader[1].andel }} så följer punkten tabellen"]


@pytest.mark.parametrize("point", [
    FEES.format("10 %", "5 %"),  # (the rows' own)
    FEES.format("{{ tabeller.arvode.rader.forvalta.andel }}", "5 %"),
    "ersätta resor med högst 7 % av prisbasbeloppet.",  # (no row named)
    "höja arvodena för förvalta egendom och bevaka rätt med 3 %.",  # (two rows named)
])
def test_other_percentages_pass(tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, point) == []
