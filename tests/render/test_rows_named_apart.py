"""Specification, by exact messages and `beslut visa`, of how a row is named where its label
is not unique in its table (trial 44, F7: Krokom's price list has "Enskild annan kommun" under
five groups): with its group, "raden 'Enskild annan kommun' under 'Grundskola F–6'", as a
subtotal row is named with its group ("delsumman 'Summa' under 'Blekinge län'"). A row whose
label is unique keeps its plain name. A warning about an amount in text names the figure so
too, as "tabellens" where the table shows it as typed and "det beräknade" where it is
computed (trial 44, F8), and without its internal name where a row names it. Rows in no
group that share their first text are named by their text cells together (trial 51, F2: SCB's
eight rows "Riket" were all "raden 'Riket'")."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.build import Pipeline
from generator.cli import main

CASE = """\
dokumenttyp: beslut
avsandare: [Krokoms kommun]
datum: 2023-01-12
dnr: nej
titel: Interkommunal ersättning
beslut:
  beslutande: Barn- och utbildningsnämnden
  datum: 2022-12-14
  punkter:
    - fastställa ersättningen enligt tabellen.
avsnitt:
  - rubrik: Ersättning
    text: Priserna gäller för 2023.
    tabell: ike
tabeller:
  - namn: ike
    totalt: false
    kolumner:
      - {namn: mottagare, rubrik: Mottagare}
      - {namn: ar, rubrik: År, typ: belopp}
      - {namn: manad, rubrik: Månad, typ: belopp, formel: "ar * 0,08333333"}
    rader:
      - mottagare: Förskola 3–5 år
        delsumma: nej
        rader:
          - {mottagare: Annan kommun, ar: "131 555", manad: "10 963"}
          - {mottagare: Enskild annan kommun, ar: "139 499", manad: "11 621"}
      - mottagare: Grundskola F–6
        delsumma: nej
        rader:
          - {mottagare: Annan kommun, ar: "88 968", manad: "7 414"}
          - {mottagare: Enskild annan kommun, ar: "94 306", manad: "7 869"}
          - {mottagare: Enskild Krokom, ar: "90 000", manad: "7 600"}
"""


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder, " " for a no-break space."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_a_row_whose_label_occurs_under_several_groups_is_named_with_its_group(
        tmp_path: Path) -> None:
    assert problems(tmp_path)[:2] == [
        "fall.yaml:27:69: angivet belopp 11 621 kr för raden 'Enskild annan kommun' under "
        "'Förskola 3–5 år', kolumnen 'Månad (kr)' stämmer inte med uträkningen År × 0,08333333 "
        "(139 499 kr × 0,08333333) = 11 625 kr (det angivna är 4 kr för lågt); rätta beloppet "
        "eller ta bort det så räknas det ut",
        "fall.yaml:32:68: angivet belopp 7 869 kr för raden 'Enskild annan kommun' under "
        "'Grundskola F–6', kolumnen 'Månad (kr)' stämmer inte med uträkningen År × 0,08333333 "
        "(94 306 kr × 0,08333333) = 7 859 kr (det angivna är 10 kr för högt); rätta beloppet "
        "eller ta bort det så räknas det ut"]


def test_a_row_whose_label_is_unique_in_its_table_keeps_its_plain_name(tmp_path: Path) -> None:
    assert problems(tmp_path)[2] == (
        "fall.yaml:33:62: angivet belopp 7 600 kr för raden 'Enskild Krokom', kolumnen 'Månad "
        "(kr)' stämmer inte med uträkningen År × 0,08333333 (90 000 kr × 0,08333333) = 7 500 kr "
        "(det angivna är 100 kr för högt); rätta beloppet eller ta bort det så räknas det ut")


def test_visa_names_the_rows_with_their_group_too(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    result = CliRunner().invoke(main, ["visa", str(path)], terminal_width=140,
                                env={"COLUMNS": "140"})
    named = [line.split("│")[1].strip() for line in result.output.splitlines()
             if line.startswith("│ raden")]
    assert named == [
        "raden 'Enskild annan kommun' under 'Förskola 3–5 år', kolumnen 'Månad (kr)'",
        "raden 'Enskild annan kommun' under 'Grundskola F–6', kolumnen 'Månad (kr)'",
        "raden 'Enskild Krokom', kolumnen 'Månad (kr)'"]


def test_a_near_miss_in_text_names_the_typed_figure_as_the_tables_by_its_row_and_group(
        tmp_path: Path) -> None:
    text = CASE.replace("Priserna gäller för 2023.",
                        "Annan kommun betalar 131 515 kr per barn och år.")
    assert problems(tmp_path, text)[0] == (
        "fall.yaml:13:32: varning: beloppet '131 515 kr' i texten stämmer inte exakt med "
        "tabellens 131 555 kr på raden 'Annan kommun' under 'Förskola 3–5 år'; menar texten det "
        "beloppet, skriv {{ tabeller.ike.rader[0].rader[0].ar }} så följer texten tabellen")


def test_a_near_miss_of_a_figure_the_formula_computes_calls_it_computed(tmp_path: Path) -> None:
    text = CASE.replace("Priserna gäller för 2023.", "Månadspriset blir 7 418 kr.") \
        .replace('ar: "88 968", manad: "7 414"', 'ar: "88 968"')
    assert problems(tmp_path, text)[0] == (
        "fall.yaml:13:29: varning: beloppet '7 418 kr' i texten stämmer inte exakt med det "
        "beräknade 7 414 kr på raden 'Annan kommun' under 'Grundskola F–6'; menar texten det "
        "beloppet, skriv {{ tabeller.ike.rader[1].rader[0].manad }} så följer texten tabellen")


SCB = """\
dokumenttyp: beslut
avsandare: [Högskolan i Borås]
datum: 2024-03-01
dnr: nej
titel: Hyror i nybyggda hyresrätter
beslut:
  beslutande: Rektor
  datum: 2024-02-28
  punkter:
    - fastställa internhyran.
