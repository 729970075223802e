"""Specification: a warning where text or a cell names another table's row by its place
(trial 82, F1). A cell whose row has the text of another row of the table it takes from than
the one it takes is likely wrong since a row was added ("menade du"); a reference by place to
a row with a short name (`rad_namn`) is told the name that stays right. A row without a short
name taken by place, whose text is no other row's, is not warned about (a summary of parts
whose rows are named otherwise)."""

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


def test_a_reference_by_place_to_a_named_row_is_told_its_name(tmp_path: Path) -> None:
    assert problems(tmp_path, text="{{ tabeller.a.rader[2].b | mnkr }}",
                    cell="{{ tabeller.a.rader[2].b }}") == [
        "x.yaml:7:63: varning: {{ tabeller.a.rader[2].b }} hämtar raden 'Resultat efter "
        "balanskravsjustering' i tabellen 'a' med dess plats; är det den raden som avses, skriv "
        "{{ tabeller.a.rader.justerat.b }} med radens namn (rad_namn), så hämtas samma rad "
        "också när rader läggs till eller tas bort",
        "x.yaml:25:56: varning: {{ tabeller.a.rader[2].b }} hämtar raden 'Resultat efter "
        "balanskravsjustering' i tabellen 'a' med dess plats; är det den raden som avses, skriv "
        "{{ tabeller.a.rader.justerat.b }} med radens namn (rad_namn), så hämtas samma rad "
        "också när rader läggs till eller tas bort"]


def test_a_row_without_a_short_name_named_otherwise_is_not_warned_about(
        tmp_path: Path) -> None:
    assert problems(tmp_path, text="{{ tabeller.a.rader[2].b | mnkr }}",
                    cell="{{ tabeller.a.rader[2].b }}", label="Justerat resultat",
                    named=False) == []


def test_a_reference_by_short_name_is_not_warned_about(tmp_path: Path) -> None:
    assert problems(tmp_path, text="{{ tabeller.a.rader.justerat.b }}",
                    cell="{{ tabeller.a.rader.justerat.b }}") == []
