"""Specification of a number of a table's rows said in text (trial 79, F5): "till de sex
projekten i tabellen" over five rows is a warning, with the `{{ … antal_rader }}` that prints
the rows (in letters, `| i_ord`, where the text wrote them so); a count that may be a part of
the rows, or is not tied to a table, is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslut
datum: 2024-03-20
dnr: nej
titel: Regionala projektmedel
beslut_forst: true
beslut:
  beslutande: Regionala utvecklingsnämnden
  datum: 2024-03-14
  punkter:
    - bevilja projektmedel till POINT.
avsnitt:
  - rubrik: Beviljade projekt
    text: TEXT
    tabell: projekt
tabeller:
  - namn: projekt
    kolumner:
      - {namn: projekt, rubrik: Projekt}
      - {namn: rus, rubrik: 1:1-medel, typ: belopp}
      - {namn: anm, rubrik: Beslut}
    rader:
      - {projekt: Smart industri, rus: 2 400 000}
      - {projekt: Besöksnäring, rus: 850 000}
      - {projekt: Kompetensplattform, rus: 1 950 000}
      - {projekt: Destination Lycksele, rus: "–", anm: Avslag}
"""


def problems(tmp_path: Path, point: str, text: str = "Så här.") -> list[str]:
    """The case's problems with its point and text, as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("POINT", point).replace("TEXT", text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().check(case, "x.yaml")
            .problems]


def test_a_count_of_the_rows_that_no_table_has_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, "de sex projekten i tabellen nedan") == [
        "x.yaml:10:33: varning: texten säger 'de sex projekten', men tabellen 'projekt' har 4 "
        "rader; rätta antalet i texten eller tabellens rader, eller skriv "
        "{{ tabeller.projekt.antal_rader | i_ord }} så följer texten tabellen"]


def test_a_count_in_digits_is_offered_the_rows_in_digits(tmp_path: Path) -> None:
    assert problems(tmp_path, "de 6 projekten i tabellen nedan") == [
        "x.yaml:10:33: varning: texten säger 'de 6 projekten', men tabellen 'projekt' har 4 "
        "rader; rätta antalet i texten eller tabellens rader, eller skriv "
        "{{ tabeller.projekt.antal_rader }} så följer texten tabellen"]


@pytest.mark.parametrize(("point", "said"), [
    ("de fem projekten i tabellen nedan", "de fem projekten"),
    ("alla 5 projekten som tabellen visar", "alla 5 projekten"),
    ("de fem beviljade projekten i tabellen nedan", "de fem beviljade projekten"),
])
def test_a_definite_plural_followed_by_a_small_word_is_the_noun(
        tmp_path: Path, point: str, said: str) -> None:
    """Trial 83, F1: "de fyra aktiviteterna i tabellen" ends in -a like an adjective, and the
    word after it ("i") was taken for the noun, so nothing was checked."""
    [warning] = problems(tmp_path, point)
    assert f"texten säger '{said}', men tabellen 'projekt' har 4 rader" in warning


@pytest.mark.parametrize("point", [
    "de fyra projekten i tabellen nedan",
    "de tre beviljade projekten i tabellen nedan",  # (the rows with an amount)
    "alla {{ tabeller.projekt.antal_rader }} projekt i tabellen nedan",
    "alla {{ tabeller.projekt.antal_rader | i_ord }} projekt i tabellen nedan",
    "de två projekten som fick avslag förra året",  # (no table in the sentence)
])
def test_a_count_that_may_be_the_tables_or_a_part_passes(tmp_path: Path, point: str) -> None:
    assert problems(tmp_path, point) == []


def test_a_count_in_another_sentence_than_the_table_and_of_another_noun_passes(
        tmp_path: Path) -> None:
    text = ("Sex projekt sökte medel. De sex projekten beskrivs i bilagan. Tabellen nedan "
            "visar de tio kommunerna i tabellen.")
    assert problems(tmp_path, "projekten i tabellen nedan", text) == []


def test_the_rows_print_as_digits(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("POINT", "de {{ tabeller.projekt.antal_rader }} projekten")
                    .replace("TEXT", "Så här."), encoding="utf-8")
    markdown = Pipeline().build(case).files["x.md"].decode("utf-8")
    assert "till de 4 projekten." in markdown


def test_the_rows_print_in_letters_with_i_ord(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("POINT", "de {{ tabeller.projekt.antal_rader | i_ord }} projekten")
                    .replace("TEXT", "Så här."), encoding="utf-8")
    markdown = Pipeline().build(case).files["x.md"].decode("utf-8")
    assert "till de fyra projekten." in markdown


def test_a_plural_that_changes_its_vowel_names_its_column(tmp_path: Path) -> None:
    # (trial 90, F1: "de tolv ledamöterna" over a column 'Ledamot' of 11 rows passed)
    rows = "\n".join(f"      - {{nr: {i}, namn: Person {i}}}" for i in range(1, 12))
    text = f"""\
