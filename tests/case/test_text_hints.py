"""Specification of generator.case.text_hints: a value that should be a text but was read as
something else says why, at its place, and how to write it."""

from __future__ import annotations

from generator.case.models import Case
from generator.case.validate import validate_model
from generator.case.yaml_loader import load_yaml_bytes

PATH = "x.yaml"
MINIMAL = """\
dokumenttyp: beslut
datum: 2019-09-26
dnr: SN 2019/1
titel: Närvarorätt
"""
AS_KEY = "läses som 'nyckel: värde' eftersom kolonet följs av ett mellanslag, sätt hela texten " \
    "inom citattecken, t.ex. "


def messages(text: str) -> list[str]:
    loaded = load_yaml_bytes((MINIMAL + text).encode(), PATH)
    return [problem.format() for problem in validate_model(Case, loaded, PATH)[1]]


def test_a_point_with_a_colon_and_a_space_is_quoted_whole_in_the_example() -> None:
    """Trial 18: `värdet ska vara text` named neither the colon nor the quotes."""
    assert messages("utdrag_till:\n  - Förvaltningschef\n  - Nämndkansliet: för kännedom\n") == [
        f'x.yaml:7:5: punkten {AS_KEY}- "Nämndkansliet: för kännedom"']


def test_a_long_point_is_cut_to_its_start_and_the_words_about_the_colon() -> None:
    text = ("beslut:\n  beslutande: Socialnämnden\n  datum: 2019-09-26\n  punkter:\n"
            "    - medge närvarorätt för samtliga närvarande, se bilaga: närvarolista.  # obs\n")
    assert messages(text) == [
        f'x.yaml:9:7: punkten {AS_KEY}- "medge … se bilaga: närvarolista."']


def test_a_long_text_after_the_colon_is_cut_too() -> None:
    text = "utdrag_till:\n  - Nämndkansliet: för kännedom och för arkivering i diariet\n"
    assert messages(text) == [
        f'x.yaml:6:5: punkten {AS_KEY}- "Nämndkansliet: för kännedom och …"']


def test_a_text_holding_double_quotes_is_shown_in_single_quotes() -> None:
    text = 'utdrag_till:\n  - Kansliet: för "kännedom"\n'
    assert messages(text) == [f"x.yaml:6:5: punkten {AS_KEY}- 'Kansliet: för \"kännedom\"'"]


def test_a_key_whose_text_on_the_line_below_holds_a_colon_is_named() -> None:
    text = "justering:\n  datum: 2019-09-27\n  justerare: [Christer Hansson (V)]\n" \
        "  ordforande:\n    Ingvor Regnemer: ordförande\n"
    assert messages(text) == [
        f"x.yaml:9:5: 'ordforande' {AS_KEY}ordforande: \"Ingvor Regnemer: ordförande\""]


def test_a_collection_written_over_several_lines_is_no_slip_of_a_colon() -> None:
    text = "utdrag_till:\n  - namn: Nämndkansliet\n    roll: kännedom\n"
    assert messages(text) == [
        "x.yaml:6:5: punkten ska vara text, men här står en samling nycklar; skriv texten "
        "utan { }, inom citattecken om den har kolon"]


def test_a_list_where_a_text_is_wanted_says_how_to_write_the_text() -> None:
    text = "utdrag_till:\n  - [Nämndkansliet, Ekonomi]\n"
    assert messages(text) == [
        "x.yaml:6:5: punkten ska vara text, men här står en lista; skriv texten utan [ ] och "
        "'- ', inom citattecken om den har kommatecken"]


def test_an_empty_list_for_a_text_key_is_named_a_list() -> None:
    text = "avsnitt:\n  - rubrik: []\n    text: Bakgrund.\n"
    assert messages(text) == [
        "x.yaml:6:13: 'rubrik' ska vara text, men här står en lista; skriv texten utan [ ] "
        "och '- ', inom citattecken om den har kommatecken"]


def test_true_where_a_text_is_wanted_says_to_quote_it() -> None:
    """A point written `- true` is read by YAML as yes, not as the word (`- ja` is text)."""
    text = "utdrag_till:\n  - ja\n  - true\n"
    assert messages(text) == [
        'x.yaml:7:5: punkten ska vara text, men true läses som ja eller nej; sätt citattecken '
        'runt det: - "true"']


