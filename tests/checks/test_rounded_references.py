"""A figure of a table of rounded amounts (`avrundat: true`) written in a finer unit than the
table shows it (trial 71, F11: `{{ … | kr }}` printed "återlämnas 5 400 000 kr" for a
5,4 mnkr rounded to 0,1 mnkr) is warned about, and so is the same figure typed in kronor in a
point; written as the table writes it, in a coarser unit, or from a table of exact amounts,
it is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Investeringsredovisning
avsnitt:
  - text: Tabellen visar avvikelsen per objekt.
    tabell: inv
tabeller:
  - namn: inv
    enhet: mnkr
    avrundat: true
    kolumner:
      - {namn: objekt, rubrik: Objekt}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Utfall, typ: belopp}
      - {namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: budget - utfall}
    rader:
      - {objekt: Förskola Hol, budget: "0,0", utfall: "0,5"}
      - {objekt: Ventilation Sundler, budget: "6,0", utfall: "0,5", avvikelse: "5,4"}
forslag:
  forslagsstallare: Kommunstyrelsen
  beslutande: Kommunfullmäktige
  punkter:
    - POINT
"""


TYPED = "av ej använda medel för Ventilation Sundler återlämnas 5 400 000 kr."


def problems(tmp_path: Path, reference: str, case: str = CASE, typed: str = "") -> list[str]:
    """What `beslut kontrollera` prints for the case with this reference in its point (or
    an amount typed there)."""
    point = typed or f"av ej använda investeringsmedel återlämnas {{{{ {reference} }}}}."
    path = tmp_path / "x.yaml"
    path.write_text(case.replace("POINT", point), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "")
            for p in Pipeline().build(path).problems]


def test_a_rounded_figure_in_kronor_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "tabeller.inv.rader[1].avvikelse | kr") == [
        "x.yaml:24:50: varning: {{ tabeller.inv.rader[1].avvikelse | kr }} skriver "
        "5 400 000 kr, men tabellen 'inv' har belopp avrundade till 0,1 mnkr "
        "('avrundat: true'), så beloppet ser exaktare ut än det är; skriv "
        "{{ tabeller.inv.rader[1].avvikelse }} så står det 5,4 mnkr som i tabellen, eller ge "
        "det exakta beloppet ett namn under 'belopp:' och hänvisa till det"]


def test_in_thousands_or_as_a_size_too(tmp_path: Path) -> None:
    assert problems(tmp_path, "tabeller.inv.rader[0].avvikelse | utan_tecken | tkr") == [
        "x.yaml:24:50: varning: {{ tabeller.inv.rader[0].avvikelse | utan_tecken | tkr }} "
        "skriver 500 tkr, men tabellen 'inv' har belopp avrundade till 0,1 mnkr "
        "('avrundat: true'), så beloppet ser exaktare ut än det är; skriv "
        "{{ tabeller.inv.rader[0].avvikelse | utan_tecken }} så står det 0,5 mnkr som i "
        "tabellen, eller ge det exakta beloppet ett namn under 'belopp:' och hänvisa till det"]


@pytest.mark.parametrize("reference", [
    "tabeller.inv.rader[1].avvikelse", "tabeller.inv.rader[1].avvikelse | mnkr",
    "tabeller.inv.rader[1].avvikelse | mdkr(3)"])
def test_as_the_table_writes_it_or_coarser_is_left_alone(tmp_path: Path,
                                                         reference: str) -> None:
    assert problems(tmp_path, reference) == []


def test_a_table_of_exact_amounts_is_left_alone(tmp_path: Path) -> None:
    exact = CASE.replace("    avrundat: true\n", "").replace(', avvikelse: "5,4"', "")
    assert problems(tmp_path, "tabeller.inv.rader[1].avvikelse | kr", exact) == []


def test_a_rounded_figure_typed_in_kronor_in_a_point_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "", typed=TYPED) == [
        "x.yaml:24:62: varning: beloppet '5 400 000 kr' i förslaget är tabellens 5,4 mnkr "
        "på raden 'Ventilation Sundler', men tabellen 'inv' har belopp avrundade till "
        "0,1 mnkr ('avrundat: true'), så beloppet ser exaktare ut än det är; skriv "
        "{{ tabeller.inv.rader[1].avvikelse }} så står det 5,4 mnkr som i tabellen, eller ge "
        "det exakta beloppet ett namn under 'belopp:' och hänvisa till det"]


def test_typed_as_the_table_writes_it_or_from_exact_amounts_it_is_not(tmp_path: Path) -> None:
    exact = CASE.replace("    avrundat: true\n", "").replace(', avvikelse: "5,4"', "")
    assert problems(tmp_path, "", typed=TYPED.replace("5 400 000 kr", "5,4 mnkr")) == []
    assert problems(tmp_path, "", exact.replace('"6,0"', '"5,9"'), typed=TYPED) == []