avsnitt:
  - rubrik: Jämförelse
    text: SCB redovisar hyror för 2018.
    tabell: scb
tabeller:
  - namn: scb
    totalt: false
    kolumner:
      - {namn: region, rubrik: Region}
      - {namn: bygg, rubrik: Typ av bygg}
      - {namn: typ, rubrik: Modell}
      - {namn: ar, rubrik: Årshyra, typ: belopp, summeras: nej}
      - {namn: manad, rubrik: Månadshyra, typ: belopp, formel: ar / 12, summeras: nej}
    rader:
      - {region: Riket, bygg: Allmännyttan, typ: Presumtionshyra, ar: 116 634, manad: 9 719}
      - {region: Riket, bygg: Privata värdar, typ: Presumtionshyra, ar: 110 919, manad: 9 243}
      - {region: Stockholm, bygg: Privata värdar, typ: Presumtionshyra, ar: 120 000, manad: 9 000}
"""


def test_rows_in_no_group_that_share_their_first_text_are_named_by_their_texts_together(
        tmp_path: Path) -> None:
    assert problems(tmp_path, SCB) == [
        "fall.yaml:25:87: angivet belopp 9 719 kr för raden 'Riket, Allmännyttan, "
        "Presumtionshyra' stämmer inte med uträkningen Årshyra / 12 (116 634 kr / 12) = "
        "9 719,50 kr, avrundat 9 720 kr "
        "(det angivna är 1 kr för lågt); det kan vara källans avrundning: avrundar källan "
        "alltid nedåt, skriv 'avrunda: nedat' i kolumnen, så räknas beloppen ut så; med belopp "
        "avrundade var för sig, som i en publicerad lista, skriv 'avrundat: true' i tabellen, "
        "så står det angivna beloppet kvar; annars rätta beloppet eller ta bort det så räknas "
        "det ut",
        "fall.yaml:27:93: angivet belopp 9 000 kr för raden 'Stockholm' stämmer inte med "
        "uträkningen Årshyra / 12 (120 000 kr / 12) = 10 000 kr (det angivna är 1 000 kr för "
        "lågt); rätta beloppet eller ta bort det så räknas det ut"]

def test_a_near_miss_in_text_names_such_a_row_by_its_texts_too(tmp_path: Path) -> None:
    text = SCB.replace("SCB redovisar hyror för 2018.", "Privata värdar tar 110 910 kr om året.")
    assert problems(tmp_path, text)[0] == (
        "fall.yaml:13:30: varning: beloppet '110 910 kr' i texten stämmer inte exakt med "
        "tabellens 110 919 kr på raden 'Riket, Privata värdar, Presumtionshyra'; menar texten "
        "det beloppet, skriv {{ tabeller.scb.rader[1].ar }} så följer texten tabellen")