def test_an_empty_point_says_so() -> None:
    """Trial 18: `- # tom` gave `värdet ska vara text`."""
    text = ("utdrag_till:\n  - Förvaltningschef\n  - # tom\n  -\n")
    assert messages(text) == [
        "x.yaml:7:4: punkten är tom, skriv texten eller ta bort raden",
        "x.yaml:8:4: punkten är tom, skriv texten eller ta bort raden",
    ]


def test_a_text_written_as_a_list_says_how_to_write_a_text_of_paragraphs() -> None:
    """Trial 31: a decision's course written as a list, one paragraph an item."""
    text = ("beslut:\n  beslutande: Kommunfullmäktige\n  datum: 2010-11-18\n  punkter:\n"
            "    - bevilja anslaget\n  beslutsgang:\n    - Ordföranden ställer proposition.\n"
            "    - Omröstning begärs.\n")
    assert messages(text) == [
        "x.yaml:11:5: 'beslutsgang' är skriven som en lista (rader som börjar med '- ') men ska "
        "vara en text, skriv beslutsgang: | och texten indragen på raderna under, utan '- ' och "
        "med en tom rad mellan styckena"]


def test_a_text_split_by_a_comma_inside_braces_is_an_unknown_key_with_the_text_quoted() -> None:
    """Trial 35, F1: the tail of a text after its comma is read as a key without a value."""
    text = ("avsnitt:\n  - tabell: t\ntabeller:\n  - namn: t\n    kolumner:\n"
            "      - {namn: post, rubrik: Verksamhet, netto}\n"
            "      - {namn: belopp, typ: belopp}\n    rader:\n      - {post: a, belopp: 1}\n")
    assert messages(text) == [
        "x.yaml:10:42: okänd nyckel 'netto', kommatecknet i texten 'Verksamhet, netto' avslutar "
        'värdet inom { }, skriv texten inom citattecken: rubrik: "Verksamhet, netto"']


def test_a_text_split_at_two_commas_outside_a_table_is_one_unknown_key() -> None:
    """Trial 61, F7: one slip, one error, at the text's first piece."""
    text = ("avsnitt:\n  - tabell: t\ntabeller:\n  - namn: t\n    kolumner:\n"
            "      - {namn: post, rubrik: Verksamhet, netto, brutto}\n"
            "      - {namn: belopp, typ: belopp}\n    rader:\n      - {post: a, belopp: 1}\n")
    assert messages(text) == [
        "x.yaml:10:42: okänd nyckel 'netto', kommatecknet i texten 'Verksamhet, netto, brutto' "
        'avslutar värdet inom { }, skriv texten inom citattecken: rubrik: "Verksamhet, netto, '
        'brutto"']


def test_a_date_where_a_text_is_wanted_says_it_was_read_as_a_date_and_to_quote_it() -> None:
    """Trial 56, F5: `text: 2012-05-07` gave "'text' ska vara text"; to her it is text."""
    text = "avsnitt:\n  - rubrik: Sammanträdesdatum\n    text: 2012-05-07  # datum\n"
    assert messages(text) == [
        "x.yaml:7:11: 'text' ska vara text, men 2012-05-07 läses som ett datum; sätt "
        'citattecken runt det: text: "2012-05-07"']


def test_a_date_inside_braces_is_shown_without_the_keys_after_it() -> None:
    text = "avsnitt:\n  - {text: 2012-05-07, rubrik: Datum}\n"
    assert messages(text) == [
        "x.yaml:6:12: 'text' ska vara text, men 2012-05-07 läses som ett datum; sätt "
        'citattecken runt det: text: "2012-05-07"']


def test_a_point_read_as_a_date_and_time_is_quoted_in_the_example() -> None:
    text = "utdrag_till:\n  - 2012-05-07 10:00\n"
    assert messages(text) == [
        "x.yaml:6:5: punkten ska vara text, men 2012-05-07 10:00 läses som datum och tid; "
        'sätt citattecken runt dem: - "2012-05-07 10:00"']



def test_a_number_where_a_text_is_wanted_is_read_as_the_text_it_is_written_as() -> None:
    assert messages("avsnitt:\n  - {rubrik: Antal, text: 2024}\n") == []
