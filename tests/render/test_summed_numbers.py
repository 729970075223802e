"""Specification of a number column that is summed when the case asks (`typ: tal`,
`summeras: ja`): an ownership key in percent beside the contributions it is not the share
of adds up to 100,00 on the total row, and a stated total is checked (trial 57, F3:
Jämtlands Räddningstjänstförbund's Ägarfördelning)."""

from __future__ import annotations

from pathlib import Path

from generator.build import CaseResult, Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2021-01-15
dnr: nej
titel: Fördelning av medlemsavgiften 2021
avsnitt:
  - rubrik: Fördelning av medlemsavgiften
    tabell: medlemsavgift
tabeller:
  - namn: medlemsavgift
    enhet: tkr
    summa: {bidrag: 133 203, agare: "100,00"}
    kolumner:
      - {namn: kommun, rubrik: Medlemskommuner}
      - {namn: bidrag, rubrik: Medlemsbidrag 2021, typ: belopp}
      - {namn: agare, rubrik: Ägarfördelning, typ: tal, summeras: ja}
    rader:
      - {kommun: Berg, bidrag: 12 832, agare: "10,44"}
      - {kommun: Bräcke, bidrag: 10 262, agare: "8,23"}
      - {kommun: Härjedalen, bidrag: 22 222, agare: "18,47"}
      - {kommun: Krokom, bidrag: 18 603, agare: "14,27"}
      - {kommun: Ragunda, bidrag: 9 885, agare: "8,07"}
      - {kommun: Strömsund, bidrag: 17 263, agare: "13,66"}
      - {kommun: Östersund, bidrag: 42 136, agare: "26,86"}
"""


def built(tmp_path: Path, text: str) -> CaseResult:
    """The case built."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return Pipeline().build(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in built(tmp_path, text).problems]


