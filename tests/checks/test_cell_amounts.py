"""Amounts typed in a table's text cells are checked as a text's are (last session's limit:
fix107 filled in and checked a cell's references, but "Avgiften är 1 250 kr" in a comment
column, where the row's amount is 1 205 kr, was passed over). The warning points at the
cell, names the cell's own row's figure first and offers the reference a cell takes."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: beslutsunderlag
datum: 2024-03-01
dnr: KS 2024/12
titel: Avgifter för hemtjänst 2024
belopp: {maxtaxa: 2359}
avsnitt:
  - rubrik: Avgifter
    text: Avgifterna framgår av tabellen.
    tabell: avgifter
tabeller:
  - namn: avgifter
    kolumner:
      - {namn: insats, rubrik: Insats}
      - {namn: belopp, rubrik: Avgift, typ: belopp, summeras: nej}
      - {namn: anm, rubrik: Kommentar}
    rader:
      - {insats: Trygghetslarm, belopp: 1205, anm: "FIRST"}
      - {insats: Matdistribution, belopp: 1240, anm: "SECOND"}
      - insats: Hemtjänst
        rader:
          - {insats: Dag, belopp: 310, anm: "310 kr per timme"}
          - {insats: Natt, belopp: 465, anm: "NIGHT"}
"""


def problems(tmp_path: Path, first: str = "Oförändrad", second: str = "Oförändrad",
             night: str = "Oförändrad") -> list[str]:
    """What `beslut kontrollera` prints for the case with these comments, "~" for a no-break
    space."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("FIRST", first).replace("SECOND", second).replace(
        "NIGHT", night), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", "~")
            for p in Pipeline().build(case).problems]


def test_a_cell_s_slip_of_its_row_s_amount_is_named_before_a_nearer_row_s(
        tmp_path: Path) -> None:
    # (1 240 kr on the next row lies nearer 1 250 kr; the cell's own row comes first)
    assert problems(tmp_path, first="Avgiften är 1 250 kr per månad") == [
        "x.yaml:17:65: varning: beloppet '1 250 kr' i cellen finns inte i tabellerna, men med "
        "två siffror omkastade stämmer det med tabellens 1~205~kr på raden 'Trygghetslarm'; "
        "menar cellen det beloppet, skriv {{ tabeller.avgifter.rader[0].belopp }} så följer "
        "cellen tabellen"]


def test_a_cell_s_slip_of_one_of_the_case_s_amounts_is_named_as_in_a_text(
        tmp_path: Path) -> None:
    assert problems(tmp_path, second="Högst 2 395 kr per månad") == [
        "x.yaml:18:61: varning: beloppet '2 395 kr' i cellen är inget av ärendets belopp, men "
        "med två siffror omkastade stämmer det med ärendets belopp 'maxtaxa' (2~359~kr); menar "
        "cellen det beloppet, skriv {{ belopp.maxtaxa }} så följer cellen ärendets belopp"]


def test_a_sub_row_s_cell_is_pointed_at_with_its_row(tmp_path: Path) -> None:
    assert problems(tmp_path, night="Natt 456 kr per timme") == [
        "x.yaml:22:52: varning: beloppet '456 kr' i cellen finns inte i tabellerna, men med två "
        "siffror omkastade stämmer det med tabellens 465~kr på raden 'Natt'; menar cellen det "
        "beloppet, skriv {{ tabeller.avgifter.rader[2].rader[1].belopp }} så följer cellen "
        "tabellen"]


def test_a_cell_with_another_row_s_figure_or_an_amount_near_none_is_left_alone(
        tmp_path: Path) -> None:
    assert problems(tmp_path, first="Som matdistributionen, 1 240 kr",
                    second="Högst 600 kronor per månad", night="Oförändrad sedan 2019") == []


def test_a_cell_that_names_its_row_s_amount_prints_it(tmp_path: Path) -> None:
    """What the warning offers works: the reference in the cell is filled in."""
    case = tmp_path / "x.yaml"
    case.write_text(CASE.replace("FIRST", "Avgiften är {{ tabeller.avgifter.rader[0].belopp }} "
                                 "per månad").replace("SECOND", "-").replace("NIGHT", "-"),
                    encoding="utf-8")
    result = Pipeline().build(case)
    assert result.problems == []
    assert "| Trygghetslarm | 1\u00a0205 | Avgiften är 1\u00a0205\u00a0kr per månad |" in \
        result.files["x.md"].decode("utf-8")
