"""A slip with one clear reading is reported once, at its cause, and the case is checked as
meant: what only follows from the slip is not reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.build import Pipeline
from generator.case import as_meant
from generator.case.as_meant import rejoined, renamed, without
from generator.case.yaml_loader import load_yaml_bytes

NBSP = "\u00a0"

CASE = """\
dokumenttyp: beslut
datum: 2024-11-27
dnr: KS 2024/999
titel: Driftbudget
beslut:
  beslutande: Kommunfullmäktige
  punkter:
    - fastställa driftbudgeten, totalt {{ tabeller.drift.b2025 }}.
avsnitt:
  - rubrik: Driftbudget per nämnd
    tabell: drift
tabeller:
  - namn: drift
    enhet: mnkr
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: b2025, rubrik: Budget 2025, typ: belopp}
    rader:
      - namnd: Kommunstyrelse
        delsumma: Summa
        b2025: "108,6"
        rader:
          - {namnd: Kommunövergripande verksamhet, b2025: "81,7"}
          - {namnd: Politisk verksamhet, b2025: "26,9"}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_the_case_as_written_has_no_problems(tmp_path: Path) -> None:
    assert problems(tmp_path, CASE) == []


def test_a_misspelt_key_is_the_only_problem_not_what_follows_from_it(tmp_path: Path) -> None:
    text = CASE.replace("tabeller:\n", "tabeler:\n")
    assert problems(tmp_path, text) == [
        "x.yaml:12:1: okänd nyckel 'tabeler', menade du 'tabeller'?"]


def test_a_problem_under_a_misspelt_key_is_still_reported_where_it_stands(
    tmp_path: Path,
) -> None:
    text = CASE.replace("tabeller:\n", "tabeler:\n").replace('"108,6"', '"118,6"')
    assert problems(tmp_path, text) == [
        "x.yaml:12:1: okänd nyckel 'tabeler', menade du 'tabeller'?",
        f"x.yaml:21:16: angiven summa 118,6{NBSP}mnkr för delsumman 'Summa' under "
        f"'Kommunstyrelse' stämmer inte med summan av delarna 108,6{NBSP}mnkr (den angivna är "
        f"10,0{NBSP}mnkr för hög); rätta summan eller ta bort den så räknas den ut",
    ]


def test_a_number_split_by_a_comma_is_reported_at_the_number_without_sum_errors(
    tmp_path: Path,
) -> None:
    text = CASE.replace('b2025: "81,7"', "b2025: 81,7")
    assert problems(tmp_path, text) == [
        "x.yaml:23:59: talet 81,7 delas av kommatecknet inom { } och läses som 81 och nyckeln "
        "'7', skriv \"81,7\" inom citattecken"]


def test_a_number_split_twice_names_both_keys() -> None:
    loaded = load_yaml_bytes(b"rad: {a: 1,250,000, b: x}\n", "x.yaml")
    read, found = rejoined(loaded, "x.yaml")
    assert read.data == {"rad": {"a": "1,250,000", "b": "x"}}
    assert [p.format() for p in found] == [
        "x.yaml:1:10: talet 1,250,000 delas av kommatecknet inom { } och läses som 1 och "
        "nycklarna '250', '000', skriv \"1,250,000\" inom citattecken"]
    assert ("rad", "250") not in read.keys
    assert read.locate(("rad", "a")) == (1, 10)


def test_a_formula_split_by_the_comma_of_its_number_says_to_quote_the_formula() -> None:
    # (trial 49: "okänd nyckel '3'" for {…, formel: underlag * 0,3})
    loaded = load_yaml_bytes(b"k: {namn: bidrag, formel: underlag * 0,3}\n", "x.yaml")
    read, found = rejoined(loaded, "x.yaml")
    assert read.data == {"k": {"namn": "bidrag", "formel": "underlag * 0,3"}}
    assert [p.format() for p in found] == [
        "x.yaml:1:27: formeln 'underlag * 0,3' delas av kommatecknet inom { } och läses som "
        "'underlag * 0' och nyckeln '3', skriv formeln inom citattecken: "
        'formel: "underlag * 0,3"']


def test_a_formula_is_rejoined_only_where_its_comma_split_it() -> None:
    for text in (b"k: {formel: a * 0, 3: x}\n", b"k: {formel: 'a * 0,3'}\n",
                 b"k: {titel: a 0,3}\n", b"k: {formel: a * 0,3 b}\n"):
        loaded = load_yaml_bytes(text, "x.yaml")
        assert rejoined(loaded, "x.yaml") == (loaded, [])


def test_only_a_comma_right_before_keys_without_values_splits_a_number() -> None:
    for text in (b"rad: {a: 1, 250}\n", b"rad: {a: 1,250: 3}\n", b"rad: [1,250]\n",
                 b"rad: {a: 1,b}\n", b"rad: '1,250'\n"):
        loaded = load_yaml_bytes(text, "x.yaml")
        assert rejoined(loaded, "x.yaml") == (loaded, [])


def test_a_renamed_key_keeps_the_places_of_what_is_under_it() -> None:
    loaded = load_yaml_bytes(b"tabeler:\n  - namn: t\nx: 1\n", "x.yaml")
    read = renamed(loaded, {("tabeler",): "tabeller"})
    assert read.data == {"tabeller": [{"namn": "t"}], "x": 1}
    assert read.locate(("tabeller", 0, "namn")) == (2, 11)
    assert read.locate_key(("tabeller",)) == (1, 1)
    assert ("tabeler",) not in read.values


