"""Specification: text and a cell name another table's row by its short name (`rad_namn`),
`{{ tabeller.a.rader.justerat.b }}`, which stays right when a row is added above it (trial 82,
F1: every `rader[6]` named the row above after one row was inserted, and nothing was
reported). A name that is no row's is an error with the nearest one; a row named where the
table's parts are (`tabeller.a.justerat`) is told where rows are named; advice that names a
row names it by its short name where it has one. A stated sum of a table whose cells take rows
by place says to check them first (not only "rätta summan")."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"

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
      - {post: Årets resultat, rad_namn: resultat, b: 563}
      - {post: Realisationsvinster, rad_namn: rea, b: "-23"}
      - {post: Resultat efter balanskravsjustering, rad_namn: justerat, rad_formel: resultat + rea}
  - namn: c
    enhet: mnkr
    totalt: Möjlig avsättning
    kolumner: [{namn: post, rubrik: Post}, {namn: b, rubrik: Belopp, typ: belopp}]
    rader:
      - {post: Resultat efter balanskravsjustering, b: "CELL"}
      - {post: Avgår 1 procent av skatter, b: "-162"}
"""
NAMED = "{{ tabeller.a.rader.justerat.b }}"
INSERTED = "      - {post: Orealiserade vinster, rad_namn: orealv, b: 0}\n"


def case(text: str = NAMED, cell: str = NAMED, inserted: bool = False) -> str:
    """The case with `text` in its text and `cell` in the first row of table c; with a row
    inserted above 'Resultat efter balanskravsjustering' (as next year's has one more)."""
    written = CASE.replace("TEXT", text).replace("CELL", cell)
    if inserted:
        written = written.replace("      - {post: Resultat efter", INSERTED
                                  + "      - {post: Resultat efter", 1)
        written = written.replace("resultat + rea}", "resultat + rea + orealv}")
    return written


