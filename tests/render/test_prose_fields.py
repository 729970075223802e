"""Specification of how case text that names figures is reported: once, at its cause."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - text: Boden får {{ tabeller.t.rader[0].belopp }} och Luleå {{ tabeller.t.rader[1].belopp }}.
    tabell: t
tabeller:
  - namn: t
    enhet: tkr
    kolumner:
      - {namn: mottagare}
      - {namn: belopp, typ: belopp}
    rader:
      - {mottagare: Boden, belopp: 1.250}
      - {mottagare: Luleå, belopp: 26}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_text_naming_a_refused_cell_is_not_reported_again(tmp_path: Path) -> None:
    # trial 15: '1.250' was reported at its cell, and the text naming the cell was told
    # "'tabeller.bidrag.rader[0]' har ingen del 'ar2015', menade du 'ar2014'?"
    assert problems(tmp_path, CASE) == [
        "x.yaml:15:36: '1.250' är tvetydigt, en punkt före tre siffror kan vara tusental; "
        "skriv 1 250 om det är tusental eller 1,25 med decimalkomma",
    ]


def test_a_misspelt_part_beside_a_refused_cell_is_still_reported(tmp_path: Path) -> None:
    text = CASE.replace("tabeller:", "  - text: Kiruna får {{ tabeller.t.rader[1].beloppp }}.\n"
                        "tabeller:")
    assert problems(tmp_path, text) == [
        "x.yaml:8:22: {{ tabeller.t.rader[1].beloppp }}: 'tabeller.t.rader[1]' har ingen del "
        "'beloppp', menade du 'belopp'?",
        "x.yaml:16:36: '1.250' är tvetydigt, en punkt före tre siffror kan vara tusental; "
        "skriv 1 250 om det är tusental eller 1,25 med decimalkomma",
    ]


def test_every_bad_reference_of_a_text_is_reported_at_once(tmp_path: Path) -> None:
    text = CASE.replace("belopp: 1.250", "belopp: 1 250").replace(
        "  - text: Boden får {{ tabeller.t.rader[0].belopp }} och Luleå "
        "{{ tabeller.t.rader[1].belopp }}.\n",
        "  - text: |\n      Boden får {{ tabeller.t.rader[0].belop }}.\n"
        "      Luleå får {{ tabeller.t.rader[1].belopp }} och Kiruna {{ tabeller.t.sum }}.\n")
    assert problems(tmp_path, text) == [
        "x.yaml:7:17: {{ tabeller.t.rader[0].belop }}: 'tabeller.t.rader[0]' har ingen del "
        "'belop', menade du 'belopp'?",
        "x.yaml:8:17: {{ tabeller.t.sum }}: tabellen 't' har ingen del 'sum', menade du "
        "'summa'?",
    ]


SPLITS = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Uppdelningar
avsnitt:
  - text: Boden får {{ uppdelningar.a.parter[0].belopp }}, Luleå {{ uppdelningar.b.summa }}.
uppdelningar:
  - namn: a
    summa: 1000
    metod: lika
    enhet: {enhet_a}
    parter: [{{namn: Boden}}, {{namn: Kiruna}}]
  - namn: b
    summa: 1000
    metod: lika
    enhet: {enhet_b}
    parter: [{{namn: Luleå}}, {{namn: Piteå}}]
"""


def test_a_text_naming_a_split_that_could_not_be_made_is_not_reported_again(
    tmp_path: Path,
) -> None:
    # (the split's error was followed by "okänd uppgift 'uppdelningar' i texten, kända
    # uppgifter är: datum, handelser", as if the text were wrong)
    message = (f"summan 1{NBSP}000{NBSP}kr går inte att dela i jämna 3{NBSP}kr; ändra summan "
               "eller 'enhet', eller låt en part få det som blir över: med t.ex. 'rest_till: "
               f"Boden' avrundas de andra delarna till jämna 3{NBSP}kr och Boden får resten")
    assert problems(tmp_path, SPLITS.format(enhet_a=3, enhet_b=1)) == [
        f"x.yaml:11:12: {message}"]
    assert problems(tmp_path, SPLITS.format(enhet_a=3, enhet_b=3)) == [
        f"x.yaml:11:12: {message}",
        f"x.yaml:16:12: {message.replace('Boden', 'Luleå')}"]


