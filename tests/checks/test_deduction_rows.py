"""A deduction row (`rad_formel: "-lov * 20 %"`), or a row added on (`rad_formel: "lon * 31,42
%"`), that the table's total leaves out is warned about where the total is printed or named
in text (trial 86, F5: "att ta ut avgiften 11 000 kr" where the fee is 9 680 kr; trial 94,
F10: a "Totalt" of 5 100 kr for a cost of 6 702 kr); not where a sum row of the table counts
it.
(generator.checks.deduction_rows)"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

FEE = """\
dokumenttyp: beslut
datum: 2024-05-14
dnr: nej
titel: Bygglov
belopp: {timavgift: 1100}
beslut:
  beslutande: Bygglovsnämnden
  punkter:
    - ta ut avgiften {{ tabeller.avgift.summa }} enligt specifikationen nedan.
avsnitt:
  - rubrik: Avgift
    tabell: avgift
tabeller:
  - namn: avgift
    totalt: Summa avgift
    kolumner:
      - {namn: moment, rubrik: Moment}
      - {namn: grund, rubrik: Grund}
      - {namn: timmar, rubrik: Timmar, typ: tal}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: timmar * belopp.timavgift}
    rader:
      - {moment: Bygglov komplementbyggnad, rad_namn: lov, timmar: 6}
      - {moment: Startbesked utan tekniskt samråd, timmar: 2}
      - {moment: Underrättelse till sakägare, timmar: "1,5"}
      - {moment: Kungörelse i Post- och Inrikes Tidningar, timmar: "0,5"}
      - {moment: Reducering en vecka, rad_formel: "-lov * 20 %"}
"""
ADVICE = ("ska totalen räkna med avdraget, skriv 'totalt: false' i tabellen och totalen som en "
          "sista rad, t.ex. {moment: Summa avgift, rad_namn: summa, rad_formel: lov + … + "
          "avdrag} (ge raderna 'rad_namn')")


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder, "~" for a no-break space."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(case).problems]


def test_a_deduction_left_out_of_a_total_named_in_an_att_sats_is_warned(
        tmp_path: Path) -> None:
    assert problems(tmp_path, FEE) == [
        "x.yaml:26:51: varning: raden 'Reducering en vecka' (−1~320~kr) räknas ut med "
        "'rad_formel' och dras därför inte från tabellens total och {{ tabeller.avgift.summa "
        f"}}}} i texten (11~000~kr); {ADVICE}, och skriv {{{{ tabeller.avgift.rader.summa"
        ".avgift }} i texten"]


def test_a_printed_total_is_warned_though_text_does_not_name_it(tmp_path: Path) -> None:
    case = FEE.replace("{{ tabeller.avgift.summa }}", "avgiften")
    assert problems(tmp_path, case) == [
        "x.yaml:26:51: varning: raden 'Reducering en vecka' (−1~320~kr) räknas ut med "
        f"'rad_formel' och dras därför inte från tabellens total (11~000~kr); {ADVICE}"]


def test_a_named_deduction_of_named_rows_gets_their_names(tmp_path: Path) -> None:
    case = FEE.replace("{{ tabeller.avgift.summa }}", "avgiften").replace(
        "{moment: Startbesked utan tekniskt samråd,", "{moment: Startbesked, rad_namn: start,"
    ).replace("      - {moment: Underrättelse till sakägare, timmar: \"1,5\"}\n", "").replace(
        "      - {moment: Kungörelse i Post- och Inrikes Tidningar, timmar: \"0,5\"}\n", "")
    case = case.replace("{moment: Reducering en vecka,", "{moment: Reducering, rad_namn: red,")
    assert problems(tmp_path, case) == [
        "x.yaml:24:57: varning: raden 'Reducering' (−1~320~kr) räknas ut med 'rad_formel' och "
        "dras därför inte från tabellens total (8~800~kr); ska totalen räkna med avdraget, "
        "skriv 'totalt: false' i tabellen och totalen som en sista rad, t.ex. {moment: Summa "
        "avgift, rad_namn: summa, rad_formel: lov + start + red}"]


def test_a_deduction_a_sum_row_counts_or_an_unnamed_total_is_left_alone(
        tmp_path: Path) -> None:
    unnamed = FEE.replace("{{ tabeller.avgift.summa }}", "avgiften").replace(
        "totalt: Summa avgift", "totalt: false")
    assert problems(tmp_path, unnamed) == []
    counted = unnamed.replace("{moment: Reducering en vecka,", "{moment: Reducering en vecka, "
                              "rad_namn: red,") + (
        "      - {moment: Summa, rad_formel: lov + red}\n")
    assert problems(tmp_path, counted) == []


KALKYL = """\
dokumenttyp: beslut
datum: 2021-03-22
dnr: nej
titel: Feriearbete
belopp: {timlon: 85}
beslut:
  beslutande: Kommunstyrelsen
  punkter:
    - utöka antalet feriearbetsplatser enligt kalkylen.
