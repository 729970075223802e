"""Specification: an amount cell takes its figure from another table, or from a named amount,
by the name text gives it (`"{{ tabeller.personliga.a7_10 }}"`, trial 46, F5): the norm's
räkneexempel cannot differ from the norm. The figure is exact, in the cell's table's unit,
shown and summed as a typed amount; a name that finds nothing, a figure that is no amount or
cannot be written in the unit, and a ring of tables are errors at the cell."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case.models import Case
from generator.compute.computed import compute_case

NBSP = "\u00a0"

NORM = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-27
dnr: nej
titel: Norm för ekonomiskt bistånd
belopp:
  tillagg: "8,40"
avsnitt:
  - rubrik: Personliga kostnader
    tabell: personliga
  - rubrik: Hushållskostnader
    tabell: hushall
  - rubrik: Räkneexempel
    text: Ett sambopar med två barn har en norm på {{ tabeller.exempel.summa }} i månaden.
    tabell: exempel
tabeller:
  - namn: personliga
    totalt: Summa
    kolumner:
      - {namn: post, rubrik: Personliga kostnader}
      - {namn: a4_6, rubrik: "4–6 år", typ: belopp}
      - {namn: a7_10, rubrik: "7–10 år", typ: belopp}
      - {namn: sambo, rubrik: Sambo, typ: belopp}
      - {namn: personer, rubrik: Personer, typ: antal}
    rader:
      - {post: Livsmedel, a4_6: 1330, a7_10: 1505, sambo: 3020, personer: 2}
      - {post: Kläder/skor, a4_6: 535, a7_10: 635, sambo: 1205}
      - {post: Fritid/lek, a4_6: 615, a7_10: 970, sambo: 1575}
  - namn: hushall
    kolumner:
      - {namn: post, rubrik: Hushållskostnader}
      - {namn: p4, rubrik: 4 personer, typ: belopp}
    rader:
      - {post: Förbrukningsvaror, p4: 305}
      - {post: "Dagstidningar, telefon", p4: 1335}
  - namn: exempel
    enhet: ENHET
    totalt: Norm för hushållet
    kolumner:
      - {namn: del, rubrik: Del}
      - {namn: belopp, rubrik: Per månad, typ: belopp}
    rader:
      - {del: "Personliga kostnader, sambo", belopp: "{{ tabeller.personliga.sambo }}"}
      - {del: "Personliga kostnader, barn 4–6 år", belopp: "{{ tabeller.personliga.a4_6 }}"}
      - {del: "Personliga kostnader, barn 7–10 år", belopp: "CELL"}
      - {del: "Hushållskostnader, 4 personer", belopp: "{{ tabeller.hushall.summa }}"}
"""
MINUS_ALLOWED = ("; bara ett minus får stå före den, \"-{{ … }}\", så visas och summeras beloppet "
                 "negativt")
CELL = (44, 61)
"""Line and column of the third row's cell of the räkneexempel (where CELL stands)."""


def norm(cell: str, unit: str = "kr") -> str:
    """The norm case, the third row of its räkneexempel holding `cell`, in `unit`."""
    return NORM.replace("CELL", cell).replace("ENHET", unit)