dokumenttyp: tjansteskrivelse
datum: 2024-05-02
dnr: KS 2024/344
titel: Val
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Valberedningen har föreslagit de tolv ledamöterna i tabellen nedan.
  - rubrik: Ledamöter
    tabell: ledamoter
tabeller:
  - namn: ledamoter
    kolumner:
      - {{namn: nr, rubrik: Nr, typ: tal}}
      - {{namn: namn, rubrik: Ledamot}}
    rader:
{rows}
"""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems] == [
        "x.yaml:7:41: varning: texten säger 'de tolv ledamöterna', men tabellen 'ledamoter' "
        "har 11 rader; rätta antalet i texten eller tabellens rader, eller skriv "
        "{{ tabeller.ledamoter.antal_rader | i_ord }} så följer texten tabellen"]


def test_the_definite_plural_of_an_are_noun_names_its_column(tmp_path: Path) -> None:
    # (trial 90, F1: "de tolv ersättarna" over a column 'Ersättare' of 11 rows passed)
    rows = "\n".join(f"      - {{nr: {i}, namn: Person {i}}}" for i in range(1, 12))
    text = f"""\
dokumenttyp: tjansteskrivelse
datum: 2024-05-02
dnr: KS 2024/344
titel: Val
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Valberedningen har föreslagit de tolv ersättarna i tabellen nedan.
    tabell: ersattare
tabeller:
  - namn: ersattare
    kolumner:
      - {{namn: nr, rubrik: Nr, typ: tal}}
      - {{namn: namn, rubrik: Ersättare}}
    rader:
{rows}
"""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems] == [
        "x.yaml:7:41: varning: texten säger 'de tolv ersättarna', men tabellen 'ersattare' "
        "har 11 rader; rätta antalet i texten eller tabellens rader, eller skriv "
        "{{ tabeller.ersattare.antal_rader | i_ord }} så följer texten tabellen"]


def test_the_table_s_own_name_is_a_word_a_count_names(tmp_path: Path) -> None:
    # (trial 90, F1: "de tolv ledamöterna" over the table 'ledamoter', whose names are
    # headed 'Namn', passed)
    rows = "\n".join(f"      - {{nr: {i}, namn: Person {i}}}" for i in range(1, 12))
    text = f"""\
dokumenttyp: tjansteskrivelse
datum: 2024-05-02
dnr: KS 2024/344
titel: Val
avsnitt:
  - rubrik: Ärendebeskrivning
    text: Valberedningen har föreslagit de tolv ledamöterna i tabellen nedan.
    tabell: ledamoter
tabeller:
  - namn: ledamoter
    kolumner:
      - {{namn: nr, rubrik: Nr, typ: tal}}
      - {{namn: namn, rubrik: Namn}}
    rader:
{rows}
"""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    assert [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems] == [
        "x.yaml:7:41: varning: texten säger 'de tolv ledamöterna', men tabellen 'ledamoter' "
        "har 11 rader; rätta antalet i texten eller tabellens rader, eller skriv "
        "{{ tabeller.ledamoter.antal_rader | i_ord }} så följer texten tabellen"]
    path.write_text(text.replace("tolv", "elva"), encoding="utf-8")
    assert Pipeline().build(path).problems == []
    path.write_text(text.replace("ledamoter", "t1").replace("ledamöterna", "t1orna"),
                    encoding="utf-8")
    assert Pipeline().build(path).problems == []
