"""A table with `totalt: false` has no totals, as a column with `summeras: nej` has none: text
or a cell that names a column's total (or `summa`) is an error that names the rows to write
instead (trial 93, F13: a list of monthly rates per age band, whose column "sum" printed
9 321 kr in an att-sats as the rate for 0–12 år). The example is the table's own sum row
where it ends with one, a group by its subtotal, or else its first rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

RATES = """\
dokumenttyp: tjansteskrivelse
datum: 2020-12-02
dnr: nej
titel: Ersättningar till familjehem 2021
belopp:
  prisbasbelopp: 47600
forslag:
  forslagsstallare: Socialförvaltningen
  beslutande: Socialnämnden
  punkter:
    - omkostnadsersättningen för barn 0–12 år är {{ tabeller.omkostnad.grund }} per månad.
avsnitt:
  - rubrik: Omkostnadsersättning
    tabell: omkostnad
tabeller:
  - namn: omkostnad
    totalt: false
    kolumner:
      - {namn: alder, rubrik: Ålder}
      - {namn: grund_pbb, rubrik: Grundkostnad (% av prisbasbeloppet), typ: tal}
      - namn: grund
        rubrik: Grundkostnad, kr per månad
        typ: belopp
        formel: grund_pbb * belopp.prisbasbelopp / 12
    rader:
      - {alder: 0–12 år, grund_pbb: 110 %}
      - {alder: 13–19 år, grund_pbb: 125 %}
      - {alder: 20 år, grund_pbb: 125 %}
"""


def problems(tmp_path: Path, case: str) -> list[str]:
    """What `beslut kontrollera` prints for the case, "~" for a no-break space."""
    path = tmp_path / "x.yaml"
    path.write_text(case, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(path).problems]


RATE_ROWS = ("skriv en rad, t.ex. {{ tabeller.omkostnad.rader[0].grund }} (0–12 år) eller "
             "{{ tabeller.omkostnad.rader[1].grund }} (13–19 år), eller ta bort 'totalt: false' "
             "om tabellen ska ha en totalrad")


def test_a_column_total_of_a_table_without_total_is_an_error_naming_its_rows(
        tmp_path: Path) -> None:
    assert problems(tmp_path, RATES) == [
        "x.yaml:11:50: {{ tabeller.omkostnad.grund }}: tabellen 'omkostnad' summeras inte "
        "(totalt: false), så kolumnen 'Grundkostnad, kr per månad' har ingen summa; "
        + RATE_ROWS]


def test_summa_is_the_first_amount_columns_total_and_as_much_an_error(tmp_path: Path) -> None:
    case = RATES.replace("tabeller.omkostnad.grund }}", "tabeller.omkostnad.summa }}")
    assert problems(tmp_path, case) == [
        "x.yaml:11:50: {{ tabeller.omkostnad.summa }}: tabellen 'omkostnad' summeras inte "
        "(totalt: false), så kolumnen 'Grundkostnad, kr per månad' har ingen summa; "
        + RATE_ROWS]


def test_a_cell_that_takes_the_total_is_an_error_too(tmp_path: Path) -> None:
    case = RATES.replace("{{ tabeller.omkostnad.grund }}", "{{ tabeller.exempel.manad }}") \
        .replace("    tabell: omkostnad\n", "    tabell: omkostnad\n  - rubrik: Exempel\n"
                 "    tabell: exempel\n") + """\
  - namn: exempel
    kolumner:
      - {namn: post, rubrik: Ersättning}
      - {namn: manad, rubrik: Per månad, typ: belopp}
    rader:
      - {post: Omkostnadsersättning, manad: "{{ tabeller.omkostnad.grund }}"}
"""
    assert problems(tmp_path, case) == [
        "x.yaml:36:45: {{ tabeller.omkostnad.grund }}: tabellen 'omkostnad' summeras inte "
        "(totalt: false), så kolumnen 'Grundkostnad, kr per månad' har ingen summa; "
        + RATE_ROWS]


@pytest.mark.parametrize("change", [
    ("    totalt: false\n", ""),
    ("tabeller.omkostnad.grund }}", "tabeller.omkostnad.rader[0].grund }}"),
    ("tabeller.omkostnad.grund }}", "tabeller.omkostnad.antal_rader }}")])
def test_a_total_row_a_row_or_the_number_of_rows_may_be_named(
        tmp_path: Path, change: tuple[str, str]) -> None:
    assert problems(tmp_path, RATES.replace(*change)) == []


GROUPS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Investeringsredovisning
avsnitt:
  - text: "Totalt: {{ tabeller.inv.avvikelse }}."
    tabell: inv
tabeller:
  - namn: inv
    enhet: mnkr
    avrundat: true
    totalt: false
    kolumner:
      - {namn: objekt, rubrik: Objekt}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Utfall, typ: belopp}
      - {namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: budget - utfall}
    rader:
      - objekt: Investeringsobjekt
        delsumma: Summa investeringsobjekt
        budget: "13,5"
        rader:
          - {objekt: Inventarier, budget: "8,5", utfall: "4,0"}
          - {objekt: Reinvestering, budget: "5,0", utfall: "0,0"}
"""


