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


CHAIN = """\
dokumenttyp: tjansteskrivelse
avsandare: [Bjuvs kommun]
datum: 2017-01-10
dnr: nej
titel: Grundbelopp 2017
avsnitt:
  - rubrik: Grundbelopp till extern aktör
    tabell: extern
tabeller:
  - namn: extern
    totalt: false
    kolumner:
      - {namn: skolform, rubrik: Skolform}
      - {namn: summa, rubrik: Summa, typ: belopp}
      - {namn: admin, rubrik: Administration, typ: belopp}
      - {namn: kommunal, rubrik: Kommunal aktör, typ: belopp, formel: summa + admin}
      - {namn: moms, rubrik: Moms, typ: belopp}
      - {namn: fristaende, rubrik: Fristående aktör, typ: belopp, formel: kommunal + moms}
      - {namn: termin, rubrik: Per termin, typ: belopp, formel: fristaende / 2}
    rader:
      - {skolform: Förskola, summa: 58 873, admin: 1 795, kommunal: 60 667, moms: 3 697,
         fristaende: 64 364, termin: 32 182}
"""


def test_a_chain_of_figures_each_right_with_the_one_before_names_where_it_starts(
        tmp_path: Path) -> None:
    """Trial 54, F3: Bjuv's grundbelopp, 1 kr off in the first sum of three; the first keeps
    the hint that the source may round, the later two say where the slip is."""
    path = tmp_path / "fall.yaml"
    path.write_text(CHAIN, encoding="utf-8")
    found = [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
             for p in Pipeline().build(path).problems]
    assert found == [
        "fall.yaml:21:69: angivet belopp 60~667~kr för raden 'Förskola', kolumnen 'Kommunal "
        "aktör (kr)' stämmer inte med uträkningen Summa + Administration = 60~668~kr (det "
        "angivna är 1~kr för lågt); det kan vara källans avrundning: med belopp avrundade var "
        "för sig, som i en publicerad lista, skriv 'avrundat: true' i tabellen, så står det "
        "angivna beloppet kvar; annars rätta beloppet eller ta bort det så räknas det ut",
        "fall.yaml:22:22: angivet belopp 64~364~kr för raden 'Förskola', kolumnen 'Fristående "
        "aktör (kr)' stämmer inte med uträkningen Kommunal aktör + Moms = 64~365~kr (det "
        "angivna är 1~kr för lågt); med det angivna beloppet 60~667~kr i kolumnen 'Kommunal "
        "aktör (kr)' stämmer det, så felet börjar där: rätta båda eller ta bort dem så räknas "
        "de ut",
        "fall.yaml:22:38: angivet belopp 32~182~kr för raden 'Förskola', kolumnen 'Per termin "
        "(kr)' stämmer inte med uträkningen Fristående aktör / 2 (64~365~kr / 2) = "
        "32~182,50~kr, avrundat 32~183~kr "
        "(det angivna är 1~kr för lågt); med det angivna beloppet 64~364~kr i kolumnen "
        "'Fristående aktör (kr)' stämmer det, och det med 60~667~kr i kolumnen 'Kommunal aktör "
        "(kr)', så felet börjar där: rätta alla eller ta bort dem så räknas de ut",
    ]
