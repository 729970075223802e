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