def test_a_group_is_offered_by_its_subtotal(tmp_path: Path) -> None:
    """Trial 71, F6 (Vårgårda's investeringsredovisning, with subtotals only): the total
    of the rounded amounts is printed nowhere."""
    assert problems(tmp_path, GROUPS) == [
        "x.yaml:6:20: {{ tabeller.inv.avvikelse }}: tabellen 'inv' summeras inte (totalt: "
        "false), så kolumnen 'Avvikelse (mnkr)' har ingen summa; skriv en rad, t.ex. "
        "{{ tabeller.inv.rader[0].avvikelse }} (Summa investeringsobjekt), eller ta bort "
        "'totalt: false' om tabellen ska ha en totalrad"]


SUM_ROW = """\
dokumenttyp: beslut
datum: 2024-05-14
dnr: nej
titel: Bygglov
belopp: {timavgift: 1100}
beslut:
  beslutande: Bygglovsnämnden
  punkter:
    - ta ut avgiften {{ tabeller.avgift.summa }} enligt specifikationen nedan.
avsnitt:
  - rubrik: Avgift
    tabell: avgift
tabeller:
  - namn: avgift
    totalt: false
    kolumner:
      - {namn: moment, rubrik: Moment}
      - {namn: grund, rubrik: Grund}
      - {namn: timmar, rubrik: Timmar, typ: tal}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: timmar * belopp.timavgift}
    rader:
      - {moment: Bygglov komplementbyggnad, rad_namn: lov, timmar: 6}
      - {moment: Startbesked utan tekniskt samråd, rad_namn: start, timmar: 2}
      - {moment: Underrättelse till sakägare, rad_namn: underr, timmar: "1,5"}
      - {moment: Kungörelse i Post- och Inrikes Tidningar, rad_namn: kung, timmar: "0,5"}
      - {moment: Reducering en vecka, rad_namn: red, rad_formel: "-lov * 20 %"}
      - {moment: Summa avgift, rad_namn: summa, rad_formel: lov + start + underr + kung + red}
"""


def test_a_table_ending_with_its_own_sum_offers_that_row(tmp_path: Path) -> None:
    """Trial 86, F5b: the total of the rows without a row formula, 11 000 kr, is not the
    fee; the last row, 9 680 kr, is."""
    assert problems(tmp_path, SUM_ROW) == [
        "x.yaml:9:22: {{ tabeller.avgift.summa }}: tabellen 'avgift' summeras inte (totalt: "
        "false), så kolumnen 'Avgift (kr)' har ingen summa; skriv en rad, t.ex. "
        "{{ tabeller.avgift.rader.summa.avgift }} (Summa avgift), eller ta bort 'totalt: "
        "false' om tabellen ska ha en totalrad"]


def test_a_sum_row_without_a_name_is_offered_by_its_place(tmp_path: Path) -> None:
    case = SUM_ROW.replace("{moment: Summa avgift, rad_namn: summa,", "{moment: Summa avgift,")
    assert "{{ tabeller.avgift.rader[5].avgift }} (Summa avgift)" in problems(tmp_path, case)[0]


def test_the_sum_rows_own_reference_is_left_alone(tmp_path: Path) -> None:
    named = SUM_ROW.replace("tabeller.avgift.summa", "tabeller.avgift.rader.summa.avgift")
    assert problems(tmp_path, named) == []


