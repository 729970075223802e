"""Specification: a key of an uppdelning written in one of its parts (trial 43).

Fritidsforum's startbidrag, "750 kr samt 50 kr per medlem = 900 kr": written as a part
`{namn: …, vikt: 3, grundbelopp: 750, belopp: 900}`, it was "okänd nyckel 'grundbelopp',
menade du 'belopp'?" (another key: the part's whole amount), and then an error for each
part's stated amount, telling her to delete the amount the source states. The message says
where grundbelopp is written and how base amounts per part are, and the part's stated amount,
which holds the base the tool cannot see, is not checked until the key is put right.
"""

from __future__ import annotations

from pathlib import Path

from generator.build import Pipeline

CASE = """\
dokumenttyp: lagesbeskrivning
datum: 2024-01-15
dnr: nej
titel: Startbidrag
avsnitt:
  - rubrik: Startbidrag
    tabell: uppdelning
    uppdelning: start
uppdelningar:
  - namn: start
    metod: vikter
    per_vikt: 50
    parter:
      - {{namn: Tre medlemmar, vikt: 3, grundbelopp: 750, belopp: {first}}}
      - {{namn: Fem medlemmar, vikt: 5, belopp: 250}}
"""
INSTEAD = ("okänd nyckel 'grundbelopp' i en part: 'grundbelopp' skrivs under uppdelningen, "
           "ett för alla parter; olika grundbelopp per part skrivs som en tabell med "
           "grundbeloppet i en kolumn och en formel, t.ex. formel: grund + medlemmar * 50")


def problems(tmp_path: Path, first: str = "900", case: str = CASE) -> list[str]:
    """What `beslut kontrollera` prints for the case."""
    path = tmp_path / "x.yaml"
    path.write_text(case.format(first=first), encoding="utf-8")
    return [p.format().replace(f"{tmp_path}/", "") for p in Pipeline().build(path).problems]


def test_grundbelopp_in_a_part_says_where_it_is_written_and_nothing_follows(
    tmp_path: Path,
) -> None:
    assert problems(tmp_path) == [f"x.yaml:14:40: {INSTEAD}"]


def test_the_other_parts_are_still_checked(tmp_path: Path) -> None:
    wrong = CASE.replace("belopp: 250}", "belopp: 260}")
    assert problems(tmp_path, case=wrong) == [
        f"x.yaml:14:40: {INSTEAD}",
        "x.yaml:15:48: angiven del 260\u00a0kr för Fem medlemmar stämmer inte med den exakta "
        "delen 250\u00a0kr (fördelat med 50\u00a0kr per viktenhet); ta bort beloppet så "
        "räknas delen ut",
    ]


def test_grundbelopp_under_the_uppdelning_is_no_slip(tmp_path: Path) -> None:
    right = CASE.replace("grundbelopp: 750, ", "").replace("250}", "1 000}").replace(
        "    per_vikt: 50\n", "    per_vikt: 50\n    grundbelopp: 750\n")
    assert problems(tmp_path, case=right) == []
