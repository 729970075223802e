"""Specification: one of the case's amounts added or subtracted in a column's formula
(trial 82, F2: avgiftsutrymme = nettoinkomst − minimibelopp − boendekostnad, the
minimibelopp under `belopp:`) is reported with the way that works: the amount in a column of
its own, referred to on every row, not summed, and the formula naming that column."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import Pipeline

NBSP = "\u00a0"
CASE = """\
dokumenttyp: tjansteskrivelse
datum: 2023-11-20
dnr: nej
titel: Avgifter inom äldreomsorgen
belopp: {minimibelopp_ensam: 6468}
avsnitt:
  - tabell: exempel
tabeller:
  - namn: exempel
    kolumner:
      - {namn: hushall, rubrik: Hushåll}
      - {namn: inkomst, rubrik: Nettoinkomst, typ: belopp}
      - {namn: boende, rubrik: Boendekostnad, typ: belopp}
      - {namn: utrymme, rubrik: Avgiftsutrymme, typ: belopp, formel: FORMULA}
    rader:
      - {hushall: A, inkomst: 13 200, boende: 5 900}
      - {hushall: B, inkomst: 16 800, boende: 6 400}
"""


def built(tmp_path: Path, text: str) -> tuple[list[str], str]:
    """The case's problems as printed, without the folder, spaces in figures as '_', and
    the lines of its Markdown tables."""
    case = tmp_path / "x.yaml"
    case.write_text(text, encoding="utf-8")
    result = Pipeline().build(case)
    markdown = result.files.get("x.md", b"").decode("utf-8").replace(NBSP, "_")
    return ([p.format().replace(f"{tmp_path}/", "").replace(NBSP, "_")
             for p in result.problems],
            "\n".join(line for line in markdown.splitlines() if line.startswith("|")))


def problems(tmp_path: Path, text: str) -> list[str]:
    """The case's problems as printed."""
    return built(tmp_path, text)[0]


@pytest.mark.parametrize(("formula", "done", "do", "rewritten"), [
    ("inkomst - belopp.minimibelopp_ensam - boende", "dras ifrån", "dras ifrån",
     "inkomst - minimibelopp_ensam - boende"),
    ("inkomst + belopp.minimibelopp_ensam", "läggs till", "läggas till",
     "inkomst + minimibelopp_ensam"),
])
def test_a_fixed_amount_added_or_subtracted_says_to_put_it_in_a_column(
        tmp_path: Path, formula: str, done: str, do: str, rewritten: str) -> None:
    assert problems(tmp_path, CASE.replace("FORMULA", formula)) == [
        f"x.yaml:14:70: 'belopp.minimibelopp_ensam' {done} i formeln, men ett av ärendets "
        "belopp kan inte läggas till eller dras ifrån i en formel, bara multiplicera en tal- "
        "eller antalskolumn, t.ex. 'andel * belopp.minimibelopp_ensam'; ska samma belopp "
        f"{do} på varje rad, skriv det i en egen kolumn, {{namn: minimibelopp_ensam, typ: "
        "belopp, summeras: nej}, med \"{{ belopp.minimibelopp_ensam }}\" på varje rad, och "
        f"räkna med den: '{rewritten}'"]


def test_the_column_the_message_suggests_gives_each_row_and_the_total(tmp_path: Path) -> None:
    cell = ', minimibelopp_ensam: "{{ belopp.minimibelopp_ensam }}"}'
    text = CASE.replace("FORMULA", "inkomst - minimibelopp_ensam - boende").replace(
        "      - {namn: utrymme", "      - {namn: minimibelopp_ensam, rubrik: Minimibelopp, "
        "typ: belopp, summeras: nej}\n      - {namn: utrymme").replace(
        "900}", f"900{cell}").replace("400}", f"400{cell}")
    assert built(tmp_path, text) == ([], """\
| Hushåll | Nettoinkomst (kr) | Boendekostnad (kr) | Minimibelopp (kr) | Avgiftsutrymme (kr) |
|:--|--:|--:|--:|--:|
| A | 13_200 | 5_900 | 6_468 | 832 |
| B | 16_800 | 6_400 | 6_468 | 3_932 |
| **Totalt** | **30_000** | **12_300** | | **4_764** |""")
