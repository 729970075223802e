"""Specification: an amount in text that is a column's total divided by the number another
column divides it by ("årshyran 222 700 kr / 12") is told why it differs from that column's
total of rounded rows, not called a slip (trial 92, F8)."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: KS 2024/112
titel: Hyror
avsnitt:
  - rubrik: Hyror
    text: Sammanlagt blir årshyran {{{{ tabeller.hyror.ar }}}}, eller {monthly} per månad.
    tabell: hyror
tabeller:
  - namn: hyror
    kolumner:
      - {{namn: hyresgast, rubrik: Hyresgäst}}
      - {{namn: yta, rubrik: Yta (m²), typ: tal}}
      - {{namn: pris, rubrik: Hyra (kr/m² och år), typ: belopp, summeras: nej}}
      - {{namn: ar, rubrik: Årshyra, typ: belopp, formel: yta * pris}}
      - {{namn: manad, rubrik: Månadshyra, typ: belopp, formel: ar / 12}}
    rader:
      - {{hyresgast: A, yta: 142, pris: 655}}
      - {{hyresgast: B, yta: 101, pris: 655}}
      - {{hyresgast: C, yta: 97, pris: 655}}
"""


def problems(tmp_path: Path, monthly: str) -> list[str]:
    path = tmp_path / "x.yaml"
    path.write_text(CASE.format(monthly=monthly), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(path).problems]


def test_the_total_divided_is_told_why_it_differs_from_the_sum_of_rounded_rows(
        tmp_path: Path) -> None:
    # 222 700 kr / 12 = 18 558,33 kr; the rows' rounded monthly rents sum to 18 559 kr
    assert problems(tmp_path, "18 558 kr") == [
        "x.yaml:7:67: varning: beloppet '18 558 kr' i texten är summan i kolumnen "
        "'Årshyra (kr)', 222 700 kr, / 12 = 18 558,33 kr avrundat, men kolumnen "
        "'Månadshyra (kr)' summerar radernas avrundade belopp till 18 559 kr; båda är rätt "
        "räknade: vill du att texten följer tabellens summa, skriv {{ tabeller.hyror.manad }}"]


def test_another_near_amount_is_a_slip_as_before(tmp_path: Path) -> None:
    assert problems(tmp_path, "18 568 kr") == [
        "x.yaml:7:67: varning: beloppet '18 568 kr' i texten stämmer inte exakt med det "
        "beräknade 18 559 kr (tabeller.hyror.manad); menar texten det beloppet, skriv "
        "{{ tabeller.hyror.manad }} så följer texten tabellen"]


def test_the_table_s_own_total_has_no_warning(tmp_path: Path) -> None:
    assert problems(tmp_path, "18 559 kr") == []
