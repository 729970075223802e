"""An amount that a sentence calls a total but that is not the table's total (trials 41, 42).

Trial 41: Luleå kommun, "Politiskt beslut om tilläggsbudget - högre resultat": the sentence
"Enligt tilläggsbudgeten omfördelas 26 miljoner kronor till nämnderna enligt följande:" leads
into a table whose total is 27,0 mnkr. Trial 42: Hudiksvalls kommun, "Arvoden – Bilaga 2":
"summan av årsarvodena blir 4 933 008 kr", the source's own total, where the rows come to
4 900 176 kr; and Region Stockholm's studieförbund, a row typed wrong under a stated sum.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.checks.consistency import SUM_ERROR_FIRST
from generator.checks.literal_amounts import find_amounts
from generator.checks.literal_amounts_totals import said_totals

NBSP = "\u00a0"

TILLAGG = """\
dokumenttyp: lagesbeskrivning
datum: 2026-11-27
dnr: nej
titel: Tilläggsbudget
avsnitt:
  - rubrik: Ärendet
    text: "{text}"
    tabell: tillagg
  - rubrik: Övrigt
    text: "{other}"
    tabell: budget
tabeller:
  - namn: tillagg
    enhet: {unit}
    kolumner:
      - {{namn: namnd, rubrik: Nämnd}}
      - {{namn: kf, rubrik: Beslut KF, typ: belopp}}
      - {{namn: stab, rubrik: Kommunstabens förslag, typ: belopp}}
    rader:
      - {{namnd: Socialnämnden, kf: {social}, stab: 6}}
      - {{namnd: Kommunstyrelsen, kf: 5, stab: "11,4"}}
      - {{namnd: Barn- och utbildningsnämnden, kf: "4,2", stab: "3,2"}}
      - {{namnd: Infrastruktur- och servicenämnden, kf: 4, stab: "14,6"}}
      - {{namnd: Arbetsmarknad- och gymnasienämnden, kf: "2,3", stab: "1,3"}}
      - {{namnd: Kultur- och fritidsnämnden, kf: 2}}
      - {{namnd: Miljö- och byggnämnden, kf: "0,5", stab: "0,5"}}
    {stated}
  - namn: budget
    enhet: mnkr
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Budget, typ: belopp}}
    rader:
      - {{post: Skatteintäkter, belopp: 20}}
      - {{post: Statsbidrag, belopp: 8}}
