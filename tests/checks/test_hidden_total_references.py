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
