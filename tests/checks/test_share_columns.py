"""Specification of the checks of a computed share column (`typ: andel`), with exact places
and messages: what it is of, its decimals, no typed values, no stated total, no zero total
and no negative amount."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

HEAD = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: mottagare}
      - {namn: belopp, typ: belopp}
      - {namn: andel, typ: andel, av: belopp}
    rader:
      - {mottagare: Boden, belopp: 5}
      - {mottagare: Luleå, belopp: 15}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_share_column_of_an_amount_column_is_accepted(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD) == []


def test_a_share_column_needs_to_say_what_it_is_of(tmp_path: Path) -> None:
    text = HEAD.replace("typ: andel, av: belopp}", "typ: andel}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:28: kolumnen 'andel' har 'typ: andel' men inte 'av', skriv vilken "
        "belopps- eller antalskolumn andelarna räknas av, t.ex. 'av: belopp'"]


def test_a_misspelt_amount_column_gets_a_suggestion(tmp_path: Path) -> None:
    text = HEAD.replace("av: belopp}", "av: beloop}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: 'beloop' är ingen kolumn i tabellen; andelar räknas av en kolumn med "
        "'typ: belopp' eller 'typ: antal', menade du 'belopp'?"]


def test_a_text_column_is_named_with_its_kind_and_the_message_names_those_there_are(
        tmp_path: Path) -> None:
    text = HEAD.replace("av: belopp}", "av: mottagare}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: kolumnen 'mottagare' har ingen 'typ' och är en textkolumn; andelar "
        "räknas av en kolumn med 'typ: belopp' eller 'typ: antal', skriv 'av: belopp'"]
    text = text.replace("      - {namn: andel", "      - {namn: platser, typ: antal}\n"
                                               "      - {namn: andel")
    assert problems(tmp_path, text) == [
        "x.yaml:13:39: kolumnen 'mottagare' har ingen 'typ' och är en textkolumn; andelar "
        "räknas av en kolumn med 'typ: belopp' eller 'typ: antal', de kolumnerna är: belopp, "
        "platser"]


def test_a_column_of_another_kind_is_named_with_its_typ(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: mottagare}", "{namn: mottagare, typ: text}") \
        .replace("av: belopp}", "av: mottagare}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: kolumnen 'mottagare' har 'typ: text'; andelar räknas av en kolumn med "
        "'typ: belopp' eller 'typ: antal', skriv 'av: belopp'"]


def test_a_share_of_a_count_column_is_accepted(tmp_path: Path) -> None:
    # (trial 94, F6: the share of the places per sektor)
    text = HEAD.replace("typ: belopp}", "typ: antal}")
    assert problems(tmp_path, text) == []


def test_a_column_that_is_not_summed_has_no_total_to_share(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: belopp, typ: belopp}", "{namn: belopp, typ: belopp, summeras: nej}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: kolumnen 'belopp' har 'summeras: nej', och andelarna räknas av "
        "kolumnens summa; ta bort 'summeras: nej' eller räkna andelarna av en annan kolumn"]


def test_a_table_with_nothing_to_share_says_so_and_how_to_write_shares(
        tmp_path: Path) -> None:
    text = HEAD.replace("{namn: belopp, typ: belopp}", "{namn: belopp, typ: tal}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: kolumnen 'belopp' har 'typ: tal', och andelar räknas bara av en kolumn "
        "med 'typ: belopp' eller 'typ: antal', som tabellen inte har; skriv andelarna själv i "
        "en kolumn med 'typ: tal', eller lägg till kolumnen de räknas av"]


def test_decimals_are_0_to_3(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("av: belopp}", "av: belopp, decimaler: 3}")) == []
    assert problems(tmp_path, HEAD.replace("av: belopp}", "av: belopp, decimaler: 4}")) == [
        "x.yaml:12:58: 'decimaler' ska vara 0, 1, 2 eller 3, inte 4"]


def test_a_computed_percentage_is_never_as_written(tmp_path: Path) -> None:
    text = HEAD.replace("av: belopp}", "av: belopp, decimaler: som skrivet}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:58: 'decimaler: som skrivet' hör till en kolumn med 'typ: tal'; procenten "
        "i en kolumn som räknas ut visas med 0, 1, 2 eller 3 decimaler"]


def test_av_and_decimaler_belong_to_a_share_column(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: belopp, typ: belopp}", "{namn: belopp, typ: belopp, av: x}")
    assert problems(tmp_path, text) == [
        "x.yaml:11:41: 'av' hör till en kolumn med 'typ: andel', skriv 'typ: andel' om kolumnen "
        "ska visa andelar, annars ta bort 'av'"]
    text = HEAD.replace("{namn: mottagare}", "{namn: mottagare, decimaler: 2}")
    assert problems(tmp_path, text) == [
        "x.yaml:10:38: 'decimaler' hör till en kolumn med 'typ: andel', skriv 'typ: andel' om "
        "kolumnen ska visa andelar, annars ta bort 'decimaler'"]


def test_decimaler_on_a_count_column_points_to_a_number_column(tmp_path: Path) -> None:
    # (trial 85, F9: boat lengths 8, 10 and "12,5" as 'typ: antal' showed 8,0 and 10,0)
    text = HEAD.replace("{namn: belopp, typ: belopp}",
                        "{namn: belopp, typ: belopp}\n"
                        "      - {namn: langd, typ: antal, decimaler: som skrivet}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:46: 'decimaler' hör till en kolumn med 'typ: tal': ett antal visas med lika "
        "många decimaler som kolumnens mest exakta; är talen mått och inte antal, som längder "
        "eller timmar, skriv 'typ: tal', så visar 'decimaler: som skrivet' 8, 10 och 12,5 som "
        "du skriver dem, annars ta bort 'decimaler'"]


def test_decimaler_belongs_to_a_number_column_too_within_0_to_3(tmp_path: Path) -> None:
    # (trial 49, F8: a number column shows its numbers with its 'decimaler')
    text = HEAD.replace("{namn: belopp, typ: belopp}",
                        "{namn: belopp, typ: belopp}\n      - {namn: km, typ: tal, decimaler: 1}")
    assert problems(tmp_path, text) == []
    assert problems(tmp_path, text.replace("decimaler: 1}", "decimaler: 4}")) == [
        "x.yaml:12:41: 'decimaler' ska vara 0, 1, 2, 3 eller 'som skrivet', inte 4"]


@pytest.mark.parametrize("written", ["som skrivet", "Som  skrivet", '" 2 "'])
def test_a_number_column_may_show_its_numbers_as_written(tmp_path: Path, written: str) -> None:
    # (trial 53, F2: hours of 3, 5 and 1,5 without 3,0 and 5,0)
    text = HEAD.replace("{namn: belopp, typ: belopp}", "{namn: belopp, typ: belopp}\n"
                        f"      - {{namn: km, typ: tal, decimaler: {written}}}")
    assert problems(tmp_path, text) == []


def test_decimaler_in_words_is_only_som_skrivet(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: belopp, typ: belopp}",
                        "{namn: belopp, typ: belopp}\n      - {namn: km, typ: tal, decimaler: två}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:41: 'decimaler': 'två' är inget antal decimaler, skriv 0, 1, 2 eller 3 (i en "
        "kolumn med 'typ: tal' också 'som skrivet')"]


def test_a_share_typed_in_a_row_is_refused_because_it_is_computed(tmp_path: Path) -> None:
    text = HEAD.replace("{mottagare: Luleå, belopp: 15}",
                        '{mottagare: Luleå, belopp: 15, andel: "75 %"}')
    assert problems(tmp_path, text) == [
        "x.yaml:15:47: andelen i 'andel' räknas ut, ta bort värdet"]


def test_a_stated_total_for_a_share_column_is_refused(tmp_path: Path) -> None:
    text = HEAD + "    summa: {belopp: 20, andel: 100}\n"
    assert problems(tmp_path, text) == [
        "x.yaml:16:32: andelarna i 'andel' räknas ut och blir tillsammans 100 %, ta bort "
        "'andel' ur 'summa'"]


def test_a_zero_total_is_an_error_at_the_column(tmp_path: Path) -> None:
    text = HEAD.replace("belopp: 5}", "belopp: 0}").replace("belopp: 15}", "belopp: 0}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: andelarna i kolumnen 'andel' kan inte räknas ut eftersom summan av "
        "'belopp' är 0, ange beloppen i 'belopp' eller ta bort kolumnen"]


def test_a_negative_amount_is_an_error_at_the_column_naming_the_row(tmp_path: Path) -> None:
    text = HEAD.replace("belopp: 5}", "belopp: -5}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:39: andelarna i kolumnen 'andel' kan inte räknas ut, raden 'Boden' har ett "
        "negativt belopp i 'belopp'; andelar räknas bara av belopp som är 0 eller mer"]