def test_a_key_is_not_renamed_to_one_that_is_written_and_is_left_out() -> None:
    loaded = load_yaml_bytes(b"titl: a\ntitel: b\n", "x.yaml")
    assert renamed(loaded, {("titl",): "titel"}).data == {"titel": "b"}
    assert without(loaded, [("titl",)]).data == {"titel": "b"}


def test_a_key_in_the_secretarys_own_words_is_read_as_the_key_it_means(tmp_path: Path) -> None:
    # (trial 17: a protokollsutdrag's "Beslutet skickas till" list got no "menade du")
    text = CASE + "beslutet_skickas_till:\n  - Kommunstyrelsen\n"
    assert problems(tmp_path, text) == [
        "x.yaml:25:1: okänd nyckel 'beslutet_skickas_till', menade du 'utdrag_till'? (rubriken "
        "över listan skrivs med utdrag_till_rubrik, t.ex. utdrag_till_rubrik: Beslutet skickas "
        "till)"]


@pytest.mark.parametrize(("key", "meant", "note"), [
    ("tel", "telefon", "telefonnumret skrivs under 'telefon', t.ex. telefon: 0480-45 00 00"),
    ("mejl", "epost", "e-postadressen skrivs under 'epost', t.ex. epost: anna.ek@kommun.se"),
])
def test_a_handlaggares_phone_or_mail_in_her_own_words_is_named(
        tmp_path: Path, key: str, meant: str, note: str) -> None:
    # (trial 99, F12: 'tel' beside 'titel' was taken for a slip of 'titel')
    text = CASE + f"handlaggare:\n  - {{namn: Anna Ek, titel: Ekonom, {key}: x}}\n"
    assert problems(tmp_path, text) == [
        f"x.yaml:26:36: okänd nyckel '{key}', menade du '{meant}'? ({note})"]


def test_a_document_kind_under_another_name_is_read_as_dokumenttyp(tmp_path: Path) -> None:
    # ('typ: beslut' got "nyckeln 'dokumenttyp' saknas" and "okänd nyckel 'typ'" with the list
    # of every key allowed at the top)
    text = CASE.replace("dokumenttyp:", "typ:")
    assert problems(tmp_path, text) == [
        "x.yaml:1:1: okänd nyckel 'typ', menade du 'dokumenttyp'? (vilket slags dokument "
        "ärendet blir skrivs med dokumenttyp, t.ex. dokumenttyp: beslut)"]


def test_the_extract_list_has_the_cases_own_heading(tmp_path: Path) -> None:
    case = tmp_path / "x.yaml"
    case.write_text(CASE + "utdrag_till_rubrik: Beslutet skickas till\nutdrag_till:\n"
                    "  - Kommunstyrelsen\n", encoding="utf-8")
    markdown = Pipeline().build(case).files["x.md"].decode("utf-8")
    assert "## Beslutet skickas till\n\n- Kommunstyrelsen\n" in markdown
    assert "Utdrag till" not in markdown


def test_a_risk_tables_first_heading_in_her_own_words_is_the_key_medel_has(
        tmp_path: Path) -> None:
    # (trial 29: 'rubrik_omrade' got "menade du 'rubrik_risk'?", the key for another column)
    risk = ("risk:\n  rubrik_omrade: Område\n  rader:\n    - insatsomrade: A\n"
            "      tilldelat: 100\n")
    text = CASE.replace("avsnitt:\n", "avsnitt:\n  - tabell: risk\n") + risk
    assert problems(tmp_path, text) == [
        "x.yaml:27:3: okänd nyckel 'rubrik_omrade', menade du 'rubrik'? (rubriken på "
        "tabellens första kolumn skrivs med rubrik, t.ex. rubrik: Område)"]


def test_a_number_column_said_to_be_summed_is_summed(tmp_path: Path) -> None:
    # (trial 40, F8: the total row's cell was empty; trial 57, F3: 'summeras: ja' sums it)
    text = CASE.replace("      - {namn: b2025, rubrik: Budget 2025, typ: belopp}\n",
                        "      - {namn: b2025, rubrik: Budget 2025, typ: belopp}\n"
                        "      - {namn: platser, rubrik: Platser, typ: tal, summeras: ja}\n")
    assert problems(tmp_path, text) == []


def test_a_first_heading_in_her_own_words_is_not_read_so_where_no_table_has_one(
        tmp_path: Path) -> None:
    text = CASE.replace("  - rubrik: Driftbudget per nämnd\n",
                        "  - rubrik_omrade: Driftbudget per nämnd\n")
    assert problems(tmp_path, text)[0].startswith(
        "x.yaml:10:5: okänd nyckel 'rubrik_omrade', menade du 'rubrik'?")
    assert "första kolumn" not in problems(tmp_path, text)[0]


@given(st.lists(st.sampled_from(["b2025: ", "formel: ", "a * ", "81", ",", "7", " ", "\t", "}",
                                 "{", "\n", "x", "#", "'"]), max_size=14).map("".join))
def test_a_file_without_the_end_of_a_split_number_is_not_searched_for_one(source: str) -> None:
    split = (as_meant._SPLIT_VALUE.search(source) or as_meant._SPLIT_FORMULA.search(source))
    assert as_meant._SPLIT_END.search(source) is not None or split is None