"""
"""Beslut KF sums to 27,0 mnkr and Kommunstabens förslag to 37,0 mnkr, under the heading
'Ärendet'; the table 'budget' (28 mnkr) stands under 'Övrigt'."""
LEADS = "Enligt tilläggsbudgeten omfördelas {} till nämnderna enligt följande:"
PLAIN = "Inget mer."


def problems(tmp_path: Path, text: str, other: str = PLAIN, unit: str = "mnkr",
             social: str = "9", stated: str = "", headed: bool = True) -> list[str]:
    """What `beslut kontrollera` prints for the tilläggsbudget with these texts: text in the
    table's section, other in the next (under the heading 'Övrigt' unless not headed)."""
    case = tmp_path / "x.yaml"
    yaml = TILLAGG.format(text=text, other=other, unit=unit, social=social, stated=stated)
    if not headed:
        yaml = yaml.replace("- rubrik: Övrigt\n    text", "- text")
    case.write_text(yaml, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def not_the_total(at: str, amount: str, shown: str, suggestion: str) -> str:
    """The warning for an amount said to be a total that is not Beslut KF's."""
    return (f"x.yaml:{at}: varning: beloppet '{amount}' i texten står som en summa men är "
            "inte tabellens summa: totalen i tabellen 'tillagg', kolumnen 'Beslut KF (mnkr)', "
            f"är {shown} (tabeller.tillagg.kf); menar texten den summan, skriv {suggestion} "
            "så följer texten tabellen")


def test_a_sentence_leading_into_the_table_with_another_total_is_warned_about(
    tmp_path: Path,
) -> None:
    # trial 41, F3: "omfördelas 26 miljoner kronor … enligt följande:" passed in silence
    assert problems(tmp_path, LEADS.format("26 miljoner kronor")) == [not_the_total(
        "7:47", "26 miljoner kronor", f"27{NBSP}mnkr",
        "{{ tabeller.tillagg.kf }} eller {{ tabeller.tillagg.kf | mnkr(0) }}")]


@pytest.mark.parametrize("amount", ["27 miljoner kronor", "27,0 mnkr", "37 mnkr",
                                    "ca 30 mnkr", "drygt 26 mnkr"])
def test_the_total_of_a_column_stated_or_covered_is_no_warning(
    tmp_path: Path, amount: str
) -> None:
    assert problems(tmp_path, LEADS.format(amount)) == []


def test_the_column_nearest_the_amount_is_named(tmp_path: Path) -> None:
    # 35 mnkr lies nearer Kommunstabens förslag (37,0) than Beslut KF (27,0)
    assert problems(tmp_path, "Sammanlagt föreslog kommunstaben 35 mnkr.") == [
        "x.yaml:7:45: varning: beloppet '35 mnkr' i texten står som en summa men är inte "
        "tabellens summa: totalen i tabellen 'tillagg', kolumnen 'Kommunstabens förslag "
        f"(mnkr)', är 37{NBSP}mnkr (tabeller.tillagg.stab); menar texten den summan, skriv "
        "{{ tabeller.tillagg.stab }} eller {{ tabeller.tillagg.stab | mnkr(0) }} så följer "
        "texten tabellen"]


@pytest.mark.parametrize("text", [
    # trial 41: no total word, a change that may be any amount (37 mnkr swapped is a slip of
    # its own, `literal_amounts_swaps`)
    "Efter nya prognoser bedöms resultat bli 36 miljoner högre.",
    # a part of the total, or a row, smaller than the largest row
    "Totalt omfördelas pengar, varav 8 mnkr till socialnämnden.",
    # another, far larger sum
    "Kommunens budget uppgår till 5 000 mnkr.",
    # a total word too far before the amount, or in the sentence before
    "Totalt har alla nämnder som fick del av pengarna i år fått 26 mnkr.",
    "Det är summan. Nämnderna får 26 mnkr.",
    # 'fördelas' says a total only where the sentence leads into the table
    "Pengarna fördelas med 26 mnkr.",
])
def test_an_amount_not_said_to_be_the_total_is_left_to_the_near_miss_rules(
    tmp_path: Path, text: str
) -> None:
    assert problems(tmp_path, text) == []


def test_a_total_may_be_said_in_a_smaller_unit_than_the_tables(tmp_path: Path) -> None:
    assert problems(tmp_path, LEADS.format("26 500 000 kr")) == [not_the_total(
        "7:47", "26 500 000 kr", f"27{NBSP}000{NBSP}000{NBSP}kr", "{{ tabeller.tillagg.kf }}")]
    assert problems(tmp_path, LEADS.format("27 000 000 kr")) == []


def test_an_amount_in_a_smaller_unit_than_the_table_is_another_amount(tmp_path: Path) -> None:
    assert problems(tmp_path, LEADS.format("26 000 kr")) == []
    # in tkr the table's total 27,0 tkr may be said in tkr only, not in mnkr
    assert problems(tmp_path, LEADS.format("26 tkr"), unit="tkr") == [
        not_the_total("7:47", "26 tkr", f"27{NBSP}tkr",
                      "{{ tabeller.tillagg.kf }} eller {{ tabeller.tillagg.kf | tkr }}")
        .replace("(mnkr)", "(tkr)")]


def test_a_right_rounding_of_the_total_to_a_larger_unit_is_no_warning(tmp_path: Path) -> None:
    # Beslut KF in tkr: 27 043 tkr, which rounds to 27 mnkr
    assert problems(tmp_path, LEADS.format("27 mnkr"), unit="tkr",
                    social="9 043") == []


def test_the_total_of_a_table_in_tkr_is_said_in_tkr(tmp_path: Path) -> None:
    # trial 90, F10: the total of a table in tkr was said "är 70 325 600 kr", a figure the
    # secretary sees nowhere; in mnkr it would take four decimals, so it is said as shown
    assert problems(tmp_path, LEADS.format("9,5 mnkr"), unit="tkr", social="\"9 325,6\"") == [
        not_the_total("7:47", "9,5 mnkr", f"9{NBSP}343,6{NBSP}tkr",
                      "{{ tabeller.tillagg.kf }} eller {{ tabeller.tillagg.kf | mnkr }}")
        .replace("(mnkr)", "(tkr)")]


def test_a_total_is_compared_with_the_tables_near_its_text_only(tmp_path: Path) -> None:
    # 60 mnkr may say Kommunstabens förslag's total (37,0), not the budget's (28)
    sixty = "Sammanlagt föreslog kommunstaben 60 mnkr."
    assert problems(tmp_path, PLAIN, other=sixty) == []
    assert [p[:44] for p in problems(tmp_path, sixty)] == [
        "x.yaml:7:45: varning: beloppet '60 mnkr' i t"]


def test_with_two_tables_near_whose_total_is_meant_is_unsure(tmp_path: Path) -> None:
    # without its heading, the section of the table 'budget' (28 mnkr) is part of
    # 'Ärendet': 26 mnkr may say either table's total
    assert problems(tmp_path, LEADS.format("26 mnkr"), headed=False) == []


def test_an_amount_a_sum_error_explains_asks_to_check_the_table_first(
    tmp_path: Path,
) -> None:
    # trial 42, F6: a row typed 9,1 for 9 under the stated total 27: the text's 27 mnkr is
    # right, and writing {{ tabeller.tillagg.kf }} would copy the row's slip into the text
    stated = "summa: {kf: 27, stab: 37}"
    found = problems(tmp_path, LEADS.format("27 mnkr"), social='"9,1"', stated=stated)
    assert found[0] == (
        "x.yaml:7:47: varning: beloppet '27 mnkr' i texten stämmer inte exakt med det "
        f"beräknade 27,1{NBSP}mnkr (tabeller.tillagg.kf), men skillnaden är densamma som i "
        "summafelet i tabellen 'tillagg'; kontrollera först summafelet i tabellen")
    assert found[1].startswith(
        f"x.yaml:27:17: angiven summa 27,0{NBSP}mnkr för totalen i tabellen 'tillagg'")
    assert len(found) == 2


def test_a_total_said_as_the_tables_wrong_stated_sum_asks_to_check_it_first(
    tmp_path: Path,
) -> None:
    # trial 42, F1 with the source's total stated in the table as well
    stated = "summa: {kf: 26, stab: 37}"
    found = problems(tmp_path, LEADS.format("26 mnkr"), stated=stated)
    assert found[0] == (
        "x.yaml:7:47: varning: beloppet '26 mnkr' i texten står som en summa men är inte "
        "tabellens summa: totalen i tabellen 'tillagg', kolumnen 'Beslut KF (mnkr)', är "
        f"27{NBSP}mnkr (tabeller.tillagg.kf), men skillnaden är densamma som i summafelet i "
        f"tabellen 'tillagg'; {SUM_ERROR_FIRST}")
    assert found[1].startswith(
        f"x.yaml:27:17: angiven summa 26{NBSP}mnkr för totalen i tabellen 'tillagg'")
    assert len(found) == 2


def test_a_sum_error_that_explains_nothing_keeps_the_advice(tmp_path: Path) -> None:
    # Kommunstabens förslag stated 1 mnkr too low: as far off as 26 mnkr from Beslut KF, but
    # Beslut KF's total is not made of it
    stated = "summa: {kf: 27, stab: 36}"
    found = problems(tmp_path, LEADS.format("26 miljoner kronor"), stated=stated)
    assert found[0] == not_the_total(
        "7:47", "26 miljoner kronor", f"27{NBSP}mnkr",
        "{{ tabeller.tillagg.kf }} eller {{ tabeller.tillagg.kf | mnkr(0) }}")


ARVODEN = """\
dokumenttyp: tjansteskrivelse
datum: 2019-11-01
dnr: nej
titel: Årsarvoden
avsnitt:
  - rubrik: Arvoden
    text: {text}
    tabell: arvoden
tabeller:
  - namn: arvoden
    totalt: Summa årsarvode
    kolumner:
      - {{namn: uppdrag, rubrik: Uppdrag}}
      - {{namn: manad, rubrik: Månadsarvode, typ: belopp}}
      - {{namn: ar, rubrik: Årsarvode, typ: belopp}}
    rader:
      - {{uppdrag: KS ordf, manad: 68 400, ar: 820 800}}
      - {{uppdrag: KS 1:e vice ordf, manad: 58 140, ar: 697 680}}
      - {{uppdrag: SON ordf, manad: 41 040, ar: 492 480}}
      - {{uppdrag: LN ordf, manad: 34 200, ar: 410 400}}
"""
"""Årsarvode sums to 2 421 360 kr, Månadsarvode to 201 780 kr."""


def test_the_sum_of_the_arvoden_is_compared_with_its_column(tmp_path: Path) -> None:
    # trial 42, F1: "summan av årsarvodena blir 4 933 008 kr" for 4 900 176 kr passed; here
    # the same slip, one 4 % årsarvode (32 832 kr) too many
    case = tmp_path / "x.yaml"
    text = "Summan av årsarvodena blir 2 454 192 kr."
    case.write_text(ARVODEN.format(text=text), encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == ["x.yaml:7:38: varning: beloppet '2 454 192 kr' i texten står som en "
            "summa men är inte tabellens summa: totalraden 'Summa årsarvode' i tabellen "
            f"'arvoden', kolumnen 'Årsarvode (kr)', är 2{NBSP}421{NBSP}360{NBSP}kr "
            "(tabeller.arvoden.ar); menar texten den summan, skriv {{ tabeller.arvoden.ar }} "
            "så följer texten tabellen"]


def test_a_column_not_summed_has_no_total_to_compare(tmp_path: Path) -> None:
    # trial 42, F3: with Månadsarvode not summed, Årsarvode's total is the table's summa
    case = tmp_path / "x.yaml"
    text = "Summan av årsarvodena blir 2 454 192 kr."
    case.write_text(ARVODEN.format(text=text).replace(
        "rubrik: Månadsarvode, typ: belopp}", "rubrik: Månadsarvode, typ: belopp, summeras: nej}"),
        encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == ["x.yaml:7:38: varning: beloppet '2 454 192 kr' i texten står som en summa men är "
            "inte tabellens summa: totalraden 'Summa årsarvode' i tabellen 'arvoden' är "
            f"2{NBSP}421{NBSP}360{NBSP}kr (tabeller.arvoden.summa); menar texten den summan, "
            "skriv {{ tabeller.arvoden.summa }} så följer texten tabellen"]


@pytest.mark.parametrize(("text", "totals"), [
    ("Summan av årsarvodena blir 4 933 008 kr.", ["4 933 008 kr"]),
    ("Stödet uppgår totalt till 34 241 000 kronor.", ["34 241 000 kronor"]),
    ("Stödet uppgår till ca 34 mnkr.", ["34 mnkr"]),
    ("Totalt 12 föreningar får 34 241 000 kronor.", ["34 241 000 kronor"]),
    ("Ordföranden har 802 800 kr, och summan blir 4 933 008 kr.", ["4 933 008 kr"]),
    ("Pengarna fördelas med 26 mnkr enligt tabellen.", ["26 mnkr"]),
    ("Pengarna omfördelas med 26 mnkr. Se tabellen nedan.", []),
    ("Den totala budgeten är fastställd. Nämnden får 5 mnkr.", []),
    ("Resultatet bedöms bli 73 miljoner högre.", []),
    ("Totalsumman är 5 mnkr.", []),
    # trial 85, F3: the past tense, "årets resultat", and the total row's own label
    ("Vid bokslutet uppgick den emellertid till +563 mkr.", ["563 mkr"]),
    ("Årets resultat blev −70 mkr.", ["−70 mkr"]),
    ("Resultatet uppgick efter en lång och svår höst till 80 mkr.", []),
])
def test_the_amount_a_total_word_leads_to(text: str, totals: list[str]) -> None:
    assert [a.literal.text.replace(NBSP, " ") for a in said_totals(text, find_amounts(text))] \
        == totals


@pytest.mark.parametrize(("text", "totals"), [
    ("Nettokostnad efter bidrag blev 4 933 008 kr.", ["4 933 008 kr"]),
    ("Nettokostnaden blev 4 933 008 kr.", []),
    ("Köpeskilling efter bidrag blev 4 933 008 kr.", ["4 933 008 kr"]),
])
def test_the_label_of_the_total_row_leads_to_its_amount(text: str, totals: list[str]) -> None:
    labels = ["Nettokostnad efter bidrag", "Köpeskilling efter bidrag"]
    assert [a.literal.text.replace(NBSP, " ")
            for a in said_totals(text, find_amounts(text), labels)] == totals


STOD = """\
dokumenttyp: beslut
datum: 2024-03-15
dnr: nej
titel: Stöd till studieförbund
beslut:
  beslutande: Kulturnämnden
  punkter:
    - fördela stöd om {{{{ tabeller.stod.totalt }}}} enligt tabellen.
avsnitt:
  - rubrik: Bakgrund
    text: "Stödet uppgår totalt till {amount}."
    tabell: stod
tabeller:
  - namn: stod
    kolumner:
      - {{namn: sf, rubrik: Studieförbund}}
      - {{namn: grund, rubrik: Grundstöd, typ: belopp}}
      - {{namn: kultur, rubrik: Kulturprogram, typ: belopp}}
      - {{namn: totalt, rubrik: Totalt, typ: belopp, formel: grund + kultur}}
    rader:
      - {{sf: ABF, grund: 150 000, kultur: 874 968}}
      - {{sf: Ibn Rushd, grund: 150 000, kultur: 2 258}}
      - {{sf: NBV, grund: 150 000, kultur: 122 747}}
    summa:
      kultur: 1 000 000
"""
"""Ibn Rushd's kulturprogram typed 2 258 for 2 285 (trial 42, F6): the rows come to
999 973 kr under the stated 1 000 000 kr, and the Totalt column to 1 449 973 kr."""


def test_a_total_whose_column_adds_a_wrong_stated_sum_asks_to_check_it_first(
    tmp_path: Path,
) -> None:
    # trial 42, F6: the text's right 1 450 000 kr was told to write {{ tabeller.stod.totalt }}
    case = tmp_path / "x.yaml"
    # ("kr" as the point's {{ … }} prints it: "kronor" beside it is a warning of its own)
    case.write_text(STOD.format(amount="1 450 000 kr"), encoding="utf-8")
    found = [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]
    assert found[0] == (
        "x.yaml:11:38: varning: beloppet '1 450 000 kr' i texten stämmer inte exakt med det "
        f"beräknade 1{NBSP}449{NBSP}973{NBSP}kr (tabeller.stod.totalt), men skillnaden är "
        "densamma som i summafelet i tabellen 'stod'; kontrollera först summafelet i tabellen")
    assert found[1].startswith(f"x.yaml:25:15: angiven summa 1{NBSP}000{NBSP}000{NBSP}kr")
    assert len(found) == 2


def test_a_row_larger_than_the_total_still_bounds_what_may_be_said_to_be_it(
    tmp_path: Path,
) -> None:
    # trial 37: "+81 Mkr" for a total of 80 mnkr whose rows run up to 229 mnkr is no total
    # said; only a row of the total's own size (a table's one row) is the total itself
    assert problems(tmp_path, "Sammanlagt blir det -3 mnkr.", social="-20") == []



BIDRAG = """\
dokumenttyp: beslut
datum: 2002-02-20
dnr: KFN 2002/026
titel: Verksamhetsbidrag till kulturföreningar 2002
beslut:
  beslutande: Kultur- och fritidsnämnden
  punkter:
    - bidrag fördelas enligt arbetsutskottets förslag.
avsnitt:
  - rubrik: Ärendet
    text: "{text}"
  - rubrik: Arbetsutskottets förslag
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - {{namn: forening, rubrik: Förening}}
      - {{namn: belopp, rubrik: Verksamhetsbidrag, typ: belopp}}
    rader:
      - {{forening: Gotlands Kammarorkester, belopp: 25 000}}
      - {{forening: Folkets Bio, belopp: 30 000}}
      - {{forening: Gotlands Teaterförening, belopp: 130 000}}
"""
"""The grants come to 185 000 kr, in the one table, under another heading than the text."""
BUDGET = ("""\
  - rubrik: Budget
    tabell: budget
""", """\
  - namn: budget
    kolumner:
      - {namn: post, rubrik: Post}
      - {namn: belopp, rubrik: Budget, typ: belopp}
    rader:
      - {post: Anslag, belopp: 200 000}
      - {post: Reserv, belopp: 40 000}
""")
"""A second table (240 000 kr) under a heading of its own: its section and the table."""


def grant_problems(tmp_path: Path, text: str, budget: bool = False) -> list[str]:
    """What `beslut kontrollera` prints for the grants with this text under 'Ärendet' (and
    with the second table, if budget)."""
    yaml = BIDRAG.format(text=text)
    if budget:
        yaml = yaml.replace("tabeller:\n", BUDGET[0] + "tabeller:\n") + BUDGET[1]
    case = tmp_path / "x.yaml"
    case.write_text(yaml, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


@pytest.mark.parametrize(("text", "column"), [
    ("Förslaget omfattar fördelning av totalt 215 000 kronor till föreningar.", 52),
    ("Totalt 215 000 kronor fördelas till föreningar.", 19),
    ("Sammanlagt fördelas 215 000 kronor i bidrag.", 32),
])
def test_a_total_under_another_heading_than_the_only_table_is_compared_with_it(
    tmp_path: Path, text: str, column: int,
) -> None:
    # trial 70, F3: "fördelning av totalt 375 000 kronor" under 'Ärendet', beside a table of
    # 332 000 kr under the proposal's heading, passed in silence
    assert grant_problems(tmp_path, text) == [
        f"x.yaml:11:{column}: varning: beloppet '215 000 kronor' i texten står som en summa men "
        f"är inte tabellens summa: totalen i tabellen 'bidrag' är 185{NBSP}000{NBSP}kr "
        "(tabeller.bidrag.summa); menar texten den summan, skriv {{ tabeller.bidrag.summa }} "
        "så följer texten tabellen",
    ]


@pytest.mark.parametrize("text", [
    "Förslaget omfattar fördelning av totalt 185 000 kronor till föreningar.",
    "Anslaget är totalt 420 000 kronor.",
    "Till senare fördelning återstår 45 000 kronor.",
])
def test_the_only_tables_total_or_an_amount_far_from_it_is_no_warning(
    tmp_path: Path, text: str,
) -> None:
    assert grant_problems(tmp_path, text) == []


def test_with_two_tables_apart_from_the_text_its_total_is_of_neither(tmp_path: Path) -> None:
    text = "Förslaget omfattar fördelning av totalt 215 000 kronor till föreningar."
    assert grant_problems(tmp_path, text, budget=True) == []


OVERFORING = """\
dokumenttyp: tjansteskrivelse
datum: 2006-03-28
dnr: nej
titel: Överföring av resultat från 2005
avsnitt:
  - rubrik: Ärendet
    text: Eget kapital kommer därmed att uppgå till sammanlagt {}.
    tabell: overforing
tabeller:
  - namn: overforing
    enhet: tkr
    kolumner:
      - {{namn: namnd, rubrik: Nämnd}}
      - {{namn: overfors, rubrik: Överförs till 2006, typ: belopp}}
      - {{namn: ek_in, rubrik: Eget kapital 2004-12-31, typ: belopp}}
      - {{namn: ek_ut, rubrik: Eget kapital 2005-12-31, typ: belopp, formel: ek_in + overfors}}
    rader:
      - {{namnd: Kommunstyrelsen, overfors: 4 815, ek_in: 5 210}}
      - {{namnd: Konsult- och servicekontoret, overfors: 8 150, ek_in: 3 480}}
      - {{namnd: Tekniska nämnden, overfors: 7 410, ek_in: 19 820}}
      - {{namnd: Miljö- och hälsoskyddsnämnden, overfors: 930, ek_in: 1 050}}
      - {{namnd: Byggnadsnämnden, overfors: "-860", ek_in: 390}}
      - {{namnd: Barn- och utbildningsnämnden, overfors: 9 225, ek_in: 11 700}}
      - {{namnd: Gymnasie- och vuxenutbildningsnämnden, overfors: 2 130, ek_in: 3 900}}
      - {{namnd: Kultur- och fritidsnämnden, overfors: 1 620, ek_in: 2 940}}
      - {{namnd: Socialnämnden, overfors: 5 970, ek_in: 6 300}}
      - {{namnd: Styrelsen för Folkhögskolan, overfors: 1 420, ek_in: 2 110}}
      - {{namnd: Hälso- och sjukvårdsnämnden, overfors: "-23 500", ek_in: 0}}
"""
"""Trial 81, F2 (Gotland's resultatöverföring): eget kapital 56 900 tkr before the transfer
and 74 210 tkr after it."""


def overforing_problems(tmp_path: Path, amount: str) -> list[str]:
    case = tmp_path / "x.yaml"
    case.write_text(OVERFORING.format(amount), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_total_with_two_digits_swapped_is_named_before_a_nearer_one(tmp_path: Path) -> None:
    # (trial 81, F2: "drygt 47 mnkr" for 74 210 tkr was sent to the nearer 56 900 tkr)
    assert overforing_problems(tmp_path, "drygt 47 mnkr") == [
        "x.yaml:7:70: varning: beloppet 'drygt 47 mnkr' i texten står som en summa men är "
        "inte tabellens summa: med två siffror omkastade är det drygt 74\u00a0mnkr, och "
        "totalen i tabellen 'overforing', kolumnen 'Eget kapital 2005-12-31 (tkr)', är "
        "74,21\u00a0mnkr (tabeller.overforing.ek_ut); menar texten den summan, skriv drygt "
        "74\u00a0mnkr eller drygt {{ tabeller.overforing.ek_ut | mnkr(0) }} så följer texten "
        "tabellen"]
    assert overforing_problems(tmp_path, "ca 47 mnkr")[0].startswith(
        "x.yaml:7:67: varning: beloppet 'ca 47 mnkr' i texten står som en summa men är inte "
        "tabellens summa: med två siffror omkastade är det ca 74\u00a0mnkr, och totalen i "
        "tabellen 'overforing', kolumnen 'Eget kapital 2005-12-31 (tkr)', är ")
    assert overforing_problems(tmp_path, "drygt 74 mnkr") == []


def test_a_swap_that_is_no_right_rounding_of_the_total_is_not_called_one(
        tmp_path: Path) -> None:
    # (knappt 47 mnkr swapped is knappt 74 mnkr, which says under 74: not 74,21 mnkr)
    assert overforing_problems(tmp_path, "knappt 47 mnkr") == [
        "x.yaml:7:71: varning: beloppet 'knappt 47 mnkr' i texten står som en summa men är "
        "inte tabellens summa: totalen i tabellen 'overforing', kolumnen 'Eget kapital "
        "2004-12-31 (tkr)', är 56,9\u00a0mnkr (tabeller.overforing.ek_in); menar texten den "
        "summan, skriv knappt 57\u00a0mnkr eller knappt {{ tabeller.overforing.ek_in | mnkr(0) }} "
        "så följer texten tabellen"]
