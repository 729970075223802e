"""How many decimals a table in a larger unit shows (trial 71, F1): as many as its amounts
are typed with, "4,0" too, not only as many as their values need; in mnkr and mdkr one
number for every amount column of the table, as a published list writes them; in tkr each
column its own."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Investeringar
avsnitt:
  - text: Utfallet blev {{{{ tabeller.t.utfall }}}} och avvikelsen {{{{ tabeller.t.avvikelse }}}}.
    tabell: t
tabeller:
  - namn: t
    enhet: {unit}
    kolumner:
      - {{namn: objekt, rubrik: Objekt}}
      - {{namn: budget, rubrik: Budget, typ: belopp}}
      - {{namn: utfall, rubrik: Utfall, typ: belopp}}
      - {{namn: avvikelse, rubrik: Avvikelse, typ: belopp, formel: budget - utfall}}
    rader:
{rows}"""

TYPED_ZEROS = """\
      - {objekt: Reinvestering, budget: "5,0", utfall: "0,0"}
      - {objekt: Inventarier, budget: "8,0", utfall: "4,0"}
"""


def markdown(tmp_path: Path, rows: str, unit: str = "mnkr") -> list[str]:
    """The document's text and table lines, "~" for a no-break space."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.format(unit=unit, rows=rows), encoding="utf-8")
    result = Pipeline().build(case)
    assert [p.format() for p in result.problems] == []
    text = result.files["x.md"].decode("utf-8").replace("\u00a0", "~")
    return [line for line in text.splitlines() if line.startswith(("Utfallet", "| "))]


def test_amounts_typed_with_a_decimal_keep_it_when_every_one_ends_in_zero(
        tmp_path: Path) -> None:
    assert markdown(tmp_path, TYPED_ZEROS) == [
        "Utfallet blev 4,0~mnkr och avvikelsen 9,0~mnkr.",
        "| Objekt | Budget (mnkr) | Utfall (mnkr) | Avvikelse (mnkr) |",
        "| Reinvestering | 5,0 | 0,0 | 5,0 |",
        "| Inventarier | 8,0 | 4,0 | 4,0 |",
        "| **Totalt** | **13,0** | **4,0** | **9,0** |",
    ]


def test_in_mnkr_every_amount_column_shows_the_decimals_of_the_most_exact(
        tmp_path: Path) -> None:
    rows = """\
      - {objekt: Reinvestering, budget: "8,5", utfall: 0}
      - {objekt: Inventarier, budget: 5, utfall: 4}
"""
    assert markdown(tmp_path, rows)[2:] == [
        "| Reinvestering | 8,5 | 0,0 | 8,5 |",
        "| Inventarier | 5,0 | 4,0 | 1,0 |",
        "| **Totalt** | **13,5** | **4,0** | **9,5** |",
    ]


def test_whole_amounts_in_mnkr_stay_whole(tmp_path: Path) -> None:
    rows = """\
      - {objekt: Reinvestering, budget: 8, utfall: 0}
      - {objekt: Inventarier, budget: 5, utfall: 4}
"""
    assert markdown(tmp_path, rows)[0] == "Utfallet blev 4~mnkr och avvikelsen 9~mnkr."


def test_in_tkr_a_column_of_whole_amounts_stays_whole_beside_one_with_decimals(
        tmp_path: Path) -> None:
    rows = """\
      - {objekt: Reinvestering, budget: 800, utfall: "12,5"}
      - {objekt: Inventarier, budget: 500, utfall: "4,0"}
"""
    assert markdown(tmp_path, rows, "tkr")[2:] == [
        "| Reinvestering | 800 | 12,5 | 787,5 |",
        "| Inventarier | 500 | 4,0 | 496,0 |",
        "| **Totalt** | **1~300** | **16,5** | **1~283,5** |",
    ]
