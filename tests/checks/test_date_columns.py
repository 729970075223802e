"""Specification of the checks of a table's date columns (trial 59, F8): a text column of
dates is told about `typ: datum`; `fore` puts one date column's dates before another's on
each row."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

HEAD = """\
dokumenttyp: tjansteskrivelse
datum: 2025-01-10
dnr: nej
titel: Sammanträdesplan
avsnitt:
  - tabell: plan
tabeller:
  - namn: plan
    kolumner:
      - {namn: manad, rubrik: Månad}
      - {namn: mote, rubrik: Sammanträde, typ: datum}
      - {namn: sista, rubrik: Sista dag för ärenden, typ: datum, fore: mote}
    rader:
"""
"""A plan whose `fore` is on line 12 and whose rows start on line 14."""


def problems(folder: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = folder / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{folder}/", "") for p in Pipeline().build(case, False).problems]


def test_a_date_not_before_the_date_fore_names_is_an_error_naming_the_row_and_both_dates(
        tmp_path: Path) -> None:
    # (trial 59, F8: 'sista' 2025-06-17 after the meeting 2025-06-10 passed silently)
    rows = ("      - {manad: April, mote: 2025-04-01, sista: 2025-03-18}\n"
            "      - {manad: Juni, mote: 2025-06-10, sista: \"2025-06-17\"}\n"
            "      - {manad: Augusti, mote: 2025-08-26, sista: 2025-08-26}\n")
    assert problems(tmp_path, HEAD + rows) == [
        "x.yaml:15:48: raden 'Juni': 2025-06-17 i 'Sista dag för ärenden' är inte före "
        "2025-06-10 i 'Sammanträde', som 'fore: mote' kräver; rätta något av datumen",
        "x.yaml:16:51: raden 'Augusti': 2025-08-26 i 'Sista dag för ärenden' är inte före "
        "2025-08-26 i 'Sammanträde', som 'fore: mote' kräver; rätta något av datumen"]


def test_a_row_whose_first_cell_names_many_rows_is_named_by_its_place_alone(
        tmp_path: Path) -> None:
    # (trial 67, F5: "raden 'tisdag'" named every row of a sammanträdesplan)
    rows = ("      - {manad: tisdag, mote: 2025-04-01, sista: 2025-03-18}\n"
            "      - {manad: tisdag, mote: 2025-06-10, sista: 2025-06-17}\n")
    assert problems(tmp_path, HEAD + rows) == [
        "x.yaml:15:50: 2025-06-17 i 'Sista dag för ärenden' är inte före 2025-06-10 i "
        "'Sammanträde', som 'fore: mote' kräver; rätta något av datumen"]


def test_a_row_without_both_dates_or_with_a_cell_that_is_no_date_is_not_compared(
        tmp_path: Path) -> None:
    rows = ("      - {manad: Juli}\n"
            "      - {manad: Juni, sista: 2025-06-17}\n"
            "      - {manad: Maj, mote: \"2025-05-40\", sista: 2025-06-17}\n")
    assert problems(tmp_path, HEAD + rows) == [
        "x.yaml:16:28: ogiltigt datum '2025-05-40', maj 2025 har 31 dagar, skriv en dag mellan "
        "01 och 31"]


@pytest.mark.parametrize(("fore", "message"), [
    ("mte", "'mte' är ingen datumkolumn i tabellen; menade du 'mote'?"),
    ("manad", "kolumnen 'manad' har inte 'typ: datum', och 'fore' jämför med en datumkolumn; "
              "skriv 'typ: datum' i kolumnen 'manad' om den har datum"),
    ("sista", "'fore: sista' jämför kolumnen med sig själv; skriv namnet på en annan kolumn "
              "med 'typ: datum'"),
    ("xyz", "'xyz' är ingen datumkolumn i tabellen; datumkolumnerna är: mote"),
], ids=["misspelt", "no date column", "itself", "unknown"])
def test_fore_names_another_date_column_of_the_table(
        tmp_path: Path, fore: str, message: str) -> None:
    text = HEAD.replace("fore: mote", f"fore: {fore}")
    rows = "      - {manad: Juni, mote: 2025-06-10, sista: 2025-06-17}\n"
    assert problems(tmp_path, text + rows) == [f"x.yaml:12:72: {message}"]


@pytest.mark.parametrize("key", ["fore: mote", "datumform: text"])
def test_fore_and_datumform_belong_to_a_date_column(tmp_path: Path, key: str) -> None:
    text = HEAD.replace("rubrik: Månad}", f"rubrik: Månad, {key}}}")
    name = key.split(":")[0]
    column = 44 if name == "fore" else 49  # (the value's)
    assert problems(tmp_path, text + "      - {manad: Juni, mote: 2025-06-10}\n") == [
        f"x.yaml:10:{column}: '{name}' hör till en kolumn med 'typ: datum', skriv 'typ: datum' om "
        f"kolumnen 'manad' har datum, annars ta bort '{name}'"]


TEXT_DATES = """\
dokumenttyp: tjansteskrivelse
datum: 2025-01-10
dnr: nej
titel: Sammanträdesplan
avsnitt:
  - tabell: plan
tabeller:
  - namn: plan
    kolumner:
      - {namn: organ}
      - {namn: mote}
    rader:
"""
HINT = ("x.yaml:11:16: varning: kolumnen 'mote' har bara datum men är en textkolumn, så "
        "datumen skrivs som de står och kontrolleras inte; lägg till 'typ: datum', eller 'typ: "
        "text' om kolumnen ska vara text")


def dates(*cells: str) -> str:
    """One row per cell of the mote column (an empty cell leaves the key out)."""
    return "".join(f"      - {{organ: O{i}{', mote: ' + c if c else ''}}}\n"
                   for i, c in enumerate(cells))


def test_a_text_column_of_only_dates_is_told_about_typ_datum_once(tmp_path: Path) -> None:
    assert problems(tmp_path, TEXT_DATES + dates("2025-03-18", '"2025-04-01"', "", '""',
                                                 "2025-05-06")) == [HINT]


@pytest.mark.parametrize("cells", [
    ("2025-03-18",), ("2025-03-18", '"tisdag 2025-04-01"'), ("2025-03-18", '"18 mars"'),
    ("2025-03-18", '"2025-03-18 10:00"'),
], ids=["one date", "weekday with a date", "date in words", "date and time"])
def test_a_column_with_one_date_or_anything_else_among_them_gets_no_hint(
        tmp_path: Path, cells: tuple[str, ...]) -> None:
    assert problems(tmp_path, TEXT_DATES + dates(*cells)) == []


def test_a_column_that_says_typ_text_gets_no_hint(tmp_path: Path) -> None:
    text = TEXT_DATES.replace("{namn: mote}", "{namn: mote, typ: text}")
    assert problems(tmp_path, text + dates("2025-03-18", "2025-04-01")) == []
