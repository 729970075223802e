"""Specification of the checks of a computed ratio column (`typ: kvot`, "Utfall i % av
budget"), with exact places and messages: its `taljare` and `namnare`, its decimals, no
stated total, and percentages typed in it (the published ones) checked against the computed
ratio within the decimals they are written with, as in a change column."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

HEAD = """\
dokumenttyp: beslutsunderlag
datum: 2024-05-20
dnr: BUN 2024/88
titel: Periodrapport
avsnitt:
  - tabell: t
tabeller:
  - namn: t
    enhet: tkr
    totalt: Netto
    kolumner:
      - {namn: post, rubrik: Verksamhet}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Periodutfall, typ: belopp}
      - {namn: procent, rubrik: Utfall i % av budget, typ: kvot, taljare: utfall, \
namnare: budget, decimaler: 0}
    rader:
      - {post: Politisk verksamhet, budget: 2 500, utfall: 796, procent: 32}
      - {post: Förskola, budget: 419 578, utfall: 149 657, procent: "36 %"}
      - {post: Prel. kostnader, budget: 0, utfall: 1 021, procent: "–"}
"""


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_ratio_column_with_the_published_percentages_is_accepted(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD) == []


def test_taljare_and_namnare_may_be_written_with_a_and_a_umlaut(tmp_path: Path) -> None:
    text = HEAD.replace("taljare:", "täljare:").replace("namnare:", "nämnare:")
    assert problems(tmp_path, text) == []


def test_a_typed_percentage_that_differs_names_the_row_and_both_figures(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace('procent: "36 %"', 'procent: "35 %"')) == [
        "x.yaml:18:69: angiven kvot 35\u00a0% för raden 'Förskola' stämmer inte med "
        "uträkningen Periodutfall / Budget = 36\u00a0%; rätta värdet eller ta bort det så "
        "räknas det ut"]


def test_a_typed_percentage_is_right_within_the_decimals_it_is_written_with(
        tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("procent: 32", 'procent: "31,8 %"')) == []
    assert problems(tmp_path, HEAD.replace("procent: 32", 'procent: "31,9 %"')) == [
        "x.yaml:17:74: angiven kvot 31,9\u00a0% för raden 'Politisk verksamhet' stämmer inte "
        "med uträkningen Periodutfall / Budget = 31,8\u00a0%; rätta värdet eller ta bort det "
        "så räknas det ut"]


def test_a_percentage_typed_where_the_divisor_is_zero_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace('procent: "–"', "procent: 0")) == [
        "x.yaml:19:68: angiven kvot 0\u00a0% för raden 'Prel. kostnader' kan inte räknas ut "
        "eftersom Budget är 0 eller saknas, där visas –; ta bort värdet"]


def test_a_dash_typed_where_there_is_a_ratio_is_refused(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("procent: 32", 'procent: "–"')) == [
        "x.yaml:17:74: kvoten för raden 'Politisk verksamhet' är 32\u00a0% (Periodutfall / "
        "Budget), inte –; rätta värdet eller ta bort det så räknas det ut"]


def test_taljare_and_namnare_are_both_needed(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace(" namnare: budget,", "")) == [
        "x.yaml:15:60: kolumnen 'procent' har 'typ: kvot' men inte 'namnare', skriv vilken "
        "beloppskolumn som räknas i procent av vilken, t.ex. 'taljare: utfall' och "
        "'namnare: budget'"]


def test_a_misspelt_column_gets_a_suggestion(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("namnare: budget", "namnare: budet")) == [
        "x.yaml:15:92: 'budet' i 'namnare' är ingen kolumn i tabellen; kvoten räknas mellan "
        "två kolumner med 'typ: belopp' eller två med 'typ: antal'; menade du 'budget'?"]


def test_a_column_in_percent_of_itself_is_refused(tmp_path: Path) -> None:
    text = HEAD.replace("namnare: budget", "namnare: utfall").split("      - {post:")[0]
    assert problems(tmp_path, text + "      - {post: Förskola, budget: 5, utfall: 1}\n") == [
        "x.yaml:15:75: 'taljare' och 'namnare' är båda 'utfall', så kvoten blir alltid "
        "100 %; skriv två olika beloppskolumner, t.ex. 'taljare: utfall' och "
        "'namnare: budget'"]


def test_taljare_and_namnare_belong_to_a_ratio_column(tmp_path: Path) -> None:
    text = HEAD.replace("{namn: post, rubrik: Verksamhet}",
                        "{namn: post, rubrik: Verksamhet, namnare: budget}")
    assert problems(tmp_path, text) == [
        "x.yaml:12:51: 'namnare' hör till en kolumn med 'typ: kvot', skriv 'typ: kvot' om "
        "kolumnen ska visa kvoten i procent, annars ta bort 'namnare'"]


def test_decimals_are_0_to_3(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("decimaler: 0", "decimaler: 4")) == [
        "x.yaml:15:111: 'decimaler' ska vara 0, 1, 2 eller 3, inte 4"]


def test_a_stated_total_for_a_ratio_column_is_refused(tmp_path: Path) -> None:
    text = HEAD + '    summa: {budget: 422 078, procent: "36 %"}\n'
    assert problems(tmp_path, text) == [
        "x.yaml:20:39: kvoten i 'procent' räknas ut och summeras inte, totalradens kvot "
        "räknas ur totalerna; ta bort 'procent' ur 'summa'"]


def test_a_percentage_column_beside_taljare_points_to_kvot(tmp_path: Path) -> None:
    assert problems(tmp_path, HEAD.replace("typ: kvot", "typ: procent")) == [
        "x.yaml:15:60: 'typ' har värdet 'procent' som inte finns, skriv typ: kvot (med "
        "taljare: och namnare: räknas den ena beloppskolumnen ut i procent av den andra)"]
