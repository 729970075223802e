"""Specification: a warning where a cell takes another table's row by its place and likely
the wrong one (trial 82, F1): its own row has the text of another row of that table than the
one it takes, as after a row was added there ("menade du", by the row's short name where it
has one). A cell whose row has the text of the row it takes, or a text no row there has (a
summary of parts whose rows are named otherwise), and a reference in text, are not warned
about."""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-27
dnr: nej
titel: Avsättning till resultatutjämningsreserv
avsnitt:
  - rubrik: Balanskravsutredning
    text: Resultatet efter balanskravsjusteringar uppgår till TEXT.
    tabell: a
  - rubrik: Möjlig avsättning
    tabell: c
tabeller:
  - namn: a
    totalt: false
    enhet: mnkr
    kolumner: [{namn: post, rubrik: Post}, {namn: b, rubrik: Belopp, typ: belopp}]
    rader:
      - {post: Årets resultat, NAME0b: 563}
      - {post: Orealiserade vinster, NAME1b: 0}
      - {post: Resultat efter balanskravsjustering, NAME2b: 563}
  - namn: c
    enhet: mnkr
    totalt: Möjlig avsättning
    kolumner: [{namn: post, rubrik: Post}, {namn: b, rubrik: Belopp, typ: belopp}]
    rader:
      - {post: LABEL, b: "CELL"}
      - {post: Avgår 1 procent av skatter, b: "-162"}
"""
NAMES = ("rad_namn: resultat, ", "rad_namn: orealv, ", "rad_namn: justerat, ")


def problems(tmp_path: Path, text: str = "540 mnkr", cell: str = "{{ tabeller.a.rader[1].b }}",
             label: str = "Resultat efter balanskravsjustering", named: bool = True) -> list[str]:
    """The case's problems as printed (without the folder, no-break spaces as plain ones),
    with `text`, the cell and its row's label, the rows of table a named or not."""
    written = CASE.replace("TEXT", text).replace("CELL", cell).replace("LABEL", label)
    for index, name in enumerate(NAMES):
        written = written.replace(f"NAME{index}", name if named else "")
    case = tmp_path / "x.yaml"
    case.write_text(written, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "").replace("\u00a0", " ")
            for p in Pipeline().build(case, documents=False).problems]


def test_a_cell_taking_another_row_than_its_own_text_says_so(tmp_path: Path) -> None:
    assert problems(tmp_path, text="563 mnkr") == [
        "x.yaml:25:56: varning: {{ tabeller.a.rader[1].b }} hämtar raden 'Orealiserade "
        "vinster' i tabellen 'a' med dess plats, men raden här heter 'Resultat efter "
        "balanskravsjustering', som en annan rad där: har rader lagts till eller tagits bort, "
        "pekar hänvisningen på fel rad; menade du {{ tabeller.a.rader.justerat.b }}?"]


def test_without_short_names_it_says_to_give_the_row_one(tmp_path: Path) -> None:
    assert problems(tmp_path, text="563 mnkr", named=False) == [
        "x.yaml:25:56: varning: {{ tabeller.a.rader[1].b }} hämtar raden 'Orealiserade "
        "vinster' i tabellen 'a' med dess plats, men raden här heter 'Resultat efter "
        "balanskravsjustering', som en annan rad där: har rader lagts till eller tagits bort, "
        "pekar hänvisningen på fel rad; menade du raden på plats rader[2]? ge den då ett "
        "rad_namn i tabellen 'a' och hämta den med det, {{ tabeller.a.rader.<rad_namn>.b }}"]


def test_a_reference_by_place_to_a_row_of_the_same_text_is_not_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, text="{{ tabeller.a.rader[2].b | mnkr }}",
                    cell="{{ tabeller.a.rader[2].b }}") == []


def test_a_row_without_a_short_name_named_otherwise_is_not_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, text="{{ tabeller.a.rader[2].b | mnkr }}",
                    cell="{{ tabeller.a.rader[2].b }}", label="Justerat resultat",
                    named=False) == []


def test_a_reference_by_short_name_is_not_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, text="{{ tabeller.a.rader.justerat.b }}",
                    cell="{{ tabeller.a.rader.justerat.b }}") == []