def build(tmp_path: Path, text: str) -> tuple[list[str], Any]:
    """The case's problems as printed (without the folder) and its computed figures."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case, documents=False)
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems], result.computed


def problems(tmp_path: Path, cell: str, unit: str = "kr") -> list[str]:
    """The problems of the norm case with `cell` in its räkneexempel."""
    return build(tmp_path, norm(cell, unit))[0]


def test_the_example_takes_its_figures_from_the_norm_and_adds_them_up(tmp_path: Path) -> None:
    found, computed = build(tmp_path, norm("{{ tabeller.personliga.a7_10 }}"))
    assert found == []
    example = computed.tables["exempel"]
    assert [row.amounts["belopp"] for row in example.rows] == [5_800, 2_480, 3_110, 1_640]
    assert example.total == 13_030


def test_the_document_shows_the_figures_as_typed_ones(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(norm("{{ tabeller.personliga.rader[0].a7_10 }}"), encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    markdown = next(content for name, content in result.files.items()
                    if name.endswith(".md")).decode()
    assert f"| Personliga kostnader, barn 7–10 år | 1{NBSP}505 |" in markdown
    assert f"en norm på 11{NBSP}425{NBSP}kr i månaden" in markdown
    assert f"| **Norm för hushållet** | **11{NBSP}425** |" in markdown


@pytest.mark.parametrize("cell", ["-{{ tabeller.personliga.a7_10 }}",
                                  "\u2212 {{ tabeller.personliga.a7_10 }}",
                                  "\u2013{{ tabeller.personliga.a7_10 }}"])
def test_a_minus_before_a_reference_negates_the_figure(tmp_path: Path, cell: str) -> None:
    """Trial 90, F7: a balance table shows what is paid out with its minus, and sums it so;
    a hyphen, the minus sign or an en dash, as an amount's sign is written (`money.SIGN`)."""
    case = tmp_path / "x.yaml"
    case.write_text(norm(cell), encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    assert result.computed is not None
    assert [row.amounts["belopp"] for row in result.computed.tables["exempel"].rows] == [
        5_800, 2_480, -3_110, 1_640]
    markdown = result.files["x.md"].decode()
    assert f"| Personliga kostnader, barn 7–10 år | \u22123{NBSP}110 |" in markdown
    assert f"| **Norm för hushållet** | **6{NBSP}810** |" in markdown


def test_a_plus_before_a_reference_is_refused_as_text_around_it(tmp_path: Path) -> None:
    assert problems(tmp_path, "+{{ tabeller.personliga.a7_10 }}") == [
        f"x.yaml:{CELL[0]}:{CELL[1]}: '+{{{{ tabeller.personliga.a7_10 }}}}' är inget belopp: en "
        "cell som hämtar ett belopp har bara hänvisningen, utan text eller formatering (cellen "
        f"visas i tabellens enhet), t.ex. {EXAMPLE}{MINUS_ALLOWED}"]


def test_a_negated_reference_by_place_is_still_checked_as_one(tmp_path: Path) -> None:
    """A row taken by its place is named in a sum's error whether negated or not."""
    text = norm("-{{ tabeller.personliga.rader[0].a7_10 }}").replace(
        "    totalt: Norm för hushållet\n", "    totalt: Norm för hushållet\n    summa: 1\n")
    assert build(tmp_path, text)[0] == [
        f"x.yaml:38:12: angiven summa 1{NBSP}kr för totalraden 'Norm för hushållet' i tabellen "
        f"'exempel' stämmer inte med summan av delarna 8{NBSP}415{NBSP}kr (den angivna är "
        f"8{NBSP}414{NBSP}kr för låg); med radens plats hämtar raden 'Personliga kostnader, barn "
        "7–10 år' raden 'Livsmedel' i tabellen 'personliga' (rader[0]): har rader lagts till "
        "eller tagits bort där, hämtas fel rad; kontrollera det först och hämta raden med dess "
        "namn (rad_namn), {{ tabeller.personliga.rader.<rad_namn>.a7_10 }}; annars rätta "
        "summan eller ta bort den så räknas den ut"]


def test_a_named_amount_is_a_figure_too_with_its_ore(tmp_path: Path) -> None:
    found, computed = build(tmp_path, norm("{{ belopp.tillagg }}"))
    assert found == []
    assert computed.tables["exempel"].total == Decimal("9928.40")


def test_a_figure_in_kronor_is_written_exactly_in_the_tables_unit(tmp_path: Path) -> None:
    found, computed = build(tmp_path, norm("{{ tabeller.personliga.a7_10 }}", "tkr"))
    assert found == []
    example = computed.tables["exempel"]
    assert example.total == 13_030
    assert example.decimals["belopp"] == 2  # (3,11 tkr: exact, never rounded)


@pytest.mark.parametrize(("cell", "message"), [
    ("{{ tabeller.personliga.a7_1 }}",
     "{{ tabeller.personliga.a7_1 }}: tabellen 'personliga' har ingen del 'a7_1', menade du "
     "'a7_10'?"),
    ("{{ tabeller.personlig.a7_10 }}",
     "{{ tabeller.personlig.a7_10 }}: det finns ingen tabell 'personlig', menade du "
     "'personliga'?"),
    ("{{ tabeller.norm.a7_10 }}",
     "{{ tabeller.norm.a7_10 }}: det finns ingen tabell 'norm', tabellerna är: personliga, "
     "hushall, exempel"),
    ("{{ tabeller.personliga.rader[3].a7_10 }}",
     "{{ tabeller.personliga.rader[3].a7_10 }}: tabellen 'personliga' har 3 rader, rader[0] "
     "till rader[2] (den första är rader[0])"),
    ("{{ tabeller.personliga.rader[0].a7_1 }}",
     "{{ tabeller.personliga.rader[0].a7_1 }}: 'tabeller.personliga.rader[0]' har ingen del "
     "'a7_1', menade du 'a7_10'?"),
    ("{{ belopp.tilagg }}", "{{ belopp.tilagg }}: 'belopp' har ingen del 'tilagg', menade du "
     "'tillagg'?"),
])
def test_a_name_that_finds_nothing_is_an_error_at_the_cell_saying_what_was_meant(
        tmp_path: Path, cell: str, message: str) -> None:
    assert problems(tmp_path, cell) == [f"x.yaml:{CELL[0]}:{CELL[1]}: {message}"]


EXAMPLE = '"{{ tabeller.norm.summa }}" eller "{{ tabeller.norm.rader[0].belopp }}"'


@pytest.mark.parametrize(("cell", "message"), [
    ("{{ tabeller.personliga.personer }}",
     "{{ tabeller.personliga.personer }} är ett antal (2), inget belopp; en beloppscell "
     f"hämtar ett belopp, t.ex. {EXAMPLE}"),
    ("{{ tabeller.personliga.rader[1].post }}",
     "{{ tabeller.personliga.rader[1].post }} är en text ('Kläder/skor'), inget belopp; en "
     f"beloppscell hämtar ett belopp, t.ex. {EXAMPLE}"),
    ("{{ tabeller.personliga.rader[1] }}",
     "{{ tabeller.personliga.rader[1] }} är en rad, inget belopp; skriv en av dess delar: "
     "a4_6, a7_10, sambo"),
    ("{{ tabeller.personliga.rader }}",
     "{{ tabeller.personliga.rader }} är en lista av rader, inget belopp; skriv en rad och en "
     "kolumn, t.ex. {{ tabeller.personliga.rader[0].a4_6 }}"),
    ("{{ tabeller.hushall }}",
     "{{ tabeller.hushall }} är en tabell, inget belopp; skriv en av dess delar: summa, p4"),
    ("{{ tabeller.personliga.summa }}",
     "'tabeller.personliga.summa' är summan av den första beloppskolumnen, '4–6 år' "
     f"(2{NBSP}480{NBSP}kr), men tabellen 'personliga' har 3 beloppskolumner; skriv kolumnens namn "
     "i stället för 'summa', t.ex. {{ tabeller.personliga.sambo }}; beloppskolumnerna är: "
     "a4_6 (4–6 år), a7_10 (7–10 år), sambo (Sambo)"),
])
def test_a_figure_that_is_no_amount_is_an_error_naming_what_it_is(
        tmp_path: Path, cell: str, message: str) -> None:
    assert problems(tmp_path, cell) == [f"x.yaml:{CELL[0]}:{CELL[1]}: {message}"]


@pytest.mark.parametrize(("cell", "message"), [
    ("ca {{ tabeller.personliga.a7_10 }}",
     "'ca {{ tabeller.personliga.a7_10 }}' är inget belopp: en cell som hämtar ett belopp har "
     "bara hänvisningen, utan text eller formatering (cellen visas i tabellens enhet), t.ex. "
     f"{EXAMPLE}"
     f"{MINUS_ALLOWED}"),
    ("{{ tabeller.personliga.a7_10 | tkr }}",
     "'{{ tabeller.personliga.a7_10 | tkr }}' är inget belopp: en cell som hämtar ett belopp "
     "har bara hänvisningen, utan text eller formatering (cellen visas i tabellens enhet), "
     f"t.ex. {EXAMPLE}"
     f"{MINUS_ALLOWED}"),
    ("{{ summa }}",
     f"{{{{ summa }}}}: en cell kan hämta en annan tabells belopp, t.ex. {EXAMPLE}, en "
     "uppdelnings, t.ex. \"{{ uppdelningar.bidrag.parter[0].belopp }}\", eller ett belopp "
     "under 'belopp:', t.ex. \"{{ belopp.grundbelopp }}\""),
])
def test_a_cell_holds_one_reference_and_nothing_else(tmp_path: Path, cell: str,
                                                     message: str) -> None:
    assert problems(tmp_path, cell) == [f"x.yaml:{CELL[0]}:{CELL[1]}: {message}"]


def test_a_figure_with_ore_is_refused_in_a_table_in_thousands(tmp_path: Path) -> None:
    assert problems(tmp_path, "{{ belopp.tillagg }}", "tkr") == [
        f"x.yaml:{CELL[0]}:{CELL[1]}: {{{{ belopp.tillagg }}}} är 8,40{NBSP}kr, med ören, och "
        "går inte att skriva exakt i tkr som tabellen är i; skriv beloppet i cellen som "
        "tabellen ska visa det"]


def test_a_table_cannot_take_a_figure_from_itself(tmp_path: Path) -> None:
    assert problems(tmp_path, "{{ tabeller.exempel.rader[0].belopp }}") == [
        f"x.yaml:{CELL[0]}:{CELL[1]}: {{{{ tabeller.exempel.rader[0].belopp }}}}: tabellen "
        "'exempel' kan inte hämta ett belopp från sig själv; skriv beloppet, eller en formel "
        "('formel') för kolumnen"]


RING = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-27
dnr: nej
titel: Ring
avsnitt:
  - {rubrik: A, tabell: a}
  - {rubrik: B, tabell: b}
  - {rubrik: C, tabell: c}
tabeller:
  - namn: a
    kolumner: [{namn: post}, {namn: belopp, typ: belopp}]
    rader: [{post: X, belopp: "{{ tabeller.b.summa }}"}, {post: Y, belopp: 5}]
  - namn: b
    kolumner: [{namn: post}, {namn: belopp, typ: belopp}]
    rader: [{post: X, belopp: "{{ tabeller.c.summa }}"}, {post: Y, belopp: 5}]
  - namn: c
    kolumner: [{namn: post}, {namn: belopp, typ: belopp}]
    rader: [{post: X, belopp: "{{ tabeller.a.rader[1].belopp }}"}, {post: Y, belopp: 5}]
"""


def test_tables_that_take_figures_from_each_other_in_a_ring_are_an_error_naming_the_ring(
        tmp_path: Path) -> None:
    assert build(tmp_path, RING)[0] == [
        "x.yaml:18:31: {{ tabeller.a.rader[1].belopp }}: tabellerna hämtar belopp från "
        "varandra i en ring (a → b → c → a), så inget av dem kan räknas ut; skriv beloppet i "
        "en av dem"]


def test_a_chain_of_tables_is_computed_in_the_order_the_cells_need(tmp_path: Path) -> None:
    chain = RING.replace('"{{ tabeller.a.rader[1].belopp }}"', "7")
    found, computed = build(tmp_path, chain)
    assert found == []
    assert [computed.tables[name].total for name in "abc"] == [22, 17, 12]
    assert list(computed.tables) == ["a", "b", "c"]


def test_a_chain_of_more_tables_than_the_limit_is_an_error_not_a_crash(tmp_path: Path) -> None:
    tables = "".join(
        f"  - namn: t{i}\n    kolumner: [{{namn: post}}, {{namn: belopp, typ: belopp}}]\n"
        f"    rader: [{{post: X, belopp: \"{{{{ tabeller.t{i + 1}.summa }}}}\"}}]\n"
        for i in range(400)) + "  - {namn: t400, kolumner: [{namn: belopp, typ: belopp}], " \
        "rader: [{belopp: 1}]}\n"
    text = "dokumenttyp: tjansteskrivelse\ndatum: 2026-11-27\ndnr: nej\ntitel: Kedja\n" \
        "tabeller:\n" + tables
    errors = [found for found in build(tmp_path, text)[0] if ": varning: " not in found]
    assert errors[0] == (
        "x.yaml:95:31: {{ tabeller.t30.summa }}: fler än 30 tabeller hämtar belopp från "
        "varandra i en kedja; skriv beloppet i någon av dem")
    assert len(errors) == 13 and all("i en kedja" in error for error in errors)  # (one per 30)


def test_a_reference_in_a_count_column_says_where_one_may_stand(tmp_path: Path) -> None:
    text = norm("1").replace('personer: 2}', 'personer: "{{ tabeller.hushall.summa }}"}')
    assert build(tmp_path, text)[0] == [
        "x.yaml:25:75: '{{ tabeller.hushall.summa }}' är inte ett tal, skriv t.ex. 1250, "
        "\"1 250\", \"12,5\" eller \"12,5 %\"; en hänvisning med {{ … }} går bara i texter "
        "och i en tabells beloppskolumner (typ: belopp), inte som tal här"]


UNITS = {"kr": 0, "tkr": 3, "mnkr": 6}


def case_of(source_unit: str, source: list[int], target_unit: str,
            cells: list[int | str]) -> Case:
    """A case of a table in `source_unit` and one in `target_unit` whose cells are typed
    figures or references to the first's."""
    return Case.model_validate({
        "dokumenttyp": "beslutsunderlag", "datum": "2026-11-27", "dnr": "nej", "titel": "T",
        "tabeller": [
            {"namn": "norm", "enhet": source_unit,
             "kolumner": [{"namn": "post"}, {"namn": "belopp", "typ": "belopp"}],
             "rader": [{"post": f"r{i}", "belopp": figure} for i, figure in enumerate(source)]},
            {"namn": "exempel", "enhet": target_unit,
             "kolumner": [{"namn": "post"}, {"namn": "belopp", "typ": "belopp"}],
             "rader": [{"post": f"e{i}", "belopp": cell} for i, cell in enumerate(cells)]},
        ]})


figures = st.integers(min_value=-10**6, max_value=10**7)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(list(UNITS)), st.lists(figures, min_size=1, max_size=5),
       st.sampled_from(list(UNITS)), st.data())
