"""Specification of the checks of a computed change column (`typ: forandring`), with exact
places and messages: what it is from and to, its decimals, no stated total, and percentages
typed in it checked against the computed change within the decimals they are written with."""

from __future__ import annotations

from pathlib import Path

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
    enhet: mnkr
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: budget24, rubrik: Budget 2024, typ: belopp}
      - {namn: budget25, rubrik: Budget 2025, typ: belopp}
      - {namn: procent, rubrik: Förändring, typ: forandring, fran: budget24, till: budget25}
    rader:
      - {namnd: Kommunstyrelse, budget24: "98,1", budget25: "108,6", procent: "10,7 %"}
      - {namnd: Valnämnd, budget24: "0,0", budget25: "0,5", procent: "–"}
      - {namnd: Revision, budget24: "1,5", budget25: "1,5"}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_change_column_with_the_published_percentages_is_accepted(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD) == []


def test_forandring_may_be_spelt_as_a_secretary_says_it(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("typ: forandring", "typ: förändring")) == []


def test_a_typed_percentage_that_differs_names_the_row_and_both_figures(tmp_path: Path) -> None:
    text = HEAD.replace('procent: "10,7 %"', 'procent: "10,6 %"')
    assert problems(tmp_path, text) == [
        "x.yaml:16:79: angiven förändring 10,6\u00a0% för raden 'Kommunstyrelse' stämmer inte "
        "med uträkningen (Budget 2025 − Budget 2024) / Budget 2024 = 10,7\u00a0%; rätta värdet "
        "eller ta bort det så räknas det ut"]


def test_a_typed_percentage_is_right_within_the_decimals_it_is_written_with(
        tmp_path: Path) -> None:
    for fits in ('"11 %"', '"10,70 %"', '"10,7"'):  # 10,703 … %
        assert problems(tmp_path, HEAD.replace('"10,7 %"', fits)) == [], fits
    assert problems(tmp_path, HEAD.replace('"10,7 %"', '"10,71 %"')) == [
        "x.yaml:16:79: angiven förändring 10,71\u00a0% för raden 'Kommunstyrelse' stämmer inte "
        "med uträkningen (Budget 2025 − Budget 2024) / Budget 2024 = 10,70\u00a0%; rätta värdet "
        "eller ta bort det så räknas det ut"]


def test_a_percentage_typed_where_the_base_is_zero_is_refused(tmp_path: Path) -> None:
    text = HEAD.replace('procent: "–"', 'procent: "5 %"')
    assert problems(tmp_path, text) == [
        "x.yaml:17:70: angiven förändring 5\u00a0% för raden 'Valnämnd' kan inte räknas ut "
        "eftersom Budget 2024 är 0 eller saknas, där visas –; ta bort värdet"]


def test_a_dash_typed_where_there_is_a_change_is_refused(tmp_path: Path) -> None:
    text = HEAD.replace("budget25: \"1,5\"}", 'budget25: "1,5", procent: "-"}')
    assert problems(tmp_path, text) == [
        "x.yaml:18:70: förändringen för raden 'Revision' är 0,0\u00a0% ((Budget 2025 − Budget "
        "2024) / Budget 2024), inte -; rätta värdet eller ta bort det så räknas det ut"]


def test_a_typed_value_that_is_no_number_is_refused_as_in_a_number_column(
        tmp_path: Path) -> None:
    text = HEAD.replace('"10,7 %"', '"tio"')
    assert problems(tmp_path, text) == [
        "x.yaml:16:79: 'tio' är inte ett tal, skriv t.ex. 1250, \"1 250\", \"12,5\" eller "
        "\"12,5 %\""]


def test_from_and_to_are_both_needed(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace(", fran: budget24", "")) == [
        "x.yaml:14:50: kolumnen 'procent' har 'typ: forandring' men inte 'fran', skriv vilka "
        "beloppskolumner förändringen räknas från och till, t.ex. 'fran: budget24' och "
        "'till: budget25'"]
    assert problems(tmp_path, HEAD.replace(", fran: budget24, till: budget25", "")) == [
        "x.yaml:14:50: kolumnen 'procent' har 'typ: forandring' men inte 'fran' och 'till', "
        "skriv vilka beloppskolumner förändringen räknas från och till, t.ex. "
        "'fran: budget24' och 'till: budget25'"]