def build(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The case's problems as printed (without the folder) and its Markdown ('' with errors)."""
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    result = Pipeline().build(path)
    markdown = next((content.decode() for name, content in result.files.items()
                     if name.endswith(".md")), "")
    return [p.format().replace(f"{tmp_path}/", "") for p in result.problems], markdown


@pytest.mark.parametrize("inserted", [False, True])
def test_a_row_named_by_its_short_name_is_the_same_row_when_one_is_added(
        tmp_path: Path, inserted: bool) -> None:
    found, markdown = build(tmp_path, case(inserted=inserted))
    assert found == []
    assert f"uppgår till 540{NBSP}mnkr." in markdown
    assert "| Resultat efter balanskravsjustering | 540 |" in markdown
    assert "| **Möjlig avsättning** | **378** |" in markdown


def test_a_short_name_is_also_written_as_a_key(tmp_path: Path) -> None:
    found, markdown = build(tmp_path, case(text="{{ tabeller.a.rader['justerat'].b }}"))
    assert found == []
    assert f"uppgår till 540{NBSP}mnkr." in markdown


def test_a_row_named_like_a_method_of_a_list_is_found(tmp_path: Path) -> None:
    text = case().replace("rad_namn: justerat", "rad_namn: index").replace(
        ".justerat.", ".index.")
    found, markdown = build(tmp_path, text)
    assert found == []
    assert f"uppgår till 540{NBSP}mnkr." in markdown


@pytest.mark.parametrize(("text", "cell", "message"), [
    ("{{ tabeller.a.rader.justerad.b }}", NAMED,
     "x.yaml:7:63: {{ tabeller.a.rader.justerad }}: tabellen 'a' har ingen rad med rad_namn "
     "'justerad', menade du 'justerat'?"),
    ("{{ tabeller.a.rader.netto.b }}", NAMED,
     "x.yaml:7:63: {{ tabeller.a.rader.netto }}: tabellen 'a' har ingen rad med rad_namn "
     "'netto', raderna med rad_namn är: resultat, rea, justerat"),
    ("{{ tabeller.a.justerat.b }}", NAMED,
     "x.yaml:7:63: {{ tabeller.a.justerat }}: tabellen 'a' har ingen del 'justerat'; en rad "
     "hämtas med sitt namn under rader, skriv {{ tabeller.a.rader.justerat.b }}"),
    (NAMED, "{{ tabeller.a.justerat.b }}",
     "x.yaml:25:56: {{ tabeller.a.justerat }}: tabellen 'a' har ingen del 'justerat'; en rad "
     "hämtas med sitt namn under rader, skriv {{ tabeller.a.rader.justerat.b }}"),
    (NAMED, "{{ tabeller.a.rader.justerad.b }}",
     "x.yaml:25:56: {{ tabeller.a.rader.justerad }}: tabellen 'a' har ingen rad med rad_namn "
     "'justerad', menade du 'justerat'?"),
])
def test_a_name_that_is_no_rows_is_an_error_saying_what_was_meant(
        tmp_path: Path, text: str, cell: str, message: str) -> None:
    assert build(tmp_path, case(text=text, cell=cell))[0] == [message]


def test_a_table_without_short_names_says_how_to_give_one(tmp_path: Path) -> None:
    text = case(text="{{ tabeller.c.rader.avgar.b }}")
    assert build(tmp_path, text)[0] == [
        "x.yaml:7:63: {{ tabeller.c.rader.avgar }}: tabellen 'c' har ingen rad med rad_namn "
        "'avgar'; ge raden det namnet (rad_namn: avgar) i tabellen, så hämtas den med det"]


def test_advice_names_a_row_by_its_short_name(tmp_path: Path) -> None:
    found, _ = build(tmp_path, case(text="504 mnkr"))
    assert found == [
        "x.yaml:7:63: varning: beloppet '504 mnkr' i texten finns inte i tabellerna, men med "
        f"två siffror omkastade stämmer det med det beräknade 540{NBSP}mnkr på raden "
        "'Resultat efter balanskravsjustering'; menar texten det beloppet, skriv "
        "{{ tabeller.a.rader.justerat.b }} eller {{ tabeller.a.rader.justerat.b | mnkr(0) }} "
        "så följer texten tabellen"]


SPLIT = """\
dokumenttyp: tjansteskrivelse
datum: 2024-03-05
dnr: KS 2024/112
titel: Fördelning av schablonersättning
forslag:
  stil: att
  punkter:
    - socialförvaltningen tilldelas POINT för kostnader för ekonomiskt bistånd.
avsnitt:
  - rubrik: Fördelningsnyckel
    tabell: uppdelning
    uppdelning: schablon
uppdelningar:
  - namn: schablon
    metod: vikter
    summa: 9842300
    parter:
      - {namn: Socialförvaltningen, vikt: "45 %", rad_namn: sof}
      - {namn: Utbildningsförvaltningen, vikt: "30 %"}
      - {namn: Vuxenutbildningen, vikt: "15 %", rad_namn: vux}
      - {namn: Arbetsmarknadsenheten, vikt: "10 %", rad_namn: am}
"""
"""Socialförvaltningen 4 429 035 kr, Utbildningsförvaltningen 2 952 690 kr."""


SOF = f"4{NBSP}429{NBSP}035{NBSP}kr i uppdelningen 'schablon', parten 'Socialförvaltningen'"


@pytest.mark.parametrize(("written", "found"), [
    ("4 492 035 kr", "x.yaml:8:37: beloppet '4 492 035 kr' i förslaget finns inte i tabellerna, "
                     f"men med två siffror omkastade stämmer det med {SOF}; hänvisa till "
                     "beloppet med {{ uppdelningar.schablon.parter.sof.belopp }}"),
    ("4 500 000 kr", "x.yaml:8:37: beloppet '4 500 000 kr' i förslaget finns inte i tabellerna "
                     f"(närmast: {SOF}), hänvisa till beloppet med "
                     "{{ uppdelningar.schablon.parter.sof.belopp }}"),
])
def test_advice_names_a_part_by_its_short_name(tmp_path: Path, written: str, found: str
                                               ) -> None:
    # trial 90, F4: the advice was {{ uppdelningar.schablon.parter[0].belopp }}, which takes
    # another part once the parts are reordered
    assert build(tmp_path, SPLIT.replace("POINT", written))[0] == [found]


def test_advice_names_a_part_without_a_short_name_by_its_place(tmp_path: Path) -> None:
    found, _ = build(tmp_path, SPLIT.replace("socialförvaltningen tilldelas POINT",
                                             "utbildningsförvaltningen tilldelas 2 925 690 kr"))
    assert found == [
        "x.yaml:8:42: beloppet '2 925 690 kr' i förslaget finns inte i "
        f"tabellerna, men med två siffror omkastade stämmer det med 2{NBSP}952{NBSP}690{NBSP}kr "
        "i uppdelningen 'schablon', parten 'Utbildningsförvaltningen'; hänvisa till beloppet "
        "med {{ uppdelningar.schablon.parter[1].belopp }}"]


def test_a_figure_named_in_brackets_is_named_by_its_short_name_too(tmp_path: Path) -> None:
    text = """\
dokumenttyp: tjansteskrivelse
datum: 2026-11-27
dnr: nej
titel: Budget
avsnitt:
  - rubrik: Budget
    text: Kultur- och fritidsnämnden får 12,6 procent av budgeten.
    tabell: budget
tabeller:
  - namn: budget
    kolumner:
      - {namn: namnd, rubrik: Nämnd}
      - {namn: belopp, rubrik: Budget, typ: belopp}
      - {namn: andel, rubrik: Andel (%), typ: tal}
    rader:
      - {namnd: Socialnämnden, belopp: 700, andel: "87,5", rad_namn: soc}
      - {namnd: Kultur- och fritidsnämnden, belopp: 100, andel: "12,5", rad_namn: kultur}
"""
    assert build(tmp_path, text)[0] == [
        "x.yaml:7:42: varning: procentsatsen '12,6 procent' i texten stämmer inte med "
        "tabellens 12,5 % på raden 'Kultur- och fritidsnämnden' "
        "(tabeller.budget.rader.kultur.andel); menar texten den, skriv "
        "{{ tabeller.budget.rader.kultur.andel }} procent så följer texten tabellen"]


def test_a_stated_sum_of_rows_taken_by_place_says_to_check_them_first(
        tmp_path: Path) -> None:
    text = case(cell="{{ tabeller.a.rader[2].b }}", inserted=True).replace(
        "    totalt: Möjlig avsättning\n", "    totalt: Möjlig avsättning\n    summa: 378\n")
    found, _ = build(tmp_path, text)
    assert found[0] == (
        f"x.yaml:24:12: angiven summa 378{NBSP}mnkr för totalraden 'Möjlig avsättning' i "
        f"tabellen 'c' stämmer inte med summan av delarna −162{NBSP}mnkr (den angivna är "
        f"540{NBSP}mnkr för hög); med radens plats hämtar raden 'Resultat efter "
        "balanskravsjustering' raden 'Orealiserade vinster' i tabellen 'a' (rader[2]): har "
        "rader lagts till eller tagits bort där, hämtas fel rad; kontrollera det först och "
        "hämta raden med dess namn (rad_namn), {{ tabeller.a.rader.<rad_namn>.b }}; annars "
        "rätta summan eller ta bort den så räknas den ut")


def test_a_short_name_of_digits_is_refused_as_it_would_be_a_place(tmp_path: Path) -> None:
    text = case().replace("rad_namn: rea", 'rad_namn: "2015"')
    assert build(tmp_path, text)[0] == [
        "x.yaml:18:47: 'rad_namn': '2015' är inget kort namn: börja med en bokstav, t.ex. "
        "rad_namn: a2015; ett namn av siffror läses som ett tal i en formel och som radens "
        "plats i en hänvisning (rader.2 är rader[2])"]
