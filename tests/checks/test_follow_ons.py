"""Specification: an error that leaves other cells without a figure is listed first, and the
cells that take a figure from it follow it as one line that is not counted (trial 90, F9):
one wrong percentage gave five lines about the cells that fetch the split's parts and the
real error last, "6 fel", and `beslut bevaka` showed the first of them."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline
from generator.case.yaml_loader import load_yaml_file
from generator.checks.follow_ons import follow_on_problems
from generator.cli import summary
from generator.problems import Finding, FollowOn

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: nej
titel: Fördelning av schablonersättning 2024
avsnitt:
  - rubrik: Jämförelse
    tabell: jamforelse
  - rubrik: Balans
    tabell: balans
  - rubrik: Fördelning
    tabell: uppdelning
    uppdelning: schablon
tabeller:
  - namn: jamforelse
    kolumner:
      - {namn: forv, rubrik: Förvaltning}
      - {namn: f2024, rubrik: Förslag 2024, typ: belopp}
    rader:
      - {forv: Socialförvaltningen, f2024: "{{ uppdelningar.schablon.parter[0].belopp }}"}
      - {forv: Utbildningsförvaltningen, f2024: "{{ uppdelningar.schablon.parter[1].belopp }}"}
  - namn: balans
    totalt: false
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {post: Fördelas, belopp: "{{ uppdelningar.schablon.summa }}"}
uppdelningar:
  - namn: schablon
    metod: vikter
    summa: 9842300
    parter:
      - {namn: Socialförvaltningen, vikt: "60 %"}
      - {namn: Utbildningsförvaltningen, vikt: "VIKT"}
"""

NBSP = "\u00a0"
ROOT = (f"x.yaml:29:5: procenten i uppdelningen 'schablon' blir tillsammans 99{NBSP}%, men "
        f"vikter i procent ska bli exakt 100{NBSP}%; rätta den procentsats som är fel; är "
        "procenten avrundade, skriv i stället talen de är uträknade ur (t.ex. invånare) som "
        "vikter, utan %")


def build(tmp_path: Path, text: str) -> CaseResult:
    """The case built as `beslut kontrollera` builds it, from x.yaml in tmp_path."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return Pipeline().build(case)


def lines(result: CaseResult, tmp_path: Path) -> list[str]:
    """The case's problems as printed, without the folder."""
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems]


def test_the_split_error_comes_first_and_the_cells_that_fetch_it_are_one_line(
        tmp_path: Path) -> None:
    result = build(tmp_path, CASE.replace("VIKT", "39 %"))
    assert lines(result, tmp_path) == [
        ROOT,
        "x.yaml:19:44: 3 hänvisningar till uppdelningen 'schablon' (raderna 19, 20 och 27) "
        "kan inte räknas ut förrän felet ovan är rättat"]
    assert summary([result]) == "1 fil kontrollerad: 1 fel i 1 fil."


def test_one_cell_that_fetches_a_split_with_an_error_is_named(tmp_path: Path) -> None:
    text = CASE.replace("VIKT", "39 %").replace(
        'f2024: "{{ uppdelningar.schablon.parter[1].belopp }}"', "f2024: 3 000 000").replace(
        '"{{ uppdelningar.schablon.parter[0].belopp }}"', "5 000 000")
    assert lines(build(tmp_path, text), tmp_path) == [
        ROOT,
        "x.yaml:27:34: {{ uppdelningar.schablon.summa }}: hänvisningen till uppdelningen "
        "'schablon' kan inte räknas ut förrän felet ovan är rättat"]


CELLS = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: nej
titel: Balans 2024
avsnitt:
  - rubrik: Balans
    tabell: balans
  - rubrik: Summering
    tabell: summering
  - rubrik: Erhållet
    tabell: erhallen
tabeller:
  - namn: balans
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {post: Erhållet, belopp: "{{ tabeller.erhallen.rader.schablon.belopp }}"}
  - namn: summering
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {post: Erhållet, belopp: "{{ tabeller.erhallen.rader.schablon.belopp }}"}
      - {post: Ensamkommande, belopp: "{{ tabeller.erhallen.rader.ensam.belopp }}"}
  - namn: erhallen
    kolumner:
      - {namn: ersattning, rubrik: Ersättning}
      - {namn: belopp, rubrik: Belopp, typ: belopp}
    rader:
      - {ersattning: Schablonersättning, belopp: 9 84x 300, rad_namn: schablon}
      - {ersattning: Ensamkommande, belopp: 1 236 000, rad_namn: ensam}
"""


def test_a_refused_cell_comes_before_the_cells_of_earlier_tables_that_fetch_it(
        tmp_path: Path) -> None:
    """The same for a cell of a table that other tables, above it in the file, fetch."""
    result = build(tmp_path, CELLS)
    assert lines(result, tmp_path) == [
        "x.yaml:31:50: '9 84x 300' är inte ett belopp i kronor, skriv beloppet i kronor, "
        "t.ex. 2330883, \"2 330 883\" eller med ören \"8,40\"",
        "x.yaml:18:34: 2 hänvisningar till cellen 'Belopp' på raden 'Schablonersättning' i "
        "tabellen 'erhallen' (raderna 18 och 24) kan inte räknas ut förrän felet ovan är "
        "rättat"]
    assert summary([result]) == "1 fil kontrollerad: 1 fel i 1 fil."


def test_a_cell_that_fetches_a_cell_that_fetches_a_broken_split_follows_the_split(
        tmp_path: Path) -> None:
    text = CASE.replace("VIKT", "39 %").replace("""    rader:
      - {post: Fördelas, belopp: "{{ uppdelningar.schablon.summa }}"}""", """    rader:
      - {post: Fördelas, belopp: "{{ tabeller.jamforelse.rader[0].f2024 }}"}""")
    assert lines(build(tmp_path, text), tmp_path) == [
        ROOT,
        "x.yaml:19:44: 2 hänvisningar till uppdelningen 'schablon' (raderna 19 och 20) kan "
        "inte räknas ut förrän felet ovan är rättat",
        "x.yaml:27:34: {{ tabeller.jamforelse.rader[0].f2024 }}: hänvisningen till cellen "
        "'Förslag 2024' på raden 'Socialförvaltningen' i tabellen 'jamforelse' kan inte "
        "räknas ut förrän felet ovan är rättat"]


def test_a_follow_on_whose_cause_has_no_error_keeps_its_own_message(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("VIKT", "40 %"), encoding="utf-8")
    loaded = load_yaml_file(case, "x.yaml")
    cell = ("tabeller", 0, "rader", 0, "f2024")
    follows = FollowOn(("uppdelningar", 0), "{{ uppdelningar.schablon.summa }}",
                       "uppdelningen 'schablon'")
    found = follow_on_problems([Finding(cell, "egen text", follows=follows)], loaded, "x.yaml")
    assert [problem.format() for problem in found] == ["x.yaml:19:44: egen text"]
