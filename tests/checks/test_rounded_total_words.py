"""How a warning names a table's stated total of rounded amounts (`avrundat: true`).

Trial 73, F3: a nämnd's internbudget publishes 248 528 tkr for Budget 2011 where its rows add
up to 248 527 tkr, and the case keeps the source's total with `avrundat: true`. A text that
says 248 527 tkr was warned about "det beräknade 248 528 tkr": 248 528 tkr is the stated total,
and the computed sum is the text's own figure. The warning names each figure for what it is.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Socialnämnden
avsnitt:
  - rubrik: Verksamhetsbeskrivning
    text: Nämndens budget 2011 uppgår till {said}.
    tabell: drift
tabeller:
  - namn: drift
    enhet: tkr
    avrundat: true
    summa: {{b2010: 242 876, b2011: 248 528}}
    kolumner:
      - {{namn: post, rubrik: "Netto, tkr"}}
      - {{namn: b2010, rubrik: Budget 2010, typ: belopp}}
      - {{namn: b2011, rubrik: Budget 2011, typ: belopp}}
    rader:
      - {{post: Nämnden, b2010: 4 830, b2011: 4 971}}
      - {{post: Äldreomsorg, b2010: 238 046, b2011: 243 556}}
"""


def _problems(tmp_path: Path, said: str) -> list[str]:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.format(said=said), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_the_rows_sum_in_the_text_meets_the_stated_total_named_as_such(tmp_path: Path) -> None:
    assert _problems(tmp_path, "248 527 tkr") == [
        "fall.yaml:7:44: varning: beloppet '248 527 tkr' i texten stämmer inte exakt med den "
        "angivna totalen 248 528 tkr (tabeller.drift.b2011; radernas summa är 248 527 tkr); "
        "menar texten det beloppet, skriv {{ tabeller.drift.b2011 }} eller "
        "{{ tabeller.drift.b2011 | tkr }} så följer texten tabellen"]


def test_the_stated_total_in_the_text_passes(tmp_path: Path) -> None:
    assert _problems(tmp_path, "248 528 tkr") == []


def test_a_total_the_rows_add_up_to_is_still_the_computed_one(tmp_path: Path) -> None:
    assert _problems(tmp_path, "242 877 tkr") == [
        "fall.yaml:7:44: varning: beloppet '242 877 tkr' i texten stämmer inte exakt med det "
        "beräknade 242 876 tkr (tabeller.drift.b2010); menar texten det beloppet, skriv "
        "{{ tabeller.drift.b2010 }} eller {{ tabeller.drift.b2010 | tkr }} så följer texten "
        "tabellen"]
