"""Amounts that text gives without a minus sign for a row whose figure is negative (trial 50,
F1: Gnesta kommun, Årsredovisning 2013, driftredovisning of barn- och utbildningsnämnden).

A bokslut's text quotes the negative avvikelser as sizes; a sentence that names the row is
checked against the size of its figure, as a sentence that says "underskott" is.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

NBSP = "\u00a0"

GNESTA = """\
dokumenttyp: tjansteskrivelse
datum: 2014-02-20
dnr: nej
titel: Bokslut 2013
avsnitt:
  - rubrik: Driftredovisning
    text: >-
      {text}
    tabell: drift
tabeller:
  - namn: drift
    enhet: tkr
    totalt: Barn- och utbildningsnämnden
    kolumner:
      - {{namn: verksamhet, rubrik: (tkr)}}
      - {{namn: utfall, rubrik: Utfall 2013, typ: belopp}}
      - {{namn: budget, rubrik: Budget 2013, typ: belopp}}
      - {{namn: avvikelse, rubrik: Budget-avvikelse, typ: belopp, formel: utfall - budget}}
    rader:
      - {{verksamhet: BoU administration, utfall: "– 5 517", budget: "– 6 612"}}
      - {{verksamhet: Förskoleverksamhet, utfall: "– 62 318", budget: "– 58 877"}}
      - {{verksamhet: Grundskola, utfall: "– 112 206", budget: "– 104 271"}}
"""
"""Three of the eight rows: avvikelser 1 095, −3 441 and −7 935 tkr; total −10 281 tkr."""


def problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with this text, errors and warnings."""
    case = tmp_path / "x.yaml"
    case.write_text(GNESTA.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_swapped_size_of_a_negative_row_after_another_is_named_with_its_row(
        tmp_path: Path) -> None:
    """Trial 50, F1: "underskott" says the sign of 7 935 tkr only; the second amount is
    read as a size because its sentence names the row 'Förskoleverksamhet'."""
    assert problems(tmp_path, "Störst underskott har grundskolan, 7 935 tkr, och "
                              "förskoleverksamheten, 3 414 tkr.") == [
        "x.yaml:8:79: varning: beloppet '3 414 tkr' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer det med det "
        f"beräknade −3{NBSP}441{NBSP}tkr på raden 'Förskoleverksamhet' utan minustecken; "
        "menar texten det beloppet, skriv {{ tabeller.drift.rader[1].avvikelse | "
        "utan_tecken }} eller {{ tabeller.drift.rader[1].avvikelse | utan_tecken | tkr }} "
        "så följer texten tabellen"]


def test_the_right_sizes_of_negative_rows_agree(tmp_path: Path) -> None:
    assert problems(tmp_path, "Störst underskott har grundskolan, 7 935 tkr, och "
                              "förskoleverksamheten, 3 441 tkr.") == []


def test_a_sentence_without_a_word_for_the_sign_names_the_row_in_the_genitive(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Grundskolans utfall var 112 260 tkr.") == [
        "x.yaml:8:31: varning: beloppet '112 260 tkr' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer det med "
        f"tabellens −112{NBSP}206{NBSP}tkr på raden 'Grundskola' utan minustecken; menar "
        "texten det beloppet, skriv {{ tabeller.drift.rader[2].utfall | utan_tecken }} eller "
        "{{ tabeller.drift.rader[2].utfall | utan_tecken | tkr }} så följer texten tabellen"]


def test_the_total_row_is_named_by_its_label(tmp_path: Path) -> None:
    assert problems(tmp_path, "Barn- och utbildningsnämndens utfall blev 180 401 tkr.") == [
        "x.yaml:8:49: varning: beloppet '180 401 tkr' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer det med det "
        f"beräknade −180{NBSP}041{NBSP}tkr utan minustecken (tabeller.drift.utfall); menar "
        "texten det beloppet, skriv {{ tabeller.drift.utfall | "
        "utan_tecken }} eller {{ tabeller.drift.utfall | utan_tecken | tkr }} så följer "
        "texten tabellen"]


def test_a_row_with_a_negative_figure_is_still_checked_as_typed_for_a_positive_one(
        tmp_path: Path) -> None:
    """'BoU administration' has −5 517 tkr utfall and 1 095 tkr avvikelse: the amount is
    nearest the positive figure as typed."""
    assert problems(tmp_path, "BoU administration gick 1 059 tkr plus.") == [
        "x.yaml:8:31: varning: beloppet '1 059 tkr' i texten finns inte i tabellerna, "
        "men med två siffror omkastade stämmer det med "
        f"det beräknade 1{NBSP}095{NBSP}tkr på raden 'BoU administration'; menar texten det "
        "beloppet, skriv {{ tabeller.drift.rader[0].avvikelse }} eller "
        "{{ tabeller.drift.rader[0].avvikelse | tkr }} så följer texten tabellen"]


def test_a_sentence_that_names_no_row_reads_an_amount_as_typed(tmp_path: Path) -> None:
    """No row named, no word for the sign: 3 414 tkr is another amount than −3 441 tkr."""
    assert problems(tmp_path, "Intäkterna från avgifter var 3 414 tkr.") == []


def test_a_plus_sign_says_the_amount_is_positive(tmp_path: Path) -> None:
    assert problems(tmp_path, "Förskoleverksamheten gick +3 414 tkr.") == []
