"""Specification, by exact messages, of an amount in text written in a smaller unit than its
figure's table: the table is in tkr (−7 843) and the text says "7 843 000 kronor" or
"7 842 500 kr". An exact multiple states the figure; an amount at most one step of the table
off (1 000 kr for 7 843 tkr, 100 000 kr for 7,8 mnkr) is a slip of it, named with the
table's figure in the text's unit, unless it is a whole step off and that step is more than
1 % of the figure ("85 000 kr" for 84 tkr is another amount, as "85 tkr" is)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"

PROGNOS = """\
dokumenttyp: lagesbeskrivning
datum: 2025-09-30
dnr: nej
titel: Prognos 2025
avsnitt:
  - rubrik: Prognos
    text: "{text}"
    tabell: prognos
  - tabell: investering
tabeller:
  - namn: prognos
    enhet: tkr
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp}}
    rader:
      - {{post: Netto, belopp: -7 843}}
      - {{post: Övrigt, belopp: 84}}
  - namn: investering
    enhet: mnkr
    kolumner:
      - {{namn: post, rubrik: Post}}
      - {{namn: belopp, rubrik: Belopp, typ: belopp}}
    rader:
      - {{post: Skolor, belopp: "7,8"}}
      - {{post: Vägar, belopp: "1,5"}}
"""
"""A table in tkr (−7 843, 84; 'Totalt' −7 759) and one in mnkr with a decimal (7,8 and 1,5;
'Totalt' 9,3), both under the text's heading."""


def problems(tmp_path: Path, text: str) -> list[str]:
    """What `beslut kontrollera` prints for the case with this text."""
    case = tmp_path / "x.yaml"
    case.write_text(PROGNOS.format(text=text), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def slip(at: str, amount: str, figure: str, row: str, name: str, sign: str = "") -> str:
    """The warning for an amount in text that is a slip of a table's figure."""
    return (f"x.yaml:{at}: varning: beloppet '{amount}' i texten stämmer inte exakt med "
            f"tabellens {figure} på raden '{row}'{sign}; menar texten det beloppet, skriv "
            f"{{{{ {name} }}}} så följer texten tabellen")


@pytest.mark.parametrize("text", [
    "Nämnden prognostiserar ett underskott på 7 843 000 kronor.",
    "Övrigt uppgår till 84 000 kr och skolorna till 7 800 000 kr.",
    # a whole step of the table off, which is more than 1 % of 84 tkr: another amount
    "Övrigt var i fjol 85 000 kr.",
    # more than 5 % of the figure off: another amount
    "Vägarna kostade i fjol 1 400 000 kr.",
])
def test_an_exact_multiple_or_another_amount_is_no_warning(tmp_path: Path, text: str) -> None:
    assert problems(tmp_path, text) == []


def test_an_amount_off_by_less_than_a_step_of_the_table_in_tkr_is_a_slip(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Övrigt blir 84 500 kr.") == [
        slip("7:24", "84 500 kr", f"84{NBSP}000{NBSP}kr", "Övrigt",
             "tabeller.prognos.rader[1].belopp")]


def test_a_size_called_negative_is_a_slip_of_the_negative_figure(tmp_path: Path) -> None:
    assert problems(tmp_path, "Ett underskott på 7 842 500 kr.") == [
        slip("7:30", "7 842 500 kr", f"−7{NBSP}843{NBSP}000{NBSP}kr", "Netto",
             "tabeller.prognos.rader[0].belopp | utan_tecken", " utan minustecken")]


def test_a_step_of_a_table_with_decimals_is_one_of_its_last_decimal(tmp_path: Path) -> None:
    # 7,8 mnkr is shown to 100 000 kr: 7 850 000 kr is half a step off
    assert problems(tmp_path, "Skolorna kostar 7 850 000 kr.") == [
        slip("7:28", "7 850 000 kr", f"7{NBSP}800{NBSP}000{NBSP}kr", "Skolor",
             "tabeller.investering.rader[0].belopp")]


def test_a_short_amount_with_two_digits_swapped_is_a_slip_of_the_larger_units_figure(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Övrigt blir 48 000 kr.") == [
        f"x.yaml:7:24: varning: beloppet '48 000 kr' i texten finns inte i tabellerna, men "
        f"med två siffror omkastade stämmer det med tabellens 84{NBSP}000{NBSP}kr på raden "
        "'Övrigt'; menar texten det beloppet, skriv {{ tabeller.prognos.rader[1].belopp }} "
        "så följer texten tabellen"]