DECISION = """\
dokumenttyp: beslut
datum: 2023-03-01
dnr: TFN 2023/12
titel: Anvisning
beslut:
  beslutande: Teknik- och fritidsnämnden
  punkter:
    - anvisa {{{{ tabeller.p.summa | {unit} }}}} till projekten
avsnitt:
  - tabell: p
tabeller:
  - namn: p
    enhet: mnkr
    kolumner:
      - {{namn: projekt}}
      - {{namn: belopp, typ: belopp}}
    rader:
      - {{projekt: A, belopp: "33"}}
      - {{projekt: B, belopp: "29,328"}}
"""


def test_a_decision_point_naming_a_rounded_amount_is_warned_about(tmp_path: Path) -> None:
    # (trial 19: "anvisa ca 62,3 mnkr" in a decision, where the source says 62,328 mnkr)
    assert problems(tmp_path, DECISION.format(unit="mnkr")) == [
        "x.yaml:8:14: varning: punkten anger ett ungefärligt belopp, 'ca 62,3 mnkr', men ett "
        "beslut anger det exakta; skriv '| mnkr(3)' så står det exakt ('62,328 mnkr'), eller "
        "ta bort '| mnkr' så skrivs det i kronor"]  # (trial 75, F2: the decimals offered)
    assert problems(tmp_path, DECISION.format(unit="tkr")) == []  # 62 328 tkr: exact


def test_a_rounded_amount_no_decimals_make_exact_is_to_be_written_in_kronor(
        tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text("""\
titel: Budget 2026
dokumenttyp: beslut
datum: 2025-12-15
dnr: "KS 2025/100"
belopp:
  ram: 1234567
beslut:
  beslutande: Kommunfullmäktige
  datum: 2025-12-15
  punkter:
    - ramen ökar med {{ belopp.ram | mnkr }}.
""", encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems] \
        == ["x.yaml:11:22: varning: punkten anger ett ungefärligt belopp, 'ca 1,2 mnkr', men "
            "ett beslut anger det exakta; ta bort '| mnkr' så skrivs beloppet exakt"]


SPLIT = """\
dokumenttyp: beslutsunderlag
datum: 2016-11-21
dnr: KS 2016/5
titel: Aktieägartillskott
avsnitt:
  - text: Karlstads kommun äger {{ uppdelningar.tillskott.parter.kommunen.VIKT }} av aktierna.
    tabell: uppdelning
    uppdelning: tillskott
uppdelningar:
  - namn: tillskott
    metod: vikter
    summa: 3000000
    rubrik_vikt: Ägarandel
    parter:
      - {namn: Karlstads kommun, vikt: "49 %", rad_namn: kommunen}
      - {namn: Övriga aktieägare, vikt: "51 %", rad_namn: ovriga}
"""


def test_a_text_prints_a_partys_weight_as_the_split_table_does(tmp_path: Path) -> None:
    # trial 91, F7: '.vikt' was "ingen del 'vikt', skriv en av delarna: belopp, namn"
    case = tmp_path / "x.yaml"
    case.write_text(SPLIT.replace("VIKT", "vikt"), encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    markdown = next(text for name, text in result.files.items() if name.endswith(".md"))
    assert f"Karlstads kommun äger 49{NBSP}% av aktierna." in markdown.decode()


def test_a_misspelt_part_of_a_party_lists_its_weight(tmp_path: Path) -> None:
    assert problems(tmp_path, SPLIT.replace("VIKT", "andel")) == [
        "x.yaml:6:33: {{ uppdelningar.tillskott.parter.kommunen.andel }}: "
        "'uppdelningar.tillskott.parter.kommunen' har ingen del 'andel', skriv en av delarna: "
        "belopp, namn, vikt"]


def test_a_text_prints_a_splits_weights_total_and_its_parts_in_words(tmp_path: Path) -> None:
    # trial 95, F10 and F12: neither the weights' total nor the number of parts had a name
    case = tmp_path / "x.yaml"
    case.write_text(SPLIT.replace(
        "Karlstads kommun äger {{ uppdelningar.tillskott.parter.kommunen.VIKT }} av aktierna.",
        "De {{ uppdelningar.tillskott.antal_parter | i_ord }} ägarna har "
        "{{ uppdelningar.tillskott.vikt }} av aktierna."), encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    markdown = next(text for name, text in result.files.items() if name.endswith(".md"))
    assert f"De två ägarna har 100{NBSP}% av aktierna." in markdown.decode()