def test_referenced_cells_are_summed_exactly_as_typed_ones(
        source_unit: str, source: list[int], target_unit: str, data: st.DataObject) -> None:
    picks = data.draw(st.lists(st.one_of(
        st.integers(min_value=0, max_value=len(source)),  # a row, or the total (len)
        figures.map(str)), min_size=1, max_size=6))
    cells: list[int | str] = [
        pick if isinstance(pick, str) else "{{ tabeller.norm.summa }}" if pick == len(source)
        else f"{{{{ tabeller.norm.rader[{pick}].belopp }}}}" for pick in picks]
    computed, mismatches, findings = compute_case(case_of(source_unit, source, target_unit,
                                                          cells))
    assert (mismatches, findings) == ([], [])
    scale, own = 10 ** UNITS[source_unit], 10 ** UNITS[target_unit]
    expected = [int(pick) * own if isinstance(pick, str)
                else sum(source) * scale if pick == len(source) else source[pick] * scale
                for pick in picks]
    example = computed.tables["exempel"]
    assert [row.amounts["belopp"] for row in example.rows] == expected
    assert example.total == sum(expected)


SPLITS = """\
dokumenttyp: tjansteskrivelse
datum: 2024-01-10
dnr: nej
titel: Bidrag till studieförbund 2024
avsnitt:
  - rubrik: Grundbidrag
    text: Grundbidraget fördelas efter förra årets andel.
    tabell: uppdelning
    uppdelning: grundbidrag
  - rubrik: Volymbidrag
    text: Volymbidraget fördelas efter studietimmar.
    tabell: uppdelning
    uppdelning: volymbidrag
  - rubrik: Bidrag per studieförbund
    tabell: totalt
uppdelningar:
  - namn: grundbidrag
    metod: vikter
    summa: 294000
    rubrik_part: Studieförbund
    parter:
      - {namn: ABF, vikt: 82}
      - {namn: Sensus, vikt: 18}
  - namn: volymbidrag
    metod: vikter
    summa: 126000
    rubrik_part: Studieförbund
    parter:
      - {namn: ABF, vikt: 2035}
      - {namn: Sensus, vikt: 1017}
tabeller:
  - namn: totalt
    kolumner:
      - {namn: sf, rubrik: Studieförbund}
      - {namn: grund, rubrik: Grundbidrag, typ: belopp}
      - {namn: volym, rubrik: Volymbidrag, typ: belopp}
      - {namn: summa, rubrik: Bidrag 2024, typ: belopp, formel: grund + volym}
    rader:
      - {sf: ABF, grund: "{{ uppdelningar.grundbidrag.parter[0].belopp }}",
         volym: "{{ uppdelningar.volymbidrag.parter[0].belopp }}"}
      - {sf: Sensus, grund: "{{ uppdelningar.grundbidrag.parter[1].belopp }}",
         volym: "SENSUS"}
"""