WITH_ACCOUNTS = HEAD.replace(
    "      - {namn: budget24,", "      - {namn: bokslut23, rubrik: Bokslut 2023, typ: belopp}\n"
    "      - {namn: budget24,").replace('"98,1", budget25', '"98,1", bokslut23: "90,2", budget25')


def test_the_example_keeps_the_end_already_written_and_takes_its_neighbour(
        tmp_path: Path) -> None:
    # (trial 26: without 'fran' beside 'till: budget25' the example was 'fran: bokslut23'
    # och 'till: budget24')
    assert problems(tmp_path, WITH_ACCOUNTS) == []
    assert problems(tmp_path, WITH_ACCOUNTS.replace("fran: budget24, ", "")) == [
        "x.yaml:15:50: kolumnen 'procent' har 'typ: forandring' men inte 'fran', skriv vilka "
        "beloppskolumner förändringen räknas från och till, t.ex. 'fran: budget24' och "
        "'till: budget25'"]
    assert problems(tmp_path, WITH_ACCOUNTS.replace(", till: budget25", "")) == [
        "x.yaml:15:50: kolumnen 'procent' har 'typ: forandring' men inte 'till', skriv vilka "
        "beloppskolumner förändringen räknas från och till, t.ex. 'fran: budget24' och "
        "'till: budget25'"]
    assert problems(tmp_path, WITH_ACCOUNTS.replace("fran: budget24, till: budget25",
                                                    "till: bokslut23")) == [
        "x.yaml:15:50: kolumnen 'procent' har 'typ: forandring' men inte 'fran', skriv vilka "
        "beloppskolumner förändringen räknas från och till, t.ex. 'fran: budget24' och "
        "'till: bokslut23'"]  # (no amount column before it: the one after)


def test_the_example_for_a_change_from_a_column_to_itself_keeps_till(tmp_path: Path) -> None:
    text = WITH_ACCOUNTS.replace("fran: budget24", "fran: budget25")
    for typed in (', procent: "10,7 %"', ', procent: "–"'):  # (other problems of 25 → 25)
        text = text.replace(typed, "")
    assert problems(tmp_path, text) == [
        "x.yaml:15:84: 'fran' och 'till' är båda 'budget25', så förändringen blir alltid 0; "
        "skriv två olika beloppskolumner, t.ex. 'fran: budget24' och 'till: budget25', eller "
        "'fran: foregaende_rad' för förändringen från raden ovanför i samma kolumn"]


def test_the_example_for_the_column_itself_keeps_the_other_end(tmp_path: Path) -> None:
    assert problems(tmp_path, WITH_ACCOUNTS.replace("fran: budget24", "fran: bokslut23")
                    .replace("till: budget25", "till: procent")) == [
        "x.yaml:15:85: 'procent' i 'till' är kolumnen själv; förändringen räknas mellan två "
        "andra kolumner med 'typ: belopp' eller två med 'typ: antal', t.ex. 'fran: bokslut23' "
        "och 'till: budget24'"]


def test_a_misspelt_amount_column_gets_a_suggestion(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("fran: budget24", "fran: budet24")) == [
        "x.yaml:14:68: 'budet24' i 'fran' är ingen kolumn i tabellen; förändringen räknas "
        "mellan två kolumner med 'typ: belopp' eller två med 'typ: antal'; menade du "
        "'budget24'?"]


def test_a_text_column_is_no_amount_column_and_the_message_names_those_there_are(
        tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("till: budget25", "till: namnd")) == [
        "x.yaml:14:84: 'namnd' i 'till' är en kolumn med 'typ: text'; förändringen räknas "
        "mellan två kolumner med 'typ: belopp' eller två med 'typ: antal'; beloppskolumnerna "
        "är: budget24, budget25"]


