"""An amount column whose header names another unit than its table's (trial 62, F1).

Trial 62: Torsås kommun's "Nya taxor", district heating priced in öre per kWh. The column
"Ny taxa (öre per kWh)" with `typ: belopp` printed "(öre per kWh, kr)", and 119,02 in the
text as "119,02 kr", a hundred times the price, without a word from the check.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Nya taxor
avsnitt:
  - rubrik: Fjärrvärme
    text: Villakunder betalar {{{{ tabeller.fjarrvarme.rader[0].pris }}}} öre per kWh.
    tabell: fjarrvarme
tabeller:
  - namn: fjarrvarme
    totalt: false{unit}
    kolumner:
      - {{namn: kund, rubrik: Kund}}
      - {{namn: pris, rubrik: "{header}", typ: {kind}}}
    rader:
      - {{kund: Villakunder, pris: "119,02"}}
"""


def problems(tmp_path: Path, header: str, kind: str = "belopp", unit: str = "") -> list[str]:
    """What `beslut kontrollera` prints for the case with this price column and table unit."""
    case = tmp_path / "x.yaml"
    table_unit = f"\n    enhet: {unit}" if unit else ""
    case.write_text(CASE.format(header=header, kind=kind, unit=table_unit), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_an_amount_column_headed_in_ore_is_an_error_saying_how_to_write_ore(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "Ny taxa (öre per kWh)") == [
        "x.yaml:14:30: rubriken 'Ny taxa (öre per kWh)' anger öre, men en kolumn med 'typ: "
        "belopp' visar sina belopp i tabellens enhet, kr; skriv priser i öre i en kolumn med "
        "'typ: tal', som visar talen som du skriver dem, utan enhet",
    ]


def test_prices_in_ore_in_a_number_column_pass(tmp_path: Path) -> None:
    assert problems(tmp_path, "Ny taxa (öre per kWh)", kind="tal") == []


@pytest.mark.parametrize("header", ["Pris (kr per kWh)", "Pris i kronor och ören", "Pris"])
def test_a_header_in_the_tables_unit_or_none_passes(tmp_path: Path, header: str) -> None:
    assert problems(tmp_path, header) == []


@pytest.mark.parametrize(("header", "named", "unit", "written"), [
    ("Budget (tkr)", "tkr", "kr", "tkr"),
    ("Budget, miljoner kronor", "mnkr", "tkr", "miljoner kronor"),
    ("Belopp i tusen kronor", "tkr", "mnkr", "tusen kronor"),
    ("Bidrag (kr)", "kr", "tkr", "kr"),
])
def test_a_header_in_another_unit_of_kronor_is_told_to_set_the_tables_unit(
        tmp_path: Path, header: str, named: str, unit: str, written: str) -> None:
    line = "15:30" if unit != "kr" else "14:30"
    [problem] = problems(tmp_path, header, unit="" if unit == "kr" else unit)
    assert problem == (
        f"x.yaml:{line}: rubriken '{header}' anger {named}, men tabellens belopp är i {unit} "
        f"och visas så; är beloppen i {named}, skriv 'enhet: {named}' i tabellen, annars ta "
        f"bort '{written}' ur rubriken")