avsnitt:
  - rubrik: Kalkyl
    tabell: kalkyl
tabeller:
  - namn: kalkyl
    kolumner:
      - {namn: post, rubrik: Kostnad per feriearbetare}
      - {namn: timmar, rubrik: Timmar, typ: antal}
      - {namn: pris, rubrik: Timlön, typ: belopp, summeras: nej}
      - {namn: belopp, rubrik: Belopp, typ: belopp, formel: timmar * pris}
    rader:
      - {rad_namn: lon, post: Lön, timmar: 60, pris: "{{ belopp.timlon }}"}
      - {rad_namn: po, post: "Personalomkostnader 31,42 %", rad_formel: "lon * 31,42 %"}
"""
"""Trial 94, F10: personalomkostnader added on to the wages, printed under a "Totalt" of the
wages alone (5 100 kr for a cost of 6 702 kr)."""


def test_an_added_part_of_a_row_left_out_of_a_printed_total_is_warned(
        tmp_path: Path) -> None:
    assert problems(tmp_path, KALKYL) == [
        "x.yaml:22:73: varning: raden 'Personalomkostnader 31,42 %' (1~602~kr) räknas ut med "
        "'rad_formel' och räknas därför inte in i tabellens total (5~100~kr); ska totalen "
        "räkna med raden, skriv 'totalt: false' i tabellen och totalen som en sista rad, "
        "t.ex. {post: Totalt, rad_namn: summa, rad_formel: lon + po}"]
    fee = FEE.replace('"-lov * 20 %"', '"lov * 20 %"')
    assert problems(tmp_path, fee) == [
        "x.yaml:26:51: varning: raden 'Reducering en vecka' (1~320~kr) räknas ut med "
        "'rad_formel' och räknas därför inte in i tabellens total och {{ tabeller.avgift.summa "
        "}} i texten (11~000~kr); ska totalen räkna med raden, skriv 'totalt: false' i tabellen "
        "och totalen som en sista rad, t.ex. {moment: Summa avgift, rad_namn: summa, "
        "rad_formel: lov + … + tillagg} (ge raderna 'rad_namn'), och skriv "
        "{{ tabeller.avgift.rader.summa.avgift }} i texten"]


def test_a_sum_row_that_counts_the_row_under_a_printed_total_says_the_total_is_to_go(
        tmp_path: Path) -> None:
    case = KALKYL + "      - {rad_namn: summa, post: Kostnad, rad_formel: lon + po}\n"
    assert problems(tmp_path, case) == [
        "x.yaml:22:73: varning: raden 'Personalomkostnader 31,42 %' (1~602~kr) räknas ut med "
        "'rad_formel' och räknas därför inte in i tabellens total (5~100~kr), men raden "
        "'Kostnad' (6~702~kr) räknar med den; är den raden tabellens total, skriv 'totalt: "
        "false' i tabellen"]


def test_an_added_part_a_sum_row_counts_or_without_a_total_is_left_alone(
        tmp_path: Path) -> None:
    fixed = KALKYL.replace("    kolumner:", "    totalt: false\n    kolumner:", 1)
    assert problems(tmp_path, fixed) == []
    counted = fixed + "      - {rad_namn: summa, post: Kostnad, rad_formel: lon + po}\n"
    assert problems(tmp_path, counted) == []


def test_a_stated_total_is_left_to_the_check_of_stated_totals(tmp_path: Path) -> None:
    case = FEE.replace("totalt: Summa avgift", "totalt: Summa avgift\n    summa: 11 000")
    assert problems(tmp_path, case) == []