def test_a_number_column_names_both_kinds_a_change_is_computed_between(
        tmp_path: Path) -> None:
    # trial 36, F2: fees in 'typ: tal' columns were told of amount columns only, not counts
    text = HEAD.replace("rubrik: Budget 2024, typ: belopp", "rubrik: Budget 2024, typ: tal")
    assert problems(tmp_path, text) == [
        "x.yaml:14:68: 'budget24' i 'fran' är en kolumn med 'typ: tal'; förändringen räknas "
        "mellan två kolumner med 'typ: belopp' eller två med 'typ: antal'; beloppskolumnerna "
        "är: budget25"]


def test_the_column_itself_is_no_end_of_its_change(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("till: budget25", "till: procent")) == [
        "x.yaml:14:84: 'procent' i 'till' är kolumnen själv; förändringen räknas mellan två "
        "andra kolumner med 'typ: belopp' eller två med 'typ: antal', t.ex. 'fran: budget24' "
        "och 'till: budget25'"]


def test_decimals_are_0_to_3(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("till: budget25}", "till: budget25, decimaler: 2}")
                    .replace('"10,7 %"', '"10,70 %"')) == []
    assert problems(tmp_path, HEAD.replace("till: budget25}", "till: budget25, decimaler: 4}")) \
        == ["x.yaml:14:105: 'decimaler' ska vara 0, 1, 2 eller 3, inte 4"]


def test_a_stated_total_for_a_change_column_is_refused(tmp_path: Path) -> None:
    text = HEAD + '    summa: {budget24: "99,6", procent: "11,0 %"}\n'
    assert problems(tmp_path, text) == [
        "x.yaml:19:40: förändringen i 'procent' räknas ut och summeras inte, totalradens "
        "förändring räknas ur totalerna; ta bort 'procent' ur 'summa'"]


def test_from_and_to_belong_to_a_change_column(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: namnd, rubrik: Nämnd}", "{namn: namnd, rubrik: Nämnd, till: x}")
    assert problems(tmp_path, text) == [
        "x.yaml:11:44: 'till' hör till en kolumn med 'typ: forandring', skriv 'typ: forandring' "
        "om kolumnen ska visa förändringen i procent, annars ta bort 'till'"]


def test_a_change_in_ones_own_words_points_to_forandring(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("typ: forandring", "typ: ökning")) == [
        "x.yaml:14:50: 'typ' har värdet 'ökning' som inte finns, skriv typ: forandring "
        "(förändringen i procent räknas ut, från beloppskolumnen i fran: till den i till:, "
        "t.ex. fran: budget24 och till: budget25)"]


COUNTS = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: RS 2024/12
titel: Tabeller
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: del, rubrik: Kommundel}
      - {namn: inv23, rubrik: Invånare 2023, typ: antal}
      - {namn: inv24, rubrik: Invånare 2024, typ: antal}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: okning, rubrik: Förändring, typ: forandring, fran: inv23, till: %s}
    rader:
      - {del: Skutskär, inv23: 6120, inv24: 6200, budget: 5, okning: "1,3 %%"}
"""


def test_a_change_between_two_count_columns_is_computed_and_checked(tmp_path: Path) -> None:
    assert problems(tmp_path, COUNTS % "inv24") == []
    assert problems(tmp_path, COUNTS.replace("1,3 %", "1,4 %") % "inv24") == [
        "x.yaml:16:70: angiven förändring 1,4\u00a0% för raden 'Skutskär' stämmer inte med "
        "uträkningen (Invånare 2024 − Invånare 2023) / Invånare 2023 = 1,3\u00a0%; rätta "
        "värdet eller ta bort det så räknas det ut"]


def test_a_change_between_a_count_and_an_amount_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, COUNTS % "budget") == [
        "x.yaml:14:67: 'inv23' i 'fran' är en antalskolumn (typ: antal) men den andra är en "
        "beloppskolumn; förändringen räknas mellan två kolumner av samma typ, två med 'typ: "
        "belopp' eller två med 'typ: antal'"]


def test_a_column_of_another_kind_is_told_of_the_amount_and_count_columns_there_are(
        tmp_path: Path) -> None:
    assert problems(tmp_path, COUNTS % "del") == [
        "x.yaml:14:80: 'del' i 'till' är en kolumn med 'typ: text'; förändringen räknas mellan "
        "två kolumner med 'typ: belopp' eller två med 'typ: antal'; beloppskolumnerna är: "
        "budget; antalskolumnerna är: inv23, inv24"]