def test_a_summary_of_two_splits_takes_each_partys_parts(tmp_path: Path) -> None:
    """Trial 76, F2: grundbidrag and volymbidrag per förbund, added up, from the splits."""
    found, computed = build(tmp_path, SPLITS.replace(
        "SENSUS", "{{ uppdelningar.volymbidrag.parter[1].belopp }}"))
    assert found == []
    parts = [dict(computed.splits[name].parts) for name in ("grundbidrag", "volymbidrag")]
    summary = computed.tables["totalt"]
    assert [row.amounts["grund"] for row in summary.rows] == [parts[0]["ABF"],
                                                              parts[0]["Sensus"]]
    assert [row.amounts["volym"] for row in summary.rows] == [parts[1]["ABF"],
                                                              parts[1]["Sensus"]]
    assert summary.totals["summa"] == 420_000


@pytest.mark.parametrize(("cell", "message"), [
    ("{{ uppdelningar.volymbidra.parter[1].belopp }}",
     "{{ uppdelningar.volymbidra.parter[1].belopp }}: det finns ingen uppdelning 'volymbidra', "
     "menade du 'volymbidrag'?"),
    ("{{ uppdelningar.volymbidrag.parter[2].belopp }}",
     "{{ uppdelningar.volymbidrag.parter[2].belopp }}: uppdelningen 'volymbidrag' har 2 parter, "
     "parter[0] till parter[1] (den första är parter[0])"),
])
def test_a_split_reference_that_finds_nothing_says_what_there_is(
        tmp_path: Path, cell: str, message: str) -> None:
    found, _ = build(tmp_path, SPLITS.replace("SENSUS", cell))
    assert found == [f"x.yaml:42:17: {message}"]