def test_a_count_columns_total_is_as_much_an_error(tmp_path: Path) -> None:
    case = RATES.replace("{{ tabeller.omkostnad.grund }}", "{{ tabeller.omkostnad.barn }}") \
        .replace("      - {namn: alder, rubrik: Ålder}\n",
                 "      - {namn: alder, rubrik: Ålder}\n"
                 "      - {namn: barn, rubrik: Barn, typ: antal}\n") \
        .replace("{alder: 0–12 år,", "{alder: 0–12 år, barn: 4,")
    assert problems(tmp_path, case) == [
        "x.yaml:11:50: {{ tabeller.omkostnad.barn }}: tabellen 'omkostnad' summeras inte "
        "(totalt: false), så kolumnen 'Barn' har ingen summa; skriv en rad, t.ex. "
        "{{ tabeller.omkostnad.rader[0].barn }} (0–12 år), eller ta bort 'totalt: false' om "
        "tabellen ska ha en totalrad"]


def test_summa_of_several_columns_without_a_total_gets_this_error_alone(tmp_path: Path) -> None:
    """Not also the error that asks which column's total `summa` means (`checks.total_refs`):
    there is none."""
    case = RATES.replace("tabeller.omkostnad.grund }}", "tabeller.omkostnad.summa }}") \
        .replace("      - {alder: 0–12 år,", "      - {namn: extra, rubrik: Extra, typ: belopp}\n"
                 "    rader:\n      - {alder: 0–12 år, extra: 5,", 1) \
        .replace("    rader:\n      - {namn: extra", "      - {namn: extra", 1)
    assert [line.split(": ", 1)[0] for line in problems(tmp_path, case)] == ["x.yaml:11:50"]


FEES = """\
dokumenttyp: tjansteskrivelse
datum: 2018-10-15
dnr: nej
titel: Arvode för gode män
belopp:
  pbb: 45500
avsnitt:
  - rubrik: Arvode
    text: Arvodet ger {reference} av prisbasbeloppet.
    tabell: arvode
tabeller:
  - namn: arvode
    kolumner:
      - {{namn: del, rubrik: Del}}
      - {{namn: andel, rubrik: Andel, typ: tal{summed}}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp, formel: andel * belopp.pbb}}
    rader:
      - del: Arvode
        rad_namn: arvodet
        delsumma: Fullständigt uppdrag
        rader:
          - {{del: Förvalta egendom, rad_namn: forvalta, andel: "10 %"}}
          - {{del: Bevaka rätt, andel: "5 %"}}
      - {{del: Schablon, andel: "2 %"}}
"""
UNSUMMED_NUMBERS = ("kolumnen 'Andel' i tabellen 'arvode' (typ: tal) summeras inte")
SUM_THEM = ("eller skriv 'summeras: ja' i kolumnen, så visar delsummorna och totalraden summan "
            "av talen")


@pytest.mark.parametrize("reference", ["tabeller.arvode.rader.arvodet.andel",
                                       "tabeller.arvode.rader[0].andel"])
def test_a_groups_number_that_is_not_summed_is_an_error_naming_its_rows(
        tmp_path: Path, reference: str) -> None:
    """Trial 98, F2: "'tabeller.arvode.rader.arvodet' har ingen del 'andel', menade du 'del'?"
    pointed at the text column."""
    case = FEES.format(reference="{{ " + reference + " }}", summed="")
    assert problems(tmp_path, case) == [
        "x.yaml:9:23: {{ tabeller.arvode.rader.arvodet.andel }}: " + UNSUMMED_NUMBERS
        + ", så gruppen 'Arvode' har inget tal i den; skriv en rad, t.ex. "
        "{{ tabeller.arvode.rader.forvalta.andel }} (Förvalta egendom) eller "
        "{{ tabeller.arvode.rader.arvodet.rader[1].andel }} (Bevaka rätt), " + SUM_THEM]


def test_a_total_of_numbers_that_are_not_summed_is_an_error_naming_its_rows(
        tmp_path: Path) -> None:
    case = FEES.format(reference="{{ tabeller.arvode.andel }}", summed="")
    assert problems(tmp_path, case) == [
        "x.yaml:9:23: {{ tabeller.arvode.andel }}: " + UNSUMMED_NUMBERS + " och har ingen "
        "summa; skriv en rad, t.ex. {{ tabeller.arvode.rader.forvalta.andel }} (Förvalta "
        "egendom) eller {{ tabeller.arvode.rader[0].rader[1].andel }} (Bevaka rätt), "
        + SUM_THEM]


@pytest.mark.parametrize("reference", ["tabeller.arvode.rader.arvodet.andel",
                                       "tabeller.arvode.andel"])
def test_summed_numbers_have_a_groups_and_a_total(tmp_path: Path, reference: str) -> None:
    case = FEES.format(reference="{{ " + reference + " }}", summed=", summeras: ja")
    assert problems(tmp_path, case) == []
