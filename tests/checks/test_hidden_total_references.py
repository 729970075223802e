"""Text that names the total of a table without a total row whose amounts are rounded each
(trial 71, F6: "Totalt: 62,2 mnkr", a figure no row of the document shows) is warned about;
with a total row, or with exact amounts (the total is the sum of the rows shown), it is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Investeringsredovisning
avsnitt:
  - text: "Totalt: {{ tabeller.inv.avvikelse }}."
    tabell: inv
tabeller:
  - namn: inv
    enhet: mnkr
    avrundat: true
    totalt: false
    kolumner:
      - {namn: objekt, rubrik: Objekt}
      - {namn: budget, rubrik: Budget, typ: belopp}
      - {namn: utfall, rubrik: Utfall, typ: belopp}
      - {namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: budget - utfall}
    rader:
      - objekt: Investeringsobjekt
        delsumma: Summa investeringsobjekt
        budget: "13,5"
        rader:
          - {objekt: Inventarier, budget: "8,5", utfall: "4,0"}
          - {objekt: Reinvestering, budget: "5,0", utfall: "0,0"}
"""


def problems(tmp_path: Path, case: str = CASE) -> list[str]:
    """What `beslut kontrollera` prints for the case, "~" for a no-break space."""
    path = tmp_path / "x.yaml"
    path.write_text(case, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(path).problems]


def test_a_total_the_document_does_not_show_is_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path) == [
        "x.yaml:6:23: varning: {{ tabeller.inv.avvikelse }} skriver tabellens total 9,5~mnkr, "
        "men tabellen har ingen totalrad ('totalt: false') och beloppen är avrundade var för "
        "sig, så talet står inte i dokumentet och går inte att räkna fram ur raderna; ta bort "
        "'totalt: false' så står totalen på totalraden, eller hänvisa till en rad eller "
        "delsumma som tabellen visar"]


@pytest.mark.parametrize("change", [("    totalt: false\n", ""), ("    avrundat: true\n", ""),
                                    ("tabeller.inv.avvikelse", "tabeller.inv.rader[0].avvikelse")])
def test_a_total_row_exact_amounts_or_a_row_are_left_alone(
        tmp_path: Path, change: tuple[str, str]) -> None:
    assert problems(tmp_path, CASE.replace(*change)) == []


SUM_ROW = """\
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
    totalt: false
    kolumner:
      - {namn: moment, rubrik: Moment}
      - {namn: grund, rubrik: Grund}
      - {namn: timmar, rubrik: Timmar, typ: tal}
      - {namn: avgift, rubrik: Avgift, typ: belopp, formel: timmar * belopp.timavgift}
    rader:
      - {moment: Bygglov komplementbyggnad, rad_namn: lov, timmar: 6}
      - {moment: Startbesked utan tekniskt samråd, rad_namn: start, timmar: 2}
      - {moment: Underrättelse till sakägare, rad_namn: underr, timmar: "1,5"}
      - {moment: Kungörelse i Post- och Inrikes Tidningar, rad_namn: kung, timmar: "0,5"}
      - {moment: Reducering en vecka, rad_namn: red, rad_formel: "-lov * 20 %"}
      - {moment: Summa avgift, rad_namn: summa, rad_formel: lov + start + underr + kung + red}
"""


def test_a_total_that_the_tables_own_sum_row_does_not_say_is_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, SUM_ROW) == [
        "x.yaml:9:25: varning: {{ tabeller.avgift.summa }} skriver summan av de rader som inte "
        "räknas ut med 'rad_formel', 11~000~kr, men tabellen har ingen totalrad ('totalt: "
        "false') och slutar med raden 'Summa avgift', 9~680~kr; menar texten den raden, skriv "
        "{{ tabeller.avgift.rader.summa.avgift }}"]


def test_a_sum_row_without_a_name_is_named_by_its_place(tmp_path: Path) -> None:
    case = SUM_ROW.replace("{moment: Summa avgift, rad_namn: summa,", "{moment: Summa avgift,")
    assert problems(tmp_path, case)[0].endswith(
        "skriv {{ tabeller.avgift.rader[5].avgift }}")


def test_the_sum_rows_own_reference_or_a_sum_row_that_agrees_is_left_alone(
        tmp_path: Path) -> None:
    named = SUM_ROW.replace("tabeller.avgift.summa", "tabeller.avgift.rader.summa.avgift")
    assert problems(tmp_path, named) == []
    red = next(line for line in SUM_ROW.splitlines(keepends=True) if "rad_namn: red" in line)
    agrees = SUM_ROW.replace(red, "").replace(" + red}", "}")
    assert problems(tmp_path, agrees) == []