def table_lines(tmp_path: Path, text: str = CASE) -> list[str]:
    """The Markdown table's lines, "~" for a no-break space, of a case without problems."""
    result = built(tmp_path, text)
    assert result.problems == []
    markdown = result.files["fall.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in markdown.splitlines() if line.startswith("|")]


def test_the_key_adds_up_on_the_total_row(tmp_path: Path) -> None:
    assert table_lines(tmp_path) == [
        "| Medlemskommuner | Medlemsbidrag 2021 (tkr) | Ägarfördelning |",
        "|:--|--:|--:|",
        "| Berg | 12~832 | 10,44 |",
        "| Bräcke | 10~262 | 8,23 |",
        "| Härjedalen | 22~222 | 18,47 |",
        "| Krokom | 18~603 | 14,27 |",
        "| Ragunda | 9~885 | 8,07 |",
        "| Strömsund | 17~263 | 13,66 |",
        "| Östersund | 42~136 | 26,86 |",
        "| **Totalt** | **133~203** | **100,00** |"]


def test_a_key_that_does_not_add_up_to_its_stated_total_is_an_error(tmp_path: Path) -> None:
    text = CASE.replace('agare: "14,27"', 'agare: "14,72"')
    assert problems(tmp_path, text) == [
        "fall.yaml:11:37: angiven summa 100,00 för totalen i tabellen 'medlemsavgift', "
        "kolumnen 'Ägarfördelning' stämmer inte med summan av delarna 100,45 (den angivna är "
        "0,45 för låg); rätta summan eller ta bort den så räknas den ut"]


def test_a_key_in_percent_keeps_its_sign_on_every_row_and_the_total(tmp_path: Path) -> None:
    text = CASE.replace('",', ' %",').replace('"}', ' %"}')
    lines = table_lines(tmp_path, text)
    assert [lines[2], lines[-1]] == [
        "| Berg | 12~832 | 10,44~% |", "| **Totalt** | **133~203** | **100,00~%** |"]


def test_without_summeras_a_stated_total_for_the_key_says_how_to_sum_it(
        tmp_path: Path) -> None:
    text = CASE.replace(", summeras: ja}", "}")
    assert problems(tmp_path, text) == [
        "fall.yaml:11:37: kolumnen 'agare' har 'typ: tal' och summeras inte; skriv 'summeras: "
        "ja' i kolumnen om talen ska summeras och summan kontrolleras, t.ex. en ägarfördelning i "
        "procent som blir 100,00, annars ta bort 'agare' ur 'summa'"]


def test_a_number_with_more_than_three_decimals_cannot_be_summed(tmp_path: Path) -> None:
    text = CASE.replace('agare: "10,44"', 'agare: "10,4412"')
    assert problems(tmp_path, text)[0] == (
        "fall.yaml:17:47: 10,4412 har fler än tre decimaler, och en kolumn med 'typ: tal' och "
        "'summeras: ja' summerar tal med högst tre; avrunda talet")


WEIGHTED = """\
dokumenttyp: tjansteskrivelse
datum: 2024-10-15
dnr: RS/1187/2024
titel: Viktade listade
avsnitt:
  - rubrik: Tabell
    text: Hälsocentralerna har {{ tabeller.t.viktade }} viktade listade.
    tabell: t
tabeller:
  - namn: t
    kolumner:
      - {namn: hc, rubrik: Hälsocentral}
      - {namn: listade, rubrik: Listade, typ: antal}
      - {namn: acg, rubrik: ACG-vikt, typ: tal}
      - {namn: viktade, rubrik: Viktade listade, typ: tal, formel: listade * acg, decimaler: 0,
         summeras: ja}
      - {namn: fast, rubrik: Fast tal, typ: tal, decimaler: 0, summeras: ja}
    rader:
      - {hc: Brunflo, listade: 9 412, acg: "0,962", fast: "9 054,344"}
      - {hc: Bräcke, listade: 6 105, acg: "1,118", fast: "6 825,390"}
"""
"""Trial 87, F3 and F4: ACG-weighted listed patients, whole, with their total."""


def test_decimals_of_a_summed_column_are_shown_and_summed_as_printed(tmp_path: Path) -> None:
    # (9 054,344 + 6 825,390 is 15 879,734; the table re-adds as printed: 9 054 + 6 825)
    assert table_lines(tmp_path, WEIGHTED) == [
        "| Hälsocentral | Listade | ACG-vikt | Viktade listade | Fast tal |",
        "|:--|--:|--:|--:|--:|",
        "| Brunflo | 9~412 | 0,962 | 9~054 | 9~054 |",
        "| Bräcke | 6~105 | 1,118 | 6~825 | 6~825 |",
        "| **Totalt** | **15~517** | | **15~879** | **15~879** |"]


def test_a_summed_formula_column_has_its_total_in_text_as_in_the_table(tmp_path: Path) -> None:
    markdown = built(tmp_path, WEIGHTED).files["fall.md"].decode("utf-8")
    assert "Hälsocentralerna har 15\u00a0879 viktade listade." in markdown


def test_more_decimals_than_written_pad_every_figure_and_the_total(tmp_path: Path) -> None:
    text = WEIGHTED.replace("typ: tal, decimaler: 0, summeras: ja}",
                            "typ: tal, decimaler: 2, summeras: ja}").replace(
        '"9 054,344"', '"9 054"').replace('"6 825,390"', '"6 825,5"')
    assert table_lines(tmp_path, text)[2:] == [
        "| Brunflo | 9~412 | 0,962 | 9~054 | 9~054,00 |",
        "| Bräcke | 6~105 | 1,118 | 6~825 | 6~825,50 |",
        "| **Totalt** | **15~517** | | **15~879** | **15~879,50** |"]


def test_a_summed_product_without_decimals_is_rounded_to_those_of_a_count(
        tmp_path: Path) -> None:
    # (0,962 × 0,962 = 0,925444 and 1,118 × 1,118 = 1,249924: a count has three decimals)
    text = WEIGHTED.replace("formel: listade * acg, decimaler: 0", "formel: acg * acg")
    assert table_lines(tmp_path, text)[2:] == [
        "| Brunflo | 9~412 | 0,962 | 0,925 | 9~054 |",
        "| Bräcke | 6~105 | 1,118 | 1,250 | 6~825 |",
        "| **Totalt** | **15~517** | | **2,175** | **15~879** |"]


def test_a_typed_figure_of_a_summed_formula_column_is_checked_as_printed(
        tmp_path: Path) -> None:
    text = WEIGHTED.replace('acg: "0,962", fast', 'acg: "0,962", viktade: "9 054", fast')
    assert table_lines(tmp_path, text)[2] == "| Brunflo | 9~412 | 0,962 | 9~054 | 9~054 |"
    wrong = WEIGHTED.replace('acg: "0,962", fast', 'acg: "0,962", viktade: "9 045", fast')
    assert problems(tmp_path, wrong) == [
        "fall.yaml:19:62: angivet tal 9~045 för raden 'Brunflo', kolumnen 'Viktade listade' "
        "stämmer inte med uträkningen Listade × ACG-vikt (9~412 × 0,962) = 9~054 (det angivna "
        "är 9 för lågt); rätta talet eller ta bort det så räknas det ut"]
