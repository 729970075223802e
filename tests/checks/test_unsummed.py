"""Specification of the error at a table that uses totals but has no amount column (trial 21:
the amount column lacked `typ: belopp`, and the decision said "med sammanlagt 0 kr").

Such a table sums nothing, so a stated `summa` is never checked, its `delsumma` rows stay
empty and a text that names its total names nothing. Where it has a column of figures, that
column is the one error, and says to write `typ: belopp`; a table that uses no totals keeps
the plain warning."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"

HEAD = """\
dokumenttyp: beslut
datum: 2021-05-10
dnr: KUN 2021/34
titel: Fördelning av verksamhetsbidrag till föreningar 2021
beslut:
  beslutande: Kultur- och utbildningsnämnden
  punkter:
    - {point}
avsnitt:
  - rubrik: Bakgrund
    text: Nämnden fördelar varje år verksamhetsbidrag.
    tabell: bidrag
tabeller:
  - namn: bidrag
    kolumner:
      - namn: forening
        rubrik: Förening
      - namn: belopp
        rubrik: Bidrag
    rader:
"""
GROUPS = """\
      - forening: Föreningar med ungdomsverksamhet
        delsumma: Summa ungdomsverksamhet
        rader:
          - {forening: Rädda Barnen, belopp: 2 250}
          - {forening: Brokyrkans Unga, belopp: 7 000}
      - forening: Hembygdsföreningar
        delsumma: Summa hembygdsföreningar
        rader:
          - {forening: Degerfors hembygdsförening, belopp: 15 000}
          - {forening: Svartå hembygdsförening, belopp: 15 000}
"""
FLAT = """\
      - {forening: Rädda Barnen, belopp: 2 250}
      - {forening: Brokyrkans Unga, belopp: 7 000}
"""
TOTAL = "med sammanlagt {{ tabeller.bidrag.summa }} enligt tabellen."
STATED = "    summa: 999 999\n"
START = ("x.yaml:18:15: kolumnen 'belopp' har bara tal men är en textkolumn, så tabellen "
         "'bidrag' har ingen beloppskolumn och ingen summa: ")
FIX = "; skriv 'typ: belopp' under kolumnen så summeras beloppen"


def case(point: str, rows: str, tail: str = "") -> str:
    """The case with a decision point, the table's rows and what follows them."""
    return HEAD.replace("{point}", point) + rows + tail


def build(tmp_path: Path, text: str) -> tuple[list[str], set[str]]:
    """The case's problems as printed, without the folder, and the documents made."""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems], set(result.files)


def test_a_stated_total_subtotals_and_a_named_total_without_an_amount_column_are_one_error(
        tmp_path: Path) -> None:
    found, files = build(tmp_path, case(f"fördela bidrag {TOTAL}", GROUPS, STATED))
    assert found == [START + "den angivna summan kontrolleras inte, delsummorna blir tomma och "
                     "texten hänvisar till en summa som inte finns" + FIX]
    assert files == set()


def test_a_stated_total_alone_is_the_error(tmp_path: Path) -> None:
    found, _ = build(tmp_path, case("fördela bidragen enligt tabellen.", FLAT, STATED))
    assert found == [START + "den angivna summan kontrolleras inte" + FIX]


def test_subtotal_rows_alone_are_the_error(tmp_path: Path) -> None:
    found, _ = build(tmp_path, case("fördela bidragen enligt tabellen.", GROUPS))
    assert found == [START + "delsummorna blir tomma" + FIX]


def test_text_naming_the_total_or_a_columns_total_is_the_error_and_said_once(
        tmp_path: Path) -> None:
    for named in ("{{ tabeller.bidrag.summa }}", "{{ tabeller.bidrag.belopp | tkr }}"):
        found, _ = build(tmp_path, case(f"fördela {named} enligt tabellen.", FLAT))
        assert found == [START + "texten hänvisar till en summa som inte finns" + FIX]


def test_an_amount_in_the_decision_gets_no_second_message_about_the_tables(
        tmp_path: Path) -> None:
    """Not "(närmast: 0 kr), hänvisa till beloppet med {{ tabeller.bidrag.summa }}": the
    amounts are missing from the figures for the one reason the column's error gives."""
    point = f"fördela {TOTAL}\n    - reservera 7 000 kr vardera till Svartå Folkets hus."
    found, _ = build(tmp_path, case(point, GROUPS))
    assert found == [START.replace(":18:", ":19:") + "delsummorna blir tomma och texten "
                     "hänvisar till en summa som inte finns" + FIX]


def test_a_table_that_uses_no_totals_keeps_the_warning_and_is_made(tmp_path: Path) -> None:
    found, files = build(tmp_path, case("fördela bidragen enligt tabellen.", FLAT))
    assert found == [
        "x.yaml:18:15: varning: kolumnen 'belopp' har bara tal men är en textkolumn, så talen "
        "vänsterställs och kontrolleras inte; lägg till 'typ: tal' (högerställda tal som inte "
        "summeras) eller 'typ: belopp' (högerställda belopp som summeras), eller 'typ: text' "
        "om kolumnen ska vara text"]
    assert files == {"x.md", "x.docx"}


def test_with_typ_belopp_the_stated_total_is_checked(tmp_path: Path) -> None:
    text = case(f"fördela {TOTAL}", GROUPS, STATED).replace(
        "        rubrik: Bidrag\n", "        rubrik: Bidrag\n        typ: belopp\n")
    found, _ = build(tmp_path, text)
    assert found == [
        f"x.yaml:32:12: angiven summa 999{NBSP}999{NBSP}kr för totalen i tabellen 'bidrag' "
        f"stämmer inte med summan av delarna 39{NBSP}250{NBSP}kr (den angivna är "
        f"960{NBSP}749{NBSP}kr för hög); rätta summan eller ta bort den så räknas den ut"]


def test_two_columns_of_figures_are_both_named_with_the_choice(tmp_path: Path) -> None:
    text = case("fördela bidragen enligt tabellen.", FLAT.replace("}", ", antal: 12}"), STATED)
    text = text.replace("    rader:\n", "      - namn: antal\n    rader:\n", 1)
    found, _ = build(tmp_path, text)
    reason = "den angivna summan kontrolleras inte"
    choice = ("; skriv 'typ: belopp' under den av kolumnerna '{}' och '{}' som har beloppen, "
              "och 'typ: tal' under de andra")
    assert found == [
        START + reason + choice.format("belopp", "antal"),
        START.replace("18:15", "20:15").replace("'belopp'", "'antal'", 1) + reason
        + choice.format("antal", "belopp")]


def test_a_table_without_figures_has_no_total_to_name(tmp_path: Path) -> None:
    """A table of texts (or of numbers, `typ: tal`) sums nothing: its summa is no 0 kr."""
    text = case(f"fördela bidrag {TOTAL}", FLAT).replace(
        "        rubrik: Bidrag\n", "        rubrik: Bidrag\n        typ: tal\n")
    found, _ = build(tmp_path, text)
    assert found == ["x.yaml:8:37: {{ tabeller.bidrag.summa }}: tabellen 'bidrag' har ingen del "
                     "'summa', skriv en av delarna: antal_rader, belopp, rader"]
