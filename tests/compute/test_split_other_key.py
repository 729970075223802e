"""Specification of stated parts that are split by another key than the uppdelning's: every
part stated, all different from the split, and together just its summa (trial 57, F4:
Jämtlands Räddningstjänstförbund's medlemsbidrag beside its ägarfördelning in percent). One
error says so and points to a table with the key as a number column, instead of seven "ta
bort beloppet så räknas delen ut", which would publish amounts never decided."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2021-01-15
dnr: nej
titel: Fördelning av medlemsavgiften 2021
avsnitt:
  - rubrik: Fördelning av medlemsavgiften
    tabell: uppdelning
    uppdelning: medlemsavgift
uppdelningar:
  - namn: medlemsavgift
    metod: vikter
    summa: 133 203 000
    enhet: 1000
    parter:
      - {namn: Berg, vikt: "10,44 %", belopp: 12 832 000}
      - {namn: Bräcke, vikt: "8,23 %", belopp: 10 262 000}
      - {namn: Härjedalen, vikt: "18,47 %", belopp: 22 222 000}
      - {namn: Krokom, vikt: "14,27 %", belopp: 18 603 000}
      - {namn: Ragunda, vikt: "8,07 %", belopp: 9 885 000}
      - {namn: Strömsund, vikt: "13,66 %", belopp: 17 263 000}
      - {namn: Östersund, vikt: "26,86 %", belopp: 42 136 000}
"""


def problems(tmp_path: Path, text: str = CASE) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    path = tmp_path / "fall.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(path).problems]


def test_parts_of_another_key_that_add_up_get_one_error_pointing_to_a_key_column(
        tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        "fall.yaml:11:12: de angivna delarna i uppdelningen 'medlemsavgift' blir tillsammans "
        "just summan 133~203~000~kr, men ingen av dem är den exakta delen (fördelat efter en "
        "fördelningsnyckel), för Östersund 42~136~000~kr i stället för 35~778~000~kr: delarna är "
        "inte fördelade efter vikterna. Är vikterna en egen nyckel, t.ex. en ägarfördelning, "
        "och beloppen beslutade för sig, skriv dem i en tabell med beloppen i en kolumn med "
        "'typ: belopp' och nyckeln i en kolumn med 'typ: tal' och 'summeras: ja' (se 'beslut "
        "format --handbok', avsnittet Tal och procent); annars rätta vikterna, eller ta bort de "
        "angivna beloppen så räknas delarna ut"]


def test_a_part_stated_alone_is_still_named_on_its_own(tmp_path: Path) -> None:
    text = CASE
    for typed in ["12 832 000", "10 262 000", "22 222 000", "18 603 000", "9 885 000",
                  "17 263 000"]:
        text = text.replace(f", belopp: {typed}}}", "}")
    assert problems(tmp_path, text) == [
        "fall.yaml:21:52: angiven del 42~136~000~kr för Östersund stämmer inte med den uträknade "
        "delen 35~778~000~kr (avrundad till hela tusental kronor; fördelat efter en "
        "fördelningsnyckel); ta bort beloppet så räknas "
        "delen ut"]