def test_a_cell_of_a_split_that_cannot_be_computed_points_at_the_split(tmp_path: Path) -> None:
    text = SPLITS.replace("SENSUS", "{{ uppdelningar.volymbidrag.parter[1].belopp }}")
    text = text.replace("      - {namn: Sensus, vikt: 1017}", "      - {namn: Sensus}")
    found, _ = build(tmp_path, text)
    assert found == [
        "x.yaml:30:9: parten 'Sensus' saknar 'vikt', som metoden 'vikter' kräver; lägg till "
        "t.ex. vikt: 245347",
        "x.yaml:40:17: 2 hänvisningar till uppdelningen 'volymbidrag' (raderna 40 och 42) kan "
        "inte räknas ut förrän felet ovan är rättat"]


@pytest.mark.parametrize("cell", ["{{ tabeller.personliga.rader[0].a7_10 }}",
                                  "{{ tabeller.personliga.rader.livsmedel.a7_10 }}"])
def test_a_reference_to_a_refused_cell_says_that_cell_has_an_error(tmp_path: Path,
                                                                   cell: str) -> None:
    """Trial 84, F9: not "har ingen del 'a7_10'", nor "menade du 'a4_6'?" (another column's
    figure, taken silently once followed), but that the cell it names has an error."""
    text = norm(cell).replace("{post: Livsmedel, a4_6: 1330, a7_10: 1505,",
                              "{rad_namn: livsmedel, post: Livsmedel, a4_6: 1330, a7_10: 15x5,")
    found, _ = build(tmp_path, text)
    assert found == [
        "x.yaml:25:67: '15x5' är inte ett belopp i kronor, skriv beloppet i kronor, t.ex. "
        "2330883, \"2 330 883\" eller med ören \"8,40\"",
        f"x.yaml:{CELL[0]}:{CELL[1]}: {cell}: hänvisningen till cellen '7–10 år' på raden "
        "'Livsmedel' i tabellen 'personliga' kan inte räknas ut förrän felet ovan är rättat"]


def test_a_text_naming_a_refused_cell_says_nothing_more(tmp_path: Path) -> None:
    """The cell's own error says why; the text's reference adds nothing (trial 84, F9)."""
    text = norm("1").replace("a7_10: 1505,", "a7_10: 15x5,").replace(
        "i månaden.", "i månaden, {{ tabeller.personliga.rader[0].a7_10 }} till livsmedel.")
    assert [line.split(": ", 1)[0] for line in build(tmp_path, text)[0]] == ["x.yaml:25:46"]
