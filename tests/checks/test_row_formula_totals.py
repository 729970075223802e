"""A warning where a table's total adds a row and the rows another row subtracts from it
(trial 67, F2).

"Kvar att fördela" = "Ram" − "Fördelat" is right, but a total that adds "Ram" and "Fördelat"
alike is their sum: a decision read "att fördela 677 500 kr" for a ram of 400 000 kr. Where
the total is printed or named in text (`{{ tabeller.bidrag.summa }}`), the row formula gets a
warning that says so and what to write instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"
GRANTS = """\
dokumenttyp: tjansteskrivelse
datum: nej
dnr: nej
titel: Föreningsbidrag 2027
avsnitt:
  - text: Kommunen fördelar {{ tabeller.bidrag.rader[0].belopp }}.
    tabell: bidrag
tabeller:
  - namn: bidrag
    totalt: false
    kolumner:
      - {namn: post, rubrik: Förening}
      - {namn: belopp, rubrik: Bidrag, typ: belopp}
    rader:
      - post: Fördelat
        rad_namn: fordelat
        rader:
          - {post: Tanums IF, belopp: 120 000}
          - {post: Grebbestads IF, belopp: 157 500}
      - {post: Ram för 2027, rad_namn: ram, belopp: 400 000}
      - {post: Kvar att fördela, rad_formel: ram - fordelat}
"""
ADVICE = ("utan lägg de rader som ska räknas i en grupp och nämn gruppen (en grupp räknas med "
          "sin summa), t.ex. {{ tabeller.bidrag.rader.fordelat.belopp }}")


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed, without the folder."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(case).problems]


def test_a_table_whose_total_is_neither_printed_nor_named_is_not_warned(
        tmp_path: Path) -> None:
    assert problems(tmp_path, GRANTS) == []


def test_a_printed_total_that_adds_the_ram_and_what_is_subtracted_from_it_is_warned(
        tmp_path: Path) -> None:
    assert problems(tmp_path, GRANTS.replace("    totalt: false\n", "")) == [
        f"x.yaml:20:46: varning: tabellens total (677{NBSP}500{NBSP}kr) räknar med både 'Ram "
        "för 2027' och 'Fördelat', som dras från den i raden 'Kvar att fördela'; är det inte "
        f"meningen, skriv 'totalt: false' i tabellen, {ADVICE}"]


def test_the_total_named_in_text_without_a_total_row_is_an_error_offering_the_rows(
        tmp_path: Path) -> None:
    """A table with `totalt: false` has no total (`compute.unsummed_totals`, trial 93, F13)."""
    case = GRANTS.replace("rader[0].belopp }}.", "summa }}.")
    assert problems(tmp_path, case) == [
        "x.yaml:6:29: {{ tabeller.bidrag.summa }}: tabellen 'bidrag' summeras inte (totalt: "
        "false), så kolumnen 'Bidrag (kr)' har ingen summa; skriv en rad, t.ex. "
        "{{ tabeller.bidrag.rader.fordelat.belopp }} (Fördelat) eller "
        "{{ tabeller.bidrag.rader.ram.belopp }} (Ram för 2027), eller ta bort 'totalt: false' "
        "om tabellen ska ha en totalrad"]


def test_rows_not_in_a_group_get_the_advice_without_an_example(tmp_path: Path) -> None:
    case = GRANTS.replace("totalt: false", "totalt: Summa").replace("""\
      - post: Fördelat
        rad_namn: fordelat
        rader:
          - {post: Tanums IF, belopp: 120 000}
          - {post: Grebbestads IF, belopp: 157 500}
""", "      - {post: Fördelat, rad_namn: fordelat, belopp: 277 500}\n")
    assert problems(tmp_path, case) == [
        f"x.yaml:17:46: varning: tabellens total (677{NBSP}500{NBSP}kr) räknar med både 'Ram "
        "för 2027' och 'Fördelat', som dras från den i raden 'Kvar att fördela'; är det inte "
        "meningen, skriv 'totalt: false' i tabellen, utan lägg de rader som ska räknas i en "
        "grupp och nämn gruppen (en grupp räknas med sin summa)"]


@pytest.mark.parametrize("formula", ["ram + fordelat", "fordelat"])
def test_a_formula_that_subtracts_nothing_is_not_warned(tmp_path: Path, formula: str) -> None:
    case = GRANTS.replace("    totalt: false\n", "").replace("ram - fordelat", formula)
    assert problems(tmp_path, case) == []


def test_a_total_that_adds_only_the_group_is_not_warned(tmp_path: Path) -> None:
    # (the ram is a row computed from another: the total adds the group alone)
    case = GRANTS.replace("    totalt: false\n", "").replace(
        "{post: Ram för 2027, rad_namn: ram, belopp: 400 000}",
        "{post: Ram för 2027, rad_namn: ram, rad_formel: fordelat + kvar}").replace(
        "{post: Kvar att fördela, rad_formel: ram - fordelat}",
        "{post: Kvar att fördela, rad_namn: kvar, belopp: 122 500}")
    assert problems(tmp_path, case) == []
