"""Specification of the warning about a template's placeholder left in a case's text
(trial 47, F5: "Skriv tabellbeskrivning här" above a table was printed without a word)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline
from generator.text.placeholders import placeholders

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2025-01-01
dnr: nej
titel: Uthyrningsavgift idrottshall
avsnitt:
  - rubrik: Avgifter
    text: |
      Uthyrningsavgiften baseras på vem som hyr.

      Skriv tabellbeskrivning här
  - rubrik: Kostnad
    text: Kostnaden blir XX kr per timme enligt beslut § XX, se även xxx kr.
  - rubrik: Kontakt
    text: Handläggare är [Namn], beslutat ÅÅÅÅ-MM-DD. Lorem ipsum dolor sit amet.
"""


def test_a_placeholder_left_in_is_warned_about_once_per_file(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE, encoding="utf-8")
    problems = [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]
    tail = ("ser ut att vara en platshållare kvar från en mall och skrivs ut som den står; "
            "skriv det som ska stå där eller ta bort den")
    assert problems == [
        f"fall.yaml:10:7: varning: 'Skriv tabellbeskrivning här' {tail}",
        f"fall.yaml:12:26: varning: 'XX' {tail}",
        f"fall.yaml:12:56: varning: '§ XX' {tail}",
        f"fall.yaml:12:70: varning: 'xxx' {tail}",
        f"fall.yaml:14:26: varning: '[Namn]' {tail}",
        f"fall.yaml:14:43: varning: 'ÅÅÅÅ-MM-DD' {tail}",
        f"fall.yaml:14:55: varning: 'Lorem ipsum' {tail}"]


def test_a_placeholder_in_many_places_is_one_warning_counting_them(tmp_path: Path) -> None:
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("§ XX, se även xxx kr", "XX kr").replace("[Namn]", "NN")
                    .replace(" beslutat ÅÅÅÅ-MM-DD. Lorem ipsum dolor sit amet.", " NN."),
                    encoding="utf-8")
    problems = [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]
    assert problems[1:] == [
        "fall.yaml:12:26: varning: 'XX' ser ut att vara en platshållare kvar från en mall och "
        "skrivs ut som den står; skriv det som ska stå där eller ta bort den; det gäller 2 "
        "ställen på rad 12",
        "fall.yaml:14:26: varning: 'NN' ser ut att vara en platshållare kvar från en mall och "
        "skrivs ut som den står; skriv det som ska stå där eller ta bort den; det gäller 2 "
        "ställen på rad 14"]


NAMED = """\
dokumenttyp: tjansteskrivelse
beslutsorgan: "[nämnd]"
datum: 2025-01-01
dnr: "[dnr]"
titel: Samverkan
avsnitt:
  - rubrik: Bakgrund
    text: Ärendet har stämts av.
i_tjansten:
  namn: NN
  titel: "[befattning]"
"""


def test_a_placeholder_in_a_printed_name_or_the_dnr_is_warned_about(tmp_path: Path) -> None:
    # (trial 52, F8: a new case for a profile that does not say whether it is a kommun or a
    # region has "[nämnd]", "[befattning]" and "[dnr]" to replace, and the check says so)
    path = tmp_path / "fall.yaml"
    path.write_text(NAMED, encoding="utf-8")
    problems = [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]
    tail = ("ser ut att vara en platshållare kvar från en mall och skrivs ut som den står; "
            "skriv det som ska stå där eller ta bort den")
    assert problems == [
        f"fall.yaml:2:16: varning: '[nämnd]' {tail}",
        f"fall.yaml:4:7: varning: '[dnr]' {tail}",
        f"fall.yaml:10:9: varning: 'NN' {tail}",
        f"fall.yaml:11:11: varning: '[befattning]' {tail}"]


def test_a_placeholder_for_the_point_of_the_delegationsordning_is_warned_about(
        tmp_path: Path) -> None:
    # (trial 80, F1: a new delegationsbeslut's "[ange punkt]", printed in its opening)
    path = tmp_path / "fall.yaml"
    path.write_text(
        "dokumenttyp: beslut\ndatum: 2025-01-01\ndnr: nej\ntitel: Färdtjänst\nbeslut:\n"
        "  beslutande: Färdtjänsthandläggaren\n  delegation: Socialnämnden\n"
        '  delegationspunkt: "[ange punkt]"\n  punkter: [bevilja färdtjänst.]\n',
        encoding="utf-8")
    problems = [p.format().removeprefix(f"{tmp_path}/") for p in Pipeline().build(path).problems]
    assert problems == [
        "fall.yaml:8:22: varning: '[ange punkt]' ser ut att vara en platshållare kvar från en "
        "mall och skrivs ut som den står; skriv det som ska stå där eller ta bort den"]


@pytest.mark.parametrize(("text", "found"), [
    ("Skriv tabellbeskrivning här", ["Skriv tabellbeskrivning här"]),
    ("Inledning.\n- Ange belopp här.\n", ["Ange belopp här"]),
    ("[Skriv text här]", ["[Skriv text här]"]),
    ("Klicka här för att ange text.", ["Klicka här för att ange text"]),
    ("Klicka eller tryck här för att ange datum.", ["Klicka eller tryck här för att ange datum"]),
    ("lorem ipsum", ["lorem ipsum"]),
    ("till [datum] och [Ange belopp]", ["[datum]", "[Ange belopp]"]),
    ("XX XXX kr och xx mnkr, 12 %, XX %", ["XX XXX", "xx", "XX"]),
    ("planen för 20XX", ["20XX"]),
    ("§ xx och §XX", ["§ xx", "§XX"]),
    ("ÅÅÅÅMMDD och ÅÅ-MM-DD", ["ÅÅÅÅMMDD", "ÅÅ-MM-DD"]),
    ("Ordförande N.N. och NN", ["N.N.", "NN"]),
])
def test_a_placeholder_is_found(text: str, found: list[str]) -> None:
    assert [m.group().strip() for m in placeholders(text)] == found


@pytest.mark.parametrize("text", [
    "Beslutet skriver vi här i protokollet.",  # a sentence, no placeholder line
    "Skriv under här och skicka blanketten till oss senast den 1 mars.",
    "se [bilagan](https://example.se/bilaga.pdf) och [Namn](https://example.se)",
    "Paragraf [1] och [upphävd]",
    "XXL, Xx, kapitel XX, 2 xx, vecka xx",
    "x-axeln och xxxl",
    "ÅÅÅÅ är ingen platshållare ensam, inte heller MM-DD",
    "NNV, NNE och SNN",
    "Expo 20XX-serien",
])
def test_other_text_is_no_placeholder(text: str) -> None:
    assert list(placeholders(text)) == []
