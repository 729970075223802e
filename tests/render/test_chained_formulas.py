"""Specification, by exact messages, of a derived figure computed from another derived figure
of its row (trial 51, F3: SCB's rents, "Månadshyra = Årshyra / 12" beside an Årshyra that
"Yta × Hyra per m²" does not give): when the later figure is right with the earlier one as
the case states it, its message says so, since the slip is in the earlier one; when it is
wrong either way, its message is the usual one."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
avsandare: [Högskolan i Borås]
datum: 2024-03-01
dnr: nej
titel: Hyror per lägenhet
avsnitt:
  - rubrik: Hyror
    tabell: hyror
tabeller:
  - namn: hyror
    totalt: false
    kolumner:
      - {namn: region, rubrik: Region}
      - {namn: yta, rubrik: Yta (m²), typ: tal}
      - {namn: pris, rubrik: Hyra per m², typ: belopp, summeras: nej}
      - {namn: ar, rubrik: Årshyra, typ: belopp, formel: yta * pris}
      - {namn: manad, rubrik: Månadshyra, typ: belopp, formel: ar / 12}
    rader:
      - {region: Riket, yta: 60, pris: 1 767, ar: 105 784, manad: MANAD}
      - {region: Stockholm, yta: 50, pris: 2 000, ar: 100 000, manad: 8 333}
"""

YEAR = ("fall.yaml:19:51: angivet belopp 105~784~kr för raden 'Riket', kolumnen 'Årshyra (kr)' "
        "stämmer inte med uträkningen Yta (m²) × Hyra per m² (60 × 1~767~kr) = 106~020~kr "
        "(det angivna är 236~kr för lågt); rätta beloppet eller ta bort det så räknas det ut")


def problems(tmp_path: Path, month: str) -> list[str]:
    """The case's problems as printed, with Riket's Månadshyra typed as `month`, without the
    folder, "~" for a no-break space."""
    path = tmp_path / "fall.yaml"
    path.write_text(CASE.replace("MANAD", month), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(path).problems]


def test_a_figure_right_with_the_wrong_figure_before_it_says_the_slip_is_there(
        tmp_path: Path) -> None:
    assert problems(tmp_path, "8 815") == [
        YEAR,
        "fall.yaml:19:67: angivet belopp 8~815~kr för raden 'Riket', kolumnen 'Månadshyra (kr)' "
        "stämmer inte med uträkningen Årshyra / 12 (106~020~kr / 12) = 8~835~kr (det angivna är "
        "20~kr för lågt); med det angivna beloppet 105~784~kr i kolumnen 'Årshyra (kr)' stämmer "
        "det, så felet börjar där: rätta båda eller ta bort dem så räknas de ut",
    ]


def test_a_figure_wrong_with_either_is_told_as_usual(tmp_path: Path) -> None:
    assert problems(tmp_path, "8 900") == [
        YEAR,
        "fall.yaml:19:67: angivet belopp 8~900~kr för raden 'Riket', kolumnen 'Månadshyra (kr)' "
        "stämmer inte med uträkningen Årshyra / 12 (106~020~kr / 12) = 8~835~kr (det angivna är "
        "65~kr för högt); rätta beloppet eller ta bort det så räknas det ut",
    ]


def test_a_figure_right_with_the_computed_one_is_no_problem(tmp_path: Path) -> None:
    assert problems(tmp_path, "8 835") == [YEAR]
